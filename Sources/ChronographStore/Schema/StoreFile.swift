import CSQLite
import Foundation

/// Opening a store file: telling a Chronograph store from other files, creating or migrating its
/// schema, and the settings every connection uses.
enum StoreFile {
    /// The connection, after checking what the file is. A missing file is created (with the schema)
    /// only when `create` is true; a file of a newer schema, another program's database or a file
    /// that is no database at all is refused with a ``StoreError`` and left as it was.
    static func open(path: String, create: Bool) throws -> Database {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if isFolder.boolValue { throw StoreError(path: path, kind: .cannotOpen, message: "a folder, not a file") }
        if !exists && !create { throw StoreError(path: path, kind: .cannotOpen, message: "no such file") }
        let db = try Database(path: path, create: create)
        // Reading the header is the first read: a file that is not SQLite fails here (SQLITE_NOTADB).
        let application = try db.scalar("PRAGMA application_id")?.int ?? 0
        let version = try db.scalar("PRAGMA user_version")?.int ?? 0
        let objects = try db.scalar("SELECT count(*) FROM sqlite_schema")?.int ?? 0
        if application == 0 && version == 0 && objects == 0 {
            guard create else { throw StoreError(path: path, kind: .notAStore, message: "an empty file") }
            try db.execute("PRAGMA journal_mode = WAL")
            try db.execute("PRAGMA application_id = \(Schema.applicationID)")
        } else if application != Int(Schema.applicationID) {
            throw StoreError(path: path, kind: .notAStore, message: "an SQLite database of another program")
        } else if version > Schema.version {
            throw StoreError(
                path: path, kind: .newerSchema,
                message: "schema version \(version); this version of Chronograph reads versions up to \(Schema.version)")
        }
        if version > 0 && version < Schema.minorKeysVersion, try db.scalar("SELECT EXISTS (SELECT 1 FROM documents)")?.int == 1 {
            throw StoreError(
                path: path, kind: .olderSchema,
                message: "schema version \(version), whose minor events were merged by other keys; ingest its documents into a new store")
        }
        try configure(db)
        if version < Schema.version { try migrate(db, from: version) }
        return db
    }

    /// Durable commits (a transaction that returned survives a power loss), readers beside one writer,
    /// a bounded page cache.
    private static func configure(_ db: Database) throws {
        try db.execute("PRAGMA journal_mode = WAL")
        try db.execute("PRAGMA synchronous = FULL")
        try db.execute("PRAGMA busy_timeout = 10000")
        try db.execute("PRAGMA cache_size = -32768")
        try db.execute("PRAGMA foreign_keys = OFF")
    }

    /// Applies the migrations after `version`, all in one transaction.
    private static func migrate(_ db: Database, from version: Int) throws {
        try db.transaction {
            for k in version..<Schema.version {
                try db.execute(Schema.migrations[k])
                try db.execute("PRAGMA user_version = \(k + 1)")
            }
        }
    }
}
