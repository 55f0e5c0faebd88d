import Foundation
import Testing

/// `Scripts/spark-extract` (PySpark in local mode, `RDD.pipe` through `chronograph extract`) and then
/// `ingest --from-extracted` give the graph one build gives. Runs when PySpark is installed.
@Suite("Spark extraction")
struct SparkTests {
    static let pysparkInstalled: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import pyspark"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    @Test(.enabled(if: pysparkInstalled, "PySpark is not installed"))
    func shardsExtractedOnSparkAndIngestedGiveTheBuild() throws {
        let dir = try Corpus.temporaryFolder()
        let records = Corpus.newsRecords.prefix(16).joined(separator: "\n") + "\n"
        let corpus = dir.appendingPathComponent("news.jsonl")
        try records.write(to: corpus, atomically: true, encoding: .utf8)
        let spark = Process()
        spark.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        spark.arguments = ["python3", Corpus.root.appendingPathComponent("Scripts/spark-extract").path, corpus.path, dir.appendingPathComponent("extracted").path,
                           "--shards", "3", "--master", "local[2]", "--binary", Command.executable.path]
        spark.standardOutput = FileHandle.nullDevice
        spark.standardError = FileHandle.nullDevice
        try spark.run()
        spark.waitUntilExit()
        #expect(spark.terminationStatus == 0)
        let parts = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("extracted").path).filter { $0.hasPrefix("part-") }.sorted()
        #expect(parts.count == 3)
        let ingest = try Command.run(["ingest", "--from-extracted"] + parts.map { "extracted/" + $0 } + ["--store", "t.db", "--quiet"], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        _ = try Command.run(["render", "--store", "t.db", "--out", "rendered", "--format", "json,md", "--quiet"], in: dir)
        // The build reads the same records from standard input, as the shards did (documents without a path).
        let stdinFile = dir.appendingPathComponent("stdin")
        try records.write(to: stdinFile, atomically: true, encoding: .utf8)
        let build = Process()
        build.executableURL = Command.executable
        build.arguments = ["build", "-", "--out", dir.appendingPathComponent("built").path, "--format", "json,md", "--quiet"]
        build.standardInput = try FileHandle(forReadingFrom: stdinFile)
        try build.run()
        build.waitUntilExit()
        for name in ["graph.json", "brief.md"] {
            #expect(try Data(contentsOf: dir.appendingPathComponent("rendered/" + name)) == Data(contentsOf: dir.appendingPathComponent("built/" + name)), "\(name)")
        }
    }
}
