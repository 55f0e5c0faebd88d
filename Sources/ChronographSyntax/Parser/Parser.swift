/// What the parser reads of one word: hashes of its lower-cased form and its ending, its tag,
/// and its ambiguity class (the tags the training data gave it, see ``TaggerModel``).
public struct ParserWord: Sendable, Hashable {
    public var form: UInt64
    public var tag: UInt64
    public var suffix: UInt64
    public var wordClass: UInt64

    public init(form: UInt64, tag: UInt64, suffix: UInt64, wordClass: UInt64) {
        self.form = form
        self.tag = tag
        self.suffix = suffix
        self.wordClass = wordClass
    }

    static let none = ParserWord(form: ParserFeatures.none, tag: ParserFeatures.none, suffix: ParserFeatures.none, wordClass: ParserFeatures.none)
    static let root = ParserWord(form: ParserFeatures.rootAtom, tag: ParserFeatures.rootAtom, suffix: ParserFeatures.rootAtom, wordClass: ParserFeatures.rootAtom)
}

/// A trained dependency parser: its relations and its weights.
public struct ParserModel: Sendable {
    public let labels: [String]
    let weights: FeatureWeights

    init(labels: [String], weights: FeatureWeights) {
        self.labels = labels
        self.weights = weights
    }

    var system: ArcHybrid { ArcHybrid(labelCount: labels.count, rootLabel: labels.firstIndex(of: "root") ?? 0) }
}

/// Parses a tagged sentence greedily: at each step the highest-scoring legal action.
public final class Parser {
    public let model: ParserModel
    let system: ArcHybrid
    private let configuration = Configuration()
    private let features = FeatureBuffer()
    private var scores: [Int32]
    private var words: [ParserWord] = []

    /// A parser owns its scratch buffers: make one per thread.
    public init(model: ParserModel) {
        self.model = model
        self.system = model.system
        scores = [Int32](repeating: 0, count: system.actionCount)
    }

    /// Heads (1-based, 0 = root) and relation indices (into `model.labels`) of each word.
    public func parse(_ sentence: [ParserWord]) -> (heads: [Int], labels: [Int]) {
        let n = sentence.count
        guard n > 0 else { return ([], []) }
        Self.frame(sentence, into: &words)
        let c = configuration
        c.reset(wordCount: n)
        words.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { scores in
                while !c.isTerminal {
                    let legal = system.legalActions(c)
                    if let only = legal.only {
                        system.apply(only, to: c)
                        continue
                    }
                    ParserFeatures.extract(c, words: w, into: features, prefetching: model.weights)
                    for a in legal.span { scores[a] = 0 }
                    model.weights.addScores(features.keys, to: scores.baseAddress!, classes: legal.span)
                    var best = -1
                    for a in legal.span where legal.contains(a) {
                        if best < 0 || scores[a] > scores[best] { best = a }
                    }
                    system.apply(best, to: c)
                }
            }
        }
        var heads = [Int](repeating: 0, count: n)
        var labels = [Int](repeating: 0, count: n)
        for i in 1...n {
            let h = Int(c.head[i])
            heads[i - 1] = h == n + 1 ? 0 : h
            labels[i - 1] = Int(c.label[i])
        }
        return (heads, labels)
    }

    /// The sentence indexed by word number: 0 unused, n + 1 the root.
    static func frame(_ sentence: [ParserWord], into words: inout [ParserWord]) {
        words.removeAll(keepingCapacity: true)
        words.append(.none)
        words.append(contentsOf: sentence)
        words.append(.root)
    }
}
