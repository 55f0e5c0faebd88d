import ArgumentParser
import Chronograph
import Foundation

/// `chronograph extract`: what was found in each document, as JSON.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print, per document, the document date, the time expressions and the events found in it.",
        discussion: """
            Offsets are Unicode scalar offsets into the document text, end exclusive. With \
            --format jsonl one line is printed per document as soon as it is done, in input order, \
            so `chronograph extract - --format jsonl` is a streaming map stage for GNU parallel, \
            Hadoop Streaming or Spark's RDD.pipe; `chronograph build --from-extracted` merges the results.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, dump
    }

    @OptionGroup var input: InputOptions

    @Option(help: "json: one pretty-printed array; jsonl: one compact line per document; dump: one readable line per finding, with its source range and the rule that made it.")
    var format: Format = .json

    @Option(help: "Which events to report: salient (what a timeline shows) or timeml (every TimeML-style event: verbs and eventive nouns, for evaluation and NLP tools).")
    var events: TriggerMode = .salient

    func run() async throws {
        let console = Console(quiet: input.quiet)
        let pipeline = try Pipeline(language: input.language, events: events)
        let source = try DocumentSource(inputs: input.inputs, format: input.inputFormat, language: input.language)
        let encoder = JSONEncoder()
        encoder.outputFormatting = format == .json ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        var documents = 0
        var events = 0
        let dct = input.dct
        let mode = input.mode
        if format == .json { console.out("[") }
        try await orderedParallelMap(source, jobs: input.jobs) { item -> (InputItem, DocumentAnalysis?) in
            if case .document(let doc, _) = item { return (item, pipeline.analyze(doc, dct: dct, mode: mode)) }
            return (item, nil)
        } emit: { item, analysis in
            switch item {
            case .problem(let problem):
                console.report(problem.description, isError: problem.severity == .error)
            case .document(_, let warnings):
                for w in warnings { console.report(w.description, isError: false) }
            }
            guard let analysis else { return }
            for w in analysis.warnings { console.report("\(analysis.document.path ?? analysis.document.id): warning: \(w)", isError: false) }
            if format == .dump {
                console.out(AnalysisDump.render(analysis))
            } else {
                let data = try encoder.encode(ExtractionRecord(analysis))
                if format == .json { console.out(documents == 0 ? "\n" : ",\n") }
                console.out([UInt8](data))
                if format == .jsonl { console.out("\n") }
            }
            documents += 1
            events += analysis.mentions.count
            console.progress(done: documents, total: nil)
        }
        if format == .json { console.out(documents == 0 ? "]\n" : "\n]\n") }
        console.flush()
        console.summary(documents: documents, events: events)
        if documents == 0 { throw ExitCode(ExitStatus.noInput) }
        if console.errors > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}

extension TriggerMode: ExpressibleByArgument {}
