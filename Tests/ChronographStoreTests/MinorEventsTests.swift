import CSQLite
import Chronograph
import Foundation
import Testing
@testable import ChronographEvents
@testable import ChronographStore

/// Minor events (every verb and event noun of no salient type) stay in the store and in its graph.json,
/// but are merged across documents by keys of their own, and streamed rather than held when rendered.
@Suite("Minor events in the store")
struct MinorEventsTests {
    let news = Corpus.news

    @Test func minorEventsRoundTrip() throws {
        let expected = GraphBuilder().build(news)
        let minor = expected.events.filter { $0.minor == true }
        // Most events are minor.
        #expect(minor.count * 2 > expected.events.count)
        let (store, _) = try Corpus.newStore()
        for batch in (0..<3).map({ k in news.enumerated().filter { $0.offset % 3 == k }.map(\.element) }).reversed() {
            _ = try store.ingest(Corpus.ingestable(batch))
        }
        let stored = try store.graph()
        #expect(stored.events.filter { $0.minor == true }.count == minor.count)
        #expect(Corpus.partition(stored) == Corpus.partition(expected))
        #expect(Corpus.json(stored) == Corpus.json(expected))
    }

    /// One minor happening told alike (the same verb, participant and day) in two reports is one event,
    /// ingested together or apart; the same verb on another day is another.
    @Test func aMinorEventMergesAcrossDocumentsAsBuildMergesIt() throws {
        let docs = Corpus.analyze([
            #"{"id": "a1", "text": "Angela Merkel walked through the old town of Lyon on 3 March 2021. Crowds cheered.", "date": "2021-03-05"}"#,
            #"{"id": "b2", "text": "On 3 March 2021, Angela Merkel walked through the old town of Lyon, witnesses said.", "date": "2021-03-06"}"#,
            #"{"id": "c3", "text": "Angela Merkel walked through the old town of Lyon on 4 March 2021.", "date": "2021-03-06"}"#,
        ])
        let expected = GraphBuilder().build(docs)
        let walks = expected.events.filter { $0.minor == true && $0.label.contains("walked") }
        #expect(walks.map { Set($0.mentions.map(\.doc)) }.sorted { $0.count > $1.count } == [["a1", "b2"], ["c3"]])
        for batches in [[docs], docs.map { [$0] }, docs.reversed().map { [$0] }] {
            let (store, _) = try Corpus.newStore()
            for batch in batches { _ = try store.ingest(Corpus.ingestable(batch)) }
            #expect(Corpus.json(try store.graph()) == Corpus.json(expected))
        }
    }

    /// A minor happening a report tells with no date but its own ("has suspended", told the morning after) may be
    /// the one another report dates the day before, not two days before; "the suspension" is the same verb's act.
    @Test func aMinorEventDatedByItsReportMayBeTheDayBefore() throws {
        let docs = Corpus.analyze([
            #"{"id": "a1", "text": "Angela Merkel suspended the vaccination campaign on 4 March 2021. Doctors were surprised.", "date": "2021-03-05"}"#,
            #"{"id": "b2", "text": "Angela Merkel has suspended the vaccination campaign, officials said.", "date": "2021-03-05"}"#,
            #"{"id": "c3", "text": "Angela Merkel has suspended the vaccination campaign.", "date": "2021-03-08"}"#,
        ])
        let expected = GraphBuilder().build(docs)
        let suspended = expected.events.filter { $0.minor == true && $0.mentions.contains { $0.text == "suspended" } }
        #expect(suspended.map { Set($0.mentions.map(\.doc)) }.sorted { $0.count > $1.count } == [["a1", "b2"], ["c3"]])
        #expect(suspended.first { $0.mentions.count == 2 }?.time?.value == "2021-03-04")
        for batches in [[docs], docs.reversed().map { [$0] }] {
            let (store, _) = try Corpus.newStore()
            for batch in batches { _ = try store.ingest(Corpus.ingestable(batch)) }
            #expect(Corpus.json(try store.graph()) == Corpus.json(expected))
        }
    }

    /// A minor unit is found only by its trigger, its one known day and a participant (what linking requires
    /// of two minor units); one without a known day or a participant has no key, and its record is not kept.
    @Test func minorUnitsHaveOnlyTheirOwnKeys() throws {
        let (store, _) = try Corpus.newStore()
        _ = try store.ingest(Corpus.ingestable(news))
        var keyed = 0, keyless = 0
        try store.db.query(
            "SELECT u.unit, length(u.record), (SELECT count(*) FROM unit_keys k WHERE k.unit = u.unit) FROM units u JOIN events e ON e.event = u.event WHERE e.minor = 1"
        ) { row in
            if row.int(2) == 0 {
                keyless += 1
                #expect(row.int(1) == 0)
            } else {
                keyed += 1
                #expect(row.int(1) > 0)
            }
        }
        #expect(keyed > 0 && keyless > keyed)
        var otherKeys = 0
        try store.db.query(
            """
            SELECT count(*) FROM unit_keys uk JOIN keys k ON k.key = uk.key JOIN units u ON u.unit = uk.unit JOIN events e ON e.event = u.event
            WHERE e.minor = 1 AND instr(k.text, '|m:') = 0
            """
        ) { row in otherKeys = row.int(0) }
        #expect(otherKeys == 0)
    }

    /// The streamed render writes the files a build of the same documents writes, and holds only the
    /// timeline's events.
    @Test func theStreamWritesWhatBuildWrites() async throws {
        let (store, dir) = try Corpus.newStore()
        _ = try store.ingest(Corpus.ingestable(news))
        let expected = GraphBuilder().build(news)
        let formats: [OutputFormat] = [.json, .md, .csv, .timelinejs]
        let built = dir.appendingPathComponent("built").path, streamed = dir.appendingPathComponent("streamed").path
        #expect(await Rendering().write(formats, graph: expected, analyses: [], options: RenderOptions(), to: built).isEmpty)
        try await store.withEventStream { stream in
            #expect(stream.eventCount == expected.events.count)
            #expect(stream.timeline == expected.timeline())
            #expect(stream.timeline.events.count < stream.eventCount)
            #expect(await Rendering().write(formats, stream: stream, analyses: [], options: RenderOptions(), to: streamed).isEmpty)
        }
        for f in formats {
            let a = try Data(contentsOf: URL(fileURLWithPath: built).appendingPathComponent(f.fileName))
            let b = try Data(contentsOf: URL(fileURLWithPath: streamed).appendingPathComponent(f.fileName))
            #expect(a == b, "\(f.fileName) differs")
        }
    }

    /// A store of schema 2 (minor events merged by the generic keys) with documents cannot be brought up to
    /// date without its analyses linked again: it is refused, untouched.
    @Test func aStoreOfSchemaTwoIsRefusedUntouched() throws {
        let (store, _) = try Corpus.newStore()
        _ = try store.ingest(Corpus.ingestable(Array(news.prefix(2))))
        var db: OpaquePointer?
        sqlite3_open(store.path, &db)
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA user_version = 2", nil, nil, nil)
        sqlite3_close(db)
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        do {
            _ = try TimelineStore(path: store.path)
            Issue.record("a store of schema 2 was opened")
        } catch let e as StoreError {
            #expect(e.kind == .olderSchema)
            #expect(e.description.contains("ingest its documents into a new store"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
    }
}
