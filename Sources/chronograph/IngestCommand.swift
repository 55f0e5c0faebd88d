import ArgumentParser
import Chronograph
import ChronographStore
import Foundation

/// `chronograph ingest`: adds documents to a timeline store and merges their events into the stored ones.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to a timeline store (an SQLite file), merging their events into the stored ones.",
        discussion: """
            The store is created when missing. A document whose id the store holds with the same content \
            is skipped; with new content it replaces the stored version (its mentions leave their events). \
            Documents are committed in batches (--batch-size), each one transaction: a run stopped at any \
            moment leaves the store as it was after the last complete batch, and running it again finishes \
            the work (the documents of the complete batches are skipped). Whatever the batches and their order, `render` then writes what one `build` of all \
            the documents writes.
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "The store to add to (created when missing).")
    var store: String

    @Flag(name: .customLong("from-extracted"), help: "The inputs are JSON Lines written by `chronograph extract --format jsonl`: add them without re-reading the articles.")
    var fromExtracted = false

    @Flag(help: "Also print what the batches did: documents added, replaced and unchanged, unit pairs compared, units merged again, the largest connected component of links merged.")
    var stats = false

    @Option(name: .customLong("batch-size"), help: "New or changed documents per transaction (each batch is merged and committed whole).")
    var batchSize = 5000

    func validate() throws {
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() async throws {
        let console = Console(quiet: input.quiet)
        let timeline: TimelineStore
        do {
            timeline = try TimelineStore(path: store, create: true, language: input.eventLanguage)
        } catch {
            console.report("\(error)", isError: true)
            throw ExitCode(ExitStatus.storeFailed)
        }
        // Documents are written as they come; every --batch-size of them are merged and committed.
        var batch: IngestBatch?
        var inBatch = 0
        var read = 0
        var report = IngestReport()
        func add(_ document: IngestDocument) throws {
            if batch == nil { batch = try timeline.beginBatch() }
            if try batch!.add(document) { inBatch += 1 }
            if inBatch >= batchSize { try commit() }
        }
        func commit() throws {
            if let done = try batch?.commit() { report.add(done) }
            batch = nil
            inBatch = 0
        }
        do {
            if fromExtracted {
                try ExtractedInputs(paths: input.inputs, console: console).forEach { record, line in
                    read += 1
                    try add(IngestDocument(analysis: record.analysis, fingerprint: DocumentFingerprint.record(line)))
                    console.progress(done: read, total: nil)
                }
            } else {
                let pipeline = try input.pipeline()
                let options = [input.dct ?? "", input.mode?.rawValue ?? "", input.language]
                try await input.analyzeAll(with: pipeline, console: console) { document in
                    (try? timeline.fingerprint(of: document.id)) == DocumentFingerprint.article(document, options: options)
                } skipped: { _ in
                    read += 1
                    console.progress(done: read, total: nil)
                } handle: { analysis in
                    read += 1
                    try add(IngestDocument(analysis: analysis, fingerprint: DocumentFingerprint.article(analysis.document, options: options)))
                    console.progress(done: read, total: nil)
                }
            }
            try commit()
        } catch let error as StoreError {
            console.report("\(error)", isError: true)
            throw ExitCode(ExitStatus.storeFailed)
        }
        if stats {
            console.note(
                "chronograph: \(report.added) added, \(report.replaced) replaced, \(read - report.added - report.replaced) unchanged; "
                    + "\(report.comparisons) unit pairs compared, \(report.remerged) units merged again, largest component "
                    + "\(report.largestComponent) units and \(report.largestComponentLinks) links", always: true)
        }
        console.summary(documents: read, events: try? timeline.eventCount())
        if read == 0 { throw ExitCode(ExitStatus.noInput) }
        if console.errors > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}
