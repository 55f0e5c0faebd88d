/// Relation kinds between events.
public enum RelationType: String, Sendable, Hashable, Codable, CaseIterable {
    case before, after, includes, during, simultaneous
    case phaseOf = "phase_of", causes, prevents, about
}

/// A directed relation `from -type-> to` ("A before B", "wave 1 phase_of unrest", "film about unrest").
public struct Relation: Sendable, Hashable, Codable {
    public var from: String
    public var to: String
    public var type: RelationType
    /// The linking rule that decided it (`OrderPhasesBySignals`, `OrderByTimeAnchors`, ...).
    public var rule: String
    /// True when it was derived by closure rather than read off the text or the anchors.
    public var derived: Bool
    public init(from: String, to: String, type: RelationType, rule: String, derived: Bool = false) {
        self.from = from
        self.to = to
        self.type = type
        self.rule = rule
        self.derived = derived
    }
}

/// Where an event is mentioned: provenance for every merged event.
public struct MentionRef: Sendable, Hashable, Codable {
    public var id: String
    public var doc: String
    public var start: Int
    public var end: Int
    public var text: String
    public var sentence: String
    public var source: String?
    public var url: String?
    public init(id: String, doc: String, start: Int, end: Int, text: String, sentence: String, source: String? = nil, url: String? = nil) {
        self.id = id
        self.doc = doc
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.source = source
        self.url = url
    }
}

/// One date a source gives for an event, kept when sources disagree.
public struct SourcedTime: Sendable, Hashable, Codable {
    public var time: EventTime
    public var doc: String
    public var source: String?
    public init(time: EventTime, doc: String, source: String?) {
        self.time = time
        self.doc = doc
        self.source = source
    }
}

/// Sources disagree about an event, or the relations contradict each other.
public struct Conflict: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case date, relation }
    public var kind: Kind
    public var events: [String]
    public var description: String
    public var times: [SourcedTime]
    public init(kind: Kind, events: [String], description: String, times: [SourcedTime] = []) {
        self.kind = kind
        self.events = events
        self.description = description
        self.times = times
    }
}

/// A real-world event: one or more mentions merged, with its time, participants and standing.
public struct Event: Sendable, Hashable, Codable {
    public var id: String
    public var type: String
    public var eventClass: EventClass
    public var label: String
    public var time: EventTime?
    /// Every date any source gave, when they differ (see ``Conflict``).
    public var alternativeTimes: [SourcedTime]
    public var factuality: Factuality
    public var actors: [Actor]
    public var location: Place?
    /// The event this one is a phase of.
    public var parent: String?
    public var phaseIndex: Int?
    public var attribution: Attribution?
    public var mentions: [MentionRef]
    /// True when every mention is minor (``EventMention/minor``): kept in the data, left off the timeline.
    public var minor: Bool?

    public init(
        id: String, type: String, eventClass: EventClass, label: String, time: EventTime?,
        alternativeTimes: [SourcedTime] = [], factuality: Factuality, actors: [Actor], location: Place?,
        parent: String? = nil, phaseIndex: Int? = nil, attribution: Attribution?, mentions: [MentionRef]
    ) {
        self.id = id
        self.type = type
        self.eventClass = eventClass
        self.label = label
        self.time = time
        self.alternativeTimes = alternativeTimes
        self.factuality = factuality
        self.actors = actors
        self.location = location
        self.parent = parent
        self.phaseIndex = phaseIndex
        self.attribution = attribution
        self.mentions = mentions
    }
}

/// What the graph says about each input document.
public struct DocumentSummary: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var dct: DocumentCreationTime
    public var source: String?
    public var url: String?
    public var path: String?
    /// The document's language (`en`, `ru`).
    public var language: String?
    /// `false` when the document's events were not looked for (no event resources for its language yet): it
    /// contributes its date and time expressions only. Absent when they were.
    public var eventsExtracted: Bool?
    public init(
        id: String, title: String?, dct: DocumentCreationTime, source: String?, url: String?, path: String?,
        language: String? = nil, eventsExtracted: Bool? = nil
    ) {
        self.language = language
        self.eventsExtracted = eventsExtracted
        self.id = id
        self.title = title
        self.dct = dct
        self.source = source
        self.url = url
        self.path = path
    }
}

/// The one model every renderer reads.
public struct EventGraph: Sendable, Hashable, Codable {
    /// Version of the JSON schema documented in the README.
    public static let schemaVersion = "chronograph.graph/1"
    public var schema: String
    public var documents: [DocumentSummary]
    public var events: [Event]
    public var relations: [Relation]
    public var conflicts: [Conflict]

    public init(documents: [DocumentSummary], events: [Event], relations: [Relation], conflicts: [Conflict] = []) {
        self.schema = EventGraph.schemaVersion
        self.documents = documents
        self.events = events
        self.relations = relations
        self.conflicts = conflicts
    }

    public func event(id: String) -> Event? { events.first { $0.id == id } }

    /// The graph a timeline shows: without minor events (``Event/minor``), their relations and
    /// conflicts, and the phase links to them. The data exports keep everything.
    public func timeline() -> EventGraph {
        guard events.contains(where: { $0.minor == true }) else { return self }
        return Self.timeline(documents: documents, events: events.filter { $0.minor != true }, relations: relations, conflicts: conflicts)
    }

    /// The timeline of a graph given by its events that are not minor (in the graph's order) and all its
    /// relations and conflicts: what ``timeline()`` gives of a graph with minor events, for a graph whose
    /// minor events are not held (``EventStream``).
    ///
    /// `kept` is taken over: handed an array no one else holds (`consume`), its events are changed in place
    /// rather than copied (a large store's timeline has a hundred thousand events).
    public static func timeline(documents: [DocumentSummary], events kept: consuming [Event], relations: [Relation], conflicts: [Conflict]) -> EventGraph {
        var events = kept
        let ids = Set(events.map(\.id))
        for k in events.indices {
            if let p = events[k].parent, !ids.contains(p) {
                events[k].parent = nil
                events[k].phaseIndex = nil
            }
        }
        return EventGraph(
            documents: documents, events: events, relations: relations.filter { ids.contains($0.from) && ids.contains($0.to) },
            conflicts: conflicts.filter { c in c.events.allSatisfy { ids.contains($0) } })
    }
}

/// Everything found in one document: the per-document result that `extract` prints
/// and that graph building merges across documents.
public struct DocumentAnalysis: Sendable, Hashable, Codable {
    public var document: Document
    public var dct: DocumentCreationTime
    public var timexes: [Timex]
    public var mentions: [EventMention]
    /// Relations between mentions of this document (ids are ``EventMention/id``).
    public var relations: [Relation]
    /// Problems worth telling the user about ("no document date: relative dates left unresolved").
    public var warnings: [String]
    /// `false` when events were not looked for in this document (its language has no event resources yet).
    public var eventsExtracted: Bool?

    public init(
        document: Document, dct: DocumentCreationTime, timexes: [Timex], mentions: [EventMention] = [], relations: [Relation] = [],
        warnings: [String] = [], eventsExtracted: Bool? = nil
    ) {
        self.eventsExtracted = eventsExtracted
        self.document = document
        self.dct = dct
        self.timexes = timexes
        self.mentions = mentions
        self.relations = relations
        self.warnings = warnings
    }
}
