import ChronographCore

/// The graph's events in reading order, shared by the brief, the CSV and the data exports:
/// dated events by start (coarser first on ties, then phase order; windows bounded only by related
/// events after the rest), undated events last, by id.
public struct Chronology: Sendable {
    public let graph: EventGraph
    /// Indices into `graph.events`, dated ones in time order.
    public let dated: [Int]
    public let undated: [Int]
    /// Phases of each event (by index), in order.
    public let phases: [Int: [Int]]
    /// Index of each event's parent, when the parent is in the graph.
    public let parent: [Int: Int]

    public init(_ graph: EventGraph) {
        self.graph = graph
        let events = graph.events
        var indexOf: [String: Int] = [:]
        for (i, e) in events.enumerated() where indexOf[e.id] == nil { indexOf[e.id] = i }
        var parent: [Int: Int] = [:]
        var phases: [Int: [Int]] = [:]
        for (i, e) in events.enumerated() {
            if let p = e.parent, let pi = indexOf[p], pi != i {
                parent[i] = pi
                phases[pi, default: []].append(i)
            }
        }
        let hasPhases = Set(phases.keys)
        /// Start, then longer first, episodes before other events of the same span, phase order, end, id.
        func key(_ i: Int) -> (Int, Int, Int, Int, String) {
            let e = events[i]
            let r = e.time?.dayRange
            // A window bounded only by related events sorts after everything that starts on the same day.
            let bounded = e.time?.certainty == .relation
            let coarse = bounded ? Int.max / 2 : -(r?.lengthInDays ?? 0) * 2 + (hasPhases.contains(i) ? 0 : 1)
            return (r?.start.julianDay ?? Int.max, coarse, e.phaseIndex ?? 0, r?.end.julianDay ?? 0, e.id)
        }
        // Keys are computed once: each parses the event's date range, and sorting compares them many times.
        let keys = events.indices.map(key)
        func less(_ a: Int, _ b: Int) -> Bool {
            let x = keys[a], y = keys[b]
            if x.0 != y.0 { return x.0 < y.0 }
            if x.1 != y.1 { return x.1 < y.1 }
            if x.2 != y.2 { return x.2 < y.2 }
            if x.3 != y.3 { return x.3 < y.3 }
            return x.4 < y.4
        }
        for (k, v) in phases {
            phases[k] = v.sorted { a, b in
                let pa = events[a].phaseIndex ?? Int.max, pb = events[b].phaseIndex ?? Int.max
                return pa != pb ? pa < pb : less(a, b)
            }
        }
        self.phases = phases
        self.parent = parent
        let all = Array(events.indices)
        dated = all.filter { events[$0].time?.dayRange != nil }.sorted(by: less)
        undated = all.filter { events[$0].time?.dayRange == nil }.sorted { events[$0].id < events[$1].id }
    }

    /// First and last day covered by dated events.
    public var span: DayRange? {
        let ranges = dated.compactMap { graph.events[$0].time?.dayRange }
        guard let first = ranges.first else { return nil }
        return ranges.reduce(first) { DayRange(start: min($0.start, $1.start), end: max($0.end, $1.end)) }
    }
}
