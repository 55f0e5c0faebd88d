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
            timelinejs.json, events.csv and timeml/<doc>.tml. Each file is written to a temporary \
            name and renamed into place, so an interrupted run never leaves a half-written file.
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "Folder to write the outputs to (created when missing).")
    var out: String

    @Option(
        help: ArgumentHelp(
            "Comma-separated outputs: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ",")).",
            valueName: "formats"))
    var format: String = "svg,png,pdf,dot,md,json"

    @OptionGroup var filter: FilterOptions

    @Option(help: "Direction of the time axis: LR (left to right) or TB (top to bottom).")
    var direction: TimelineDirection = .leftToRight

    @Option(help: "Title for the brief and the timeline (default: from the documents).")
    var title: String?

    @Flag(name: .customLong("from-extracted"), help: "The inputs are JSON Lines written by `chronograph extract --format jsonl`: merge them into one graph without re-reading the articles.")
    var fromExtracted = false

    func validate() throws {
        _ = try formats()
    }

    func formats() throws -> [OutputFormat] { try Self.formats(format) }

    /// The formats of a comma-separated list (`render` reads the same list).
    static func formats(_ format: String) throws -> [OutputFormat] {
        var result: [OutputFormat] = []
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            let alias = ["markdown": "md", "tml": "timeml", "timeline": "timelinejs"][name] ?? name
            guard let f = OutputFormat(rawValue: alias) else {
                throw ValidationError("unknown format '\(name)'; choose from \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !result.contains(f) { result.append(f) }
        }
        if result.isEmpty { throw ValidationError("--format names no output") }
        return result
    }

    func run() async throws {
        let console = Console(quiet: input.quiet)
        let pipeline = try Pipeline(language: input.language)
        let formats = try formats()
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
        let options = RenderOptions(direction: direction, title: title)
        let outputFailed = await OutputWriter(out: out, console: console).write(formats, graph: graph, analyses: shown, options: options)
        console.summary(documents: analyses.count, events: graph.events.count)
        if outputFailed { throw ExitCode(ExitStatus.outputFailed) }
        if console.errors > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }

    private func analyze(_ pipeline: Pipeline, _ console: Console) async throws -> [DocumentAnalysis] {
        let keepText = (try? formats().contains(.timeml)) ?? false
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
        let decoder = JSONDecoder()
        for path in input.inputs {
            let reader: ExtractedRecordReader
            do {
                reader = try ExtractedRecordReader(path: path)
            } catch {
                console.report("\(path): error: \(error)", isError: true)
                continue
            }
            while let (line, bytes) = reader.next() {
                do {
                    analyses.append(try decoder.decode(ExtractionRecord.self, from: Data(bytes)).analysis)
                } catch {
                    console.report("\(path):\(line): error: not an extraction record (\(error.localizedDescription))", isError: true)
                }
            }
        }
        return analyses
    }
}

extension TimelineDirection: ExpressibleByArgument {}
