import ChronographCore
import ChronographEvents

/// Step 4 of a batch: the connected components of links that hold a changed unit, merged again by the
/// merger's own ``GraphBuilder/merge(_:links:)``.
///
/// Merging is greedy (the strongest link first), so a new link can change how a whole component
/// merges; but units that no chain of links joins never affect each other, so each component merged
/// on its own gives what merging everything at once gives. A component's merge holds only the units'
/// small merge states (their dates, places and kinds: about a hundred bytes each) and its links
/// (about 24 bytes each): memory grows with the largest component, not with the store. Events only
/// are written anew whose units changed.
extension BatchMerge {
    func remerge() throws {
        var done = Set<Int64>()
        var stale = Set<Int64>()
        for seed in seeds.sorted() where !done.contains(seed) {
            let component = try self.component(from: seed)
            done.formUnion(component)
            try merge(component, stale: &stale)
            CrashPoint.reach("merge")
        }
        for event in stale.sorted() {
            let used = try db.scalar("SELECT EXISTS (SELECT 1 FROM units WHERE event = ?)", .int(event))?.int == 1
            if !used {
                try db.run("DELETE FROM event_actors WHERE event = ?", .int(event))
                try db.run("DELETE FROM events WHERE event = ?", .int(event))
            }
        }
    }

    /// The units a chain of links joins to `seed`.
    private func component(from seed: Int64) throws -> [Int64] {
        var seen: Set<Int64> = [seed]
        var queue = [seed]
        var next = 0
        while next < queue.count {
            let unit = queue[next]
            next += 1
            try db.query("SELECT b FROM links WHERE a = ? UNION ALL SELECT a FROM links WHERE b = ?", [.int(unit), .int(unit)]) { row in
                if seen.insert(row.int64(0)).inserted { queue.append(row.int64(0)) }
            }
        }
        return queue
    }

    private func merge(_ component: [Int64], stale: inout Set<Int64>) throws {
        var units: [(unit: Int64, doc: String, ordinal: Int, event: Int64?, state: UnitState)] = []
        for unit in component {
            let s = try db.statement("SELECT d.id, u.ordinal, u.event, u.state FROM units u JOIN documents d ON d.doc = u.doc WHERE u.unit = ?")
            try s.bind([.int(unit)])
            guard try s.step() else { throw StoreError(path: db.path, kind: .corrupt, message: "unit \(unit) is linked but missing") }
            units.append((unit, s.text(0), s.int(1), s.isNull(2) ? nil : s.int64(2), try codec.decode(UnitState.self, s.blob(3), what: "the state of unit \(unit)")))
            s.reset()
        }
        // In the graph's order: by document id, then position in the document.
        units.sort { $0.doc == $1.doc ? $0.ordinal < $1.ordinal : GraphBuilder.precedes($0.doc, $1.doc) }
        let index = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1.unit, $0) })
        var links: [UnitLink] = []
        for (i, u) in units.enumerated() {
            try db.query("SELECT b, strength FROM links WHERE a = ?", [.int(u.unit)]) { row in
                if let j = index[row.int64(0)] { links.append(UnitLink(min(i, j), max(i, j), strength: row.double(1))) }
            }
        }
        report.remerged += units.count
        if units.count > report.largestComponent {
            report.largestComponent = units.count
            report.largestComponentLinks = links.count
        }
        for group in builder.merge(units.map(\.state), links: links) {
            let events = Set(group.map { units[$0].event })
            // The same units as an event that no other group took units from: the event stays as it is.
            if events.count == 1, let only = events.first, let event = only, !stale.contains(event),
                try db.scalar("SELECT count(*) FROM units WHERE event = ?", .int(event))?.int == group.count
            {
                continue
            }
            for case let event? in events { stale.insert(event) }
            try writeEvent(units: group.map { units[$0].unit })
        }
    }

    /// Writes the event a group of units makes (the graph builder's assembly of its mentions), with its
    /// participants, and points the units at it.
    private func writeEvent(units: [Int64]) throws {
        var mentions: [(doc: String, ordinal: Int, mention: EventMention)] = []
        for unit in units {
            try db.query("SELECT d.id, m.ordinal, m.data FROM mentions m JOIN documents d ON d.doc = m.doc WHERE m.unit = ?", [.int(unit)]) { row in
                let original = try codec.decode(EventMention.self, row.blob(2), what: "a mention of unit \(unit)")
                guard let mention = builder.timelineMention(original) else { return }
                mentions.append((row.text(0), row.int(1), mention))
            }
        }
        mentions.sort { $0.doc == $1.doc ? $0.ordinal < $1.ordinal : GraphBuilder.precedes($0.doc, $1.doc) }
        guard let first = mentions.first else { throw StoreError(path: db.path, kind: .corrupt, message: "units without mentions") }
        // Whether sources disagree does not depend on the documents' sources, which only word the conflict.
        let assembled = builder.makeEvent(mentions.map(\.mention), sources: GraphBuilder.DocumentSources([]))
        let event = assembled.event
        let days = event.time?.dayRange
        try db.run(
            """
            INSERT INTO events (type, family, factuality, label, start_day, end_day, sort_day, first_doc, first_start, first_ordinal, mentions,
                minor, conflict)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            .text(event.type), .text(builder.family(event.type)), .text(event.factuality.rawValue), .text(event.label),
            SQLValue(days?.start.julianDay), SQLValue(days?.end.julianDay),
            SQLValue(GraphBuilder.orderKey(event, documentRank: 0).0), .text(first.doc), SQLValue(first.mention.start), SQLValue(first.ordinal),
            SQLValue(mentions.count), SQLValue(event.minor == true ? 1 : 0), SQLValue(assembled.conflict == nil ? 0 : 1))
        let id = db.lastInsertedRow
        for unit in units { try db.run("UPDATE units SET event = ? WHERE unit = ?", .int(id), .int(unit)) }
        for actor in event.actors {
            try db.run("INSERT OR IGNORE INTO actors (id, name, kind) VALUES (?, ?, ?)", .text(actor.id), .text(actor.name), .text(actor.kind.rawValue))
            guard let key = try db.scalar("SELECT actor FROM actors WHERE id = ?", .text(actor.id))?.int else { continue }
            // (`--focus` follows those taking part: the place an event happened in is no participant, as in EventFilter.)
            guard actor.role != "location" else { continue }
            let names = ([actor.name] + actor.aliases + (actor.title.map { [$0] } ?? [])).map { $0.lowercased() }.joined(separator: "\n")
            try db.run("INSERT OR REPLACE INTO event_actors (event, actor, names) VALUES (?, ?, ?)", .int(id), SQLValue(key), .text(names))
        }
    }
}
