import ChronographCore
import ChronographGraphviz
import ChronographRender
import Foundation
import FoundationXML
import Testing

/// The SVG reduced to what must not change: per node/edge/cluster group its class, title, link and texts.
final class SVGStructure: NSObject, XMLParserDelegate {
    var groups: [String] = []
    var texts: [String] = []
    var titles: [String] = []
    var links: [String] = []
    private var inText = false
    private var current = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "g", let c = attributes["class"] { groups.append(c) }
        if name == "text" { inText = true; current = "" }
        if name == "a" {
            if let t = attributes["xlink:title"] { titles.append(t) }
            if let h = attributes["xlink:href"] { links.append(h) }
        }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { inText = false; texts.append(current) }
    }

    static func parse(_ data: [UInt8]) throws -> SVGStructure {
        let s = SVGStructure()
        let p = XMLParser(data: Data(data))
        p.delegate = s
        guard p.parse() else { throw p.parserError ?? CocoaError(.coderReadCorrupt) }
        return s
    }
}

@Suite struct DOTAndImageTests {
    @Test func seedDOTMatchesGolden() throws {
        try Snapshot.assertMatches(DOTRenderer.render(Fixtures.seedLike()), named: "seed-LR.dot")
        try Snapshot.assertMatches(DOTRenderer.render(Fixtures.seedLike(), options: RenderOptions(direction: .topToBottom)), named: "seed-TB.dot")
    }

    @Test func dotReadsBackWithEveryNodeAndCluster() async throws {
        let g = Fixtures.seedLike()
        let parsed = try await GraphvizRenderer.shared.parse(dot: DOTRenderer.render(g))
        for e in g.events {
            #expect(parsed.nodeNames.contains("m:" + e.id))
            #expect(parsed.nodeNames.contains("l:" + e.id))
        }
        #expect(parsed.clusterNames == ["cluster_episode_0"])
        let hostile = Fixtures.hostileGraph()
        let hp = try await GraphvizRenderer.shared.parse(dot: DOTRenderer.render(hostile))
        #expect(hp.nodeNames.contains("m:2019-03-01"))
        #expect(hp.nodeNames.contains("m:node"))
        #expect(!hp.nodeNames.contains("2019"))
    }

    @Test func unrealizedEventsNeverLookLikeFacts() {
        let dot = DOTRenderer.render(Fixtures.seedLike())
        let markLine = dot.split(separator: "\n").first { $0.contains("\"m:ev:fighters\" [") }!
        #expect(markLine.contains("\"style\"=\"dashed,filled\""))
        #expect(markLine.contains("\"fillcolor\"=\"white\""))
        #expect(markLine.contains("\"label\"=\"✕\""))
        let labelLine = dot.split(separator: "\n").first { $0.contains("\"l:ev:fighters\" [") }!
        #expect(labelLine.contains("<S>"))
        #expect(labelLine.contains("planned but prevented, did not happen"))
        #expect(labelLine.contains("claimed by the film&apos;s"))
    }

    @Test func onlyRelationsTheAxisDoesNotShowAreDrawn() {
        func event(_ id: String, _ v: String) -> Event {
            Event(id: id, type: "meeting", eventClass: .occurrence, label: id, time: EventTime(timex3: v, inferred: false, certainty: .explicit),
                  factuality: .asserted, actors: [], location: nil, attribution: nil, mentions: [])
        }
        let g = EventGraph(documents: [], events: [event("a", "2022-03-01"), event("b", "2022-05-01"), event("c", "2022-01-01")], relations: [
            Relation(from: "a", to: "b", type: .before, rule: "r"),
            Relation(from: "a", to: "c", type: .before, rule: "contradicted"),
            Relation(from: "b", to: "c", type: .causes, rule: "r"),
        ])
        let edges = DOTRenderer.render(g).split(separator: "\n").filter { $0.contains("\"m:") && $0.contains(" -> ") }
        #expect(!edges.contains { $0.contains("\"m:a\" -> \"m:b\"") })
        let contradicted = edges.first { $0.contains("\"m:a\" -> \"m:c\"") }
        #expect(contradicted?.contains("#d50000") == true)
        #expect(edges.contains { $0.contains("\"m:b\" -> \"m:c\"") && $0.contains("relation causes") })
    }

    @Test func seedSVGStructureMatchesGolden() async throws {
        let svg = try await GraphvizRenderer.shared.render(dot: DOTRenderer.render(Fixtures.seedLike()), format: "svg")
        let s = try SVGStructure.parse(svg)
        #expect(s.groups.filter { $0 == "cluster" }.count == 1)
        #expect(s.texts.contains("Режим чрезвычайного положения"))
        #expect(s.texts.contains("Karim Masimov sentenced for"))
        #expect(s.links.contains(Fixtures.url))
        #expect(s.titles.contains { $0.contains("“In April 2023, former chairman") && $0.contains("— TASS") })
        let structure = (["# groups"] + s.groups.sorted() + ["# texts"] + s.texts.sorted() + ["# links"] + s.links.sorted()).joined(separator: "\n") + "\n"
        try Snapshot.assertMatches(structure, named: "seed-LR.svg-structure.txt")
    }

    @Test func hostileLabelsRenderAsText() async throws {
        let svg = try await GraphvizRenderer.shared.render(dot: DOTRenderer.render(Fixtures.hostileGraph()), format: "svg")
        let s = try SVGStructure.parse(svg)
        #expect(!s.groups.isEmpty)
        // The full hostile text survives as tooltip text, backslashes and \N included.
        #expect(s.titles.contains { $0.contains("<script>alert(1)</script> & {x} | a\\b \\N ]]>") })
        #expect(s.texts.contains { $0.contains("<script>alert(1)</script>") })
        #expect(!String(decoding: svg, as: UTF8.self).contains("<script>"))
        #expect(s.links.contains("https://example.org/a%20b?x=1&y=%3C2%3E"))
    }

    @Test func pngAndPdfRender() async throws {
        let dot = DOTRenderer.render(Fixtures.seedLike())
        let png = try await GraphvizRenderer.shared.render(dot: dot, format: "png")
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let pdf = try await GraphvizRenderer.shared.render(dot: dot, format: "pdf")
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func errorsAreReported() async throws {
        await #expect(throws: GraphvizError.self) {
            _ = try await GraphvizRenderer.shared.render(dot: "digraph { a -> ", format: "svg")
        }
        do {
            _ = try await GraphvizRenderer.shared.render(dot: "digraph { a }", format: "svg", layout: "no-such-engine")
            Issue.record("expected a missing plugin error")
        } catch let e as GraphvizError {
            #expect(e.description.contains("dot -c"))
        }
        // A malformed HTML label: Graphviz says so and still returns 0; the renderer must not pass it off as fine.
        do {
            _ = try await GraphvizRenderer.shared.render(dot: "digraph { a [label=<<B>x</I>>]; }", format: "svg", layout: "dot")
            Issue.record("expected the label error to be reported")
        } catch let e as GraphvizError {
            #expect(e.description.lowercased().contains("label") || e.description.lowercased().contains("syntax"), "\(e)")
        }
        try await GraphvizRenderer.shared.checkPlugins(layouts: ["dot", "neato"], formats: ["svg", "png", "pdf"])
        // Still usable after errors.
        let ok = try await GraphvizRenderer.shared.render(dot: "digraph { a -> b }", format: "svg", layout: "dot")
        #expect(!ok.isEmpty)
    }

    @Test func concurrentRendersShareOneContext() async throws {
        let dot = DOTRenderer.render(Fixtures.synthetic(30))
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 { group.addTask { try await GraphvizRenderer.shared.render(dot: dot, format: "svg").count } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(Set(sizes).count == 1)
    }
}
