import ChronographCore

/// PLACEHOLDER INTERFACE (issue 5 replaces the bodies).
public enum DOTRenderer {
    public static func render(_ graph: EventGraph) -> String { "digraph chronograph {}\n" }
}
public enum OutputFormat: String, CaseIterable, Sendable { case svg, png, pdf, dot, md, json, graphml, gexf, timelinejs, csv, timeml }
public enum TimelineDirection: String, Sendable { case leftToRight = "LR", topToBottom = "TB" }
public struct RenderOptions: Sendable {
    public var direction: TimelineDirection
    public var title: String?
    public init(direction: TimelineDirection = .leftToRight, title: String? = nil) {
        self.direction = direction
        self.title = title
    }
}
