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
    /// The language of the event stage, and of documents whose language is neither given nor detected.
    public let language: String
    /// Whether each document's language is detected (when its input does not give it); otherwise every
    /// document is read as `language` (`--language ru`).
    public let detectsLanguage: Bool
    public let splitter: SentenceSplitter
    public let tagger: TemporalTagger
    /// `nil` when the pipeline was made to tag time expressions only (`events: nil`), or when `language`
    /// has no event resources.
    public let extractor: EventExtractor?
    /// Whether events were asked for (`events` not nil).
    public let eventsRequested: Bool
    /// The splitters and taggers of other languages, loaded when a document needs them.
    let otherLanguages: LanguageStages
    /// The syntax model the event stage reads parses from; `nil` when there is no event stage.
    public let syntax: SyntaxModel?
    /// Whether each document's page furniture is looked for (``FurnitureDetector``) before the other
    /// stages, in the languages that have a furniture model.
    public let detectsFurniture: Bool
    /// Whether the events of no salient type (`minor`) are kept. They are most of the events (about
    /// fifteen a news article): a corpus of many thousands of articles may leave them out, as the
    /// timeline, the brief and the images do anyway.
    public var keepsMinorEvents = true
    /// Made when asked for, so that a time-only pipeline never loads the event lexicons (the
    /// lexicons themselves are loaded once per process).
    public var builder: GraphBuilder { GraphBuilder(language: language) }

    /// `events` chooses between the salient timeline events (default) and every TimeML-style
    /// event; `nil` finds no events at all (time expressions only), and then the event
    /// lexicons are not loaded. `detectLanguage` reads each document in the language it is written in
    /// (`LanguageDetector`); `false` reads every document as `language`.
    /// `detectFurniture: false` reads every line of a document as article text.
    public init(language: String = "en", events: TriggerMode? = .salient, detectLanguage: Bool = true, detectFurniture: Bool = true) throws {
        self.language = language
        self.detectsLanguage = detectLanguage
        self.detectsFurniture = detectFurniture
        // (Loaded here so that a broken model file is an error at start-up, not a silent skip.)
        if detectFurniture { _ = try FurnitureDetector.shared(language: language) }
        self.eventsRequested = events != nil
        // The tagger's rules and the event lexicons load independently: on a second core at
        // the same time (start-up is most of a short run's time).
        if let events, EventExtractor.hasResources(language: language) {
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
        self.otherLanguages = LanguageStages(preloaded: language, splitter: splitter, tagger: tagger)
    }

    /// The language a document is read in: the pipeline's when it does not detect, else the one its input
    /// gives, else the detected one.
    public func language(of document: Document) -> String {
        guard detectsLanguage else { return language }
        if let given = document.language, !given.isEmpty { return given }
        return LanguageDetector.shared.detect(document.text, fallback: language)
    }

    /// Everything found in one document. `dct` (YYYY-MM-DD) overrides the document's own date.
    public func analyze(_ document: Document, dct: String? = nil, mode: ReferenceMode? = nil) -> DocumentAnalysis {
        var document = document
        var lang = language(of: document)
        var warnings: [String] = []
        var stages = otherLanguages.stages(for: lang)
        if stages == nil {
            warnings.append("no time-expression resources for language \"\(lang)\": read as \"\(language)\"")
            lang = language
            stages = (splitter, tagger)
        }
        document.language = lang
        let (splitter, tagger) = stages!
        let text = ScalarText(document.text)
        // Page furniture first: no sentence runs from it into the article, its time expressions can
        // date the document (a "Published" line), and the event stage does not see it.
        if detectsFurniture, document.furniture == nil, let detector = try? FurnitureDetector.shared(language: lang) {
            document.furniture = detector.detect(text, title: document.title)
        }
        let furniture = document.furniture ?? []
        let sentences = WireDatelineSentences.cut(
            ContentSentences.cut(splitter.split(text), at: furniture, text: text), dateline: document.dateline, text: text)
        // One tokenization for every stage.
        let tokens = DocumentTokens(text, sentences: sentences)
        let tagged = tagger.tag(document, text: text, sentences: sentences, tokens: tokens, dct: dct, mode: mode)
        warnings = tagged.warnings + warnings
        guard let extractor, extractor.language == lang else {
            // A language without event resources (Russian events need Russian syntax): the document gives
            // its date and time expressions; the brief says its events were not looked for.
            let skipped = eventsRequested
            if skipped { warnings.append("events were not extracted: no event resources for language \"\(lang)\" yet") }
            return DocumentAnalysis(
                document: document, dct: tagged.dct, timexes: tagged.timexes, warnings: warnings, eventsExtracted: skipped ? false : nil)
        }
        // The article's sentences only (offsets still into the whole text), and only their time expressions.
        var eventSentences = sentences
        var eventTokens = tokens
        var eventTimexes = tagged.timexes
        if !furniture.isEmpty {
            let content = ContentSentences.content(sentences, furniture: furniture)
            eventSentences = content.map { sentences[$0] }
            eventTokens = tokens.selecting(content)
            eventTimexes = tagged.timexes.filter { !furniture.covers(from: $0.start, to: $0.end) }
        }
        let trees = syntax.map { DocumentParser(model: $0).sentences(text, tokens: eventTokens) }
        var events = extractor.extract(
            document, text: text, sentences: eventSentences, tokens: eventTokens, syntax: trees, dct: tagged.dct, timexes: eventTimexes)
        if !keepsMinorEvents {
            events.mentions.removeAll { $0.minor == true }
            let kept = Set(events.mentions.map(\.id))
            events.relations.removeAll { !kept.contains($0.from) || !kept.contains($0.to) }
        }
        return DocumentAnalysis(
            document: document, dct: tagged.dct, timexes: tagged.timexes, mentions: events.mentions,
            relations: events.relations, warnings: warnings)
    }

    /// One event graph from the analyses of all documents, optionally focused on one actor.
    public func graph(_ analyses: [DocumentAnalysis], focus: String? = nil) -> EventGraph {
        builder.build(analyses, focus: focus)
    }
}
