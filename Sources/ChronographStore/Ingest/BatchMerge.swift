import ChronographCore
import ChronographEvents

/// One batch of documents merged into the store, inside the batch's transaction:
///
/// 1. documents replaced by a new version leave (``remove(document:)``): their units, keys and links go,
///    and the units their events held are merged again;
/// 2. new documents come in (``insert(_:)``): mentions, units (the merger's within-document clusters)
///    and their blocking keys;
/// 3. the units that share a proposing blocking key with a new unit, or whose keys began or stopped
///    proposing, are compared and their links kept (``link()``, in `Linking.swift`);
/// 4. the connected components of links that hold a changed unit are merged again, and the events that
///    came out different are written anew (``remerge()``, in `ComponentMerge.swift`).
///
/// A blocking key proposes its units as candidates of each other while at most ``keyLimit`` units
/// (``GraphBuilder/commonKeyLimit``) have it (a sentence key counts its units only while some
/// unit names that person), exactly as the one-shot merger's inverted index does; so the links kept
/// are the links a one-shot merge of all the documents finds.
final class BatchMerge {
    let db: Database
    let builder: GraphBuilder
    let codec: Codec
    let records: UnitRecordCache
    /// The most units a blocking key may have and still propose pairs (the store's ``TimelineStore/keyLimit``).
    let keyLimit: Int
    var report = IngestReport()

    /// Units whose connected components are merged again at the end of the batch.
    var seeds = Set<Int64>()
    /// Units this batch added.
    var newUnits: [Int64] = []
    var isNew = Set<Int64>()
    /// The counts of the keys this batch changed, as they were before it.
    var keysBefore: [Int64: KeyCounts] = [:]
    /// Whether a name was some unit's person before the batch (for the names it changed).
    var presentBefore: [String: Bool] = [:]

    /// A blocking key's counts: units that have it as a key of their own, units that have it from a
    /// sentence (counted only while the name is present).
    struct KeyCounts {
        var units: Int
        var sentenceUnits: Int
        var name: String?
    }

    init(db: Database, builder: GraphBuilder, codec: Codec, records: UnitRecordCache, keyLimit: Int) {
        self.keyLimit = keyLimit
        self.db = db
        self.builder = builder
        self.codec = codec
        self.records = records
    }

    /// Runs the steps after the documents came and went.
    func finish() throws {
        try link()
        CrashPoint.reach("link")
        try remerge()
        try dropEmptyKeys()
    }

    /// Adds a document: its row, its relations, its mentions, its units and their blocking keys.
    func insert(_ input: IngestDocument) throws {
        let a = input.analysis
        let d = a.document
        let stored = StoredAnalysis(dateline: d.dateline, timexes: a.timexes, warnings: a.warnings)
        try db.run(
            """
            INSERT INTO documents (id, title, source, source_key, url, path, published, dct, dct_inferred, dct_origin,
                dct_evidence, dct_day, content_hash, text, analysis, language, events_extracted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            .text(d.id), SQLValue(d.title), SQLValue(d.source), SQLValue(d.source?.lowercased()), SQLValue(d.url), SQLValue(d.path),
            SQLValue(d.publicationDate), SQLValue(a.dct.value), SQLValue(a.dct.inferred ? 1 : 0), .text(a.dct.origin.rawValue),
            SQLValue(a.dct.evidence), SQLValue(a.dct.day?.julianDay), .text(input.fingerprint), .text(d.text), .blob(try codec.encode(stored)),
            SQLValue(d.language), SQLValue(a.eventsExtracted.map { $0 ? 1 : 0 }))
        let doc = db.lastInsertedRow
        for (k, r) in a.relations.enumerated() {
            try db.run(
                "INSERT INTO relations (doc, ordinal, from_mention, to_mention, type, rule, derived) VALUES (?, ?, ?, ?, ?, ?, ?)",
                .int(doc), SQLValue(k), .text(r.from), .text(r.to), .text(r.type.rawValue), .text(r.rule), SQLValue(r.derived ? 1 : 0))
        }
        // The timeline's mentions (with their ordinals among all the document's mentions), grouped into units.
        var timeline: [(ordinal: Int, mention: EventMention)] = []
        for (k, m) in a.mentions.enumerated() {
            if let t = builder.timelineMention(m) { timeline.append((k, t)) }
        }
        let units = builder.units(of: [MergeDocument(id: d.id, date: a.dct.day, mentions: timeline.map(\.mention))])
        var unitOfOrdinal: [Int: Int64] = [:]
        for u in 0..<units.count {
            let record = units.records[u]
            let keys = builder.blockingKeys(units, u)
            // A unit without keys is never compared (most minor events): its record is not kept.
            let hasKeys = !keys.keys.isEmpty || !keys.names.isEmpty || !keys.sentenceNames.isEmpty
            try db.run(
                "INSERT INTO units (doc, ordinal, event, record, state) VALUES (?, ?, NULL, ?, ?)",
                .int(doc), SQLValue(u), .blob(hasKeys ? try codec.encode(record) : []), .blob(try codec.encode(record.state)))
            let unit = db.lastInsertedRow
            for i in units.groups[u] { unitOfOrdinal[timeline[i].ordinal] = unit }
            newUnits.append(unit)
            isNew.insert(unit)
            seeds.insert(unit)
            for k in keys.keys.sorted() { try addKey(k, name: nil, sentence: false, unit: unit) }
            for (k, n) in keys.names.sorted(by: { $0.key < $1.key }) { try addKey(k, name: n, sentence: false, unit: unit) }
            for (k, n) in keys.sentenceNames.sorted(by: { $0.key < $1.key }) { try addKey(k, name: n, sentence: true, unit: unit) }
        }
        let timelineType = Dictionary(uniqueKeysWithValues: timeline.map { ($0.ordinal, $0.mention.type) })
        for (k, m) in a.mentions.enumerated() {
            let days = m.time?.dayRange
            try db.run(
                "INSERT INTO mentions (doc, ordinal, id, unit, type, start_day, end_day, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                .int(doc), SQLValue(k), .text(m.id), unitOfOrdinal[k].map { .int($0) } ?? .null, .text(timelineType[k] ?? m.type),
                SQLValue(days?.start.julianDay), SQLValue(days?.end.julianDay), .blob(try codec.encode(m)))
        }
    }

    /// Removes a document and all that was made of it. The other units of its events, and the units its
    /// units were linked to, are merged again.
    func remove(document doc: Int64) throws {
        var units: [(unit: Int64, event: Int64?)] = []
        try db.query("SELECT unit, event FROM units WHERE doc = ?", [.int(doc)]) { row in
            units.append((row.int64(0), row.isNull(1) ? nil : row.int64(1)))
        }
        for (unit, event) in units {
            if let event { try dropEvent(event) }
            try db.query("SELECT b FROM links WHERE a = ? UNION SELECT a FROM links WHERE b = ?", [.int(unit), .int(unit)]) { row in
                seeds.insert(row.int64(0))
            }
            try db.run("DELETE FROM links WHERE a = ?", .int(unit))
            try db.run("DELETE FROM links WHERE b = ?", .int(unit))
            var keys: [(key: Int64, sentence: Bool)] = []
            try db.query("SELECT key, sentence FROM unit_keys WHERE unit = ?", [.int(unit)]) { row in keys.append((row.int64(0), row.int(1) != 0)) }
            for (key, sentence) in keys { try removeKey(key, sentence: sentence) }
            try db.run("DELETE FROM unit_keys WHERE unit = ?", .int(unit))
            try db.run("DELETE FROM units WHERE unit = ?", .int(unit))
            records.forget(unit)
        }
        for unit in units.map(\.unit) { seeds.remove(unit) }
        try db.run("DELETE FROM mentions WHERE doc = ?", .int(doc))
        try db.run("DELETE FROM relations WHERE doc = ?", .int(doc))
        try db.run("DELETE FROM documents WHERE doc = ?", .int(doc))
    }

    /// Deletes an event; its units are left without one and merged again.
    func dropEvent(_ event: Int64) throws {
        try db.query("SELECT unit FROM units WHERE event = ?", [.int(event)]) { row in seeds.insert(row.int64(0)) }
        try db.run("UPDATE units SET event = NULL WHERE event = ?", .int(event))
        try db.run("DELETE FROM event_actors WHERE event = ?", .int(event))
        try db.run("DELETE FROM events WHERE event = ?", .int(event))
    }
}
