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

    /// Which events to look for; `none` tags time expressions only.
    enum EventChoice: String, ExpressibleByArgument, CaseIterable {
        case salient, timeml, none

        var mode: TriggerMode? {
            switch self {
            case .salient: .salient
            case .timeml: .timeml
            case .none: nil
            }
        }
    }

    @Option(help: "Which events to report: salient (what a timeline shows), timeml (every TimeML-style event: verbs and eventive nouns, for evaluation and NLP tools) or none (time expressions only, faster).")
    var events: EventChoice = .salient

    func run() async throws {
        let console = Console(quiet: input.quiet)
        let pipeline = try input.pipeline(events: events.mode)
        var documents = 0
        var eventCount = 0
        if format == .json { console.out("[") }
        try await input.analyzeAll(with: pipeline, console: console) { analysis in
            if format == .dump {
                console.out(AnalysisDump.render(analysis))
            } else {
                // The compact or pretty writer: byte-identical to JSONEncoder with sorted keys and
                // unescaped slashes (pretty-printed for json), faster.
                let bytes = format == .jsonl
                    ? try CompactJSONEncoder.encode(ExtractionRecord(analysis)) : try CompactJSONEncoder.encodePretty(ExtractionRecord(analysis))
                if format == .json { console.out(documents == 0 ? "\n" : ",\n") }
                console.out(bytes)
                if format == .jsonl { console.out("\n") }
            }
            documents += 1
            eventCount += analysis.mentions.count
            console.progress(done: documents, total: nil)
        }
        if format == .json { console.out(documents == 0 ? "]\n" : "\n]\n") }
        console.flush()
        console.summary(documents: documents, events: events.mode == nil ? nil : eventCount)
        if documents == 0 { throw ExitCode(ExitStatus.noInput) }
        if console.errors > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}
