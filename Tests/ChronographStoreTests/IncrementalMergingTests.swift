import Chronograph
import Foundation
import Testing
@testable import ChronographEvents
@testable import ChronographStore

/// Ingesting documents in any batches and any order gives the graph one build of all of them gives:
/// the same events, the same partition of mentions into events, the same dates, the same bytes.
@Suite("Incremental merging equals one build")
struct IncrementalMergingTests {
    let news = Corpus.news

    /// The store's graph after ingesting the batches in order.
    func storeGraph(_ batches: [[DocumentAnalysis]], keyLimit: Int = GraphBuilder.commonKeyLimit) throws -> EventGraph {
        let (store, _) = try Corpus.newStore(keyLimit: keyLimit)
        for batch in batches { _ = try store.ingest(Corpus.ingestable(batch)) }
        return try store.graph()
    }

    @Test func theCorpusMergesAcrossDocuments() throws {
        let graph = GraphBuilder().build(news)
        #expect(news.count == 44)
        // Stories repeat across documents: some events are mentioned in several documents.
        let multi = graph.events.filter { Set($0.mentions.map(\.doc)).count > 1 }
        #expect(multi.count >= 5, "only \(multi.count) events merge mentions of several documents")
        #expect(graph.events.count > 100)
    }

    @Test func fourInterleavedBatchesInAnyOrderGiveTheOneBuild() throws {
        let expected = Corpus.json(GraphBuilder().build(news))
        let batches = (0..<4).map { k in news.enumerated().filter { $0.offset % 4 == k }.map(\.element) }
        for order in [[0, 1, 2, 3], [3, 1, 0, 2], [2, 3, 1, 0]] {
            let graph = try storeGraph(order.map { batches[$0] })
            #expect(Corpus.json(graph) == expected, "batches in the order \(order)")
        }
    }

    @Test func oneDocumentAtATimeShuffledGivesTheOneBuild() throws {
        let expected = GraphBuilder().build(news)
        for seed in [1, 2] as [UInt64] {
            let graph = try storeGraph(Corpus.shuffled(news, seed: seed).map { [$0] })
            #expect(Corpus.partition(graph) == Corpus.partition(expected))
            #expect(graph.events.map(\.time) == expected.events.map(\.time))
            #expect(Corpus.json(graph) == Corpus.json(expected), "seed \(seed)")
        }
    }

    /// A small key limit makes keys cross it as documents come (keys that stop or start proposing pairs,
    /// sentence names that start counting): the store's links must follow as the one-shot index does.
    @Test func keysCrossingTheLimitFollowTheOneBuild() throws {
        for limit in [3, 6] {
            let expected = GraphBuilder().build(news, filter: EventFilter(), commonKeyLimit: limit)
            let graph = try storeGraph(Corpus.shuffled(news, seed: 7).map { [$0] }, keyLimit: limit)
            #expect(Corpus.json(graph) == Corpus.json(expected), "limit \(limit)")
            // And the limit matters on this corpus: it gives another graph than the default.
            #expect(Corpus.partition(expected) != Corpus.partition(GraphBuilder().build(news)))
        }
    }

    @Test func ingestingABatchAgainChangesNothing() throws {
        let (store, _) = try Corpus.newStore()
        let half = Array(news.prefix(22))
        _ = try store.ingest(Corpus.ingestable(half))
        let before = Corpus.json(try store.graph())
        let report = try store.ingest(Corpus.ingestable(half))
        #expect(report.added == 0 && report.replaced == 0 && report.comparisons == 0)
        #expect(Corpus.json(try store.graph()) == before)
    }

    @Test func aNewVersionOfADocumentReplacesTheOld() throws {
        let (store, _) = try Corpus.newStore(keyLimit: 6)
        _ = try store.ingest(Corpus.ingestable(news))
        // Three documents get new texts: one keeps a sentence, one loses its events, one is another story.
        var changed = news
        let targets = [1, 12, 23]
        for (n, k) in targets.enumerated() {
            var doc = changed[k].document
            switch n {
            case 0: doc.text = String(doc.text.prefix(while: { $0 != "." })) + "."
            case 1: doc.text = "Nothing happened here."
            default: doc.text = changed[(k + 5) % changed.count].document.text
            }
            changed[k] = Corpus.pipeline.analyze(doc)
        }
        let report = try store.ingest(Corpus.ingestable(targets.map { changed[$0] }))
        #expect(report.replaced == 3 && report.added == 0)
        let expected = GraphBuilder().build(changed, filter: EventFilter(), commonKeyLimit: 6)
        #expect(Corpus.json(try store.graph()) == Corpus.json(expected))
        // An event left without mentions is gone: no event cites a mention of the old texts.
        #expect(!(try store.graph()).events.contains { $0.mentions.contains { $0.doc == changed[12].document.id } })
        // And back to the first versions.
        _ = try store.ingest(Corpus.ingestable(targets.map { news[$0] }))
        #expect(Corpus.json(try store.graph()) == Corpus.json(GraphBuilder().build(news, filter: EventFilter(), commonKeyLimit: 6)))
    }

    @Test func filtersSelectWhatTheOneBuildSelects() throws {
        let (store, _) = try Corpus.newStore()
        _ = try store.ingest(Corpus.ingestable(news))
        let graph = GraphBuilder().build(news)
        let someActor = try #require(graph.events.flatMap(\.actors).first { $0.kind == .person }?.name.split(separator: " ").last.map(String.init))
        let day = try #require(graph.events.compactMap { $0.time?.dayRange?.start }.sorted()[graph.events.count / 3])
        let filters = [
            EventFilter(focus: someActor),
            EventFilter(from: day),
            EventFilter(to: day),
            EventFilter(from: day, to: Day(julianDay: day.julianDay + 400)),
            EventFilter(types: ["unrest", "arrest"]),
            EventFilter(sources: ["tass"]),
            EventFilter(focus: someActor, types: ["statement"], sources: ["Reuters", "AP"]),
            EventFilter(focus: "nobody of this name"),
        ]
        // A person's full name (its surname alone follows too) and an organization's (its initials follow too).
        let actors = graph.events.flatMap(\.actors)
        let fullName = actors.first { $0.kind == .person && $0.name.split(separator: " ").count == 2 }?.name
        let organization = actors.first { $0.kind == .organization && EventFilter.initials($0.name) != nil }?.name
        for filter in filters + [fullName, organization].compactMap({ $0.map { EventFilter(focus: $0) } }) {
            let expected = GraphBuilder().build(news, filter: filter)
            let stored = try store.graph(filter: filter)
            #expect(Corpus.json(stored) == Corpus.json(expected), "\(filter)")
            // Ids are the whole graph's.
            #expect(Set(stored.events.map(\.id)).isSubset(of: Set(graph.events.map(\.id))))
        }
        #expect(try store.graph(filter: EventFilter(types: ["unrest"])).events.count > 0)
    }
}
