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
            "graph.gexf", "timelinejs.json", "events.csv", "timeml/_._tass_1.tml", "timeml/_._tass_1-2.tml",
        ])
        for f in files { #expect(!f.contents.isEmpty, "\(f.path) empty") }
    }

    @Test func outputIsByteDeterministic() async throws {
        let g = Fixtures.seedLike()
        let formats: [OutputFormat] = [.svg, .dot, .md, .json, .graphml, .gexf, .timelinejs, .csv]
        let one = try await Rendering().render(formats, graph: g, analyses: [], options: RenderOptions())
        let two = try await Rendering().render(formats, graph: g, analyses: [], options: RenderOptions())
        #expect(one.map(\.contents) == two.map(\.contents))
    }
}
