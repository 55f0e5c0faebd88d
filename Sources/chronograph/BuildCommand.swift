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

    @Option(help: "Folder to write the outputs to (created when missing).")
    var out: String

    @Option(
        help: ArgumentHelp(
            "Comma-separated outputs: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ",")).",
            valueName: "formats"))
    var format: String = "svg,png,pdf,dot,md,json"

    @Option(help: "Keep only the events this actor takes part in (a name or part of one, e.g. \"Masimov\").")
    var focus: String?

    @Option(help: "Direction of the time axis: LR (left to right) or TB (top to bottom).")
    var direction: TimelineDirection = .leftToRight

    @Option(help: "Title for the brief and the timeline (default: from the documents).")
    var title: String?

    @Flag(name: .customLong("from-extracted"), help: "The inputs are JSON Lines written by `chronograph extract --format jsonl`: merge them into one graph without re-reading the articles.")
    var fromExtracted = false

    func validate() throws {
        _ = try formats()
    }

    func formats() throws -> [OutputFormat] {
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
        let pipeline = try input.pipeline()
        let formats = try formats()
        let analyses = fromExtracted ? try readExtracted(console) : try await analyze(pipeline, console)
        guard !analyses.isEmpty else {
            console.summary(documents: 0, events: 0)
            throw ExitCode(ExitStatus.noInput)
        }
        let graph = pipeline.graph(analyses, focus: focus)
        let options = RenderOptions(direction: direction, title: title)
        var outputFailed = false
        do {
            let files = try await Rendering().render(formats, graph: graph, analyses: analyses, options: options)
            for file in files {
                do {
                    try AtomicFileWriter.write(file.contents, to: (out as NSString).appendingPathComponent(file.path))
                } catch {
                    console.report("\(error)", isError: true)
                    outputFailed = true
                }
            }
        } catch {
            console.report("\(out): error: rendering failed: \(error)", isError: true)
            outputFailed = true
        }
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
