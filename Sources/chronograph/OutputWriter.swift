import Chronograph
import Foundation

/// Renders a graph in the chosen formats (``Rendering``, the one path every format takes) into the
/// output folder, and reports on the console what could not be rendered or written.
struct OutputWriter {
    let out: String
    let console: Console

    /// Writes every format; false when all files were written, true when some could not be.
    func write(_ formats: [OutputFormat], graph: EventGraph, analyses: [DocumentAnalysis], options: RenderOptions) async -> Bool {
        report(await Rendering().write(formats, graph: graph, analyses: analyses, options: options, to: out))
    }

    /// The same for a graph streamed from a store.
    func write(_ formats: [OutputFormat], stream: EventStream, analyses: [DocumentAnalysis], options: RenderOptions) async -> Bool {
        report(await Rendering().write(formats, stream: stream, analyses: analyses, options: options, to: out))
    }

    private func report(_ problems: [Error]) -> Bool {
        for p in problems { console.report("\(p)", isError: true) }
        return !problems.isEmpty
    }
}
