import ChronographCore
import ChronographGraphviz
import ChronographRender
import Foundation
import Testing

/// Writes the seed-like timeline to `$RENDER_LOOK_DIR` (PNG, SVG, DOT) for a person to look at.
@Test(.enabled(if: ProcessInfo.processInfo.environment["RENDER_LOOK_DIR"] != nil))
func writeTimelineForLooking() async throws {
    let dir = ProcessInfo.processInfo.environment["RENDER_LOOK_DIR"]!
    for (name, graph) in [("seed", Fixtures.seedLike()), ("synthetic60", Fixtures.synthetic(60)), ("hostile", Fixtures.hostileGraph())] {
        for direction in [TimelineDirection.leftToRight, .topToBottom] {
            let dot = DOTRenderer.render(graph, options: RenderOptions(direction: direction))
            let stem = "\(dir)/\(name)-\(direction.rawValue)"
            try dot.write(toFile: stem + ".dot", atomically: true, encoding: .utf8)
            for format in ["png", "svg"] {
                let out = try await GraphvizRenderer.shared.renderWithWarnings(dot: dot, format: format)
                if !out.warnings.isEmpty { print("warnings:", out.warnings) }
                try Data(out.data).write(to: URL(fileURLWithPath: stem + "." + format))
            }
        }
    }
}
