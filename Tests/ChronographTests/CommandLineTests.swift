import Foundation
import Testing

@Suite("chronograph on the command line", .serialized)
struct CommandLineTests {
    func records(_ jsonl: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test func extractOnTheSeed() throws {
        let run = try TestSupport.chronograph(["extract", "seeds", "--format", "jsonl", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let record = try #require(try records(run.stdout).first)
        #expect(record["doc"] as? String == "000_d25452a83f6e6819.txt")
        let dct = try #require(record["dct"] as? [String: Any])
        #expect(dct["value"] as? String == "2024-01-05")
        #expect(dct["inferred"] as? Bool == true)
        let timexes = try #require(record["timexes"] as? [[String: Any]])
        let values = Dictionary(timexes.map { ($0["text"] as! String, $0["value"] as! String) }, uniquingKeysWith: { a, _ in a })
        #expect(values["January 2022"] == "2022-01")
        #expect(values["April 2023"] == "2023-04")
        // Offsets are Unicode scalar offsets into the file's text.
        let text = Array(try String(contentsOf: TestSupport.seedArticle, encoding: .utf8).unicodeScalars)
        for t in timexes {
            let start = t["start"] as! Int
            let end = t["end"] as! Int
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text[start..<end])
            #expect(String(view) == t["text"] as? String)
        }
        #expect(!(try #require(record["events"] as? [Any])).isEmpty)
    }

    /// `--events none` tags time only: the same document date and time expressions, no events.
    @Test func minorEventsAreKeptUnlessAskedNotTo() throws {
        let with = try TestSupport.chronograph(["extract", "seeds", "--format", "jsonl", "--quiet"])
        let without = try TestSupport.chronograph(["extract", "seeds", "--format", "jsonl", "--quiet", "--no-minor-events"])
        #expect(with.status == 0 && without.status == 0, "\(with.stderr)\(without.stderr)")
        let all = try #require(try records(with.stdout).first?["events"] as? [[String: Any]])
        let salient = try #require(try records(without.stdout).first?["events"] as? [[String: Any]])
        #expect(all.contains { $0["minor"] as? Bool == true })
        #expect(!salient.contains { $0["minor"] as? Bool == true })
        // The timeline's events are the same either way.
        #expect(Set(salient.compactMap { $0["id"] as? String }) == Set(all.filter { $0["minor"] == nil }.compactMap { $0["id"] as? String }))
    }

    @Test func extractWithoutEventsKeepsTheTimeExpressions() throws {
        let full = try TestSupport.chronograph(["extract", "seeds", "--format", "jsonl", "--quiet"])
        let timeOnly = try TestSupport.chronograph(["extract", "seeds", "--format", "jsonl", "--quiet", "--events", "none"])
        #expect(timeOnly.status == 0, "\(timeOnly.stderr)")
        let a = try #require(try records(full.stdout).first)
        let b = try #require(try records(timeOnly.stdout).first)
        #expect((b["events"] as? [Any])?.isEmpty ?? true)
        #expect(!(try #require(a["events"] as? [Any])).isEmpty)
        for key in ["dct", "timexes", "warnings"] {
            let same = try JSONSerialization.data(withJSONObject: a[key] ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed])
                == JSONSerialization.data(withJSONObject: b[key] ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed])
            #expect(same, "\(key) differs")
        }
    }

    @Test func wireDatelineYearInferredFromTheSameSentence() throws {
        let dir = try TestSupport.temporaryFolder()
        let file = dir.appendingPathComponent("wire.txt")
        try "Police detain protesters\n\nTBILISI, Dec 5 (Reuters) - Police detained 20 people on Tuesday after protests in March 2023 were dispersed.\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try TestSupport.chronograph(["extract", file.path, "--format", "jsonl", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let record = try #require(try records(run.stdout).first)
        let dct = try #require(record["dct"] as? [String: Any])
        // "March 2023" written with its year is another year's: the dateline is in the year after.
        #expect(dct["value"] as? String == "2024-12-05")
        #expect(dct["inferred"] as? Bool == true)
        #expect(record["source"] as? String == "Reuters")
    }

    @Test func missingFileIsNamedAndOtherInputsStillProcessed() throws {
        let run = try TestSupport.chronograph(["extract", "no-such-article.txt", "seeds", "--format", "jsonl"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no-such-article.txt: error: no such file or folder"))
        #expect(try records(run.stdout).count == 1)
    }

    @Test func onlyBadInputsExitWithNoInput() throws {
        let run = try TestSupport.chronograph(["extract", "no-such-article.txt", "--quiet"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no-such-article.txt: error:"))
    }

    @Test func jsonLinesFromStandardInputStreamOneLinePerDocument() throws {
        let input = """
            {"id":"one","text":"Troops withdrew on 19 January 2022.","date":"2022-01-20"}
            {"id":"two","text":"Police said on Monday that 20 people were arrested.","date":"2024-01-05"}
            {broken
            {"id":"three","text":"No dates at all."}
            """
        let run = try TestSupport.chronograph(["extract", "-", "--format", "jsonl", "--quiet"], stdin: input)
        #expect(run.status == 1)
        #expect(run.stderr.contains("<stdin>:3: error: malformed JSON"))
        let out = try records(run.stdout)
        #expect(out.map { $0["doc"] as? String } == ["one", "two", "three"])
        #expect((out[0]["dct"] as? [String: Any])?["value"] as? String == "2022-01-20")
    }

    @Test func usageErrorsAreExplained() throws {
        let run = try TestSupport.chronograph(["build", "seeds", "--out", "/tmp/x", "--format", "svg,gif"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown format 'gif'"))
        let bad = try TestSupport.chronograph(["extract", "seeds", "--dct", "05/01/2024"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--dct must be a date"))
    }

    @Test func buildWritesEveryFormatForTheSeed() throws {
        let out = try TestSupport.temporaryFolder()
        let run = try TestSupport.buildSeeds(into: out)
        #expect(run.status == 0, "\(run.stderr)")
        for name in ["timeline.svg", "timeline.png", "timeline.pdf", "timeline.dot", "brief.md", "graph.json", "graph.graphml", "graph.gexf", "timelinejs.json", "events.csv"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)[.size] as? Int) ?? 0
            #expect(size > 0, "\(name) missing or empty")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func unwritableOutputFolderFailsWithExitCode3() throws {
        let dir = try TestSupport.temporaryFolder()
        let blocker = dir.appendingPathComponent("file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let run = try TestSupport.chronograph(["build", "seeds", "--out", blocker.appendingPathComponent("out").path, "--format", "json", "--quiet"])
        #expect(run.status == 3)
        #expect(run.stderr.contains("error: cannot write"))
    }
}
