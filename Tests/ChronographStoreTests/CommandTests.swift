import Foundation
import Testing

/// `chronograph ingest` and `chronograph render` end to end.
@Suite("ingest and render commands", .serialized)
struct CommandTests {
    static let allFormats = "svg,png,pdf,dot,md,json,graphml,gexf,timelinejs,csv,timeml"

    func files(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)!
        while let rel = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            let full = folder.appendingPathComponent(rel)
            if FileManager.default.fileExists(atPath: full.path, isDirectory: &isDir), !isDir.boolValue { out[rel] = try Data(contentsOf: full) }
        }
        return out
    }

    /// Every format render writes is the file build writes for the same documents.
    @Test func renderWritesWhatBuildWritesInEveryFormat() throws {
        let dir = try Corpus.temporaryFolder()
        let news = dir.appendingPathComponent("news.jsonl").path
        try (Corpus.newsRecords.prefix(12).joined(separator: "\n") + "\n").write(toFile: news, atomically: true, encoding: .utf8)
        let seeds = Corpus.root.appendingPathComponent("seeds").path
        let build = try Command.run(["build", seeds, news, "--out", "built", "--format", Self.allFormats, "--quiet"], in: dir)
        #expect(build.status == 0, "\(build.stderr)")
        let first = try Command.run(["ingest", news, "--store", "t.db"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("chronograph: 12 document(s), "))
        let second = try Command.run(["ingest", seeds, "--store", "t.db", "--quiet"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")
        let render = try Command.run(["render", "--store", "t.db", "--out", "rendered", "--format", Self.allFormats], in: dir)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stderr.contains("chronograph: 13 document(s), "))
        let built = try files(dir.appendingPathComponent("built")), rendered = try files(dir.appendingPathComponent("rendered"))
        #expect(built.keys.sorted() == rendered.keys.sorted())
        #expect(built.count >= 11 + 12)
        for (name, data) in built { #expect(rendered[name] == data, "\(name) differs") }
        // Filters, as build applies them.
        for filter in [["--focus", "Bazoum"], ["--type", "unrest", "--from", "2020-01-01"], ["--source", "TASS", "--to", "2023-12-31"]] {
            let b = try Command.run(["build", seeds, news, "--out", "fb", "--format", "json,md,timeml", "--quiet"] + filter, in: dir)
            let r = try Command.run(["render", "--store", "t.db", "--out", "fr", "--format", "json,md,timeml", "--quiet"] + filter, in: dir)
            #expect(b.status == 0 && r.status == 0, "\(b.stderr) \(r.stderr)")
            #expect(try files(dir.appendingPathComponent("fb")) == files(dir.appendingPathComponent("fr")), "\(filter)")
            try? FileManager.default.removeItem(at: dir.appendingPathComponent("fb"))
            try? FileManager.default.removeItem(at: dir.appendingPathComponent("fr"))
        }
    }

    @Test func unusableStoresExitWithCodeFour() throws {
        let dir = try Corpus.temporaryFolder()
        try "not a database\n".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let news = dir.appendingPathComponent("news.jsonl").path
        try (Corpus.newsRecords[0] + "\n").write(toFile: news, atomically: true, encoding: .utf8)
        let ingest = try Command.run(["ingest", news, "--store", "notes.txt"], in: dir)
        #expect(ingest.status == 4)
        #expect(ingest.stderr.contains("notes.txt: error: not a Chronograph store"))
        let render = try Command.run(["render", "--store", "missing.db", "--out", "o"], in: dir)
        #expect(render.status == 4)
        #expect(render.stderr.contains("missing.db: error: cannot open the store (no such file)"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("missing.db").path))
        let usage = try Command.run(["render", "--store", "x.db", "--out", "o", "--from", "May 2020"], in: dir)
        #expect(usage.status == 64)
    }

    @Test func theSameDocumentsAgainChangeNothing() throws {
        let dir = try Corpus.temporaryFolder()
        let news = dir.appendingPathComponent("news.jsonl").path
        try (Corpus.newsRecords.prefix(6).joined(separator: "\n") + "\n").write(toFile: news, atomically: true, encoding: .utf8)
        #expect(try Command.run(["ingest", news, "--store", "t.db", "--quiet"], in: dir).status == 0)
        let before = try Data(contentsOf: dir.appendingPathComponent("t.db"))
        _ = try Command.run(["render", "--store", "t.db", "--out", "a", "--format", "json", "--quiet"], in: dir)
        let again = try Command.run(["ingest", news, "--store", "t.db"], in: dir)
        #expect(again.status == 0)
        #expect(again.stderr.contains("chronograph: 6 document(s), "))
        _ = try Command.run(["render", "--store", "t.db", "--out", "b", "--format", "json", "--quiet"], in: dir)
        #expect(try Data(contentsOf: dir.appendingPathComponent("a/graph.json")) == Data(contentsOf: dir.appendingPathComponent("b/graph.json")))
        _ = before
    }
}
