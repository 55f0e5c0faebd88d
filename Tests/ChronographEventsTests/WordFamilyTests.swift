import Testing
@testable import ChronographEvents

/// Word families (`EventLexicon.wordFamily`) and the noun classes of `obj=@person` and `obj=@office`, from the WordNet-derived resources.
@Suite("Word families and person nouns")
struct WordFamilyTests {
    let lexicon = try! LexiconStore.shared(language: "en").lexicon

    @Test func anEventNounJoinsTheVerbItNames() {
        #expect(lexicon.wordFamily("testimony") == "testify")
        #expect(lexicon.wordFamily("testified") == "testify")
        #expect(lexicon.wordFamily("celebrations") == "celebrate")
        #expect(lexicon.wordFamily("Collapsed") == "collapse")
        #expect(lexicon.wordFamily("rallies") != lexicon.wordFamily("testified"))
        // The act of suspending is not the first sense of "suspension" (a mixture), but the one a trigger has.
        #expect(lexicon.wordFamily("suspension") == "suspend")
    }

    @Test func nounClassesComeInBothNumbers() {
        #expect(lexicon.noun("ceo", isIn: "@person"))
        #expect(lexicon.noun("executives", isIn: "@person"))
        #expect(lexicon.noun("prosecutors", isIn: "@person"))
        #expect(!lexicon.noun("gas", isIn: "@person"))
        #expect(!lexicon.noun("bullets", isIn: "@person"))
        #expect(lexicon.noun("governors", isIn: "@office"))
        #expect(lexicon.noun("leader", isIn: "@office"))
        #expect(!lexicon.noun("suspect", isIn: "@office"))
        #expect(!lexicon.noun("victims", isIn: "@office"))
    }
}
