import CSQLite

/// A value bound to a statement's parameter or read from a column.
enum SQLValue: Equatable {
    case null
    case int(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    init(_ v: Int) { self = .int(Int64(v)) }
    init(_ v: Int?) { self = v.map { .int(Int64($0)) } ?? .null }
    init(_ v: String?) { self = v.map { .text($0) } ?? .null }

    var int: Int? {
        if case .int(let v) = self { return Int(v) }
        return nil
    }

    var text: String? {
        if case .text(let v) = self { return v }
        return nil
    }
}

/// A prepared statement of a ``Database``.
final class Statement {
    private let handle: OpaquePointer
    private unowned let database: Database

    init(_ handle: OpaquePointer, database: Database) {
        self.handle = handle
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func bind(_ values: [SQLValue]) throws {
        for (k, v) in values.enumerated() {
            let i = Int32(k + 1)
            let code: Int32
            switch v {
            case .null: code = sqlite3_bind_null(handle, i)
            case .int(let x): code = sqlite3_bind_int64(handle, i, x)
            case .real(let x): code = sqlite3_bind_double(handle, i, x)
            case .text(let s): code = sqlite3_bind_text(handle, i, s, -1, chronograph_sqlite_transient())
            case .blob(let b):
                code = b.withUnsafeBytes { sqlite3_bind_blob64(handle, i, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1), sqlite3_uint64(b.count), chronograph_sqlite_transient()) }
            }
            if code != SQLITE_OK { throw database.error(code) }
        }
    }

    /// Advances to the next row: true when there is one, false when the statement is done.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        let error = database.error(code)
        sqlite3_reset(handle)
        throw error
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    func text(_ column: Int32) -> String {
        guard let p = sqlite3_column_text(handle, column) else { return "" }
        let n = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    func blob(_ column: Int32) -> [UInt8] {
        let n = Int(sqlite3_column_bytes(handle, column))
        guard n > 0, let p = sqlite3_column_blob(handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: p, count: n))
    }

    func value(_ column: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .int(int64(column))
        case SQLITE_FLOAT: return .real(double(column))
        case SQLITE_TEXT: return .text(text(column))
        case SQLITE_BLOB: return .blob(blob(column))
        default: return .null
        }
    }
}
