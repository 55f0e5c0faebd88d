import Chronograph
import Foundation

/// Renders a graph in the chosen formats (``Rendering``, the one path every format takes) and writes
/// the files into the output folder, each to a temporary name renamed into place.
struct OutputWriter {
    let out: String
    let console: Console

    /// Writes every format; false when all files were written, true when some could not be.
    func write(_ formats: [OutputFormat], graph: EventGraph, analyses: [DocumentAnalysis], options: RenderOptions) async -> Bool {
        var failed = false
        do {
            let files = try await Rendering().render(formats, graph: graph, analyses: analyses, options: options)
            for file in files {
                do {
                    try AtomicFileWriter.write(file.contents, to: (out as NSString).appendingPathComponent(file.path))
                } catch {
                    console.report("\(error)", isError: true)
                    failed = true
                }
            }
        } catch {
            console.report("\(out): error: rendering failed: \(error)", isError: true)
            failed = true
        }
        return failed
    }
}
