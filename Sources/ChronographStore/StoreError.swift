import CSQLite

/// Why a store cannot be used, naming the file: `store.db: error: not a Chronograph store (...)`.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The file does not exist (and was not to be created) or cannot be opened.
        case cannotOpen
        /// The file is not an SQLite database, or an SQLite database of another program.
        case notAStore
        /// The file is an SQLite database whose pages are damaged.
        case corrupt
        /// Written by a newer version of Chronograph (a schema this one does not know).
        case newerSchema
        /// Written by an older version of Chronograph that this one cannot bring up to date.
        case olderSchema
        /// Another process holds the store's write lock.
        case busy
        /// The disk is full, the file read-only, or reading or writing it failed.
        case io
        /// Anything else SQLite reports.
        case other
    }

    public var path: String
    public var kind: Kind
    public var message: String

    public init(path: String, kind: Kind, message: String) {
        self.path = path
        self.kind = kind
        self.message = message
    }

    /// From an SQLite result code and message.
    init(path: String, code: Int32, message: String) {
        self.path = path
        self.message = message
        switch code & 0xFF {
        case SQLITE_NOTADB: kind = .notAStore
        case SQLITE_CORRUPT: kind = .corrupt
        case SQLITE_CANTOPEN: kind = .cannotOpen
        case SQLITE_BUSY, SQLITE_LOCKED: kind = .busy
        case SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY, SQLITE_PERM: kind = .io
        default: kind = .other
        }
    }

    public var description: String {
        let what = switch kind {
        case .cannotOpen: "cannot open the store"
        case .notAStore: "not a Chronograph store"
        case .corrupt: "the store is damaged"
        case .newerSchema: "the store was written by a newer version of Chronograph"
        case .olderSchema: "the store was written by an older version of Chronograph"
        case .busy: "the store is being written by another process"
        case .io: "cannot read or write the store"
        case .other: "store error"
        }
        return "\(path): error: \(what) (\(message))"
    }
}
