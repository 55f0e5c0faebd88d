import ChronographCore

/// What a graph says beside its events' own assembly (``GraphBuilder/frame(events:textual:conflicts:dayRange:)``):
/// its relations (the documents' own and the order of time anchors, closed), its conflicts, and the
/// times relations give the events that have none.
public struct GraphFrame: Sendable {
    public var relations: [Relation]
    public var conflicts: [Conflict]
    /// By event id: the interval its neighbours in `before` relations bound, for an event without a time.
    var bounds: [String: EventTime]

    /// Gives an event without a time the interval its relations bound (none: it stays without one).
    public func bound(_ event: inout Event) {
        if event.time == nil, let t = bounds[event.id] { event.time = t }
    }
}
