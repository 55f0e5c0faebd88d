import ChronographCore
import Testing

@testable import ChronographSyntax

/// Text presented as the treebank's words, with the committed model's learned conventions.
@Suite("Words the Universal Dependencies way")
struct WordSplitterTests {
    static let splitter = ModelTests.model.splitter

    static func words(_ s: String) -> [String] {
        let text = ScalarText(s)
        let tokens = DocumentTokens(text, sentences: [Sentence(start: 0, end: text.count)])
        return splitter.words(text, tokens: tokens.sentence(0)).map { text.slice($0.start, $0.end) }
    }

    @Test func cliticsAndPossessivesAreWordsOfTheirOwn() {
        #expect(Self.words("They don't know") == ["They", "do", "n't", "know"])
        #expect(Self.words("Kazakhstan's president") == ["Kazakhstan", "'s", "president"])
        #expect(Self.words("it won't") == ["it", "wo", "n't"])
        #expect(Self.words("we're here") == ["we", "'re", "here"])
        #expect(Self.words("I cannot") == ["I", "can", "not"])
    }

    @Test func aFormTheTreebankMostlyKeepsWholeIsNotSplit() {
        // EWT splits a few "its" written for "it's" (it + s); the possessive is one word.
        #expect(Self.words("The company fired its chief") == ["The", "company", "fired", "its", "chief"])
    }

    @Test func abbreviationsNumbersAndInitialsStayWhole() {
        #expect(Self.words("the U.S. and Mr. Smith") == ["the", "U.S.", "and", "Mr.", "Smith"])
        #expect(Self.words("1,000 people at 23:00, 3.5 percent") == ["1,000", "people", "at", "23:00", ",", "3.5", "percent"])
        #expect(Self.words("in 2022.") == ["in", "2022", "."])
    }

    @Test func hyphensSplitUnlessTheTreebankKeepsTheWordWhole() {
        #expect(Self.words("Al-Zaman reported") == ["Al", "-", "Zaman", "reported"])
        #expect(Self.words("a non-stop e-mail") == ["a", "non-stop", "e-mail"])
    }

    @Test func splitWordsRememberTheirWrittenToken() {
        let text = ScalarText("don't")
        let tokens = DocumentTokens(text, sentences: [Sentence(start: 0, end: 5)])
        let words = Self.splitter.words(text, tokens: tokens.sentence(0))
        #expect(words.map(\.token) == [0..<5, 0..<5])
        #expect(words.map(\.start) == [0, 2])
    }
}
