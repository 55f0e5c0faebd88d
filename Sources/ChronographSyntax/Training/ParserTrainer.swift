import Foundation

/// Trains a ``ParserModel`` with the dynamic oracle (Goldberg and Nivre 2012, 2013): an averaged
/// perceptron updated toward the cheapest action wherever its own prediction would lose an
/// arc, following its own (possibly wrong) predictions with probability `exploration` after the
/// first `exactIterations` iterations.
public struct ParserTrainer {
    public var iterations = 15
    public var exactIterations = 1
    public var exploration = 0.9
    public var seed: UInt64 = 2
    public var log: (String) -> Void = { _ in }

    public init() {}

    /// One training sentence: its words (with the tags the tagger gives them), gold heads
    /// (1-based, 0 = root) and relation names.
    public struct Example {
        public var words: [ParserWord]
        public var heads: [Int]
        public var relations: [String]

        public init(words: [ParserWord], heads: [Int], relations: [String]) {
            self.words = words
            self.heads = heads
            self.relations = relations
        }
    }

    public func train(_ examples: [Example]) -> ParserModel {
        var counts: [String: Int] = [:]
        for e in examples { for r in e.relations { counts[r, default: 0] += 1 } }
        let labels = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let system = ArcHybrid(labelCount: labels.count, rootLabel: labelIndex["root"] ?? 0)
        log("parser: \(labels.count) relations, \(system.actionCount) actions")

        // Gold trees made projective; sentences with more than one root word are left out.
        var golds: [(heads: [Int32], labels: [Int32])] = []
        var usable: [Int] = []
        var lifted = 0
        for (i, e) in examples.enumerated() {
            guard e.heads.filter({ $0 == 0 }).count == 1 else { continue }
            let (heads, lifts) = Projectivizer.projectivize(e.heads)
            lifted += lifts
            let n = heads.count
            var gh = [Int32](repeating: -1, count: n + 2)
            var gl = [Int32](repeating: -1, count: n + 2)
            for k in 0..<n {
                gh[k + 1] = Int32(heads[k] == 0 ? n + 1 : heads[k])
                gl[k + 1] = Int32(labelIndex[e.relations[k]]!)
            }
            golds.append((gh, gl))
            usable.append(i)
        }
        log("parser: \(usable.count) of \(examples.count) sentences, \(lifted) arcs lifted to make them projective")

        let perceptron = AveragedPerceptron(classCount: system.actionCount)
        var random = SeededRandom(seed: seed)
        var order = Array(usable.indices)
        let c = Configuration()
        let features = FeatureBuffer()
        var scores = [Int32](repeating: 0, count: system.actionCount)
        var costs = [Int](repeating: 0, count: system.actionCount)
        var words: [ParserWord] = []
        for iteration in 1...iterations {
            random.shuffle(&order)
            var correctArcs = 0
            var totalArcs = 0
            for k in order {
                let e = examples[usable[k]]
                let gold = golds[k]
                let oracle = DynamicOracle(goldHead: gold.heads, goldLabel: gold.labels)
                Parser.frame(e.words, into: &words)
                c.reset(wordCount: e.words.count)
                words.withUnsafeBufferPointer { w in
                        while !c.isTerminal {
                            ParserFeatures.extract(c, words: w, into: features)
                            perceptron.score(features.keys, into: &scores)
                            oracle.costs(c, system: system, into: &costs)
                            var predicted = -1
                            var minCost = Int.max
                            for a in 0..<system.actionCount where costs[a] != Int.max {
                                if predicted < 0 || scores[a] > scores[predicted] { predicted = a }
                                minCost = min(minCost, costs[a])
                            }
                            var best = -1
                            for a in 0..<system.actionCount where costs[a] == minCost {
                                if best < 0 || scores[a] > scores[best] { best = a }
                            }
                            perceptron.update(features.keys, truth: best, guess: costs[predicted] == minCost ? best : predicted)
                            let follow =
                                costs[predicted] == minCost
                                ? predicted
                                : (iteration > exactIterations && random.unit() < exploration ? predicted : best)
                            system.apply(follow, to: c)
                        }
                }
                for i in 1...e.words.count {
                    totalArcs += 1
                    if c.head[i] == gold.heads[i] { correctArcs += 1 }
                }
            }
            log("parser iteration \(iteration): training UAS \(String(format: "%.2f", 100 * Double(correctArcs) / Double(totalArcs))), \(perceptron.featureCount) features")
        }
        let weights = FeatureWeights(classCount: system.actionCount, rows: perceptron.averaged(threshold: 0.01))
        log("parser: \(weights.featureCount) features, \(weights.weightCount) weights")
        return ParserModel(labels: labels, weights: weights)
    }
}
