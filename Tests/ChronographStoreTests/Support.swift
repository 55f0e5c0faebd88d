import Chronograph
import Foundation
@testable import ChronographStore

/// The corpora the store's tests run on, analysed once, and helpers to make stores and compare graphs.
enum Corpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The wire items of `Benchmarks/timex-realnews` (paraphrased real news, with their publication dates),
    /// less the items about topics reserved for held-out evaluation, each also in three copies moved two,
    /// four and six years back (dates in the text too), so that stories repeat: the copies share
    /// participants and words with the originals, and their undated events link across copies.
    static let newsRecords: [String] = {
        let reserved = ["navalny", "srilanka", "kazakhstan"]
        let file = root.appendingPathComponent("Benchmarks/timex-realnews/realnews.jsonl")
        let lines = (try? String(contentsOf: file, encoding: .utf8))?.split(separator: "\n") ?? []
        var records: [String] = []
        for copy in 0..<4 {
            for line in lines {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let id = object["doc"] as? String, let text = object["text"] as? String, let dct = object["dct"] as? String,
                    !reserved.contains(where: { id.contains($0) })
                else { continue }
                let record: [String: Any] = [
                    "id": copy == 0 ? id : "\(id)-copy\(copy)", "text": shiftYears(text, by: -2 * copy),
                    "date": shiftYears(dct, by: -2 * copy), "source": ["Reuters", "AP", "TASS", "AFP"][(records.count + copy) % 4],
                ]
                records.append(String(decoding: try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
            }
        }
        return records
    }()

    /// Four-digit years from 1800 to 2099 moved by `years`.
    static func shiftYears(_ text: String, by years: Int) -> String {
        guard years != 0 else { return text }
        let regex = try! NSRegularExpression(pattern: "\\b(1[89][0-9]{2}|20[0-9]{2})\\b")
        var out = text
        for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            let range = Range(m.range, in: out)!
            out.replaceSubrange(range, with: String(Int(out[range])! + years))
        }
        return out
    }

    static let pipeline = try! Pipeline()

    /// The news records analysed (in record order).
    static let news: [DocumentAnalysis] = analyze(newsRecords)

    static func analyze(_ records: [String]) -> [DocumentAnalysis] {
        let source = try! DocumentSource(inputs: [])
        return records.enumerated().compactMap { k, line in
            guard case .document(let doc, _) = source.read(bytes: Array(line.utf8), id: "record\(k)", format: .jsonl) else { return nil }
            return pipeline.analyze(doc)
        }
    }

    /// Documents ready to ingest.
    static func ingestable(_ analyses: [DocumentAnalysis]) -> [IngestDocument] {
        analyses.map { IngestDocument(analysis: $0, fingerprint: DocumentFingerprint.article($0.document, options: [])) }
    }

    /// A new store in a fresh folder.
    static func newStore(keyLimit: Int = GraphBuilder.commonKeyLimit) throws -> (TimelineStore, URL) {
        let dir = try temporaryFolder()
        let path = dir.appendingPathComponent("timeline.db").path
        return (try TimelineStore(path: path, create: true, language: "en", keyLimit: keyLimit), dir)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-store-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// graph.json's bytes for a graph.
    static func json(_ graph: EventGraph) -> [UInt8] { try! GraphJSONRenderer.render(graph) }

    /// Which mentions are one event: the partition of mention ids, each event's mentions sorted.
    static func partition(_ graph: EventGraph) -> Set<[String]> {
        Set(graph.events.map { $0.mentions.map(\.id).sorted() })
    }

    /// The order a seeded shuffle gives (a small linear congruential generator: the same on every machine).
    static func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
        var state = seed
        var out = items
        for i in stride(from: out.count - 1, to: 0, by: -1) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            out.swapAt(i, Int(state >> 33) % (i + 1))
        }
        return out
    }
}
