/// What can go wrong when Graphviz reads, lays out or renders a graph.
public enum GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The library has no plugin for a layout engine or output format.
    case missingPlugin(kind: String, name: String, available: [String])
    /// The DOT text did not parse.
    case syntax(String)
    case layout(engine: String, message: String)
    case render(format: String, message: String)
    case contextUnavailable

    public var description: String {
        switch self {
        case .missingPlugin(let kind, let name, let available):
            return "Graphviz has no \(kind) plugin for '\(name)' (available: \(available.joined(separator: ", ")))."
                + " Install the plugins (apt-get install libgraphviz-dev graphviz, which also brings the cairo/pango"
                + " plugins for png and pdf) and register them with `dot -c` (as root)."
        case .syntax(let m): return "Graphviz could not read the DOT text: \(m)"
        case .layout(let engine, let m): return "Graphviz layout '\(engine)' failed: \(m)"
        case .render(let format, let m): return "Graphviz could not render \(format): \(m)"
        case .contextUnavailable: return "Graphviz could not create a context (gvContext returned NULL)."
        }
    }
}
