import Foundation
import ChronographCore
import ChronographGraphviz
@_exported import ChronographRender

/// One output file: a path relative to the output directory and its bytes.
public struct RenderedFile: Sendable {
    /// Relative to the output directory: `timeline.svg`, `timeml/<doc>.tml`, ...
    public var path: String
    public var contents: [UInt8]
    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }
}

/// Turns output formats into files: the format-specific renderers for the graph (and, for TimeML, the
/// per-document analyses), with the timeline images laid out once as pinned DOT and drawn by the shared
/// Graphviz actor (`neato -n2`).
public struct Rendering: Sendable {
    public init() {}

    public func render(_ formats: [OutputFormat], graph: EventGraph, analyses: [DocumentAnalysis], options: RenderOptions) async throws -> [RenderedFile] {
        // The data exports hold every event; what a reader looks at (images, the brief, TimelineJS) shows
        // the timeline: minor events left out. timeline.html carries them all (every event of graph.json
        // has its element) and shows the timeline until its "Minor events" filter is ticked.
        let data = graph
        let graph = graph.timeline()
        var files: [RenderedFile] = []
        var seenFormats: [OutputFormat] = []
        for f in formats where !seenFormats.contains(f) { seenFormats.append(f) }
        let needsImage = seenFormats.contains { $0.needsGraphviz }
        let dot: String? = (needsImage || seenFormats.contains(.dot)) ? DOTRenderer.render(graph, options: options, layout: .pinned) : nil
        if needsImage {
            try await GraphvizRenderer.shared.checkPlugins(layouts: ["neato"], formats: seenFormats.filter(\.needsGraphviz).map(\.rawValue))
        }
        for format in seenFormats {
            switch format {
            case .svg, .png, .pdf:
                var data = try await GraphvizRenderer.shared.render(dot: dot!, format: format.rawValue, layout: "neato")
                if format == .pdf { data = Self.fixingCreationDate(data) }
                files.append(RenderedFile(path: format.fileName, contents: data))
            case .dot:
                files.append(RenderedFile(path: format.fileName, contents: Array(dot!.utf8)))
            case .md:
                files.append(RenderedFile(path: format.fileName, contents: Array(MarkdownBriefRenderer.render(graph, options: options).utf8)))
            case .json:
                files.append(RenderedFile(path: format.fileName, contents: try GraphJSONRenderer.render(data)))
            case .graphml:
                files.append(RenderedFile(path: format.fileName, contents: Array(GraphMLRenderer.render(data).utf8)))
            case .gexf:
                files.append(RenderedFile(path: format.fileName, contents: Array(GEXFRenderer.render(data).utf8)))
            case .timelinejs:
                files.append(RenderedFile(path: format.fileName, contents: try TimelineJSRenderer.render(graph, options: options)))
            case .csv:
                files.append(RenderedFile(path: format.fileName, contents: Array(CSVRenderer.render(data).utf8)))
            case .html:
                files.append(RenderedFile(path: format.fileName, contents: try HTMLTimelineRenderer.render(data, options: options)))
            case .timeml:
                var used: Set<String> = []
                for a in analyses {
                    let stem = Escaping.fileName(a.document.id)
                    var name = stem
                    var k = 2
                    while !used.insert(name.lowercased()).inserted {
                        name = "\(stem)-\(k)"
                        k += 1
                    }
                    files.append(RenderedFile(path: "timeml/\(name).tml", contents: Array(TimeMLRenderer.render(a).utf8)))
                }
            }
        }
        return files
    }

    /// cairo stamps PDFs with the time of rendering (`/CreationDate (D:20261127053139Z)`), which would make
    /// the same input give different files. The digits are replaced in place (same length, so the PDF's
    /// cross-reference offsets stay valid) by `SOURCE_DATE_EPOCH` when set, else by 1970-01-01.
    static func fixingCreationDate(_ pdf: [UInt8]) -> [UInt8] {
        let marker = Array("/CreationDate (D:".utf8)
        guard let at = pdf.indices.first(where: { i in i + marker.count + 14 <= pdf.count && pdf[i..<(i + marker.count)].elementsEqual(marker) })
        else { return pdf }
        var stamp = "19700101000000"
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap({ Int($0) }) {
            let day = Day(julianDay: 2_440_588 + epoch / 86_400)
            let seconds = epoch % 86_400
            stamp = String(Day.yearString(day.year).suffix(4)) + Day.pad2(day.month) + Day.pad2(day.day)
                + Day.pad2(seconds / 3600) + Day.pad2(seconds % 3600 / 60) + Day.pad2(seconds % 60)
        }
        var out = pdf
        let start = at + marker.count
        guard out[start..<(start + 14)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return pdf }
        out.replaceSubrange(start..<(start + 14), with: Array(stamp.utf8))
        return out
    }
}

extension Rendering {
    /// A format that could not be rendered.
    public struct RenderingFailure: Error, CustomStringConvertible {
        public var folder: String
        public var underlying: Error
        public var description: String { "\(folder): error: rendering failed: \(underlying)" }
    }

    /// Renders the formats into `folder`, each file written to a temporary name and renamed into place:
    /// `graph.json` and the brief streamed to their files as they are written, the others a group at a time
    /// (the images with their DOT, laid out once), so that memory never holds all the files at once. Returns
    /// what could not be rendered or written (the other files are written all the same).
    public func write(_ formats: [OutputFormat], graph: EventGraph, analyses: [DocumentAnalysis], options: RenderOptions, to folder: String) async -> [Error] {
        await write(formats, json: { put in try GraphJSONRenderer.write(graph, into: put) }, graph: { _ in graph }, analyses: analyses, options: options, to: folder)
    }

    /// The same files for a graph whose events are not all held (``EventStream``): graph.json written as the
    /// events come, the images, the brief and TimelineJS from the timeline; the other data exports (GraphML,
    /// GEXF, CSV, the interactive page) need every event at once and get the whole graph, made when one is asked for.
    public func write(_ formats: [OutputFormat], stream: EventStream, analyses: [DocumentAnalysis], options: RenderOptions, to folder: String) async -> [Error] {
        let whole = WholeGraph(stream: stream)
        return await write(
            formats, json: { put in try GraphJSONRenderer.write(stream, into: put) },
            graph: { group in group.contains { Self.wholeGraphFormats.contains($0) } ? try whole.graph() : stream.timeline },
            analyses: analyses, options: options, to: folder)
    }

    /// The formats that write every event of the graph (besides graph.json, which streams them).
    static let wholeGraphFormats: Set<OutputFormat> = [.graphml, .gexf, .csv, .html]

    /// A stream's whole graph, made once.
    private final class WholeGraph {
        let stream: EventStream
        var made: EventGraph?
        init(stream: EventStream) { self.stream = stream }
        func graph() throws -> EventGraph {
            if let made { return made }
            let graph = try stream.materialized()
            made = graph
            return graph
        }
    }

    /// ``write(_:graph:analyses:options:to:)`` with graph.json written by `json` and the graph a group of
    /// formats is rendered from given by `graph`.
    private func write(
        _ formats: [OutputFormat], json: (_ put: ([UInt8]) throws -> Void) throws -> Void, graph: ([OutputFormat]) throws -> EventGraph,
        analyses: [DocumentAnalysis], options: RenderOptions, to folder: String
    ) async -> [Error] {
        var problems: [Error] = []
        var seen: [OutputFormat] = []
        for f in formats where !seen.contains(f) { seen.append(f) }
        let drawn = seen.filter { $0.needsGraphviz || $0 == .dot }
        let groups = (drawn.isEmpty ? [] : [drawn]) + seen.filter { !drawn.contains($0) }.map { [$0] }
        for group in groups {
            if group == [.json] {
                do {
                    try AtomicFileWriter.write(to: (folder as NSString).appendingPathComponent(OutputFormat.json.fileName), produce: json)
                } catch {
                    problems.append(error)
                }
                continue
            }
            if group == [.md] {
                // The brief streamed to its file as it is written (tens of megabytes for a large store).
                let timeline: EventGraph
                do {
                    timeline = try graph(group).timeline()
                } catch {
                    problems.append(RenderingFailure(folder: folder, underlying: error))
                    continue
                }
                do {
                    try AtomicFileWriter.write(to: (folder as NSString).appendingPathComponent(OutputFormat.md.fileName)) { put in
                        try MarkdownBriefRenderer.write(timeline, options: options, into: put)
                    }
                } catch {
                    problems.append(error)
                }
                continue
            }
            let files: [RenderedFile]
            do {
                files = try await render(group, graph: try graph(group), analyses: group.contains(.timeml) ? analyses : [], options: options)
            } catch {
                problems.append(RenderingFailure(folder: folder, underlying: error))
                continue
            }
            for file in files {
                do {
                    try AtomicFileWriter.write(file.contents, to: (folder as NSString).appendingPathComponent(file.path))
                } catch {
                    problems.append(error)
                }
            }
        }
        return problems
    }
}
