import Foundation

/// Trains a ``TaggerModel`` from sentences with gold UPOS, XPOS and lemmas: a first
/// left-to-right pass, and a second pass trained on the first pass's tags of held-out folds
/// (jackknifing), so that it learns how far to trust them.
public struct TaggerTrainer {
    public var iterations = 8
    public var seed: UInt64 = 1
    /// A word goes into the tag dictionary when seen at least this often, with one tag in at
    /// least `dictionaryShare` of its occurrences.
    public var dictionaryMinimum = 20
    public var dictionaryShare = 0.995
    /// A word gets an ambiguity class when seen at least this often.
    public var ambiguityMinimum = 3
    /// Parts the data is cut into for jackknifing (1: no jackknifing, no second pass).
    public var folds = 5
    public var secondPass = true
    /// Lower-cased form -> the Penn tags an English lexicon allows it (see `Scripts/build-syntax-lexicon.py`).
    public var lexicon: [String: [String]] = [:]
    public var log: (String) -> Void = { _ in }

    public init() {}

    /// The model, and for each training sentence the tags a model trained without it gives
    /// (what the parser should be trained on; gold tags with one fold).
    public func train(_ sentences: [CoNLLUSentence]) -> (model: TaggerModel, heldOutTags: [[Int]]) {
        let tags = Self.tagSet(sentences)
        let lexiconTable = HashTable(
            lexicon.map { (FeatureHash.scalars($0.key.unicodeScalars), Self.classHash($0.value.sorted())) }.sorted { $0.key < $1.key })
        let gold = sentences.map { $0.words.map { tags.id(upos: $0.upos, xpos: $0.xpos)! } }
        let first = trainPass(sentences, gold: gold, tags: tags, lexicon: lexiconTable, right: nil, name: "tagger")
        var heldOut = gold
        var second: Pass? = nil
        if folds > 1 {
            var firstTags = gold
            var foldPasses: [Pass] = []
            for fold in 0..<folds {
                let rest = sentences.indices.filter { $0 % folds != fold }
                let pass = trainPass(rest.map { sentences[$0] }, gold: rest.map { gold[$0] }, tags: tags, lexicon: lexiconTable, right: nil, name: nil)
                for i in sentences.indices where i % folds == fold { firstTags[i] = pass.tag(sentences[i], lexicon: lexiconTable, right: nil) }
                foldPasses.append(pass)
            }
            log("tagger: first pass jackknifed (\(Self.accuracy(firstTags, gold)))")
            heldOut = firstTags
            if secondPass {
                second = trainPass(sentences, gold: gold, tags: tags, lexicon: lexiconTable, right: firstTags, name: "tagger second pass")
                for fold in 0..<folds {
                    let rest = sentences.indices.filter { $0 % folds != fold }
                    let pass = trainPass(
                        rest.map { sentences[$0] }, gold: rest.map { gold[$0] }, tags: tags, lexicon: lexiconTable,
                        right: rest.map { firstTags[$0] }, name: nil)
                    for i in sentences.indices where i % folds == fold {
                        heldOut[i] = pass.tag(sentences[i], lexicon: lexiconTable, right: firstTags[i])
                    }
                }
                log("tagger: second pass jackknifed (\(Self.accuracy(heldOut, gold)))")
            }
        }
        let model = TaggerModel(
            tags: tags, weights: first.weights, secondPass: second?.weights, tagDictionary: first.dictionary,
            ambiguityClasses: first.ambiguity, lexicon: lexiconTable, lemmatizer: Self.lemmatizer(sentences))
        return (model, heldOut)
    }

    /// One pass's weights with the word tables of the data it was trained on.
    struct Pass {
        var tags: TagSet
        var weights: FeatureWeights
        var dictionary: HashTable
        var ambiguity: HashTable

        func tag(_ sentence: CoNLLUSentence, lexicon: HashTable, right: [Int]?) -> [Int] {
            var scratch = TaggerScratch(classCount: tags.count)
            let input = TaggerInput(sentence.words.map(\.form), ambiguity: ambiguity, lexicon: lexicon)
            return Tagger.pass(input, count: sentence.words.count, weights: weights, dictionary: dictionary, right: right, scratch: &scratch)
        }
    }

    static func accuracy(_ predicted: [[Int]], _ gold: [[Int]]) -> String {
        var right = 0
        var total = 0
        for (p, g) in zip(predicted, gold) {
            for (a, b) in zip(p, g) where a == b { right += 1 }
            total += g.count
        }
        return String(format: "%.2f%%", 100 * Double(right) / Double(max(1, total)))
    }

    static func classHash(_ members: [String]) -> UInt64 {
        members.reduce(UInt64(0x4321)) { FeatureHash.mix($0, FeatureHash.string($1)) }
    }

    func trainPass(
        _ sentences: [CoNLLUSentence], gold: [[Int]], tags: TagSet, lexicon: HashTable, right: [[Int]]?, name: String?
    ) -> Pass {
        var formCounts: [String: [Int: Int]] = [:]
        var lowerCounts: [String: [Int: Int]] = [:]
        for (s, g) in zip(sentences, gold) {
            for (w, t) in zip(s.words, g) {
                formCounts[w.form, default: [:]][t, default: 0] += 1
                lowerCounts[w.form.lowercased(), default: [:]][t, default: 0] += 1
            }
        }
        var dictionary: [(key: UInt64, value: UInt64)] = []
        for (form, counts) in formCounts {
            let total = counts.values.reduce(0, +)
            guard total >= dictionaryMinimum else { continue }
            let (tag, count) = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!
            if Double(count) / Double(total) >= dictionaryShare {
                dictionary.append((FeatureHash.scalars(form.unicodeScalars), UInt64(tag)))
            }
        }
        var ambiguity: [(key: UInt64, value: UInt64)] = []
        for (lower, counts) in lowerCounts where counts.values.reduce(0, +) >= ambiguityMinimum {
            var h: UInt64 = 0x1234
            for t in counts.keys.sorted() { h = FeatureHash.mix(h, UInt64(t)) }
            ambiguity.append((FeatureHash.scalars(lower.unicodeScalars), h))
        }
        let tagDictionary = HashTable(dictionary.sorted { $0.key < $1.key })
        let ambiguityClasses = HashTable(ambiguity.sorted { $0.key < $1.key })

        let perceptron = AveragedPerceptron(classCount: tags.count)
        var random = SeededRandom(seed: seed)
        var order = Array(sentences.indices)
        let features = FeatureBuffer()
        var scores = [Int32](repeating: 0, count: tags.count)
        let inputs = sentences.map { TaggerInput($0.words.map(\.form), ambiguity: ambiguityClasses, lexicon: lexicon) }
        for iteration in 1...iterations {
            random.shuffle(&order)
            var correct = 0
            var total = 0
            for si in order {
                let count = sentences[si].words.count
                var t1 = TaggerFeatures.noTag
                var t2 = TaggerFeatures.noTag
                inputs[si].withBuffers { buffers in
                    for i in 0..<count {
                        let truth = gold[si][i]
                        var guess: Int
                        if let fixed = tagDictionary[buffers.words[i + 2].form] {
                            guess = Int(fixed)
                        } else {
                            TaggerFeatures.extract(
                                i, buffers, t1: t1, t2: t2, right: Tagger.rightTags(right?[si], i), into: features)
                            perceptron.score(features.keys, into: &scores)
                            guess = 0
                            for c in 1..<tags.count where scores[c] > scores[guess] { guess = c }
                            perceptron.update(features.keys, truth: truth, guess: guess)
                        }
                        if guess == truth { correct += 1 }
                        total += 1
                        t2 = t1
                        t1 = UInt64(guess)
                    }
                }
            }
            if let name {
                log("\(name) iteration \(iteration): training accuracy \(String(format: "%.2f", 100 * Double(correct) / Double(total)))")
            }
        }
        let weights = FeatureWeights(classCount: tags.count, rows: perceptron.averaged(threshold: 0.01))
        if let name { log("\(name): \(tags.count) tags, \(dictionary.count) dictionary words, \(weights.featureCount) features, \(weights.weightCount) weights") }
        return Pass(tags: tags, weights: weights, dictionary: tagDictionary, ambiguity: ambiguityClasses)
    }

    /// Every (UPOS, XPOS) pair of the training data, most frequent first (ties by name).
    static func tagSet(_ sentences: [CoNLLUSentence]) -> TagSet {
        var counts: [String: Int] = [:]
        for s in sentences { for w in s.words { counts[w.upos + "\t" + w.xpos, default: 0] += 1 } }
        let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return TagSet(pairs: ordered.map {
            let parts = $0.key.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(parts[0]), String(parts[1]))
        })
    }

    /// The lemma table and ending edits of the training data.
    public static func lemmatizer(_ sentences: [CoNLLUSentence]) -> Lemmatizer {
        var lemmaCounts: [String: [String: Int]] = [:]
        var editCounts: [String: [LemmaEdit: Int]] = [:]
        for s in sentences {
            for w in s.words where w.lemma != "_" || w.form == "_" {
                lemmaCounts[w.form + "\t" + w.xpos, default: [:]][w.lemma, default: 0] += 1
                guard let edit = LemmaEdit(form: w.form, lemma: w.lemma) else { continue }
                let lower = Array(w.form.lowercased().unicodeScalars)
                for length in 0...min(Lemmatizer.longestEnding, lower.count) {
                    var ending = String.UnicodeScalarView()
                    ending.append(contentsOf: lower[(lower.count - length)...])
                    editCounts[Lemmatizer.key(w.xpos, String(ending)), default: [:]][edit, default: 0] += 1
                }
            }
        }
        func majority<K: Hashable>(_ counts: [K: Int], _ name: (K) -> String) -> K {
            counts.max { $0.value != $1.value ? $0.value < $1.value : name($0.key) > name($1.key) }!.key
        }
        var known: [String: String] = [:]
        for (key, counts) in lemmaCounts { known[key] = majority(counts) { $0 } }
        var edits: [String: LemmaEdit] = [:]
        for (key, counts) in editCounts { edits[key] = majority(counts) { $0.encoded } }
        return Lemmatizer(known: known, edits: edits)
    }
}
