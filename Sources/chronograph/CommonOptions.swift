import ArgumentParser
import Chronograph

/// Options every command that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Articles to read: files, folders (read recursively) or - for standard input. Plain text, Markdown (.md), HTML (.html) and JSON Lines (.jsonl: one {\"id\",\"text\",\"title\"?,\"date\"?,\"source\"?,\"url\"?} a line).")
    var inputs: [String]

    @Option(name: .customLong("input-format"), help: "How to read the inputs: auto (by extension), text, markdown, html or jsonl.")
    var inputFormat: InputFormat = .auto

    @Option(help: "Document creation time (YYYY-MM-DD) for every document, overriding dates in the input.")
    var dct: String?

    @Option(help: "Resolve relative dates against the document date (news) or the last date mentioned (narrative). Default: decided per document.")
    var mode: ReferenceMode?

    @Option(help: "Language of the articles: auto (default: each document's own, from a JSON Lines \"lang\" or detected from its letters and function words), en or ru (every document).")
    var language: String = "auto"

    @Option(help: "Documents processed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No progress bar, no warnings, no summary line; errors are still printed.")
    var quiet = false

    @Flag(inversion: .prefixedNo, help: "Keep the events of no salient type (marked minor: most verbs and event nouns) in the data; --no-minor-events leaves them out, for corpora of many thousands of articles (the timeline, brief and images never show them).")
    var minorEvents = true

    func validate() throws {
        if let dct, TemporalValue(timex3: dct).granularity != .day {
            throw ValidationError("--dct must be a date as YYYY-MM-DD, not '\(dct)'")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if language != "auto", !LanguageDetector.shared.languages.contains(language) {
            throw ValidationError("--language must be auto or one of \(LanguageDetector.shared.languages.joined(separator: ", ")), not '\(language)'")
        }
        if inputs.isEmpty { throw ValidationError("name at least one input (a file, a folder, or - for standard input)") }
    }
}

extension InputOptions {
    /// The pipeline these options ask for: every document in its own language (`--language auto`), or all in one.
    /// The language of the event stage and of the graph's merging rules (`auto` detects each document's
    /// language for its time expressions; events and merging are English's).
    var eventLanguage: String { language == "auto" ? "en" : language }

    func pipeline(events: TriggerMode? = .salient) throws -> Pipeline {
        var pipeline = language == "auto"
            ? try Pipeline(language: "en", events: events, detectLanguage: true)
            : try Pipeline(language: language, events: events, detectLanguage: false)
        pipeline.keepsMinorEvents = minorEvents
        return pipeline
    }

    /// Reads every input, analyses the documents in parallel, reports each input's problems on the
    /// console, and hands the analyses to `handle` in input order. Documents `skip` names (asked in input
    /// order, before any analysis) are not analysed: they go to `skipped`.
    func analyzeAll(
        with pipeline: Pipeline, console: Console, skip: @escaping (Document) -> Bool = { _ in false }, skipped: (Document) throws -> Void = { _ in },
        handle: (DocumentAnalysis) throws -> Void
    ) async throws {
        let source = try DocumentSource(inputs: inputs, format: inputFormat)
        let dct = self.dct
        let mode = self.mode
        let marked = source.lazy.map { item -> (item: InputItem, skip: Bool) in
            guard case .document(let doc, _) = item else { return (item, false) }
            return (item, skip(doc))
        }
        try await orderedParallelMap(marked, jobs: jobs) { input -> (InputItem, DocumentAnalysis?) in
            if !input.skip, case .document(let doc, _) = input.item { return (input.item, pipeline.analyze(doc, dct: dct, mode: mode)) }
            return (input.item, nil)
        } emit: { item, analysis in
            switch item {
            case .problem(let problem):
                console.report(problem.description, isError: problem.severity == .error)
            case .document(let doc, let warnings):
                for w in warnings { console.report(w.description, isError: false) }
                if analysis == nil { try skipped(doc) }
            }
            guard let analysis else { return }
            for w in analysis.warnings { console.report("\(analysis.document.path ?? analysis.document.id): warning: \(w)", isError: false) }
            try handle(analysis)
        }
    }
}

extension InputFormat: ExpressibleByArgument {}
extension ReferenceMode: ExpressibleByArgument {}

import Foundation
