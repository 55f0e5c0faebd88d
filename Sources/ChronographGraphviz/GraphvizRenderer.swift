import CGraphviz
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages Graphviz reports through `agseterrf`, collected while the renderer actor is inside a call.
/// Only the ``GraphvizRenderer`` actor touches Graphviz, so only it reads or writes this buffer.
nonisolated(unsafe) private var collectedMessages: [String] = []

private let collectMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { message in
    if let message {
        let text = String(cString: message).trimmingCharacters(in: " \n\t")
        if !text.isEmpty { collectedMessages.append(text) }
    }
    return 0
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

/// The Graphviz C library in-process: one long-lived `gvContext` owned by this actor (Graphviz is not
/// thread-safe, and creating a context per call leaks), errors captured with `agseterrf` and reported,
/// and a start-up check that the layout engines and output formats needed are registered.
public actor GraphvizRenderer {
    public static let shared = GraphvizRenderer()

    /// What a rendering produced besides its bytes: warnings Graphviz printed.
    public struct Output: Sendable {
        public var data: [UInt8]
        public var warnings: [String]
    }

    /// Node and edge counts and node names of a graph read back with `agmemread`.
    public struct ParsedGraph: Sendable {
        public var nodeNames: [String]
        public var edgeCount: Int
        public var clusterNames: [String]
    }

    nonisolated(unsafe) private let context: OpaquePointer?
    /// Warnings from the last call.
    public private(set) var lastWarnings: [String] = []

    public init() {
        context = gvContext()
        // `-n2` makes neato keep the given node positions (in points) and only route edges and draw.
        var args: [UnsafeMutablePointer<CChar>?] = [strdup("neato"), strdup("-n2")]
        if let context {
            _ = gvParseArgs(context, Int32(args.count), &args)
            gvjobs_delete(context)
        }
        for a in args { free(a) }
        _ = agseterrf(collectMessage)
        _ = agseterr(AGWARN)
    }

    deinit {
        if let context { gvFreeContext(context) }
    }

    /// Names of the registered plugins of a kind (`layout`, `render`, `device`, `loadimage`).
    public func plugins(_ kind: String) -> [String] {
        guard let context else { return [] }
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        var names: [String] = []
        for i in 0..<Int(count) {
            if let p = list[i] {
                names.append(String(cString: p))
                free(p)
            }
        }
        free(list)
        return names
    }

    /// Throws ``GraphvizError/missingPlugin(kind:name:available:)`` unless the engines and formats are registered.
    public func checkPlugins(layouts: [String] = ["dot", "neato"], formats: [String] = ["svg"]) throws {
        guard context != nil else { throw GraphvizError.contextUnavailable }
        let layoutNames = plugins("layout")
        for l in layouts where !layoutNames.contains(l) {
            throw GraphvizError.missingPlugin(kind: "layout", name: l, available: layoutNames)
        }
        let deviceNames = plugins("device")
        for f in formats where !deviceNames.contains(f) {
            throw GraphvizError.missingPlugin(kind: "render", name: f, available: deviceNames)
        }
    }

    private func beginCall() {
        collectedMessages.removeAll()
        _ = agreseterrors()
    }

    private func messages() -> String {
        collectedMessages.isEmpty ? (aglasterr().map { String(cString: $0) } ?? "unknown error") : collectedMessages.joined(separator: " | ")
    }

    private func read(_ dot: String) throws -> UnsafeMutablePointer<Agraph_t> {
        guard let g = dot.withCString({ agmemread($0) }) else { throw GraphvizError.syntax(messages()) }
        return g
    }

    /// Parses DOT with `agmemread` and reports what Graphviz sees: the check that quoting kept every id whole.
    public func parse(dot: String) throws -> ParsedGraph {
        guard context != nil else { throw GraphvizError.contextUnavailable }
        beginCall()
        let g = try read(dot)
        defer { agclose(g) }
        var names: [String] = []
        var edges = 0
        var n = agfstnode(g)
        while let node = n {
            names.append(String(cString: agnameof(UnsafeMutableRawPointer(node))))
            var e = agfstout(g, node)
            while let edge = e {
                edges += 1
                e = agnxtout(g, edge)
            }
            n = agnxtnode(g, node)
        }
        var clusters: [String] = []
        var s = agfstsubg(g)
        while let sub = s {
            clusters.append(String(cString: agnameof(UnsafeMutableRawPointer(sub))))
            s = agnxtsubg(sub)
        }
        return ParsedGraph(nodeNames: names, edgeCount: edges, clusterNames: clusters)
    }

    /// Lays out `dot` with `layout` and renders it as `format` (`svg`, `png`, `pdf`, ...).
    /// With `layout: "neato"` the context's `-n2` keeps pinned positions.
    public func render(dot: String, format: String, layout: String = "neato") throws -> [UInt8] {
        try renderWithWarnings(dot: dot, format: format, layout: layout).data
    }

    public func renderWithWarnings(dot: String, format: String, layout: String = "neato") throws -> Output {
        guard let context else { throw GraphvizError.contextUnavailable }
        try checkPlugins(layouts: [layout], formats: [format])
        beginCall()
        let g = try read(dot)
        defer { agclose(g) }
        if gvLayout(context, g, layout) != 0 || agerrors() >= Int32(AGERR.rawValue) && collectedMessages.contains(where: { $0.hasPrefix("Error") }) {
            let m = messages()
            _ = gvFreeLayout(context, g)
            throw GraphvizError.layout(engine: layout, message: m)
        }
        defer { _ = gvFreeLayout(context, g) }
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let rc = gvRenderData(context, g, format, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        if rc != 0 || buffer == nil {
            throw GraphvizError.render(format: format, message: messages())
        }
        let errors = collectedMessages.filter { $0.hasPrefix("Error") }
        if !errors.isEmpty { throw GraphvizError.render(format: format, message: errors.joined(separator: " | ")) }
        let data = buffer!.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        lastWarnings = collectedMessages
        return Output(data: data, warnings: collectedMessages)
    }
}
