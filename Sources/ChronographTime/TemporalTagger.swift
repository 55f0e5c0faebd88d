import ChronographCore

/// How relative expressions are resolved.
public enum ReferenceMode: String, Sendable, CaseIterable {
    /// Against the document creation time (news).
    case news
    /// Against the last date mentioned (histories, Wikipedia-style narratives).
    case narrative
}

/// What the tagger found in one document.
public struct TaggingResult: Sendable {
    public var dct: DocumentCreationTime
    public var timexes: [Timex]
    public var warnings: [String]
    public init(dct: DocumentCreationTime, timexes: [Timex], warnings: [String] = []) {
        self.dct = dct
        self.timexes = timexes
        self.warnings = warnings
    }
}

/// Finds and normalizes temporal expressions (TIMEX3).
///
/// PLACEHOLDER INTERFACE: the real engine replaces this body (issue 3).
public struct TemporalTagger: Sendable {
    public let language: String

    public init(language: String = "en") throws {
        self.language = language
    }

    /// Tags one document. `dct` overrides any date the document carries (`--dct`);
    /// `mode` overrides the per-document choice between news and narrative.
    public func tag(
        _ document: Document, text: ScalarText, sentences: [Sentence], dct: String? = nil,
        mode: ReferenceMode? = nil
    ) -> TaggingResult {
        TaggingResult(dct: .unknown, timexes: [])
    }
}
