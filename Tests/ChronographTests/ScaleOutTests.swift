import Foundation
import Testing

/// Extracting a corpus in shards and merging the results gives the graph one run gives;
/// and the output does not depend on the number of cores.
@Suite("Scaling out", .serialized)
struct ScaleOutTests {
    /// A small corpus of real-looking news: the seed article and variations of it with other dates.
    func corpus() throws -> [String] {
        let seed = try String(contentsOf: TestSupport.seedArticle, encoding: .utf8)
        let body = seed.components(separatedBy: "\n").dropFirst(3).joined(separator: "\n")
        var lines: [String] = []
        let variants = [
            ("2024-01-05", body),
            ("2022-01-07", "Protesters clashed with police in Almaty on 5 January 2022. Authorities declared a state of emergency on 5 January and it lasted until 19 January. President Kassym-Jomart Tokayev said on Friday that troops would stay."),
            ("2022-01-09", "Kazakhstan's former intelligence chief Karim Masimov was arrested on 6 January on suspicion of treason, the National Security Committee said on Saturday."),
            ("2022-01-10", "Karim Masimov, the former head of the National Security Committee, was detained on 8 January, officials said. Troops from the CSTO began to withdraw."),
            ("2023-04-24", "A court in Astana sentenced Karim Masimov to 18 years in prison for treason on Monday."),
            ("2023-05-02", "Rallies were held in several cities last week. The government announced an investigation into the January 2022 riots."),
            ("2021-12-30", "The election is planned for next year. Officials met on Tuesday to negotiate an agreement."),
            ("2024-02-01", "The documentary aired last month by Khabar was criticised by opposition groups."),
        ]
        for (i, v) in variants.enumerated() {
            let object: [String: Any] = ["id": "doc\(i)", "text": v.1, "date": v.0, "source": i % 2 == 0 ? "TASS" : "Reuters"]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return lines
    }

    @Test func fourShardsExtractedAndMergedEqualOneRun() throws {
        let dir = try TestSupport.temporaryFolder()
        let lines = try corpus()
        let whole = dir.appendingPathComponent("corpus.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: whole, atomically: true, encoding: .utf8)
        let oneRun = dir.appendingPathComponent("one")
        // Both sides read standard input, so that the documents' `path` agrees too.
        let direct = try TestSupport.chronograph(["build", "-", "--out", oneRun.path, "--format", "json,md,dot", "--quiet"], stdin: lines.joined(separator: "\n") + "\n")
        #expect(direct.status == 0, "\(direct.stderr)")

        var extracted: [String] = []
        for shard in 0..<4 {
            let part = lines.enumerated().filter { $0.offset * 4 / lines.count == shard }.map(\.element)
            let run = try TestSupport.chronograph(["extract", "-", "--format", "jsonl", "--quiet"], stdin: part.joined(separator: "\n") + "\n")
            #expect(run.status == 0, "\(run.stderr)")
            let file = dir.appendingPathComponent("shard\(shard).extracted.jsonl")
            try run.stdout.write(to: file, atomically: true, encoding: .utf8)
            extracted.append(file.path)
        }
        let merged = dir.appendingPathComponent("merged")
        let build = try TestSupport.chronograph(["build", "--from-extracted"] + extracted + ["--out", merged.path, "--format", "json,md,dot", "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        for name in ["graph.json", "brief.md", "timeline.dot"] {
            let a = try Data(contentsOf: oneRun.appendingPathComponent(name))
            let b = try Data(contentsOf: merged.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between one run and four merged shards")
        }
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: merged.appendingPathComponent("graph.json"))) as? [String: Any])
        #expect((graph["documents"] as? [Any])?.count == lines.count)
    }

    @Test func outputIsTheSameOnOneCoreAndOnMany() throws {
        let dir = try TestSupport.temporaryFolder()
        let whole = dir.appendingPathComponent("corpus.jsonl")
        try (try corpus().joined(separator: "\n") + "\n").write(to: whole, atomically: true, encoding: .utf8)
        var outputs: [Data] = []
        for jobs in ["1", "4", "1"] {
            let out = dir.appendingPathComponent("out\(outputs.count)")
            let run = try TestSupport.chronograph(["build", whole.path, "seeds", "--out", out.path, "--format", "json,md,dot,svg", "--quiet", "--jobs", jobs])
            #expect(run.status == 0, "\(run.stderr)")
            var all = Data()
            for name in ["graph.json", "brief.md", "timeline.dot", "timeline.svg"] {
                all.append(try Data(contentsOf: out.appendingPathComponent(name)))
            }
            outputs.append(all)
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
    }

    @Test func extractRejectsWhatIsNotAnExtractionRecord() throws {
        let dir = try TestSupport.temporaryFolder()
        let file = dir.appendingPathComponent("bad.jsonl")
        try "{\"id\":\"x\",\"text\":\"raw article, not extracted\"}\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try TestSupport.chronograph(["build", "--from-extracted", file.path, "--out", dir.appendingPathComponent("o").path, "--format", "json"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.jsonl:1: error: not an extraction record"))
    }
}
