import ChronographCore
import ChronographSyntax
import Foundation
@testable import ChronographEvents

/// Builds inputs for the extractor by hand: the document, its sentences, and timexes
/// located by their text (the n-th occurrence).
struct Fixture {
    var document: Document
    var text: ScalarText
    var sentences: [Sentence]
    var dct: DocumentCreationTime
    var timexes: [Timex] = []

    init(id: String, text: String, dct: String?, inferred: Bool = false, source: String? = nil) {
        document = Document(id: id, text: text, source: source)
        self.text = ScalarText(text)
        sentences = SentenceSplitter.forLanguage("en").split(self.text)
        self.dct = dct.map { DocumentCreationTime(value: $0, inferred: inferred, origin: inferred ? .datelineYearInferred : .metadata) } ?? .unknown
    }

    /// Scalar offset of the `occurrence`-th match of `s`.
    func offset(of s: String, occurrence: Int = 1) -> Int? {
        let hay = text.scalars
        let needle = Array(s.unicodeScalars)
        var seen = 0
        guard needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle {
            seen += 1
            if seen == occurrence { return i }
        }
        return nil
    }

    mutating func timex(_ s: String, _ value: String, occurrence: Int = 1) {
        guard let o = offset(of: s, occurrence: occurrence) else { return }
        timexes.append(Timex(start: o, end: o + s.unicodeScalars.count, text: s, type: .date, value: value, rule: "test"))
    }

    /// The events of the fixture; `parsed`: with the sentences' parse, as the pipeline gives them.
    func analyze(_ extractor: EventExtractor, parsed: Bool = false) -> DocumentAnalysis {
        let tokens = DocumentTokens(text, sentences: sentences)
        let syntax = parsed ? DocumentParser(model: Shared.syntax).sentences(text, tokens: tokens) : nil
        let r = extractor.extract(document, text: text, sentences: sentences, tokens: tokens, syntax: syntax, dct: dct, timexes: timexes)
        return DocumentAnalysis(document: document, dct: dct, timexes: timexes, mentions: r.mentions, relations: r.relations)
    }
}

enum Shared {
    static let extractor: EventExtractor = try! EventExtractor(language: "en", mode: .salient)
    static let timeml: EventExtractor = try! EventExtractor(language: "en", mode: .timeml)
    static let syntax: SyntaxModel = try! SyntaxModels.model(for: "en")

    static func seed() -> Fixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds/000_d25452a83f6e6819.txt")
        let text = try! String(contentsOf: url, encoding: .utf8)
        var f = Fixture(id: "seed", text: text, dct: "2024-01-05", inferred: true, source: "TASS")
        f.timex("05 January", "2024-01-05")
        f.timex("January 2022", "2022-01")
        f.timex("April 2023", "2023-04")
        return f
    }

    static func json<T: Encodable>(_ v: T) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(data: try! e.encode(v), encoding: .utf8)!
    }
}
