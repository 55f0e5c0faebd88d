import CSQLite
import Foundation
import Testing
@testable import ChronographStore

/// What is not a store, or not one this version can use, is refused with a clear error and left as it was.
@Suite("Store files")
struct StoreFileTests {
    func errorKind(_ body: () throws -> Void) -> StoreError.Kind? {
        do {
            try body()
            return nil
        } catch let e as StoreError {
            #expect(e.description.contains("error: "))
            return e.kind
        } catch {
            Issue.record("not a StoreError: \(error)")
            return nil
        }
    }

    @Test func aTextFileIsNotAStore() throws {
        let dir = try Corpus.temporaryFolder()
        let file = dir.appendingPathComponent("notes.db")
        let text = String(repeating: "These are notes, not a database.\n", count: 200)
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(errorKind { _ = try TimelineStore(path: file.path, create: true) } == .notAStore)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func anotherProgramsDatabaseIsNotAStore() throws {
        let dir = try Corpus.temporaryFolder()
        let file = dir.appendingPathComponent("other.sqlite")
        var db: OpaquePointer?
        sqlite3_open(file.path, &db)
        sqlite3_exec(db, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('someone');", nil, nil, nil)
        sqlite3_close(db)
        let before = try Data(contentsOf: file)
        #expect(errorKind { _ = try TimelineStore(path: file.path, create: true) } == .notAStore)
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func aStoreOfANewerSchemaIsRefusedUntouched() throws {
        let (store, dir) = try Corpus.newStore()
        _ = try store.ingest(Corpus.ingestable(Array(Corpus.news.prefix(3))))
        let path = store.path
        var db: OpaquePointer?
        sqlite3_open(path, &db)
        sqlite3_exec(db, "PRAGMA user_version = \(Schema.version + 1)", nil, nil, nil)
        sqlite3_close(db)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(errorKind { _ = try TimelineStore(path: path) } == .newerSchema)
        #expect(errorKind { _ = try TimelineStore(path: path, create: true) } == .newerSchema)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        _ = dir
    }

    /// A store of the news corpus, its write-ahead log folded into the file.
    func checkpointedStore() throws -> String {
        let (store, _) = try Corpus.newStore()
        _ = try store.ingest(Corpus.ingestable(Corpus.news))
        var db: OpaquePointer?
        sqlite3_open(store.path, &db)
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nil, nil, nil)
        sqlite3_close(db)
        return store.path
    }

    /// The error opening the store, rendering it and checking it gives.
    func errorReading(_ path: String) -> StoreError.Kind? {
        errorKind {
            let damaged = try TimelineStore(path: path)
            _ = try damaged.graph()
            try damaged.checkIntegrity()
        }
    }

    @Test func aDamagedStoreIsReportedNotRead() throws {
        let path = try checkpointedStore()
        // Pages in the middle of the file overwritten with noise.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.count > 64 * 4096)
        var state: UInt32 = 12345
        for i in (bytes.count / 4)..<(bytes.count * 3 / 4) {
            state = state &* 1_103_515_245 &+ 12345
            bytes[i] = UInt8(truncatingIfNeeded: state >> 16)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(errorReading(path) == .corrupt)
    }

    @Test func aTruncatedStoreIsReported() throws {
        let path = try checkpointedStore()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: path))
        #expect(errorReading(path) == .corrupt)
    }

    @Test func missingAndEmptyFiles() throws {
        let dir = try Corpus.temporaryFolder()
        #expect(errorKind { _ = try TimelineStore(path: dir.appendingPathComponent("none.db").path) } == .cannotOpen)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("none.db").path))
        let empty = dir.appendingPathComponent("empty.db")
        FileManager.default.createFile(atPath: empty.path, contents: Data())
        #expect(errorKind { _ = try TimelineStore(path: empty.path) } == .notAStore)
        #expect(errorKind { _ = try TimelineStore(path: dir.path) } == .cannotOpen)
        // Ingesting into an empty file makes it a store.
        let store = try TimelineStore(path: empty.path, create: true)
        #expect(try store.documentCount() == 0)
        #expect(try store.graph().events.isEmpty)
    }

    @Test func aStoreKeepsItsLanguage() throws {
        let (store, _) = try Corpus.newStore()
        #expect(errorKind { _ = try TimelineStore(path: store.path, language: "ru") } == .other)
        #expect(try TimelineStore(path: store.path).language == "en")
    }
}
