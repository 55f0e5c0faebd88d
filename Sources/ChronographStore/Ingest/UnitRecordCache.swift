import ChronographEvents

/// The units' records (what linking compares) read from the store, the most recently used kept in
/// memory: the units that share keys with a batch's new units are compared with many of them.
final class UnitRecordCache {
    struct Entry {
        var record: UnitRecord
        var ordinal: Int
        var document: String { record.document }
    }

    /// How many records are kept (a few kilobytes each).
    let capacity: Int
    private var entries: [Int64: (entry: Entry, used: Int)] = [:]
    private var clock = 0

    init(capacity: Int = 20_000) { self.capacity = capacity }

    func record(of unit: Int64, in db: Database, codec: Codec) throws -> Entry {
        clock += 1
        if let hit = entries[unit] {
            entries[unit]!.used = clock
            return hit.entry
        }
        let s = try db.statement("SELECT record, ordinal FROM units WHERE unit = ?")
        try s.bind([.int(unit)])
        defer { s.reset() }
        guard try s.step() else { throw StoreError(path: db.path, kind: .corrupt, message: "unit \(unit) is linked but missing") }
        let entry = Entry(record: try codec.decode(UnitRecord.self, s.blob(0), what: "the record of unit \(unit)"), ordinal: s.int(1))
        if entries.count >= capacity { evictOlderHalf() }
        entries[unit] = (entry, clock)
        return entry
    }

    /// Forgets a unit (deleted: its row id may be given to a new unit).
    func forget(_ unit: Int64) { entries[unit] = nil }

    func removeAll() { entries.removeAll() }

    private func evictOlderHalf() {
        let cut = entries.values.map(\.used).sorted()[entries.count / 2]
        entries = entries.filter { $0.value.used > cut }
    }
}
