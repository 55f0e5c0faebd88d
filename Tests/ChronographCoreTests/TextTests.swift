import ChronographCore
import Testing

@Suite("Tokens and sentences")
struct TextTests {
    @Test func tokenOffsetsAreUnicodeScalarOffsets() {
        let text = ScalarText("Митинг 👍🏽 on Jan. 5, the U.S. said.")
        let tokens = Tokenizer.tokenize(text)
        for t in tokens { #expect(text.slice(t.start, t.end) == t.text) }
        #expect(tokens.map(\.text).contains("Митинг"))
        #expect(tokens.map(\.text).contains("U.S"))
        #expect(tokens.first { $0.text == "5" }?.kind == .number)
    }

    @Test func sentencesSplitAtEndsButNotAtAbbreviationsOrInitials() {
        let source = "Mr. Smith met Gen. Lee on Jan. 5 in the U.S. capital. John F. Kennedy spoke. \"Was it?\" he asked.\n\nA new paragraph"
        let text = ScalarText(source)
        let sentences = SentenceSplitter.forLanguage("en").split(text).map { text.slice($0.start, $0.end) }
        #expect(sentences == [
            "Mr. Smith met Gen. Lee on Jan. 5 in the U.S. capital.",
            "John F. Kennedy spoke.",
            "\"Was it?\" he asked.",
            "A new paragraph",
        ])
    }

    @Test func titleAndDatelineLinesAreSentencesOfTheirOwn() {
        let text = ScalarText("Foreign Militant Involvement Revealed\n\n05 January\n\nA recent documentary aired.")
        let sentences = SentenceSplitter.forLanguage("en").split(text).map { text.slice($0.start, $0.end) }
        #expect(sentences == ["Foreign Militant Involvement Revealed", "05 January", "A recent documentary aired."])
    }

    @Test func resourceLinesSkipCommentsAndTrim() {
        let lines = ResourceFile.lines(in: Array("# comment\n  jan\t \r\n\n\tfeb\n#x\nmär".utf8))
        #expect(lines == ["jan", "feb", "mär"])
        #expect(ResourceFile.fields("a\t\tb") == ["a", "", "b"])
        #expect(ResourceFile.fields("x,y", separator: 0x2C) == ["x", "y"])
    }
}
