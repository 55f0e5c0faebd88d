import Testing

@testable import ChronographSyntax

/// The weights' look-up table (``WeightSlots``): rows kept in their slot, in the overflow list and
/// dense all score what their weights add up to, and come back out as they went in.
@Suite("Feature weights")
struct FeatureWeightsTests {
    static let classCount = 40

    /// Rows of every storage kind: 1...3 weights (in the slot), 4...15 (overflow), 16 and more
    /// (dense), with keys made to share first slots so that probing is exercised too.
    static func rows() -> [(key: UInt64, entries: [(cls: Int, weight: Float)])] {
        var random = SeededRandom(seed: 11)
        var out: [(key: UInt64, entries: [(cls: Int, weight: Float)])] = []
        for k in 0..<600 {
            let length = [1, 2, 3, 4, 9, 15, 16, 23, classCount][k % 9]
            var classes = Array(0..<classCount)
            random.shuffle(&classes)
            let entries = classes.prefix(length).sorted().map { c in (cls: c, weight: Float(Int(random.next() % 2001) - 1000)) }
            // Distinct fingerprints (the key's low half, its high half being 0), twenty to a first
            // slot: many probe.
            let key = UInt64((k % 20) * 1024 + k / 20 + 1)
            out.append((key, entries.filter { $0.weight != 0 }))
        }
        return out.filter { !$0.entries.isEmpty }
    }

    /// The sums the table must give: every weight of every feature present, quantized alike.
    static func expected(_ weights: FeatureWeights, _ rows: [(key: UInt64, entries: [(cls: Int, weight: Float)])], _ keys: [UInt64]) -> [Int32] {
        var scores = [Int32](repeating: 0, count: classCount)
        let byKey = Dictionary(uniqueKeysWithValues: rows.map { ($0.key, $0.entries) })
        for key in keys {
            for e in byKey[key] ?? [] { scores[e.cls] += Int32((e.weight / weights.scale).rounded()) }
        }
        return scores
    }

    @Test func everyKindOfRowScoresItsWeights() {
        let rows = Self.rows()
        let weights = FeatureWeights(classCount: Self.classCount, rows: rows)
        #expect(weights.featureCount == rows.count)
        #expect(weights.weightCount == rows.reduce(0) { $0 + $1.entries.count })
        var random = SeededRandom(seed: 5)
        for _ in 0..<50 {
            // Some features present, some absent.
            let keys = (0..<30).map { _ in random.next() % 3 == 0 ? random.next() | 1 << 63 : rows[Int(random.next() % UInt64(rows.count))].key }
            var scores = [Int32](repeating: 0, count: Self.classCount)
            keys.withUnsafeBufferPointer { k in scores.withUnsafeMutableBufferPointer { s in weights.addScores(k, to: s.baseAddress!) } }
            #expect(scores == Self.expected(weights, rows, keys))
        }
    }

    @Test func rowsComeBackAsTheyWentIn() {
        let weights = FeatureWeights(classCount: Self.classCount, rows: Self.rows())
        let r = weights.rows
        let again = FeatureWeights(
            classCount: Self.classCount, scale: weights.scale, fingerprints: r.fingerprints, counts: r.counts, classes: r.classes,
            weights: r.weights)
        let s = again.rows
        #expect(s.fingerprints == r.fingerprints && s.counts == r.counts && s.classes == r.classes && s.weights == r.weights)
        #expect(r.fingerprints == r.fingerprints.sorted())
    }

    @Test func pruningDropsSmallWeightsAndEmptyFeatures() {
        let rows: [(key: UInt64, entries: [(cls: Int, weight: Float)])] = [
            (1, [(0, 100), (1, 0.5)]), (2, [(2, 0.4)]), (3, (0..<20).map { (cls: $0, weight: Float($0 % 2 == 0 ? 50 : 0.3)) }),
        ]
        let weights = FeatureWeights(classCount: Self.classCount, rows: rows)
        let pruned = weights.pruned(minimum: 1)
        #expect(pruned.featureCount == 2)
        #expect(pruned.weightCount == 1 + 10)
        var scores = [Int32](repeating: 0, count: Self.classCount)
        [UInt64(1), 2, 3].withUnsafeBufferPointer { k in scores.withUnsafeMutableBufferPointer { s in pruned.addScores(k, to: s.baseAddress!) } }
        // Class 1 had 0.5 (feature 1) and 0.3 (feature 3), class 3 had 0.3; class 2 keeps feature 3's 50, not feature 2's 0.4.
        let fifty = Int32((50 / weights.scale).rounded())
        #expect(scores[1] == 0 && scores[3] == 0)
        #expect(scores[2] == fifty)
        #expect(scores[0] == Int32((100 / weights.scale).rounded()) + fifty)
    }
}
