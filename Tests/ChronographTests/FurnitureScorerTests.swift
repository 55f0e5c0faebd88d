@testable import Chronograph
import ChronographCore
import Foundation
import Testing

/// The furniture scorer's one-look-up-for-both-passes sums are bit for bit the sums of the model's
/// dictionaries, on the annotated pages of Benchmarks/page-furniture.
@Suite("Furniture scorer")
struct FurnitureScorerTests {
    static let pages: [String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Benchmarks/page-furniture/pages.jsonl")
        guard let data = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return data.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) .flatMap { ($0 as? [String: Any])?["text"] as? String }
        }
    }()

    /// What `FurnitureModel` summed before the scorer: each dictionary look-up in the features' order.
    static func reference(_ model: FurnitureModel, _ features: [[String]], lines: [PageLine], runHeads: [Int?]) -> [Double] {
        let first = features.map { f in f.reduce(0.0) { $0 + (model.firstPass[$1] ?? 0) } > 0 }
        let context = LineFeatures.context(first, lines: lines, runHeads: runHeads)
        return zip(features, context).map { model.score($0) + model.score($1) }
    }

    @Test("Scores equal the dictionary sums bit for bit")
    func sameScores() throws {
        let detector = try #require(try FurnitureDetector.shared(language: "en"))
        #expect(Self.pages.count > 50)
        for page in Self.pages {
            let text = ScalarText(page)
            let lines = PageLine.lines(of: text)
            let found = detector.features.features(text, lines: lines, title: nil)
            let fast = detector.scorer.scores(found.features, lines: lines, runHeads: found.runHeads)
            let slow = Self.reference(detector.model, found.features, lines: lines, runHeads: found.runHeads)
            #expect(fast.map(\.bitPattern) == slow.map(\.bitPattern))
        }
    }

    @Test("Absent features and negative zeros add as the dictionaries add them")
    func edgeWeights() {
        let model = FurnitureModel(firstPass: ["a": -0.0, "b": 0.5], weights: ["a": -0.0, "c": -0.25, "ctx:self=C": 0.125])
        let scorer = FurnitureScorer(model)
        let lines = [PageLine(start: 0, end: 1, blankBefore: true, blankAfter: true)]
        for features in [[["a"]], [["x", "a"]], [["c", "b", "a"]], [[]]] {
            let fast = scorer.scores(features, lines: lines, runHeads: [nil])
            let slow = Self.reference(model, features, lines: lines, runHeads: [nil])
            #expect(fast.map(\.bitPattern) == slow.map(\.bitPattern), "\(features)")
        }
    }
}
