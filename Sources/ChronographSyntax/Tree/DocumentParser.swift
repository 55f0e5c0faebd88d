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
