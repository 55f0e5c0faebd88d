import ChronographCore

/// What `chronograph extract` prints for one document, and what `build --from-extracted` reads back.
///
/// It carries everything graph building needs (not the text itself), so that a corpus can be
/// extracted in shards, on other machines, and merged into one graph later.
public struct ExtractionRecord: Sendable, Hashable, Codable {
    public var doc: String
    public var title: String?
    public var source: String?
    public var url: String?
    public var path: String?
    /// The publication date the input gave, if any.
    public var date: String?
    public var dct: DocumentCreationTime
    public var timexes: [Timex]
    public var events: [EventMention]
    public var relations: [Relation]
    public var warnings: [String]
    /// The document's language (`en`, `ru`).
    public var language: String?
    /// `false` when the document's events were not looked for (its language has no event resources yet).
    public var eventsExtracted: Bool?
    /// The lines of the text found to be page furniture (scalar ranges); left out when none were.
    public var furniture: [FurnitureLine]?

    public init(_ analysis: DocumentAnalysis) {
        self.language = analysis.document.language
        self.eventsExtracted = analysis.eventsExtracted
        let d = analysis.document
        self.doc = d.id
        self.title = d.title
        self.source = d.source
        self.url = d.url
        self.path = d.path
        self.date = d.publicationDate
        self.dct = analysis.dct
        self.timexes = analysis.timexes
        self.events = analysis.mentions
        self.relations = analysis.relations
        self.warnings = analysis.warnings
        if let lines = d.furniture, !lines.isEmpty { self.furniture = lines }
    }

    /// The analysis this record describes (with an empty text: records do not carry it).
    public var analysis: DocumentAnalysis {
        DocumentAnalysis(
            document: Document(
                id: doc, title: title, text: "", publicationDate: date, source: source, url: url, path: path, language: language,
                furniture: furniture),
            dct: dct, timexes: timexes, mentions: events, relations: relations, warnings: warnings, eventsExtracted: eventsExtracted)
    }
}
