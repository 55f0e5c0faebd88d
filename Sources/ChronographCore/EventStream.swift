/// A graph too large to hold: its documents, relations and conflicts, and the timeline (the graph
/// without minor events, what images and the brief show) are in memory; every event, minor ones
/// included, comes one at a time from ``forEachEvent`` when a data export is written. A timeline store
/// renders its graph this way: minor events are most of the events of a large corpus.
public struct EventStream {
    public var documents: [DocumentSummary]
    public var relations: [Relation]
    public var conflicts: [Conflict]
    /// How many events the whole graph has.
    public var eventCount: Int
    /// The graph ``EventGraph/timeline()`` gives of the whole graph.
    public var timeline: EventGraph
    /// Hands every event of the graph to `body`, in the graph's order (by id).
    public var forEachEvent: (_ body: (Event) throws -> Void) throws -> Void

    public init(
        documents: [DocumentSummary], relations: [Relation], conflicts: [Conflict], eventCount: Int, timeline: EventGraph,
        forEachEvent: @escaping (_ body: (Event) throws -> Void) throws -> Void
    ) {
        self.documents = documents
        self.relations = relations
        self.conflicts = conflicts
        self.eventCount = eventCount
        self.timeline = timeline
        self.forEachEvent = forEachEvent
    }

    /// The whole graph in memory (for the exports that need it whole, and for tests).
    public func materialized() throws -> EventGraph {
        var events: [Event] = []
        events.reserveCapacity(eventCount)
        try forEachEvent { events.append($0) }
        return EventGraph(documents: documents, events: events, relations: relations, conflicts: conflicts)
    }
}
