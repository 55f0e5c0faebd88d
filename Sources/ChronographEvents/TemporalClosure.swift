import ChronographCore

/// The transitive closure of before/after relations over events, with contradictions
/// ("A before B" and "B before A" both derivable) reported instead of drawn.
///
/// Event ids are interned: numbered in the order they first appear, the graph held as lists of
/// numbers. A large store's relations join hundreds of thousands of events (minor ones too), and a
/// set of id strings per event, both ways, was most of what rendering it held.
struct TemporalClosure {
    /// The number of each event id seen in a before/after relation, and the ids by number.
    private var number: [String: Int32] = [:]
    private var ids: [String] = []
    /// By event number: the events it is stated to be before, and after (in the order accepted, possibly repeated).
    private var after: [[Int32]] = []
    private var before: [[Int32]] = []
    private(set) var conflicts: [Conflict] = []
    private(set) var accepted: [Relation] = []

    /// The events `id` is stated to be before (each once), in the order first accepted.
    func successors(of id: String) -> [String] {
        guard let a = number[id] else { return [] }
        var seen = Set<Int32>()
        return after[Int(a)].filter { seen.insert($0).inserted }.map { ids[Int($0)] }
    }

    /// True when `a` is known to be before `b` (the relations accepted never make a cycle).
    func isBefore(_ a: String, _ b: String) -> Bool {
        guard a != b, let x = number[a], let y = number[b] else { return false }
        return isBefore(x, y)
    }

    /// Searched from both ends at once, a layer of the smaller frontier at a time, until the searches
    /// meet or one runs out: the time anchors chain every dated event to the next, so a search from one
    /// end alone would walk the whole timeline for each of a large corpus's relations, while most
    /// relations join an event with few neighbours on one side (a minor event).
    private func isBefore(_ a: Int32, _ b: Int32) -> Bool {
        guard a != b, !after[Int(a)].isEmpty, !before[Int(b)].isEmpty else { return false }
        var forward: Set<Int32> = [a], backward: Set<Int32> = [b]
        var ahead = [a], behind = [b]
        while !ahead.isEmpty && !behind.isEmpty {
            var next: [Int32] = []
            if ahead.count <= behind.count {
                for x in ahead {
                    for y in after[Int(x)] {
                        if backward.contains(y) { return true }
                        if forward.insert(y).inserted { next.append(y) }
                    }
                }
                ahead = next
            } else {
                for x in behind {
                    for y in before[Int(x)] {
                        if forward.contains(y) { return true }
                        if backward.insert(y).inserted { next.append(y) }
                    }
                }
                behind = next
            }
        }
        return false
    }

    /// The number of an event id, given one when first seen.
    private mutating func intern(_ id: String) -> Int32 {
        if let n = number[id] { return n }
        let n = Int32(ids.count)
        number[id] = n
        ids.append(id)
        after.append([])
        before.append([])
        return n
    }

    /// Adds relations in priority order; a before/after that contradicts what is already
    /// known becomes a ``Conflict`` of kind `.relation`. The others are kept in ``accepted``.
    mutating func add(_ relations: [Relation]) {
        for r in relations where accept(r) { accepted.append(r) }
    }

    /// Adds one relation (the next in priority order): true when it is accepted, false when it contradicts
    /// what is known (a ``Conflict`` of kind `.relation`) or joins an event to itself. ``accepted`` is left
    /// as it is: a caller that takes the accepted relations one by one holds them once.
    mutating func accept(_ r: Relation) -> Bool {
        guard r.type == .before || r.type == .after else { return true }
        let (a, b) = r.type == .before ? (r.from, r.to) : (r.to, r.from)
        if a == b { return false }
        let x = intern(a), y = intern(b)
        if isBefore(y, x) {
            conflicts.append(Conflict(kind: .relation, events: [a, b].sorted(), description: "\(r.rule) says \(a) before \(b), but \(b) is already known to be before \(a)"))
            return false
        }
        after[Int(x)].append(y)
        before[Int(y)].append(x)
        return true
    }

    /// Before relations implied by the accepted ones but not stated, sorted.
    func derived() -> [Relation] {
        var out: [Relation] = []
        for (a, x) in number.filter({ !after[Int($0.value)].isEmpty }).sorted(by: { $0.key < $1.key }) {
            let stated = Set(after[Int(x)])
            var stack = Array(stated)
            var seen = stated
            while let y = stack.popLast() {
                for z in after[Int(y)] where seen.insert(z).inserted { stack.append(z) }
            }
            for b in seen.filter({ !stated.contains($0) }).map({ ids[Int($0)] }).sorted() {
                out.append(Relation(from: a, to: b, type: .before, rule: "Closure", derived: true))
            }
        }
        return out
    }
}
