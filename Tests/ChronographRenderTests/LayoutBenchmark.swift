import ChronographCore
import ChronographGraphviz
import ChronographRender
import Foundation
import Testing

/// The layout benchmark behind `Scripts/bench-layout` (runs only with `BENCH_LAYOUT=1`; it prints figures
/// and checks nothing about time). For each size, the same synthetic graph is drawn to SVG twice: with
/// the timeline's pinned positions (`neato -n2`, Graphviz only routes edges and draws) and as plain `dot`
/// with no positions (Graphviz solves the whole layout). Plain `dot` is skipped above `BENCH_PLAIN_MAX`
/// events (default 1000), where it takes minutes.
@Test(.enabled(if: ProcessInfo.processInfo.environment["BENCH_LAYOUT"] == "1"))
func layoutBenchmark() async throws {
    let env = ProcessInfo.processInfo.environment
    let sizes = (env["BENCH_LAYOUT_SIZES"] ?? "100 1000 10000").split(separator: " ").compactMap { Int($0) }
    let plainMax = Int(env["BENCH_PLAIN_MAX"] ?? "1000") ?? 1000
    let gv = GraphvizRenderer.shared
    func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
    func fmt(_ x: Double) -> String { String(format: "%.3f", x) }
    print("bench-layout: | events | nodes+edges | lanes | timeline layout s | DOT text s | neato -n2 + SVG s | pinned total s | SVG MB | plain dot + SVG s | plain/pinned |")
    print("bench-layout: |---|---|---|---|---|---|---|---|---|---|")
    let clock = ContinuousClock()
    for n in sizes {
        let graph = Fixtures.synthetic(n)
        var dot = ""
        var timeline: TimelineLayout? = nil
        let layoutTime = seconds(clock.measure { timeline = TimelineLayout(graph: graph, direction: .leftToRight) })
        let textTime = seconds(clock.measure { dot = DOTRenderer.render(graph, timeline: timeline!, options: RenderOptions(), layout: .pinned) })
        let build = layoutTime + textTime
        let parsed = try await gv.parse(dot: dot)
        var svg: [UInt8] = []
        let pinned = seconds(try await clock.measure { svg = try await gv.render(dot: dot, format: "svg", layout: "neato") })
        var plainText = "skipped (> BENCH_PLAIN_MAX)"
        var ratio = "–"
        if n <= plainMax {
            let free = DOTRenderer.render(graph, layout: .free)
            let plain = seconds(try await clock.measure { _ = try await gv.render(dot: free, format: "svg", layout: "dot") })
            plainText = fmt(plain)
            ratio = String(format: "%.1f×", plain / pinned)
        }
        print("bench-layout: | \(n) | \(parsed.nodeNames.count)+\(parsed.edgeCount) | \(timeline!.laneCount) | \(fmt(layoutTime)) | \(fmt(textTime)) | \(fmt(pinned)) | \(fmt(build + pinned)) | \(String(format: "%.1f", Double(svg.count) / 1e6)) | \(plainText) | \(ratio) |")
    }
}
