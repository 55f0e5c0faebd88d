import ChronographCore

/// A ``FurnitureModel``'s weights held for scoring pages: the same sums as the model's
/// dictionaries give, with each feature looked up once for both passes in a ``WordMap``, whose
/// hash of an ASCII feature string is cheaper than `String`'s seeded SipHash (every line has some
/// thirty features, most of them absent from the model).
struct FurnitureScorer: Sendable {
    /// A feature's first-pass and second-pass weights (0 where the model has none).
    struct Weights: Sendable {
        var first = 0.0
        var second = 0.0
    }

    let table: WordMap<Weights>

    init(_ model: FurnitureModel) {
        var table = WordMap<Weights>()
        for (f, w) in model.firstPass { table.update(f, default: Weights()) { $0.first = w } }
        for (f, w) in model.weights { table.update(f, default: Weights()) { $0.second = w } }
        self.table = table
    }

    /// Each line's score: the second pass's weights of its features and of the context the first
    /// pass gives it (whether the first pass took its neighbours for furniture). The sums add the
    /// weights in the features' order from 0, an absent one as 0, as `FurnitureModel` adds them, so
    /// the floating-point results are the same.
    func scores(_ features: [[String]], lines: [PageLine], runHeads: [Int?]) -> [Double] {
        var first: [Bool] = []
        var own: [Double] = []
        first.reserveCapacity(features.count)
        own.reserveCapacity(features.count)
        for f in features {
            var a = 0.0
            var b = 0.0
            for x in f {
                let w = table[x] ?? Weights()
                a += w.first
                b += w.second
            }
            first.append(a > 0)
            own.append(b)
        }
        let context = LineFeatures.context(first, lines: lines, runHeads: runHeads)
        return zip(own, context).map { b, c in
            var s = 0.0
            for x in c { s += (table[x] ?? Weights()).second }
            return b + s
        }
    }
}
