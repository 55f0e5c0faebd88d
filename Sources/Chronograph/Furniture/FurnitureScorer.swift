import ChronographCore

/// A ``FurnitureModel``'s weights held for scoring pages: the same sums as the model's
/// dictionaries give, looked up in ``WordMap``s, whose hash of an ASCII feature string is cheaper
/// than `String`'s seeded SipHash (every line has some thirty features, most of them misses).
struct FurnitureScorer: Sendable {
    let firstPass: WordMap<Double>
    let weights: WordMap<Double>

    init(_ model: FurnitureModel) {
        firstPass = WordMap(model.firstPass)
        weights = WordMap(model.weights)
    }

    /// Each line's score: the second pass's weights of its features and of the context the first
    /// pass gives it (whether the first pass took its neighbours for furniture).
    func scores(_ features: [[String]], lines: [PageLine], runHeads: [Int?]) -> [Double] {
        let first = features.map { Self.sum($0, firstPass) > 0 }
        let context = LineFeatures.context(first, lines: lines, runHeads: runHeads)
        return zip(features, context).map { Self.sum($0, weights) + Self.sum($1, weights) }
    }

    /// The weights of `features` added in order from 0 (as `FurnitureModel` adds them, so the
    /// floating-point sums are the same).
    static func sum(_ features: [String], _ table: WordMap<Double>) -> Double {
        var s = 0.0
        for f in features { s += table[f] ?? 0 }
        return s
    }
}
