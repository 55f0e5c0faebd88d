import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An ingest killed at any moment (SIGKILL: as a power loss stops it) leaves a store that opens, and
/// running the same ingest again gives what an uninterrupted run gives, byte for byte.
@Suite("Crash safety", .serialized)
struct CrashTests {
    /// The news corpus as one JSON Lines file, and the graph files of an uninterrupted ingest and of one build.
    struct Reference {
        let dir: URL
        let corpus: String
        let outputs: [String: Data]
    }

    static let formats = ["graph.json", "brief.md"]

    static let reference: Reference = {
        let dir = try! Corpus.temporaryFolder()
        let corpus = dir.appendingPathComponent("news.jsonl").path
        try! (Corpus.newsRecords.joined(separator: "\n") + "\n").write(toFile: corpus, atomically: true, encoding: .utf8)
        let build = try! Command.run(["build", corpus, "--out", "built", "--format", "json,md", "--quiet"], in: dir)
        precondition(build.status == 0, build.stderr)
        return Reference(dir: dir, corpus: corpus, outputs: outputs(of: dir.appendingPathComponent("built")))
    }()

    static func outputs(of folder: URL) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: formats.map { ($0, (try? Data(contentsOf: folder.appendingPathComponent($0))) ?? Data()) })
    }

    func ingest(_ store: String, environment: [String: String] = [:]) throws -> Command.Run {
        try Command.run(["ingest", Self.reference.corpus, "--store", store, "--batch-size", "8", "--quiet", "--jobs", "2"], environment: environment, in: Self.reference.dir)
    }

    /// Renders the store and compares with the build's files.
    func expectTheUninterruptedResult(_ store: String, _ what: String) throws {
        let out = "out-\(UUID().uuidString)"
        let render = try Command.run(["render", "--store", store, "--out", out, "--format", "json,md", "--quiet"], in: Self.reference.dir)
        #expect(render.status == 0, "\(what): \(render.stderr)")
        let got = Self.outputs(of: Self.reference.dir.appendingPathComponent(out))
        for name in Self.formats { #expect(got[name] == Self.reference.outputs[name], "\(what): \(name) differs from the uninterrupted result") }
    }

    @Test func anUninterruptedIngestGivesTheBuild() throws {
        let store = "whole-\(UUID().uuidString).db"
        let run = try ingest(store)
        #expect(run.status == 0, "\(run.stderr)")
        try expectTheUninterruptedResult(store, "uninterrupted")
    }

    /// Killed at chosen points: after a document's rows, after linking, inside merging, before and
    /// after a commit; twice in a row for some.
    @Test(arguments: [["document:3"], ["document:20"], ["link:2"], ["merge:5"], ["commit:1"], ["commit:4"], ["batch:3"], ["document:12", "merge:2"]])
    func killedAtAPointAndRerun(_ points: [String]) throws {
        let store = "killed-\(UUID().uuidString).db"
        for point in points {
            let run = try ingest(store, environment: ["CHRONOGRAPH_TEST_KILL": point])
            #expect(run.killed && run.status == SIGKILL, "\(point): the ingest was not killed (\(run.status)) \(run.stderr)")
        }
        let rerun = try ingest(store)
        #expect(rerun.status == 0, "\(points): \(rerun.stderr)")
        try expectTheUninterruptedResult(store, "killed at \(points)")
    }

    /// Killed after a while, wherever it is then.
    @Test(arguments: [0.4, 1.2, 2.5])
    func killedAfterAWhileAndRerun(_ seconds: Double) throws {
        let store = "timed-\(UUID().uuidString).db"
        let started = try Command.start(
            ["ingest", Self.reference.corpus, "--store", store, "--batch-size", "4", "--quiet", "--jobs", "2"], in: Self.reference.dir)
        Thread.sleep(forTimeInterval: seconds)
        kill(started.0.processIdentifier, SIGKILL)
        _ = try Command.finish(started)
        let rerun = try ingest(store)
        #expect(rerun.status == 0, "\(seconds) s: \(rerun.stderr)")
        try expectTheUninterruptedResult(store, "killed after \(seconds) s")
    }
}
