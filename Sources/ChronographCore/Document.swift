/// One article as Chronograph reads it.
///
/// All offsets anywhere in Chronograph (timexes, event mentions, sentences) are
/// Unicode scalar offsets into ``text``, end exclusive, so that they agree with
/// TimeML tools and with `../shared/eval/timex_eval.py`.
public struct Document: Sendable, Hashable, Codable {
    /// Stable id: a JSON Lines record's `id`, or else the file name.
    public var id: String
    /// Headline, when the input has one (first line of a plain-text article, `<title>`, `# heading`, `title` field).
    public var title: String?
    /// The full text that offsets refer to (title and dateline included for plain-text articles).
    public var text: String
    /// The publication date given by metadata (`date` in JSON Lines, `--dct`), if any.
    public var publicationDate: String?
    /// The dateline as written ("05 January"), with its scalar range in ``text``, when one was found.
    public var dateline: Dateline?
    /// Who published or supplied the article ("TASS" from "Based on materials from TASS").
    public var source: String?
    /// Where the article can be read, when the input gave it.
    public var url: String?
    /// The file the document came from (nil for standard input).
    public var path: String?
    /// The language the document is written in (ISO 639-1: `en`, `ru`): given by the input (a JSON Lines
    /// record's `lang`), else chosen by the pipeline (`--language`, or detected).
    public var language: String?
    /// The lines of ``text`` that are page furniture, not the article (bylines, "Published …" lines,
    /// related-headline boxes, share buttons, credits): found by the pipeline before any other
    /// stage; nil until then. Their time expressions can date the document, never an event.
    public var furniture: [FurnitureLine]?

    public init(
        id: String, title: String? = nil, text: String, publicationDate: String? = nil,
        dateline: Dateline? = nil, source: String? = nil, url: String? = nil, path: String? = nil, language: String? = nil,
        furniture: [FurnitureLine]? = nil
    ) {
        self.furniture = furniture
        self.language = language
        self.id = id
        self.title = title
        self.text = text
        self.publicationDate = publicationDate
        self.dateline = dateline
        self.source = source
        self.url = url
        self.path = path
    }
}

/// The line under a headline that says when the piece was filed ("05 January", "Moscow, 5 Jan 2024").
public struct Dateline: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// The document creation time (DCT) that relative expressions are resolved against.
public struct DocumentCreationTime: Sendable, Hashable, Codable {
    /// How the DCT was established.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// Given by the caller (`--dct`).
        case option
        /// From the input's metadata (`date` of a JSON Lines record).
        case metadata
        /// From a full dateline ("5 January 2024").
        case dateline
        /// From a dateline without a year, the year inferred from the dates in the text.
        case datelineYearInferred
        /// From a date line of the page's furniture ("Published: Fri 28 Oct 2022"), when the input gave
        /// no date and the text no dateline: read from the page, taken for the publication date.
        case pageDate
        /// Nothing said when the document was written.
        case none
    }

    /// A TIMEX3 value (`2024-01-05`), or nil when unknown.
    public var value: String?
    /// True when any part of the value was inferred rather than read.
    public var inferred: Bool
    public var origin: Origin
    /// Why the inference came out as it did, for people checking it.
    public var evidence: String?

    public init(value: String?, inferred: Bool, origin: Origin, evidence: String? = nil) {
        self.value = value
        self.inferred = inferred
        self.origin = origin
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey { case value, inferred, origin, evidence }

    /// `value` is always written (null when unknown), so readers need not guess.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(inferred, forKey: .inferred)
        try c.encode(origin, forKey: .origin)
        try c.encodeIfPresent(evidence, forKey: .evidence)
    }

    public static let unknown = DocumentCreationTime(value: nil, inferred: false, origin: .none)

    /// The DCT as a calendar day, when it is known to the day.
    public var day: Day? { value.flatMap { TemporalValue(timex3: $0).range?.start } }
}
