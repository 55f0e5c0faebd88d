/// Where each stored event stands in the graph's order: its number in the ids `e1`, `e2`, ..., by row id.
/// A flat array (four bytes per row id) rather than a dictionary, since a large store holds millions of
/// events, most of them minor.
struct EventRanks {
    /// The graph's order of events: by the day their time starts, their first mention's document and position.
    static let order = "sort_day, first_doc, first_start, first_ordinal"

    private var rank: [Int32]
    /// How many events there are, and whether some are minor.
    private(set) var count = 0
    private(set) var hasMinor = false

    init(_ db: Database) throws {
        let top = try db.scalar("SELECT max(event) FROM events")?.int ?? 0
        rank = Array(repeating: 0, count: top + 1)
        var n: Int32 = 0
        var minor = false
        try db.query("SELECT event, minor FROM events ORDER BY \(Self.order)") { row in
            n += 1
            rank[Int(row.int64(0))] = n
            if row.int(1) != 0 { minor = true }
        }
        count = Int(n)
        hasMinor = minor
    }

    /// The id in the graph of the event of that row id.
    func id(_ event: Int64) -> String? {
        guard event >= 0, event < rank.count, rank[Int(event)] > 0 else { return nil }
        return "e\(rank[Int(event)])"
    }
}
