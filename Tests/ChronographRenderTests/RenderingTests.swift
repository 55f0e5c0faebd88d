import Chronograph
import ChronographCore
import ChronographRender
import Foundation
import Testing

@Suite struct RenderingTests {
    @Test func everyFormatGivesItsFile() async throws {
        let g = Fixtures.seedLike()
        let a = DocumentAnalysis(document: Document(id: "../tass 1", text: "Text."), dct: .unknown, timexes: [])
        let b = DocumentAnalysis(document: Document(id: "../tass:1", text: "Other."), dct: .unknown, timexes: [])
        let files = try await Rendering().render(OutputFormat.allCases, graph: g, analyses: [a, b], options: RenderOptions())
        #expect(files.map(\.path) == [
            "timeline.svg", "timeline.png", "timeline.pdf", "timeline.dot", "brief.md", "graph.json", "graph.graphml",
            "graph.gexf", "timelinejs.json", "events.csv", "timeml/_._tass_1.tml", "timeml/_._tass_1-2.tml", "timeline.html",
        ])
        for f in files { #expect(!f.contents.isEmpty, "\(f.path) empty") }
    }

    @Test func outputIsByteDeterministic() async throws {
        let g = Fixtures.seedLike()
        let formats: [OutputFormat] = [.svg, .dot, .md, .json, .graphml, .gexf, .timelinejs, .csv, .html]
        let one = try await Rendering().render(formats, graph: g, analyses: [], options: RenderOptions())
        let two = try await Rendering().render(formats, graph: g, analyses: [], options: RenderOptions())
        #expect(one.map(\.contents) == two.map(\.contents))
    }
}

@Suite struct EdgeCaseTests {
    static let undatedOnly = EventGraph(documents: [], events: [
        Event(id: "a", type: "statement", eventClass: .reporting, label: "Only undated", time: nil, factuality: .asserted,
              actors: [], location: nil, attribution: nil, mentions: []),
    ], relations: [])

    @Test(arguments: [EventGraph(documents: [], events: [], relations: []), undatedOnly])
    func emptyAndUndatedGraphsRenderEverywhere(graph: EventGraph) async throws {
        let files = try await Rendering().render(OutputFormat.allCases, graph: graph, analyses: [], options: RenderOptions(title: "Empty"))
        #expect(files.count == OutputFormat.allCases.count - 1)
        let svg = files.first { $0.path == "timeline.svg" }!
        _ = try SVGStructure.parse(svg.contents)
        let md = String(decoding: files.first { $0.path == "brief.md" }!.contents, as: UTF8.self)
        #expect(md.hasPrefix("# Empty\n"))
    }

    @Test func tenYearsOfDaysStayReadable() {
        var events: [Event] = []
        for k in 0..<40 {
            let d = Day(year: 2000, month: 1, day: 1).adding(days: k * 97)
            events.append(Event(id: "e\(k)", type: "meeting", eventClass: .occurrence, label: "Meeting \(k)",
                                time: EventTime(timex3: d.description, inferred: false, certainty: .explicit),
                                factuality: .asserted, actors: [], location: nil, attribution: nil, mentions: []))
        }
        let tl = TimelineLayout(graph: EventGraph(documents: [], events: events, relations: []), direction: .leftToRight)
        #expect(tl.scale.unit == .year)
        #expect(tl.scale.ticks.count == 11)
        #expect(tl.laneCount < 20)
    }
}
