import ChronographCore

/// A page whose lines were annotated as furniture or content (`Benchmarks/page-furniture/`): the
/// scalar ranges of its furniture lines and of its content lines. A non-blank line of the text is
/// labelled by the range it overlaps; lines in neither are not used.
public struct LabelledPage: Sendable {
    public var id: String
    public var text: String
    public var title: String?
    public var furniture: [Range<Int>]
    public var content: [Range<Int>]

    public init(id: String, text: String, title: String? = nil, furniture: [Range<Int>], content: [Range<Int>]) {
        self.id = id
        self.text = text
        self.title = title
        self.furniture = furniture
        self.content = content
    }
}

/// Trains the furniture line classifier: an averaged perceptron over ``LineFeatures``, the pages in
/// an order fixed by `seed` (the same data give the same weights). An error on a content line can be
/// made to cost `contentCost` times an error on a furniture line (taking article text for furniture
/// loses events, the other way round only lets some furniture through); the project leans that way
/// with the model's threshold instead (`Scripts/train-furniture`), which did better on the
/// development articles.
public struct FurnitureTrainer: Sendable {
    public var epochs = 12
    public var contentCost = 1.0
    public var seed: UInt64 = 20_260_107
    public var language = "en"

    public init() {}

    struct Example {
        var features: [String]
        var furniture: Bool
        var range: Range<Int>
    }

    /// Each annotated line of `page`: its range, whether it is furniture, and the model's score.
    public func scoredLines(_ model: FurnitureModel, page: LabelledPage) -> [(range: Range<Int>, furniture: Bool, score: Double)] {
        examples(page, features: lineFeatures).map { ($0.range, $0.furniture, model.score($0.features)) }
    }

    func examples(_ page: LabelledPage, features: LineFeatures) -> [Example] {
        let text = ScalarText(page.text)
        let lines = PageLine.lines(of: text)
        let scored = features.features(text, lines: lines, title: page.title)
        var out: [Example] = []
        for (line, f) in zip(lines, scored) {
            let range = line.start..<line.end
            if page.furniture.contains(where: { $0.overlaps(range) }) {
                out.append(Example(features: f, furniture: true, range: range))
            } else if page.content.contains(where: { $0.overlaps(range) }) {
                out.append(Example(features: f, furniture: false, range: range))
            }
        }
        return out
    }

    var lineFeatures: LineFeatures {
        LineFeatures(functionWords: LanguageDetector.shared.profiles.first { $0.code == language }?.words ?? [])
    }

    public func train(_ pages: [LabelledPage]) -> FurnitureModel {
        let features = lineFeatures
        let data = pages.flatMap { examples($0, features: features) }
        var weights: [String: Double] = [:]
        var totals: [String: Double] = [:]
        var step = 1.0
        var random = seed
        var order = Array(data.indices)
        for _ in 0..<epochs {
            // Fisher-Yates with a linear congruential generator: the same order on every machine.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let j = Int((random >> 33) % UInt64(i + 1))
                order.swapAt(i, j)
            }
            for k in order {
                let example = data[k]
                var score = 0.0
                for f in example.features { score += weights[f] ?? 0 }
                if (score > 0) != example.furniture {
                    let update = example.furniture ? 1.0 : -contentCost
                    for f in example.features {
                        weights[f, default: 0] += update
                        totals[f, default: 0] += step * update
                    }
                }
                step += 1
            }
        }
        var averaged: [String: Double] = [:]
        for (f, w) in weights {
            let a = w - (totals[f] ?? 0) / step
            if abs(a) >= 0.00005 { averaged[f] = a }
        }
        return FurnitureModel(weights: averaged, threshold: 0)
    }

    /// Furniture lines: correctly found, content lines taken for furniture, furniture lines missed,
    /// and content lines left alone.
    public struct Counts: Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var trueNegatives = 0
        public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
        public var summary: String {
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return "furniture lines \(truePositives + falseNegatives), detected \(truePositives + falsePositives), correct \(truePositives): "
                + "precision \(Self.percent(precision)), recall \(Self.percent(recall)), F1 \(Self.percent(f1)); "
                + "content lines taken for furniture \(falsePositives) of \(falsePositives + trueNegatives)"
        }
        static func percent(_ x: Double) -> String { "\(Double(Int((x * 1000).rounded())) / 10)%" }
    }

    public func evaluate(_ model: FurnitureModel, on pages: [LabelledPage], threshold: Double? = nil) -> Counts {
        let features = lineFeatures
        var counts = Counts()
        let t = threshold ?? model.threshold
        for page in pages {
            for example in examples(page, features: features) {
                let found = model.score(example.features) > t
                switch (found, example.furniture) {
                case (true, true): counts.truePositives += 1
                case (true, false): counts.falsePositives += 1
                case (false, true): counts.falseNegatives += 1
                case (false, false): counts.trueNegatives += 1
                }
            }
        }
        return counts
    }

    /// Cross-validation by page: `folds` models, each trained without one fold of the pages and
    /// scored on it; the counts added up.
    public func crossValidate(_ pages: [LabelledPage], folds: Int, threshold: Double = 0) -> Counts {
        var total = Counts()
        for fold in 0..<folds {
            let held = pages.indices.filter { $0 % folds == fold }.map { pages[$0] }
            let rest = pages.indices.filter { $0 % folds != fold }.map { pages[$0] }
            let c = evaluate(train(rest), on: held, threshold: threshold)
            total.truePositives += c.truePositives
            total.falsePositives += c.falsePositives
            total.falseNegatives += c.falseNegatives
            total.trueNegatives += c.trueNegatives
        }
        return total
    }
}
