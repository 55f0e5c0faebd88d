import ArgumentParser
import Chronograph
import ChronographStore
import Foundation

/// `chronograph render`: the graph of a timeline store, written in the chosen formats.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write the event graph of a timeline store in the chosen formats (the files `build` writes).",
        discussion: """
            Without filters the files are those one `build` of all the stored documents writes. The \
            filters keep the events an actor takes part in (--focus), in a time window (--from, --to), of \
            some types (--type) or told by some publishers (--source): the graph of the events kept, with \
            the ids they have in the whole graph, the relations among them and the documents that mention them.
            """)

    @Option(help: "The store to read (made by `chronograph ingest`).")
    var store: String

    @OptionGroup var output: OutputOptions

    @OptionGroup var filter: FilterOptions

    @Flag(help: "No summary line; errors are still printed.")
    var quiet = false

    func run() async throws {
        let console = Console(quiet: quiet)
        let formats = try output.formats()
        let filter = try filter.filter()
        let graph: EventGraph
        let analyses: [DocumentAnalysis]
        do {
            let timeline = try TimelineStore(path: store)
            graph = try timeline.graph(filter: filter)
            analyses = formats.contains(.timeml) ? try timeline.analyses(ids: filter.isEmpty ? nil : graph.documents.map(\.id)) : []
        } catch {
            console.report("\(error)", isError: true)
            throw ExitCode(ExitStatus.storeFailed)
        }
        let failed = await OutputWriter(out: output.out, console: console).write(formats, graph: graph, analyses: analyses, options: output.renderOptions)
        console.summary(documents: graph.documents.count, events: graph.events.count)
        if failed { throw ExitCode(ExitStatus.outputFailed) }
    }
}
