import ChronographCore
import ChronographSyntax
import Testing
@testable import ChronographEvents

/// The event stage parses a sentence only when a stage reads its tree (a sentence with no event in it
/// is mostly left unparsed): its events are the same as when every sentence was parsed beforehand.
@Suite("Events on lazy parses")
struct LazySyntaxTests {
    static func events(_ f: Fixture, _ extractor: EventExtractor, parsedBeforehand: Bool) -> String {
        let tokens = DocumentTokens(f.text, sentences: f.sentences)
        let syntax = DocumentParser(model: Shared.syntax).sentences(f.text, tokens: tokens)
        if parsedBeforehand { for s in syntax { _ = s.tree } }
        let r = extractor.extract(f.document, text: f.text, sentences: f.sentences, tokens: tokens, syntax: syntax, dct: f.dct, timexes: f.timexes)
        return Shared.json(DocumentAnalysis(document: f.document, dct: f.dct, timexes: f.timexes, mentions: r.mentions, relations: r.relations))
    }

    @Test func eventsAreTheSameAsOnEagerParses() {
        var headlines = Fixture(
            id: "h", text: """
                WORLD NEWS
                Earthquake kills 12 in Morocco

                The earthquake that struck Morocco on September 8 killed at least 12 people, officials said.
                Photo: Reuters
                Rescuers searched the rubble on Saturday. More than 50,000 houses collapsed in the earthquake.
                """, dct: "2023-09-10")
        headlines.timex("September 8", "2023-09-08")
        headlines.timex("Saturday", "2023-09-09")
        for f in [Shared.seed(), headlines] {
            for extractor in [Shared.extractor, Shared.timeml] {
                #expect(Self.events(f, extractor, parsedBeforehand: false) == Self.events(f, extractor, parsedBeforehand: true))
            }
        }
    }
}
