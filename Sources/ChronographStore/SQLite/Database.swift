import CSQLite

/// One connection to an SQLite database file: statements prepared once and reused, transactions,
/// and SQLite's errors turned into ``StoreError``s that name the file.
///
/// Not thread-safe: one connection is used by one task at a time.
final class Database {
    private(set) var handle: OpaquePointer?
    let path: String
    private var cache: [String: Statement] = [:]

    /// Opens the file (creating it when `create` is true and it does not exist).
    init(path: String, create: Bool) throws {
        self.path = path
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &db, flags, nil)
        handle = db
        if code != SQLITE_OK {
            let error = StoreError(path: path, code: code, message: db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open")
            sqlite3_close_v2(db)
            handle = nil
            throw error
        }
        sqlite3_extended_result_codes(db, 1)
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs SQL without results (several statements may be separated by semicolons).
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        let text = message.map { String(cString: $0) } ?? ""
        sqlite3_free(message)
        if code != SQLITE_OK { throw StoreError(path: path, code: code, message: text) }
    }

    /// A prepared statement for the SQL, reused across calls (reset, with its bindings cleared).
    func statement(_ sql: String) throws -> Statement {
        if let s = cache[sql] {
            s.reset()
            return s
        }
        var stmt: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard code == SQLITE_OK, let stmt else { throw error(code) }
        let s = Statement(stmt, database: self)
        cache[sql] = s
        return s
    }

    /// Runs the SQL with the values bound to its parameters, for its effect.
    func run(_ sql: String, _ values: SQLValue...) throws {
        let s = try statement(sql)
        try s.bind(values)
        while try s.step() {}
    }

    /// The rows the SQL gives, each handed to `row` while it is current.
    func query(_ sql: String, _ values: [SQLValue] = [], row: (Statement) throws -> Void) throws {
        let s = try statement(sql)
        try s.bind(values)
        while try s.step() { try row(s) }
        s.reset()
    }

    /// The first column of the first row, if there is one.
    func scalar(_ sql: String, _ values: SQLValue...) throws -> SQLValue? {
        let s = try statement(sql)
        try s.bind(values)
        defer { s.reset() }
        return try s.step() ? s.value(0) : nil
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws (or when the
    /// process dies before the commit: SQLite's journal undoes it when the file is next opened).
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try begin()
        do {
            let result = try body()
            try commit()
            return result
        } catch {
            rollback()
            throw error
        }
    }

    /// Starts a write transaction (taking the write lock now, so that it cannot fail later for a reader).
    func begin() throws { try execute("BEGIN IMMEDIATE") }

    func commit() throws { try execute("COMMIT") }

    func rollback() { try? execute("ROLLBACK") }

    /// Runs `body` in a read transaction: everything it reads is one consistent state of the file, whatever
    /// a writer commits meanwhile. Inside a transaction already, `body` runs in that one.
    func reading<T>(_ body: () throws -> T) throws -> T {
        guard inAutocommit else { return try body() }
        try execute("BEGIN")
        defer { try? execute("COMMIT") }
        return try body()
    }

    /// ``reading(_:)`` for an asynchronous body.
    func reading<T>(_ body: () async throws -> T) async throws -> T {
        guard inAutocommit else { return try await body() }
        try execute("BEGIN")
        defer { try? execute("COMMIT") }
        return try await body()
    }

    /// Whether no transaction is open.
    var inAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    /// The row id of the last row inserted.
    var lastInsertedRow: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows the last statement inserted, changed or deleted.
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// An error for a result code, with SQLite's message.
    func error(_ code: Int32) -> StoreError {
        StoreError(path: path, code: code, message: String(cString: sqlite3_errmsg(handle)))
    }
}
