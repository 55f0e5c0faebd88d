import ChronographCore

/// The transitive closure of before/after relations over events, with contradictions
/// ("A before B" and "B before A" both derivable) reported instead of drawn.
struct TemporalClosure {
    private(set) var successors: [String: Set<String>] = [:]
    private(set) var predecessors: [String: Set<String>] = [:]
    private(set) var conflicts: [Conflict] = []
    private(set) var accepted: [Relation] = []

    /// True when `a` is known to be before `b` (the relations accepted never make a cycle).
    ///
    /// Searched from both ends at once, a layer of the smaller frontier at a time, until the searches
    /// meet or one runs out: the time anchors chain every dated event to the next, so a search from one
    /// end alone would walk the whole timeline for each of a large corpus's relations, while most
    /// relations join an event with few neighbours on one side (a minor event).
    func isBefore(_ a: String, _ b: String) -> Bool {
        guard a != b, successors[a] != nil, predecessors[b] != nil else { return false }
        var forward: Set<String> = [a], backward: Set<String> = [b]
        var ahead = [a], behind = [b]
        while !ahead.isEmpty && !behind.isEmpty {
            var next: [String] = []
            if ahead.count <= behind.count {
                for x in ahead {
                    for y in successors[x, default: []] {
                        if backward.contains(y) { return true }
                        if forward.insert(y).inserted { next.append(y) }
                    }
                }
                ahead = next
            } else {
                for x in behind {
                    for y in predecessors[x, default: []] {
                        if forward.contains(y) { return true }
                        if backward.insert(y).inserted { next.append(y) }
                    }
                }
                behind = next
            }
        }
        return false
    }

    /// Adds relations in priority order; a before/after that contradicts what is already
    /// known becomes a ``Conflict`` of kind `.relation`.
    mutating func add(_ relations: [Relation]) {
        for r in relations {
            guard r.type == .before || r.type == .after else {
                accepted.append(r)
                continue
            }
            let (a, b) = r.type == .before ? (r.from, r.to) : (r.to, r.from)
            if a == b { continue }
            if isBefore(b, a) {
                conflicts.append(Conflict(kind: .relation, events: [a, b].sorted(), description: "\(r.rule) says \(a) before \(b), but \(b) is already known to be before \(a)"))
                continue
            }
            successors[a, default: []].insert(b)
            predecessors[b, default: []].insert(a)
            accepted.append(r)
        }
    }

    /// Before relations implied by the accepted ones but not stated, sorted.
    func derived() -> [Relation] {
        var out: [Relation] = []
        for a in successors.keys.sorted() {
            var stack = Array(successors[a]!)
            var seen = Set(stack)
            while let x = stack.popLast() {
                for y in successors[x, default: []] where seen.insert(y).inserted { stack.append(y) }
            }
            for b in seen.sorted() where !successors[a]!.contains(b) {
                out.append(Relation(from: a, to: b, type: .before, rule: "Closure", derived: true))
            }
        }
        return out
    }
}
