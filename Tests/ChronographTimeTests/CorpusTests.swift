import ChronographCore
import Foundation
import Testing

@testable import ChronographTime

/// Duckling-style corpus: `Corpus/en.json` and `Corpus/ru.json` list inputs with the value each must
/// normalize to, and negatives that must not be tagged at all.
@Suite struct CorpusTests {
    struct Expected: Decodable { var value: String; var type: String; var mod: String? }
    /// `pick`: which expression of the input is under test, by its index (negative: from the end), for inputs that set
    /// a context first; by default the first (the last in narrative mode).
    struct Case: Decodable { var dct: String; var expected: Expected; var inputs: [String]; var mode: String?; var pick: Int? }
    struct Corpus: Decodable { var tests: [Case]; var negative: [String] }

    static func load(_ language: String) throws -> Corpus {
        let url = try #require(Bundle.module.url(forResource: language, withExtension: "json", subdirectory: "Corpus"))
        return try JSONDecoder().decode(Corpus.self, from: Data(contentsOf: url))
    }

    @Test(arguments: ["en", "ru"]) func positives(language: String) throws {
        let corpus = try Self.load(language)
        var checked = 0
        for c in corpus.tests {
            for input in c.inputs {
                let r = tag(input, dct: c.dct, mode: c.mode.flatMap { ReferenceMode(rawValue: $0) }, language: language)
                // The expression under test is the last one in sentences that set a context first.
                let index = c.pick.map { $0 < 0 ? r.timexes.count + $0 : $0 } ?? (c.mode == "narrative" ? r.timexes.count - 1 : 0)
                guard r.timexes.indices.contains(index) else {
                    Issue.record("\"\(input)\" found nothing (expected \(c.expected.value))")
                    continue
                }
                let t = r.timexes[index]
                #expect(t.value == c.expected.value, "\"\(input)\" (DCT \(c.dct)) gave \(t.value), expected \(c.expected.value)")
                #expect(t.type.rawValue == c.expected.type, "\"\(input)\" gave type \(t.type.rawValue)")
                if let m = c.expected.mod { #expect(t.mod?.rawValue == m, "\"\(input)\" gave mod \(t.mod?.rawValue ?? "none")") }
                checked += 1
            }
        }
        #expect(checked > 80, "\(language): \(checked) inputs checked")
    }

    @Test(arguments: ["en", "ru"]) func negatives(language: String) throws {
        for input in try Self.load(language).negative {
            let found = tag(input, language: language).timexes
            #expect(found.isEmpty, "\"\(input)\" should not be tagged, got \(found.map { "\($0.text)=\($0.value)" })")
        }
    }
}
