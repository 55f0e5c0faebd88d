/// A trained part-of-speech tagger: its tag set, its weights, and its word tables.
public struct TaggerModel: Sendable {
    public let tags: TagSet
    /// Weights of the first (left-to-right) pass, and of the second pass, which also sees the
    /// first pass's tags of the words to the right.
    let weights: FeatureWeights
    let secondPass: FeatureWeights?
    /// Form hash -> tag, for frequent words seen with one tag (almost) always: decided without
    /// the model.
    let tagDictionary: HashTable
    /// Lower-cased form hash -> hash of the set of tags the word was seen with (frequent words).
    let ambiguityClasses: HashTable
    /// Lower-cased form hash -> hash of the set of Penn tags an English lexicon allows it.
    let lexicon: HashTable
    public let lemmatizer: Lemmatizer

    init(
        tags: TagSet, weights: FeatureWeights, secondPass: FeatureWeights?, tagDictionary: HashTable, ambiguityClasses: HashTable,
        lexicon: HashTable, lemmatizer: Lemmatizer
    ) {
        self.tags = tags
        self.weights = weights
        self.secondPass = secondPass
        self.tagDictionary = tagDictionary
        self.ambiguityClasses = ambiguityClasses
        self.lexicon = lexicon
        self.lemmatizer = lemmatizer
    }

    /// What the parser reads of each word, given the words' tags (for training the parser on
    /// tags from elsewhere, such as a jackknifed tagger).
    public func parserWords(_ forms: [String], tags: [Int]) -> [ParserWord] {
        TaggerInput(forms, model: self).parserWords(tags: tags)
    }
}

/// Tags a sentence's words greedily from left to right with an averaged perceptron, in two
/// passes when the model has a second one.
public struct Tagger: Sendable {
    public let model: TaggerModel

    public init(model: TaggerModel) {
        self.model = model
    }

    /// One tag (an index into `model.tags`) per word.
    public func tag(_ forms: [String]) -> [Int] {
        var scratch = TaggerScratch(classCount: model.tags.count)
        return tagged(forms, scratch: &scratch).tags
    }

    /// The tags of the words, and what the parser reads of each word. `hyphens`: the positions of
    /// hyphens written inside a word ("Bankman-Fried", "month-long"), which the treebanks tag HYPH
    /// (628 of 665 in EWT train and dev; a hyphen with spaces is as often a dash). The forms alone do
    /// not tell them from a dash, so they are given, not guessed.
    func tagged(_ forms: [String], scratch: inout TaggerScratch, hyphens: [Int] = []) -> (tags: [Int], parserWords: [ParserWord]) {
        let input = TaggerInput(forms, model: model)
        let given = hyphens.isEmpty ? [:] : model.tags.id(upos: "PUNCT", xpos: "HYPH").map { h in Dictionary(uniqueKeysWithValues: hyphens.map { ($0, h) }) } ?? [:]
        // "Bankman-Fried", "Jean-Pierre": a capitalized word hyphened to a proper noun is part of the name,
        // not the verb or adjective its letters spell ("fried").
        let names = NameAfterHyphen(
            positions: Set(hyphens.filter { forms[$0 - 1].first?.isUppercase == true && forms[$0 + 1].first?.isUppercase == true }.map { $0 + 1 }),
            tag: model.tags.id(upos: "PROPN", xpos: "NNP"))
        var tags = Self.pass(input, count: forms.count, weights: model.weights, dictionary: model.tagDictionary, right: nil, given: given, names: names, scratch: &scratch)
        if let second = model.secondPass {
            tags = Self.pass(input, count: forms.count, weights: second, dictionary: model.tagDictionary, right: tags, given: given, names: names, scratch: &scratch)
        }
        return (tags, input.parserWords(tags: tags))
    }

    /// The words after an in-word hyphen between capitals, and the proper-noun tag they take when the
    /// word before the hyphen is tagged with it.
    struct NameAfterHyphen {
        var positions: Set<Int> = []
        var tag: Int?
    }

    /// One greedy left-to-right pass; `right` are the tags of a previous pass, if any; `given` the
    /// tags of positions that are known before tagging.
    static func pass(
        _ input: TaggerInput, count: Int, weights: FeatureWeights, dictionary: HashTable, right: [Int]?, given: [Int: Int] = [:],
        names: NameAfterHyphen = NameAfterHyphen(), scratch: inout TaggerScratch
    ) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(count)
        var t1 = TaggerFeatures.noTag
        var t2 = TaggerFeatures.noTag
        // The word features of the next word the model tags (`ahead`) are written, and their weights
        // asked for, before the current word is scored: that word's look-ups then overlap with these.
        var ahead = -1
        input.withBuffers { buffers in
            for i in 0..<count {
                let tag: Int
                if let known = given[i] {
                    tag = known
                } else if let name = names.tag, names.positions.contains(i), out[i - 2] == name {
                    tag = name
                } else if let fixed = dictionary[buffers.words[i + 2].form] {
                    tag = Int(fixed)
                } else {
                    if ahead == i {
                        scratch.swapBuffers()
                    } else {
                        TaggerFeatures.extract(i, buffers, t1: t1, t2: t2, right: rightTags(right, i), into: scratch.features, parts: .words)
                    }
                    TaggerFeatures.extract(
                        i, buffers, t1: t1, t2: t2, right: rightTags(right, i), into: scratch.features, parts: .tags, appending: true)
                    ahead = -1
                    if i + 1 < count && dictionary[buffers.words[i + 3].form] == nil {
                        ahead = i + 1
                        TaggerFeatures.extract(ahead, buffers, t1: 0, t2: 0, right: rightTags(right, ahead), into: scratch.ahead, parts: .words)
                        weights.prefetch(scratch.ahead.keys)
                    }
                    tag = scratch.best(weights)
                }
                out.append(tag)
                t2 = t1
                t1 = UInt64(tag)
            }
        }
        return out
    }

    /// The previous pass's tags of the two words after word `i`.
    @inline(__always) static func rightTags(_ right: [Int]?, _ i: Int) -> (UInt64, UInt64)? {
        guard let right else { return nil }
        return (i + 1 < right.count ? UInt64(right[i + 1]) : TaggerFeatures.noTag, i + 2 < right.count ? UInt64(right[i + 2]) : TaggerFeatures.noTag)
    }
}

/// Buffers reused across words: the features of one word, the word features of the next one, and
/// the scores of the classes.
struct TaggerScratch {
    private(set) var features = FeatureBuffer()
    private(set) var ahead = FeatureBuffer()
    var scores: [Int32]

    init(classCount: Int) {
        scores = [Int32](repeating: 0, count: classCount)
    }

    /// The next word's features become the current word's.
    mutating func swapBuffers() {
        swap(&features, &ahead)
    }

    /// The class with the highest score (the lowest index among equals).
    mutating func best(_ weights: FeatureWeights) -> Int {
        for i in scores.indices { scores[i] = 0 }
        scores.withUnsafeMutableBufferPointer { s in weights.addScores(features.keys, to: s.baseAddress!) }
        var best = 0
        for i in 1..<scores.count where scores[i] > scores[best] { best = i }
        return best
    }
}
