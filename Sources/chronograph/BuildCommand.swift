import ArgumentParser
import Chronograph
import Foundation

/// `chronograph build`: one event graph from all inputs, written in the chosen formats.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build one event graph from all inputs and write its renderings (timeline image, brief, data).",
        discussion: """
            Files written to --out: timeline.svg/.png/.pdf/.dot (the timeline image and its DOT), \
            brief.md (Markdown brief), graph.json (the event graph), graph.graphml, graph.gexf, \
            timelinejs.json, events.csv, timeml/<doc>.tml and timeline.html (the interactive timeline: \
            one self-contained page to open in a browser). Each file is written to a temporary \
            name and renamed into place, so an interrupted run never leaves a half-written file.
            """)

    @OptionGroup var input: InputOptions

    @OptionGroup var output: OutputOptions

    @OptionGroup var filter: FilterOptions

    @Flag(name: .customLong("from-extracted"), help: "The inputs are JSON Lines written by `chronograph extract --format jsonl`: merge them into one graph without re-reading the articles.")
    var fromExtracted = false

    func run() async throws {
        let console = Console(quiet: input.quiet)
        let pipeline = try input.pipeline()
        let formats = try output.formats()
        // In the order graphs take documents, so that output never depends on the order of the inputs.
        let analyses = GraphBuilder.canonicalOrder(fromExtracted ? try readExtracted(console) : try await analyze(pipeline, console))
        guard !analyses.isEmpty else {
            console.summary(documents: 0, events: 0)
            throw ExitCode(ExitStatus.noInput)
        }
        let filter = try filter.filter()
        let graph = pipeline.builder.build(analyses, filter: filter)
        let cited = Set(graph.documents.map(\.id))
        let shown = filter.isEmpty ? analyses : analyses.filter { cited.contains($0.document.id) }
        let outputFailed = await OutputWriter(out: output.out, console: console).write(formats, graph: graph, analyses: shown, options: output.renderOptions)
        console.summary(documents: analyses.count, events: graph.events.count)
        if outputFailed { throw ExitCode(ExitStatus.outputFailed) }
        if console.errors > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }

    private func analyze(_ pipeline: Pipeline, _ console: Console) async throws -> [DocumentAnalysis] {
        let keepText = (try? output.formats().contains(.timeml)) ?? false
        var analyses: [DocumentAnalysis] = []
        try await input.analyzeAll(with: pipeline, console: console) { analysis in
            var analysis = analysis
            // The graph is what grows with the corpus; the text is kept only when TimeML needs it.
            if !keepText { analysis.document.text = "" }
            analyses.append(analysis)
            console.progress(done: analyses.count, total: nil)
        }
        return analyses
    }

    private func readExtracted(_ console: Console) throws -> [DocumentAnalysis] {
        var analyses: [DocumentAnalysis] = []
        try ExtractedInputs(paths: input.inputs, console: console).forEach { record, _ in analyses.append(record.analysis) }
        return analyses
    }
}