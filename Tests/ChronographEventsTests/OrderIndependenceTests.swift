import ChronographCore
import Testing
@testable import ChronographEvents

/// Merging does not depend on the order documents come in, and each connected component of links
/// merges on its own as it does among all the others: what lets a store merge new documents into
/// the events of old ones (`ChronographStore`) and give the graph one build gives.
@Suite("Order-independent merging")
struct OrderIndependenceTests {
    static func article(_ id: String, _ dct: String, _ text: String, _ timexes: [(String, String)]) -> DocumentAnalysis {
        var f = Fixture(id: id, text: text, dct: dct, source: "Agency " + id)
        for (s, v) in timexes { f.timex(s, v) }
        return f.analyze(Shared.extractor)
    }

    /// Reports of one made-up story: an arrest told with three dates, a bombing, protests, statements.
    static let story: [DocumentAnalysis] = [
        article("d1", "2024-01-07", "Police arrested opposition leader Tomas Varga in Budapest on 6 January.", [("6 January", "2024-01-06")]),
        article("d2", "2024-01-09", "Opposition leader Tomas Varga was detained by police on 8 January.", [("8 January", "2024-01-08")]),
        article("d3", "2024-01-08", "Tomas Varga was arrested on 7 January, his lawyer said. Protesters rallied in Budapest on 7 January.", [("7 January", "2024-01-07"), ("7 January", "2024-01-07")]),
        article("d4", "2024-01-10", "A bomb exploded outside the courthouse in Szeged on 9 January, killing two people. The blast damaged the court.", [("9 January", "2024-01-09")]),
        article("d5", "2024-01-11", "The bombing in Szeged on 9 January was the worst attack in years, the government said on 10 January.", [("9 January", "2024-01-09"), ("10 January", "2024-01-10")]),
        article("d6", "2024-01-11", "Thousands protested in Budapest on 10 January against the arrest of Varga. The protests were peaceful.", [("10 January", "2024-01-10")]),
        article("d7", "2024-01-12", "The government said on 11 January that the protests in Budapest were illegal.", [("11 January", "2024-01-11")]),
        article("d8", "2024-01-13", "Protesters rallied again in Budapest on 12 January, demanding the release of Tomas Varga.", [("12 January", "2024-01-12")]),
    ]

    @Test func theStoryMergesAcrossArticles() {
        let g = GraphBuilder().build(Self.story)
        #expect(g.events.contains { Set($0.mentions.map(\.doc)).count >= 3 })
        #expect(g.documents.map(\.id) == ["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8"])
    }

    @Test func anyOrderOfTheDocumentsGivesTheSameGraph() {
        let expected = Shared.json(GraphBuilder().build(Self.story))
        var state: UInt64 = 42
        for _ in 0..<40 {
            var docs = Self.story
            for i in stride(from: docs.count - 1, to: 0, by: -1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                docs.swapAt(i, Int(state >> 33) % (i + 1))
            }
            #expect(Shared.json(GraphBuilder().build(docs)) == expected, "order \(docs.map(\.document.id))")
        }
    }

    @Test func theCanonicalOrderIsByIdInByteOrder() {
        let ids = ["b", "a", "É", "E\u{301}x", "B", "a"]
        let docs = ids.enumerated().map { k, id in
            DocumentAnalysis(document: Document(id: id, text: "\(k)"), dct: .unknown, timexes: [])
        }
        let ordered = GraphBuilder.canonicalOrder(docs)
        #expect(ordered.map(\.document.id) == ["B", "E\u{301}x", "a", "a", "b", "É"])
        // Documents of one id keep their input order.
        #expect(ordered.filter { $0.document.id == "a" }.map(\.document.text) == ["1", "5"])
    }

    /// Merging each connected component of links alone gives the groups merging all of them gives.
    @Test func componentsMergeOnTheirOwnAsAmongAllOthers() throws {
        let builder = GraphBuilder()
        let merger = EventMerger(lexicon: builder.lexicon, rules: builder.rules)
        let mentions = GraphBuilder.canonicalOrder(Self.story).flatMap { builder.mergeDocument($0).mentions }
        let units = merger.units(mentions)
        var links: [UnitLink] = []
        for (a, b) in merger.candidatePairs(units) {
            if let s = merger.link(units.records[a], units.records[b]) { links.append(UnitLink(a, b, strength: s)) }
        }
        #expect(links.count >= 5)
        let all = Set(merger.merge(units.records.map(\.state), links: links))
        // Connected components of the links.
        var component = Array(units.groups.indices)
        func find(_ x: Int) -> Int { component[x] == x ? x : find(component[x]) }
        for l in links { component[max(find(l.a), find(l.b))] = min(find(l.a), find(l.b)) }
        var separately = Set<[Int]>()
        for root in Set(units.groups.indices.map(find)) {
            let members = units.groups.indices.filter { find($0) == root }
            let local = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
            let own = links.filter { local[$0.a] != nil }.map { UnitLink(local[$0.a]!, local[$0.b]!, strength: $0.strength) }
            for group in merger.merge(members.map { units.records[$0].state }, links: own) { separately.insert(group.map { members[$0] }) }
        }
        #expect(separately == all)
        #expect(all.count < units.count, "some units merged")
    }

    /// The blocking keys find the candidates the merger compares: units that share a key of at most
    /// `commonKeyLimit` units, a sentence name only while some unit names that person.
    @Test func blockingKeysFindTheCandidates() {
        let builder = GraphBuilder()
        let merger = EventMerger(lexicon: builder.lexicon, rules: builder.rules)
        let mentions = GraphBuilder.canonicalOrder(Self.story).flatMap { builder.mergeDocument($0).mentions }
        let units = merger.units(mentions)
        for limit in [2, 3, 400] {
            let keys = units.groups.indices.map { merger.blockingKeys(units, $0) }
            let persons = Set(keys.flatMap(\.names.values))
            var holders: [String: Set<Int>] = [:]
            for (u, k) in keys.enumerated() {
                for key in k.keys.union(k.names.keys) { holders[key, default: []].insert(u) }
                for (key, name) in k.sentenceNames where persons.contains(name) { holders[key, default: []].insert(u) }
            }
            var expected = Set<[Int]>()
            for (a, b) in units.groups.indices.flatMap({ a in units.groups.indices.filter { $0 > a }.map { (a, $0) } }) {
                if holders.values.contains(where: { $0.count <= limit && $0.contains(a) && $0.contains(b) }) { expected.insert([a, b]) }
            }
            #expect(Set(merger.candidatePairs(units, commonKeyLimit: limit).map { [$0.0, $0.1] }) == expected, "limit \(limit)")
        }
    }
}
