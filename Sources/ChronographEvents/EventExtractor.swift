import ChronographCore

/// Finds event mentions in one tagged document, with participants, time anchors,
/// factuality, attribution and the relations between them.
///
/// PLACEHOLDER INTERFACE: the real stage replaces this body (issue 4).
public struct EventExtractor: Sendable {
    public let language: String
    public init(language: String = "en") throws {
        self.language = language
    }

    public func extract(
        _ document: Document, text: ScalarText, sentences: [Sentence], dct: DocumentCreationTime, timexes: [Timex]
    ) -> (mentions: [EventMention], relations: [Relation]) {
        ([], [])
    }
}

/// Merges per-document analyses into one event graph.
///
/// PLACEHOLDER INTERFACE: the real stage replaces this body (issue 4).
public struct GraphBuilder: Sendable {
    public init() {}
    /// `focus` keeps only the events an actor (name or alias, case-insensitive) takes part in.
    public func build(_ analyses: [DocumentAnalysis], focus: String? = nil) -> EventGraph {
        let docs = analyses.map {
            DocumentSummary(id: $0.document.id, title: $0.document.title, dct: $0.dct, source: $0.document.source, url: $0.document.url, path: $0.document.path)
        }
        return EventGraph(documents: docs, events: [], relations: [])
    }
}
