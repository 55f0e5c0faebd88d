import ChronographCore
import Foundation
import Testing
@testable import ChronographEvents

/// The rules' closed-class word lists come from `rule-words.tsv`, one named list a line.
struct RuleWordsTests {
    @Test func englishListsLoad() throws {
        let w = try RuleWords.load(language: "en")
        #expect(w.chargeOpeners.contains("accused"))
        #expect(w.pastPerfect.count == 1 && w.pastPerfect.contains("had"))
        #expect(w.phaseOrdinals["first"] == 1 && w.phaseOrdinals["third"] == 3)
        // "in_case" is a phrase; the underscore alone is a token.
        #expect(w.labelStopPhrases.contains("in case"))
        #expect(w.labelStopAfter.contains("_"))
    }

    @Test func aMissingListNamesTheFileAndTheList() {
        #expect {
            _ = try RuleWords(lines: RuleWords.resourceLines(language: "en").filter { !$0.hasPrefix("charge.opener\t") }, file: "Resources/xx/rule-words.tsv")
        } throws: { error in
            let text = String(describing: error)
            return text.contains("Resources/xx/rule-words.tsv") && text.contains("charge.opener")
        }
    }

    @Test func aListGivenTwiceIsAnError() throws {
        let en = RuleWords.resourceLines(language: "en")
        #expect(throws: ResourceError.self) { _ = try RuleWords(lines: en + ["infinitive\tzu"], file: "x") }
        // The English file itself is complete and has no duplicate lists.
        _ = try RuleWords(lines: en, file: "x")
    }

    @Test func anEmptyListIsAllowed() throws {
        var en = RuleWords.resourceLines(language: "en")
        en.removeAll { $0.hasPrefix("label.stop-phrase\t") }
        en.append("label.stop-phrase")
        #expect(try RuleWords(lines: en, file: "x").labelStopPhrases.isEmpty)
    }

    /// The charge rule reads `charge.opener`: what follows "on charges of" after an arrest is the charge.
    @Test func theChargeRuleReadsItsList() throws {
        let f = Fixture(id: "t", text: "Police on Monday arrested the opposition leader on charges of inciting riots in the capital.", dct: "2024-01-05")
        let ms = f.analyze(Shared.extractor).mentions
        // The riots are found (all-events mode) but, as the charge, are no timeline event.
        #expect(f.analyze(Shared.timeml).mentions.contains { $0.text == "riots" })
        #expect(ms.contains { $0.type == "arrest" })
        #expect(!ms.contains { $0.type == "riot" && $0.factuality == .asserted })
    }
}
