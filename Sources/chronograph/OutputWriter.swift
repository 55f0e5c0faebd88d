import Chronograph
import Foundation

/// Renders a graph in the chosen formats (``Rendering``, the one path every format takes) and writes
/// the files into the output folder, each to a temporary name renamed into place.
struct OutputWriter {
    let out: String
    let console: Console

    /// Writes every format; false when all files were written, true when some could not be.
    /// Formats are rendered a group at a time (the images and their DOT together, laid out once), so that
    /// memory holds one group's files, not all of them.
    func write(_ formats: [OutputFormat], graph: EventGraph, analyses: [DocumentAnalysis], options: RenderOptions) async -> Bool {
        var failed = false
        let drawn = formats.filter { $0.needsGraphviz || $0 == .dot }
        let groups = (drawn.isEmpty ? [] : [drawn]) + formats.filter { !drawn.contains($0) }.map { [$0] }
        for group in groups {
            do {
                let files = try await Rendering().render(group, graph: graph, analyses: group.contains(.timeml) ? analyses : [], options: options)
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
        }
        return failed
    }
}
