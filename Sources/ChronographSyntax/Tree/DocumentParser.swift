import ChronographCore

/// Parses the sentences of a document from its shared tokens: words as the treebank writes
/// them (``WordSplitter``), then tags, lemmas and dependencies. Holds scratch buffers: one per
/// thread.
public final class DocumentParser {
    public let model: SyntaxModel
    private let annotator: SyntaxAnnotator

    public init(model: SyntaxModel) {
        self.model = model
        annotator = SyntaxAnnotator(model: model)
    }

    public convenience init(language: String) throws {
        self.init(model: try SyntaxModels.model(for: language))
    }

    /// Each sentence of `tokens` tagged, its parse made when first asked for (``SentenceSyntax``): a stage
    /// that needs the tree of a few sentences only does not pay for the others.
    public func sentences(_ text: ScalarText, tokens: DocumentTokens) -> [SentenceSyntax] {
        tokens.sentenceRanges.map { range in
            var words = model.splitter.words(text, tokens: tokens.tokens[range]).map { w in
                SyntaxWord(form: text.slice(w.start, w.end), start: w.start, end: w.end, token: w.token)
            }
            let tagged = annotator.tag(&words)
            return SentenceSyntax(words: words, tagged: tagged, annotator: annotator)
        }
    }

    /// One tree per sentence of `tokens`, words with their scalar offsets.
    public func parse(_ text: ScalarText, tokens: DocumentTokens) -> [DependencyTree] {
        tokens.sentenceRanges.map { range in
            var words = model.splitter.words(text, tokens: tokens.tokens[range]).map { w in
                SyntaxWord(form: text.slice(w.start, w.end), start: w.start, end: w.end, token: w.token)
            }
            annotator.annotate(&words)
            return DependencyTree(words: words)
        }
    }
}

/// A sentence's words, tagged and lemmatized, and its dependency tree made on first use. Belongs to
/// the thread of its document (it shares that document's parser).
public final class SentenceSyntax {
    /// The words with lemma, UPOS and XPOS (no heads yet).
    public let words: [SyntaxWord]
    private let tagged: SyntaxAnnotator.Tagged
    private let annotator: SyntaxAnnotator
    private var parsed: DependencyTree?

    init(words: [SyntaxWord], tagged: SyntaxAnnotator.Tagged, annotator: SyntaxAnnotator) {
        self.words = words
        self.tagged = tagged
        self.annotator = annotator
    }

    /// The dependency tree (parsed now if not yet). Parsing is about a third of `extract`'s time: a
    /// stage that reads the trees of the sentences with events in them asks for a sentence's tree
    /// only once it has found one there, so that a sentence nothing reads stays unparsed.
    public var tree: DependencyTree {
        if let parsed { return parsed }
        var w = words
        annotator.parse(&w, tagged)
        let tree = DependencyTree(words: w)
        parsed = tree
        return tree
    }

    /// The word covering the scalar offset, if any.
    public func word(at offset: Int) -> Int? { words.firstIndex { $0.start <= offset && offset < $0.end } }
}
