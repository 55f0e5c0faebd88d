import ChronographCore

/// Every file format Chronograph can write.
public enum OutputFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, dot, md, json, graphml, gexf, timelinejs, csv, timeml, html

    /// True for the formats that need the Graphviz library (layout + rendering).
    public var needsGraphviz: Bool {
        switch self {
        case .svg, .png, .pdf: return true
        default: return false
        }
    }

    /// The file name written for the whole graph (TimeML writes one file per document instead).
    public var fileName: String {
        switch self {
        case .svg, .png, .pdf, .dot: return "timeline.\(rawValue)"
        case .md: return "brief.md"
        case .json: return "graph.json"
        case .graphml: return "graph.graphml"
        case .gexf: return "graph.gexf"
        case .timelinejs: return "timelinejs.json"
        case .csv: return "events.csv"
        case .timeml: return "timeml"
        case .html: return "timeline.html"
        }
    }
}

/// Which way the time axis of the timeline image runs.
public enum TimelineDirection: String, Sendable {
    case leftToRight = "LR", topToBottom = "TB"
}

public struct RenderOptions: Sendable {
    public var direction: TimelineDirection
    /// Title of the brief and the timeline; when nil, the first document's title is used.
    public var title: String?
    /// The SVG the brief links to.
    public var timelineImagePath: String

    public init(direction: TimelineDirection = .leftToRight, title: String? = nil, timelineImagePath: String = "timeline.svg") {
        self.direction = direction
        self.title = title
        self.timelineImagePath = timelineImagePath
    }
}
