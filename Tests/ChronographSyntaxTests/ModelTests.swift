import ChronographCore
import Testing

@testable import ChronographSyntax

/// The committed English model: it loads, writes back to the same bytes, and parses.
@Suite("Syntax model")
struct ModelTests {
    static let model = try! SyntaxModels.model(for: "en")

    @Test func theModelWritesBackToTheSameBytes() throws {
        let bytes = SyntaxModels.fileBytes(language: "en")!
        #expect(bytes.count <= 30_000_000, "the committed model is at most 30 MB")
        let decoded = try SyntaxModelFile.decode(bytes)
        #expect(SyntaxModelFile.encode(decoded) == bytes)
    }

    @Test func damagedModelsAreErrorsNotCrashes() throws {
        let bytes = SyntaxModelFile.encode(Self.model)
        #expect(throws: ModelFormatError.self) { try SyntaxModelFile.decode(Array("not a model".utf8)) }
        #expect(throws: ModelFormatError.self) { try SyntaxModelFile.decode(Array(bytes.prefix(bytes.count / 2))) }
        var future = bytes
        future[6] = 99
        #expect(throws: ModelFormatError.self) { try SyntaxModelFile.decode(future) }
        #expect(throws: ModelFormatError.self) { try SyntaxModelFile.decode(bytes + [0]) }
    }

    /// Words laid out as in a text, one space between them except where `glued` says none follows.
    static func words(_ forms: [String], glued: Set<Int>) -> [SyntaxWord] {
        var offset = 0
        return forms.enumerated().map { i, form in
            defer { offset += form.unicodeScalars.count + (glued.contains(i) ? 0 : 1) }
            return SyntaxWord(form: form, start: offset, end: offset + form.unicodeScalars.count)
        }
    }

    @Test func aHyphenInsideAWordIsTaggedAsOne() {
        // "Bankman-Fried": a hyphen with letters on both sides and no space is HYPH, whatever the tagger guesses.
        var inWord = Self.words(["Sam", "Bankman", "-", "Fried", "was", "sentenced", "."], glued: [1, 2])
        #expect(SyntaxAnnotator.hyphensInWords(inWord) == [2])
        SyntaxAnnotator(model: Self.model).annotate(&inWord)
        #expect(inWord[2].upos == "PUNCT" && inWord[2].xpos == "HYPH")
        // Spaced out, or between digits, the dash is left to the tagger.
        #expect(SyntaxAnnotator.hyphensInWords(Self.words(["Bankman", "-", "Fried", "spoke"], glued: [])).isEmpty)
        #expect(SyntaxAnnotator.hyphensInWords(Self.words(["1998", "-", "2001", "data"], glued: [0, 1])).isEmpty)
        // CoNLL-U input has no offsets: SpaceAfter=No says the same.
        let conllu = [SyntaxWord(form: "well", misc: "SpaceAfter=No"), SyntaxWord(form: "-", misc: "SpaceAfter=No"), SyntaxWord(form: "known")]
        #expect(SyntaxAnnotator.hyphensInWords(conllu) == [1])
    }

    @Test func aNewsSentenceGetsTagsLemmasAndOneRootedTree() {
        let annotator = SyntaxAnnotator(model: Self.model)
        var words = "Protesters stormed the mayor 's office in Almaty on Wednesday .".split(separator: " ").map { SyntaxWord(form: String($0)) }
        annotator.annotate(&words)
        #expect(words.filter { $0.head == 0 }.count == 1)
        let tree = DependencyTree(words: words)
        let verb = words.firstIndex { $0.form == "stormed" }!
        #expect(tree.root == verb)
        #expect(words[verb].upos == "VERB" && words[verb].xpos == "VBD" && words[verb].lemma == "storm")
        #expect(tree.dependents(of: verb, ["nsubj"]).map { words[$0].form } == ["Protesters"])
        #expect(tree.dependents(of: verb, ["obj"]).map { words[$0].form } == ["office"])
        #expect(words[words.firstIndex { $0.form == "Protesters" }!].lemma == "protester")
    }

    @Test func parsingIsDeterministic() {
        let a = SyntaxAnnotator(model: Self.model)
        let b = SyntaxAnnotator(model: Self.model)
        var w1 = "The court sentenced him to eight years in prison on Friday .".split(separator: " ").map { SyntaxWord(form: String($0)) }
        var w2 = w1
        a.annotate(&w1)
        b.annotate(&w2)
        #expect(w1 == w2)
    }
}
