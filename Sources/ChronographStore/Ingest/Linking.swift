import ChronographEvents

/// Step 3 of a batch: the links between units that the batch's changes to the blocking keys call for.
extension BatchMerge {
    func link() throws {
        var presentNow: [String: Bool] = [:]
        func present(_ name: String?) throws -> Bool {
            guard let name else { return false }
            if let p = presentNow[name] { return p }
            let p = try isPresent(name)
            presentNow[name] = p
            return p
        }
        // A name that came or went changes the size of every key whose sentence units wait for it.
        for (name, before) in presentBefore.sorted(by: { $0.key < $1.key }) where try present(name) != before {
            try db.query("SELECT key, units, sentence_units FROM keys WHERE name = ?", [.text(name)]) { row in
                if keysBefore[row.int64(0)] == nil { keysBefore[row.int64(0)] = KeyCounts(units: row.int(1), sentenceUnits: row.int(2), name: name) }
            }
        }
        // Keys whose pairs are all candidates now and some were not before (opened), and keys whose pairs
        // may have stopped being candidates (closed).
        var opened: [Int64] = []
        var closed: [Int64] = []
        for (key, before) in keysBefore.sorted(by: { $0.key < $1.key }) {
            let now = try counts(key: key) ?? KeyCounts(units: 0, sentenceUnits: 0, name: before.name)
            let name = now.name ?? before.name
            let was = try name.map { try presentBefore[$0] ?? present($0) } ?? false
            let isNow = try present(name)
            let proposedBefore = proposes(Self.size(before, present: was))
            let proposesNow = proposes(Self.size(now, present: isNow))
            if proposesNow && (!proposedBefore || (!was && isNow && now.sentenceUnits > 0)) { opened.append(key) }
            if proposedBefore && (!proposesNow || (was && !isNow && before.sentenceUnits > 0)) { closed.append(key) }
        }
        var recheck = Set<UnitPair>()
        for key in closed {
            let members = try self.members(of: key, present: true).filter { !isNew.contains($0) }
            let inKey = Set(members)
            for a in members {
                try db.query("SELECT b FROM links WHERE a = ?", [.int(a)]) { row in
                    if inKey.contains(row.int64(0)) { recheck.insert(UnitPair(a, row.int64(0))) }
                }
            }
        }
        var compare = Set<UnitPair>()
        for key in opened {
            let counts = try counts(key: key)
            let members = try self.members(of: key, present: present(counts?.name)).filter { !isNew.contains($0) }
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] { compare.insert(UnitPair(a, b)) }
            }
        }
        for pair in recheck.sorted() where try !shareProposingKey(pair, present: present) {
            try db.run("DELETE FROM links WHERE a = ? AND b = ?", .int(pair.a), .int(pair.b))
            seeds.insert(pair.a)
            seeds.insert(pair.b)
        }
        for pair in compare.sorted() {
            let known = try db.scalar("SELECT EXISTS (SELECT 1 FROM links WHERE a = ? AND b = ?)", .int(pair.a), .int(pair.b))?.int == 1
            if !known, try compareUnits(pair.a, pair.b) {
                seeds.insert(pair.a)
                seeds.insert(pair.b)
            }
        }
        try linkNewUnits(present: present)
    }

    /// Compares every new unit with the units its proposing keys propose. New units are taken in the
    /// order of their first proposing key, so that units with the same candidates (reports of one story)
    /// come together and the candidates' records are read once.
    private func linkNewUnits(present: (String?) throws -> Bool) throws {
        var plan: [(unit: Int64, keys: [Int64])] = []
        for unit in newUnits {
            var keys: [Int64] = []
            try db.query(
                "SELECT uk.key, uk.sentence, k.units, k.sentence_units, k.name FROM unit_keys uk JOIN keys k ON k.key = uk.key WHERE uk.unit = ?",
                [.int(unit)]
            ) { row in
                let name = row.optionalText(4)
                let isPresent = try present(name)
                if row.int(1) != 0 && !isPresent { return }
                if proposes(Self.size(KeyCounts(units: row.int(2), sentenceUnits: row.int(3), name: name), present: isPresent)) {
                    keys.append(row.int64(0))
                }
            }
            plan.append((unit, keys.sorted()))
        }
        plan.sort { ($0.keys.first ?? .max, $0.unit) < ($1.keys.first ?? .max, $1.unit) }
        var membersOf: [Int64: [Int64]] = [:]
        for (unit, keys) in plan {
            var candidates = Set<Int64>()
            for key in keys {
                if membersOf[key] == nil {
                    if membersOf.count >= 4096 { membersOf.removeAll(keepingCapacity: true) }
                    membersOf[key] = try members(of: key, present: present(counts(key: key)?.name))
                }
                candidates.formUnion(membersOf[key]!)
            }
            candidates.remove(unit)
            for other in candidates.sorted() where !(isNew.contains(other) && other < unit) {
                _ = try compareUnits(unit, other)
            }
        }
    }

    /// Compares two units of the store and keeps their link; true when it is a new one.
    func compareUnits(_ x: Int64, _ y: Int64) throws -> Bool {
        let rx = try records.record(of: x, in: db, codec: codec), ry = try records.record(of: y, in: db, codec: codec)
        report.comparisons += 1
        // The unit that comes first in the graph's order is the link's first.
        let xFirst = rx.document == ry.document ? rx.ordinal < ry.ordinal : GraphBuilder.precedes(rx.document, ry.document)
        guard let strength = xFirst ? builder.link(rx.record, ry.record) : builder.link(ry.record, rx.record) else { return false }
        try db.run("INSERT OR IGNORE INTO links (a, b, strength) VALUES (?, ?, ?)", .int(min(x, y)), .int(max(x, y)), .real(strength))
        return db.changes > 0
    }

    /// Whether two units still have a key in common that proposes them.
    private func shareProposingKey(_ pair: UnitPair, present: (String?) throws -> Bool) throws -> Bool {
        var shared = false
        try db.query(
            """
            SELECT x.sentence, y.sentence, k.units, k.sentence_units, k.name FROM unit_keys x
            JOIN unit_keys y ON y.key = x.key AND y.unit = ? JOIN keys k ON k.key = x.key WHERE x.unit = ?
            """,
            [.int(pair.b), .int(pair.a)]
        ) { row in
            guard !shared else { return }
            let name = row.optionalText(4)
            let isPresent = try present(name)
            if (row.int(0) != 0 || row.int(1) != 0) && !isPresent { return }
            if proposes(Self.size(KeyCounts(units: row.int(2), sentenceUnits: row.int(3), name: name), present: isPresent)) { shared = true }
        }
        return shared
    }
}

/// Two units, the smaller row id first (as the `links` table keeps them).
struct UnitPair: Hashable, Comparable {
    let a: Int64
    let b: Int64

    init(_ x: Int64, _ y: Int64) {
        a = min(x, y)
        b = max(x, y)
    }

    static func < (l: UnitPair, r: UnitPair) -> Bool { (l.a, l.b) < (r.a, r.b) }
}
