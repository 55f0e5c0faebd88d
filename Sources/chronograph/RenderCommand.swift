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
        let writer = OutputWriter(out: output.out, console: console)
        var failed = false
        do {
            let timeline = try TimelineStore(path: store)
            if filter.isEmpty {
                // The whole graph: its minor events streamed from the store into the files, never held at once.
                try await timeline.withEventStream { stream in
                    let analyses = formats.contains(.timeml) ? try timeline.analyses() : []
                    failed = await writer.write(formats, stream: stream, analyses: analyses, options: output.renderOptions)
                    console.summary(documents: stream.documents.count, events: stream.eventCount)
                }
            } else {
                let graph = try timeline.graph(filter: filter)
                let analyses = formats.contains(.timeml) ? try timeline.analyses(ids: graph.documents.map(\.id)) : []
                failed = await writer.write(formats, graph: graph, analyses: analyses, options: output.renderOptions)
                console.summary(documents: graph.documents.count, events: graph.events.count)
            }
        } catch {
            console.report("\(error)", isError: true)
            throw ExitCode(ExitStatus.storeFailed)
        }
        if failed { throw ExitCode(ExitStatus.outputFailed) }
    }
}
