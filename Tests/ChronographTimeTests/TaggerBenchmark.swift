import ChronographCore
import Foundation
import Testing

@testable import ChronographTime

/// In-process speed of the tagger alone, run by `Scripts/bench-timex --in-process` (release build).
/// Disabled unless CHRONO_BENCH is set: it prints figures and asserts nothing about time.
@Suite struct TaggerBenchmark {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CHRONO_BENCH"] != nil))
    func tagDevSets() throws {
        let env = ProcessInfo.processInfo.environment
        let dir = env["CHRONO_BENCH"]!
        let repeats = Int(env["CHRONO_BENCH_REPEAT"] ?? "3") ?? 3
        let clock = ContinuousClock()
        var tagger: TemporalTagger?
        let startup = clock.measure { tagger = try? TemporalTagger() }
        print("BENCH start-up (load resources, build lexicon and rules): \(startup)")
        let splitter = SentenceSplitter.forLanguage()
        for name in ["timebank.jsonl", "aquaint.jsonl", "wikiwars_dev.jsonl"] {
            let lines = try String(contentsOfFile: dir + "/" + name, encoding: .utf8).split(separator: "\n")
            var docs: [(Document, ScalarText, [Sentence])] = []
            var bytes = 0
            for line in lines {
                let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                let text = obj["text"] as! String
                bytes += text.utf8.count
                let scalars = ScalarText(text)
                docs.append((Document(id: obj["doc"] as! String, text: text, publicationDate: obj["dct"] as? String), scalars, splitter.split(scalars)))
            }
            var best = Duration.seconds(1000)
            var found = 0
            for _ in 0..<repeats {
                found = 0
                let d = clock.measure {
                    for (doc, text, sentences) in docs { found += tagger!.tag(doc, text: text, sentences: sentences).timexes.count }
                }
                best = min(best, d)
            }
            #expect(found > 0, "the benchmark tagged nothing in \(name)")
            let secs = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
            print(String(format: "BENCH %@ docs %d MB %.2f seconds %.4f docs/s %.0f MB/s %.2f timexes %d",
                         name, docs.count, Double(bytes) / 1e6, secs, Double(docs.count) / secs, Double(bytes) / 1e6 / secs, found))
        }
    }
}
