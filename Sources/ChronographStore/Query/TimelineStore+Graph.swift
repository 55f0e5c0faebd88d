import ChronographCore
import ChronographEvents

extension TimelineStore {
    /// The event graph of the stored documents: what ``GraphBuilder/build(_:filter:)`` gives for all of
    /// them at once (the same bytes, once rendered). Without a filter it is the ``EventStream``'s graph
    /// (``withEventStream(_:)`` writes it without holding it); with one, the events it keeps are found
    /// through the store's indexes (time, type, actors, sources) and only their mentions are read.
    public func graph(filter: EventFilter = EventFilter()) throws -> EventGraph {
        try db.reading {
            if filter.isEmpty { return try eventStream().materialized() }
            var sources = GraphBuilder.DocumentSources([])
            var eventOfMention: [String: String] = [:]
            var kept: [GraphBuilder.IdentifiedEvent] = []
            for (event, rank) in try selectEvents(filter) {
                let mentions = try timelineMentions(ofEvent: event)
                for doc in Set(mentions.map(\.doc)).sorted() where !sources.contains(doc) {
                    if let summary = try documentSummaries(ids: [doc]).first { sources.add(summary) }
                }
                let assembled = builder.makeEvent(mentions, sources: sources)
                guard filter.keeps(assembled.event, family: builder.family) else { continue }
                let id = "e\(rank)"
                for m in mentions { eventOfMention[m.id] = id }
                kept.append(GraphBuilder.IdentifiedEvent(id: id, assembled: assembled))
            }
            let cited = Set(kept.flatMap { $0.assembled.event.mentions.map(\.doc) })
            let documents = try documentSummaries(ids: cited.sorted(by: GraphBuilder.precedes))
            let relations = try documentRelations(ids: documents.map(\.id))
            // A phase's episode may lie outside a filter's selection: its id is looked up.
            return builder.graph(documents: documents, events: kept, relations: relations) { mention in
                eventOfMention[mention] ?? (try? self.eventID(ofMention: mention))
            }
        }
    }

    /// The events a filter may keep (all of them without one), in merging order (by their first
    /// mentions), each with its number in the graph's order of ids.
    func selectEvents(_ filter: EventFilter) throws -> [(event: Int64, rank: Int)] {
        var conditions: [String] = []
        var values: [SQLValue] = []
        if let from = filter.from {
            conditions.append("end_day >= ?")
            values.append(SQLValue(from.julianDay))
        }
        if let to = filter.to {
            conditions.append("start_day <= ?")
            values.append(SQLValue(to.julianDay))
        }
        if !filter.types.isEmpty {
            let marks = Array(repeating: "?", count: filter.types.count).joined(separator: ", ")
            conditions.append("(lower(type) IN (\(marks)) OR lower(family) IN (\(marks)))")
            let types = filter.types.sorted().map { SQLValue.text($0) }
            values += types + types
        }
        if let focus = filter.focus {
            // As EventFilter: a part of a name, alias or title; a person's surname as a whole name; a word of a name
            // that spells the focus's initials ("GM" for "General Motors"); hyphens read as spaces (EventFilter.nameKey).
            // (`names` is lower-case, one a line.)
            let keyed = "replace(replace(replace(names, '-', ' '), char(8208), ' '), char(8209), ' ')"
            var alternatives = ["instr(\(keyed), ?) > 0"]
            values.append(.text(EventFilter.nameKey(focus)))
            if let surname = EventFilter.surname(focus) {
                alternatives.append("instr(char(10) || \(keyed) || char(10), ?) > 0")
                values.append(.text("\n" + EventFilter.nameKey(surname) + "\n"))
            }
            if let initials = EventFilter.initials(focus) {
                alternatives.append("instr(' ' || replace(names, char(10), ' ') || ' ', ?) > 0")
                values.append(.text(" " + initials.lowercased() + " "))
            }
            conditions.append("event IN (SELECT event FROM event_actors WHERE \(alternatives.joined(separator: " OR ")))")
        }
        if !filter.sources.isEmpty {
            let marks = Array(repeating: "?", count: filter.sources.count).joined(separator: ", ")
            conditions.append("event IN (SELECT u.event FROM units u JOIN documents d ON d.doc = u.doc WHERE d.source_key IN (\(marks)))")
            values += filter.sources.sorted().map { SQLValue.text($0) }
        }
        let condition = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        var out: [(Int64, Int)] = []
        try db.query(
            """
            SELECT event, rank FROM (
                SELECT event, type, family, start_day, end_day, first_doc, first_ordinal,
                    row_number() OVER (ORDER BY \(EventRanks.order)) AS rank
                FROM events)
            \(condition) ORDER BY first_doc, first_ordinal
            """, values
        ) { row in out.append((row.int64(0), row.int(1))) }
        return out
    }

    /// An event's mentions as the timeline has them, in merging order.
    func timelineMentions(ofEvent event: Int64) throws -> [EventMention] {
        var rows: [(doc: String, ordinal: Int, mention: EventMention)] = []
        try db.query(
            "SELECT d.id, m.ordinal, m.data FROM units u JOIN mentions m ON m.unit = u.unit JOIN documents d ON d.doc = m.doc WHERE u.event = ?",
            [.int(event)]
        ) { row in
            let original = try codec.decode(EventMention.self, row.blob(2), what: "a mention of event \(event)")
            if let m = builder.timelineMention(original) { rows.append((row.text(0), row.int(1), m)) }
        }
        rows.sort { $0.doc == $1.doc ? $0.ordinal < $1.ordinal : GraphBuilder.precedes($0.doc, $1.doc) }
        return rows.map(\.mention)
    }

    /// The id in the graph of the event a mention is part of (nil: none).
    func eventID(ofMention id: String) throws -> String? {
        let s = try db.statement(
            """
            SELECT (SELECT count(*) FROM events o WHERE (o.sort_day, o.first_doc, o.first_start, o.first_ordinal)
                    <= (e.sort_day, e.first_doc, e.first_start, e.first_ordinal))
            FROM mentions m JOIN units u ON u.unit = m.unit JOIN events e ON e.event = u.event WHERE m.id = ?
            """)
        try s.bind([.text(id)])
        defer { s.reset() }
        return try s.step() ? "e\(s.int(0))" : nil
    }

    /// What the graph says about documents (all of them, or those of the ids), in the graph's order.
    func documentSummaries(ids: [String]?) throws -> [DocumentSummary] {
        let columns = "id, title, dct, dct_inferred, dct_origin, dct_evidence, source, url, path, language, events_extracted"
        var out: [DocumentSummary] = []
        let read: (Statement) throws -> Void = { row in
            guard let origin = DocumentCreationTime.Origin(rawValue: row.text(4)) else {
                throw StoreError(path: self.path, kind: .corrupt, message: "document \(row.text(0)) has an unknown date origin")
            }
            let dct = DocumentCreationTime(value: row.optionalText(2), inferred: row.int(3) != 0, origin: origin, evidence: row.optionalText(5))
            out.append(
                DocumentSummary(
                    id: row.text(0), title: row.optionalText(1), dct: dct, source: row.optionalText(6), url: row.optionalText(7),
                    path: row.optionalText(8), language: row.optionalText(9), eventsExtracted: row.optionalInt(10).map { $0 != 0 }))
        }
        if let ids {
            for id in ids { try db.query("SELECT \(columns) FROM documents WHERE id = ?", [.text(id)], row: read) }
        } else {
            try db.query("SELECT \(columns) FROM documents ORDER BY id", row: read)
        }
        return out
    }

    /// The relations between mentions that the documents of the ids state, in the graph's order.
    func documentRelations(ids: [String]) throws -> [Relation] {
        var out: [Relation] = []
        for id in ids {
            try db.query(
                "SELECT r.from_mention, r.to_mention, r.type, r.rule, r.derived FROM relations r JOIN documents d ON d.doc = r.doc WHERE d.id = ? ORDER BY r.ordinal",
                [.text(id)]
            ) { row in
                out.append(Relation(from: row.text(0), to: row.text(1), type: try self.relationType(row.text(2)), rule: row.text(3), derived: row.int(4) != 0))
            }
        }
        return out
    }

    /// A stored relation's type (one this version does not know means the store was damaged).
    func relationType(_ raw: String) throws -> RelationType {
        guard let type = RelationType(rawValue: raw) else {
            throw StoreError(path: path, kind: .corrupt, message: "a relation of unknown type \(raw)")
        }
        return type
    }
}
