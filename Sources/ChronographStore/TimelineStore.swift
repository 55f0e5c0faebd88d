import ChronographCore
import ChronographEvents

/// A timeline kept in an SQLite file: documents, their analyses, and the events their mentions
/// merge into, grown a batch of documents at a time (``ingest(_:)``) and rendered as the same
/// ``EventGraph`` a one-shot build of all the documents gives (``graph(filter:)``).
///
/// Merging is the graph builder's own (``GraphBuilder/units(of:)``, ``GraphBuilder/link(_:_:)``,
/// ``GraphBuilder/merge(_:links:)``): the store keeps the links between units of different
/// documents, and for a new batch links only the units that share a blocking key with new ones,
/// then merges again the connected components of links the batch touched. Each batch is one
/// transaction, so a process killed at any moment leaves the store as it was before the batch.
///
/// One store object is used by one task at a time.
public final class TimelineStore {
    public let path: String
    /// The language of its documents (the resource set their analyses and merging used).
    public let language: String
    let db: Database
    let builder: GraphBuilder
    let codec: Codec
    /// Unit records read while linking, kept across batches.
    let records = UnitRecordCache()

    /// The most units a blocking key may have and still propose pairs: the merger's
    /// ``GraphBuilder/commonKeyLimit`` when the store was made (kept in the store, since its links follow it).
    let keyLimit: Int

    /// Opens a store; with `create`, makes a new one when the file does not exist (for `language`).
    /// A store made for another language than `language` is refused, since its documents would be
    /// merged by other rules.
    public convenience init(path: String, create: Bool = false, language: String? = nil) throws {
        try self.init(path: path, create: create, language: language, keyLimit: GraphBuilder.commonKeyLimit)
    }

    /// A store whose blocking keys propose pairs up to `keyLimit` units (when it is made; tests).
    init(path: String, create: Bool, language: String?, keyLimit: Int) throws {
        self.path = path
        codec = Codec(path: path)
        db = try StoreFile.open(path: path, create: create)
        if let stored = try db.scalar("SELECT value FROM meta WHERE key = 'language'")?.text {
            if let language, language != stored {
                throw StoreError(path: path, kind: .other, message: "the store holds documents in language '\(stored)', not '\(language)'")
            }
            self.language = stored
        } else {
            self.language = language ?? "en"
            try db.run("INSERT INTO meta (key, value) VALUES ('language', ?)", .text(self.language))
        }
        if let stored = try db.scalar("SELECT value FROM meta WHERE key = 'key_limit'")?.text.flatMap({ Int($0) }) {
            self.keyLimit = stored
        } else {
            self.keyLimit = keyLimit
            try db.run("INSERT INTO meta (key, value) VALUES ('key_limit', ?)", .text(String(keyLimit)))
        }
        builder = GraphBuilder(language: self.language)
    }

    /// How many documents the store holds.
    public func documentCount() throws -> Int { try db.scalar("SELECT count(*) FROM documents")?.int ?? 0 }

    /// How many events their mentions make.
    public func eventCount() throws -> Int { try db.scalar("SELECT count(*) FROM events")?.int ?? 0 }

    /// The fingerprint a document of this id was stored with (nil: no such document), to skip one
    /// that has not changed.
    public func fingerprint(of id: String) throws -> String? {
        try db.scalar("SELECT content_hash FROM documents WHERE id = ?", .text(id))?.text
    }

    /// Checks every page and index of the file (`PRAGMA integrity_check`); throws when it is damaged.
    public func checkIntegrity() throws {
        var problems: [String] = []
        try db.query("PRAGMA integrity_check") { row in problems.append(row.text(0)) }
        if problems != ["ok"] {
            throw StoreError(path: path, kind: .corrupt, message: problems.prefix(3).joined(separator: "; "))
        }
    }
}
