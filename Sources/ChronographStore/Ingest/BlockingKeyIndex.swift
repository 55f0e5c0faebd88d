import ChronographEvents

/// The blocking keys of the store's units (tables `keys` and `unit_keys`), counted as the one-shot
/// merger's inverted index counts them, and what a batch changed of them.
extension BatchMerge {
    /// Gives a unit a key (creating the key when new), noting the key's counts before the batch.
    func addKey(_ text: String, name: String?, sentence: Bool, unit: Int64) throws {
        if !sentence, let name { try notePresence(name) }
        let key: Int64
        if let row = try counts(text: text) {
            key = row.key
            if keysBefore[key] == nil { keysBefore[key] = row.counts }
            try db.run(
                "UPDATE keys SET units = units + ?, sentence_units = sentence_units + ? WHERE key = ?",
                SQLValue(sentence ? 0 : 1), SQLValue(sentence ? 1 : 0), .int(key))
        } else {
            try db.run(
                "INSERT INTO keys (text, name, units, sentence_units) VALUES (?, ?, ?, ?)",
                .text(text), SQLValue(name), SQLValue(sentence ? 0 : 1), SQLValue(sentence ? 1 : 0))
            key = db.lastInsertedRow
            keysBefore[key] = KeyCounts(units: 0, sentenceUnits: 0, name: name)
        }
        try db.run("INSERT INTO unit_keys (key, unit, sentence) VALUES (?, ?, ?)", .int(key), .int(unit), SQLValue(sentence ? 1 : 0))
    }

    /// Takes a key from a unit that leaves (its `unit_keys` row is deleted by the caller).
    func removeKey(_ key: Int64, sentence: Bool) throws {
        guard let row = try counts(key: key) else { return }
        if !sentence, let name = row.name { try notePresence(name) }
        if keysBefore[key] == nil { keysBefore[key] = row }
        try db.run(
            "UPDATE keys SET units = units - ?, sentence_units = sentence_units - ? WHERE key = ?",
            SQLValue(sentence ? 0 : 1), SQLValue(sentence ? 1 : 0), .int(key))
    }

    /// Keys no unit has any more.
    func dropEmptyKeys() throws {
        for key in keysBefore.keys.sorted() {
            try db.run("DELETE FROM keys WHERE key = ? AND units = 0 AND sentence_units = 0", .int(key))
        }
    }

    func counts(text: String) throws -> (key: Int64, counts: KeyCounts)? {
        let s = try db.statement("SELECT key, units, sentence_units, name FROM keys WHERE text = ?")
        try s.bind([.text(text)])
        defer { s.reset() }
        guard try s.step() else { return nil }
        return (s.int64(0), KeyCounts(units: s.int(1), sentenceUnits: s.int(2), name: s.optionalText(3)))
    }

    func counts(key: Int64) throws -> KeyCounts? {
        let s = try db.statement("SELECT units, sentence_units, name FROM keys WHERE key = ?")
        try s.bind([.int(key)])
        defer { s.reset() }
        guard try s.step() else { return nil }
        return KeyCounts(units: s.int(0), sentenceUnits: s.int(1), name: s.optionalText(2))
    }

    /// Whether some unit names a person of this name now.
    func isPresent(_ name: String) throws -> Bool {
        try db.scalar("SELECT EXISTS (SELECT 1 FROM keys WHERE name = ? AND units > 0)", .text(name))?.int == 1
    }

    /// Notes whether a name was present before the batch changed it.
    func notePresence(_ name: String) throws {
        if presentBefore[name] == nil { presentBefore[name] = try isPresent(name) }
    }

    /// How many units a key proposes as candidates of each other, given whether its name is present.
    static func size(_ c: KeyCounts, present: Bool) -> Int {
        c.units + (present ? c.sentenceUnits : 0)
    }

    /// Whether a key of that size proposes pairs (the one-shot merger's rule).
    func proposes(_ size: Int) -> Bool { size > 1 && size <= keyLimit }

    /// The units a key proposes now (its own units, and its sentence units when the name is present).
    func members(of key: Int64, present: Bool) throws -> [Int64] {
        var out: [Int64] = []
        try db.query("SELECT unit, sentence FROM unit_keys WHERE key = ?", [.int(key)]) { row in
            if present || row.int(1) == 0 { out.append(row.int64(0)) }
        }
        return out
    }
}
