import ChronographCore
import Foundation

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

/// Trains the furniture line classifier over ``LineFeatures``: L2-regularized logistic regression
/// (the default; its weights are log-odds), or an averaged perceptron with the pages in an order fixed
/// by `seed`; either way the same data give the same weights. An error on a content line can be made
/// to cost `contentCost` times an error on a furniture line (taking article text for furniture loses
/// events, the other way round only lets some furniture through); the project leans that way with the
/// model's threshold instead (`Scripts/train-furniture`), which did better on the development articles.
public struct FurnitureTrainer: Sendable {
    public var epochs = 12
    public var contentCost = 1.0
    public var seed: UInt64 = 20_260_107
    public var language = "en"
    public enum Algorithm: String, Sendable { case logistic, perceptron }
    public var algorithm = Algorithm.logistic
    /// Logistic regression: gradient-descent iterations, L2 penalty, AdaGrad learning rate.
    public var iterations = 300
    public var l2 = 0.1
    public var learningRate = 0.5
    /// Word features must be seen on this many training pages to be weighted (1: every word; 2 and 3
    /// did worse on the development articles).
    public var minimumPages = 1

    public init() {}

    struct Example {
        var features: [String]
        var furniture: Bool
    }

    /// A page's non-blank lines, their own features, and their labels (nil: not annotated).
    struct PageData {
        var text: ScalarText
        var wordCounts: [Int]
        var repeats: [Bool]
        var lines: [PageLine]
        var features: [[String]]
        var runHeads: [Int?]
        var labels: [Bool?]
    }

    func pageData(_ page: LabelledPage, features: LineFeatures) -> PageData {
        let text = ScalarText(page.text)
        let lines = PageLine.lines(of: text)
        let labels: [Bool?] = lines.map { line in
            let range = line.start..<line.end
            if page.furniture.contains(where: { $0.overlaps(range) }) { return true }
            if page.content.contains(where: { $0.overlaps(range) }) { return false }
            return nil
        }
        let found = features.features(text, lines: lines, title: page.title)
        return PageData(
            text: text, wordCounts: found.wordCounts, repeats: found.repeats, lines: lines, features: found.features, runHeads: found.runHeads, labels: labels)
    }

    /// Each annotated line of `page`: its range, whether it is furniture, the model's score, and the
    /// detector's decision at `threshold` (the model's own when nil).
    public func scoredLines(_ model: FurnitureModel, page: LabelledPage, threshold: Double? = nil)
        -> [(range: Range<Int>, furniture: Bool, score: Double, found: Bool)]
    {
        let data = pageData(page, features: lineFeatures)
        let scores = model.scores(data.features, lines: data.lines, runHeads: data.runHeads)
        let decisions = FurnitureDetector.decide(
            scores, threshold: threshold ?? model.threshold, text: data.text, lines: data.lines, wordCounts: data.wordCounts,
            repeats: data.repeats)
        return data.lines.indices.compactMap { k in
            data.labels[k].map { (data.lines[k].start..<data.lines[k].end, $0, scores[k], decisions[k]) }
        }
    }

    var lineFeatures: LineFeatures {
        LineFeatures(functionWords: WordSet(LanguageDetector.shared.profiles.first { $0.code == language }?.words ?? []))
    }

    /// The two passes: the first pass on the lines' own features; the second on those and on the
    /// first pass's decisions about the neighbours, decisions made for each page by a first pass
    /// trained without it (folds), as they will be on pages never seen.
    public func train(_ pages: [LabelledPage]) -> FurnitureModel {
        let features = lineFeatures
        let data = Self.withoutRareWords(pages.map { pageData($0, features: features) }, minimumPages: minimumPages)
        func examples(_ pages: [PageData], context: [[[String]]]? = nil) -> [Example] {
            pages.enumerated().flatMap { p, page in
                page.labels.indices.compactMap { k in
                    page.labels[k].map { Example(features: page.features[k] + (context?[p][k] ?? []), furniture: $0) }
                }
            }
        }
        let firstPass = fit(examples(data))
        var context = [[[String]]](repeating: [], count: data.count)
        for fold in 0..<Self.contextFolds {
            let held = data.indices.filter { $0 % Self.contextFolds == fold }
            let model = fit(examples(data.indices.filter { $0 % Self.contextFolds != fold }.map { data[$0] }))
            for p in held {
                let decisions = data[p].features.map { f in f.reduce(0.0) { $0 + (model[$1] ?? 0) } > 0 }
                context[p] = LineFeatures.context(decisions, lines: data[p].lines, runHeads: data[p].runHeads)
            }
        }
        return FurnitureModel(firstPass: firstPass, weights: fit(examples(data, context: context)))
    }

    static let contextFolds = 5

    /// Word features (`w=`, `first=`, `first2=`, `last=`) seen on fewer than `minimumPages` pages are
    /// dropped before fitting (a cue of furniture, "photo", "published", "comment", recurs across
    /// sites; a word of one story would only teach the model that story).
    static func withoutRareWords(_ data: [PageData], minimumPages: Int) -> [PageData] {
        func isWord(_ f: String) -> Bool { f.hasPrefix("w=") || f.hasPrefix("first=") || f.hasPrefix("first2=") || f.hasPrefix("last=") }
        var pagesWith: [String: Int] = [:]
        for page in data {
            for f in Set(page.features.joined()) where isWord(f) { pagesWith[f, default: 0] += 1 }
        }
        return data.map { page in
            var page = page
            page.features = page.features.map { $0.filter { !isWord($0) || pagesWith[$0, default: 0] >= minimumPages } }
            return page
        }
    }

    func fit(_ data: [Example]) -> [String: Double] {
        algorithm == .logistic ? logistic(data) : perceptron(data)
    }

    /// L2-regularized logistic regression by full-batch gradient descent (AdaGrad steps): no order to
    /// fix, the same weights on every machine.
    func logistic(_ data: [Example]) -> [String: Double] {
        var index: [String: Int] = [:]
        let rows: [[Int]] = data.map { e in
            e.features.map { f in
                if let i = index[f] { return i }
                index[f] = index.count
                return index.count - 1
            }
        }
        let bias = index["bias"]
        var w = [Double](repeating: 0, count: index.count)
        var squares = [Double](repeating: 1e-8, count: index.count)
        let n = Double(data.count)
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: w.count)
            for (k, row) in rows.enumerated() {
                var score = 0.0
                for i in row { score += w[i] }
                let y = data[k].furniture ? 1.0 : 0.0
                let p = 1 / (1 + exp(-score))
                let cost = data[k].furniture ? 1.0 : contentCost
                let g = cost * (p - y) / n
                for i in row { gradient[i] += g }
            }
            for i in w.indices {
                if i != bias { gradient[i] += l2 * w[i] / n }
                squares[i] += gradient[i] * gradient[i]
                w[i] -= learningRate * gradient[i] / squares[i].squareRoot()
            }
        }
        var weights: [String: Double] = [:]
        for (f, i) in index where abs(w[i]) >= 0.00005 { weights[f] = w[i] }
        return weights
    }

    func perceptron(_ data: [Example]) -> [String: Double] {
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
        return averaged
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
        var counts = Counts()
        let t = threshold ?? model.threshold
        for page in pages {
            for line in scoredLines(model, page: page, threshold: t) {
                switch (line.found, line.furniture) {
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
