import ChronographCore
import ChronographEvents

extension TimelineStore {
    /// The whole graph of the stored documents as an ``EventStream``, handed to `body` inside one read
    /// transaction (what it reads is one state of the store, whatever an ingest commits meanwhile).
    ///
    /// Memory holds the documents, the relations, the conflicts and the events that are not minor; the
    /// minor events (most of a large store's) are assembled one at a time from their mentions as
    /// ``EventStream/forEachEvent`` hands them on. Written out, it is what ``GraphBuilder/build(_:filter:)``
    /// writes for all the documents at once.
    public func withEventStream<T>(_ body: (EventStream) async throws -> T) async throws -> T {
        try await db.reading { try await body(try eventStream()) }
    }

    /// The stream, read in the caller's read transaction.
    func eventStream() throws -> EventStream {
        let documents = try documentSummaries(ids: nil)
        let sources = GraphBuilder.DocumentSources(documents)
        let ranks = try EventRanks(db)
        let eventOf: (String) -> String? = { mention in (try? self.event(ofMention: mention)).flatMap { $0 }.flatMap(ranks.id) }

        // The documents' relations between events, and the days of the events they join.
        var textual: [Relation] = []
        var days: [String: DayRange] = [:]
        var related = Set<Int64>()
        try db.query(
            """
            SELECT r.type, r.rule, r.derived,
                (SELECT u.event FROM mentions m JOIN units u ON u.unit = m.unit WHERE m.id = r.from_mention),
                (SELECT u.event FROM mentions m JOIN units u ON u.unit = m.unit WHERE m.id = r.to_mention)
            FROM relations r JOIN documents d ON d.doc = r.doc ORDER BY d.id, r.ordinal
            """
        ) { row in
            guard !row.isNull(3), !row.isNull(4), let from = ranks.id(row.int64(3)), let to = ranks.id(row.int64(4)) else { return }
            textual.append(Relation(from: from, to: to, type: try self.relationType(row.text(0)), rule: row.text(1), derived: row.int(2) != 0))
            related.insert(row.int64(3))
            related.insert(row.int64(4))
        }
        for event in related.sorted() {
            try db.query("SELECT start_day, end_day FROM events WHERE event = ?", [.int(event)]) { row in
                if let start = row.optionalInt(0), let end = row.optionalInt(1), let id = ranks.id(event) {
                    days[id] = DayRange(start: Day(julianDay: start), end: Day(julianDay: end))
                }
            }
        }

        // The events that are not minor, and the date conflicts of all, in merging order.
        var held: [Event] = []
        var conflicts: [Conflict] = []
        var rows: [(event: Int64, minor: Bool)] = []
        try db.query("SELECT event, minor FROM events WHERE minor = 0 OR conflict = 1 ORDER BY first_doc, first_ordinal") { row in
            rows.append((row.int64(0), row.int(1) != 0))
        }
        for (event, minor) in rows {
            guard let id = ranks.id(event) else { continue }
            let identified = GraphBuilder.IdentifiedEvent(id: id, assembled: builder.makeEvent(try timelineMentions(ofEvent: event), sources: sources))
            if let c = GraphBuilder.conflict(of: identified) { conflicts.append(c) }
            if !minor { held.append(builder.named(identified, eventOf: eventOf)) }
        }
        for e in held { days[e.id] = e.time?.dayRange }
        let frame = builder.frame(events: held, textual: textual, conflicts: conflicts) { days[$0] }
        for k in held.indices { frame.bound(&held[k]) }
        held.sort { ($0.id.count, $0.id) < ($1.id.count, $1.id) }
        // The held events are kept once, as the timeline has them (which cuts the phase links to minor events):
        // the stream gives the links back, rather than holding a second array of the same events.
        var links: [Int: (parent: String?, phaseIndex: Int?)] = [:]
        for k in held.indices where held[k].parent != nil { links[k] = (held[k].parent, held[k].phaseIndex) }
        let timeline = ranks.hasMinor
            ? EventGraph.timeline(documents: documents, events: consume held, relations: frame.relations, conflicts: frame.conflicts)
            : EventGraph(documents: documents, events: held, relations: frame.relations, conflicts: frame.conflicts)

        return EventStream(
            documents: documents, relations: frame.relations, conflicts: frame.conflicts, eventCount: ranks.count, timeline: timeline
        ) { body in
            // Every event in the graph's order: the held ones as they are, the minor ones assembled now.
            var next = 0
            try self.db.query("SELECT event, minor FROM events ORDER BY \(EventRanks.order)") { row in
                if row.int(1) == 0 {
                    guard next < timeline.events.count else { throw StoreError(path: self.path, kind: .corrupt, message: "the events changed while read") }
                    var e = timeline.events[next]
                    if let link = links[next] {
                        e.parent = link.parent
                        e.phaseIndex = link.phaseIndex
                    }
                    try body(e)
                    next += 1
                    return
                }
                let event = row.int64(0)
                guard let id = ranks.id(event) else { return }
                let assembled = self.builder.makeEvent(try self.timelineMentions(ofEvent: event), sources: sources)
                var e = self.builder.named(GraphBuilder.IdentifiedEvent(id: id, assembled: assembled), eventOf: eventOf)
                frame.bound(&e)
                try body(e)
            }
        }
    }

    /// The row id of the event a mention is part of (nil: none).
    func event(ofMention id: String) throws -> Int64? {
        try db.scalar("SELECT u.event FROM mentions m JOIN units u ON u.unit = m.unit WHERE m.id = ?", .text(id))?.int.map(Int64.init)
    }
}
