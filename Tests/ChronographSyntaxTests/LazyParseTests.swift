import ChronographCore
import Testing

@testable import ChronographSyntax

/// A sentence's tree made on first use (``SentenceSyntax/tree``), in whatever order the stages ask
/// for them and for only some of the sentences, is the tree the eager parse of the whole document
/// gives: the event stage may leave the sentences it never reads unparsed.
@Suite("Lazy parses are the eager ones")
struct LazyParseTests {
    static let text = """
        Protesters stormed the parliament in Tbilisi on Friday, police said.
        The government, which had called the vote illegal, resigned two days later.

        Officials did not say how many people were arrested. "We will appeal," the lawyer said.
        Earthquake kills 12
        """

    static func document() -> (ScalarText, DocumentTokens) {
        let text = ScalarText(Self.text)
        let sentences = SentenceSplitter.forLanguage("en").split(text)
        return (text, DocumentTokens(text, sentences: sentences))
    }

    @Test func treesAskedForInAnyOrderAreTheEagerTrees() throws {
        let model = try SyntaxModels.model(for: "en")
        let (text, tokens) = Self.document()
        let eager = DocumentParser(model: model).parse(text, tokens: tokens)
        #expect(eager.count >= 4)
        // Last sentence first, then every other one, then the rest, and one twice: each tree the same.
        let lazy = DocumentParser(model: model).sentences(text, tokens: tokens)
        #expect(lazy.count == eager.count)
        let order = Array(lazy.indices.reversed().filter { $0 % 2 == 0 }) + lazy.indices.filter { $0 % 2 == 1 } + [0]
        for i in order {
            #expect(lazy[i].tree == eager[i])
        }
    }

    @Test func aSentenceLeftUnparsedDoesNotChangeTheOthers() throws {
        let model = try SyntaxModels.model(for: "en")
        let (text, tokens) = Self.document()
        let eager = DocumentParser(model: model).parse(text, tokens: tokens)
        let lazy = DocumentParser(model: model).sentences(text, tokens: tokens)
        // Only the second sentence's parse is asked for (the parser's buffers were used by none before).
        #expect(lazy[1].tree == eager[1])
        // The tags of every sentence are there without a parse.
        for (s, tree) in zip(lazy, eager) {
            #expect(s.words.map(\.upos) == tree.words.map(\.upos))
            #expect(s.words.map(\.lemma) == tree.words.map(\.lemma))
        }
    }
}
