import ChronographCore
import ChronographEvents
import ChronographSyntax
import ChronographTime
import Dispatch

/// The stages in order: segmenting, time tagging, event finding (per document), then
/// linking all documents into one event graph.
///
/// A `Pipeline` loads its language resources once and is then safe to share across tasks.
public struct Pipeline: Sendable {
    public let language: String
    public let splitter: SentenceSplitter
    public let tagger: TemporalTagger
    /// `nil` when the pipeline was made to tag time expressions only (`events: nil`).
    public let extractor: EventExtractor?
    /// The syntax model the event stage reads parses from; `nil` for a time-only pipeline.
    public let syntax: SyntaxModel?
    /// Made when asked for, so that a time-only pipeline never loads the event lexicons (the
    /// lexicons themselves are loaded once per process).
    public var builder: GraphBuilder { GraphBuilder(language: language) }

    /// `events` chooses between the salient timeline events (default) and every TimeML-style
    /// event; `nil` finds no events at all (time expressions only), and then the event
    /// lexicons are not loaded.
    public init(language: String = "en", events: TriggerMode? = .salient) throws {
        self.language = language
        // The tagger's rules and the event lexicons load independently: on a second core at
        // the same time (start-up is most of a short run's time).
        if let events {
            let tagger = BackgroundLoad { try TemporalTagger(language: language) }
            let syntax = BackgroundLoad { try SyntaxModels.model(for: language) }
            self.extractor = try EventExtractor(language: language, mode: events)
            self.tagger = try tagger.value()
            self.syntax = try syntax.value()
        } else {
            self.extractor = nil
            self.syntax = nil
            self.tagger = try TemporalTagger(language: language)
        }
        self.splitter = SentenceSplitter.forLanguage(language)
    }

    /// Everything found in one document. `dct` (YYYY-MM-DD) overrides the document's own date.
    public func analyze(_ document: Document, dct: String? = nil, mode: ReferenceMode? = nil) -> DocumentAnalysis {
        let text = ScalarText(document.text)
        let sentences = splitter.split(text)
        // One tokenization for every stage.
        let tokens = DocumentTokens(text, sentences: sentences)
        let tagged = tagger.tag(document, text: text, sentences: sentences, tokens: tokens, dct: dct, mode: mode)
        guard let extractor else {
            return DocumentAnalysis(document: document, dct: tagged.dct, timexes: tagged.timexes, warnings: tagged.warnings)
        }
        let trees = syntax.map { DocumentParser(model: $0).parse(text, tokens: tokens) }
        let events = extractor.extract(
            document, text: text, sentences: sentences, tokens: tokens, syntax: trees, dct: tagged.dct, timexes: tagged.timexes)
        return DocumentAnalysis(
            document: document, dct: tagged.dct, timexes: tagged.timexes, mentions: events.mentions,
            relations: events.relations, warnings: tagged.warnings)
    }

    /// One event graph from the analyses of all documents, optionally focused on one actor.
    public func graph(_ analyses: [DocumentAnalysis], focus: String? = nil) -> EventGraph {
        builder.build(analyses, focus: focus)
    }
}
