/// The tagger's feature templates, one function shared by training and tagging so that the
/// two cannot drift (the shape of NLTK's `perceptron.py`, after Honnibal's tagger): the word,
/// its affixes and shape, the words around it, the two tags chosen before it, the ambiguity
/// classes (the tags a frequent training word was seen with) and lexicon classes (the Penn tags
/// an English dictionary allows a word) of the word and its neighbours, which stand in for tags
/// not chosen yet — and, in the second pass, the first pass's tags of the two words after it.
enum TaggerFeatures {
    /// Hash atoms of "no tag", "no ambiguity class" (rare or unseen word) and "not in the lexicon".
    static let noTag: UInt64 = 0xFFFF
    static let rareWord: UInt64 = 0xFFFE
    static let notInLexicon: UInt64 = 0xFFFD

    /// Which of a word's features to write: those of the words alone, which are known before any
    /// tag is chosen (the tagger computes them a word ahead, to fetch their weights early), those
    /// reading the tags chosen before the word, or all (in the templates' order, for training).
    struct Parts: OptionSet {
        let rawValue: Int
        static let words = Parts(rawValue: 1)
        static let tags = Parts(rawValue: 2)
        static let all: Parts = [.words, .tags]
    }

    /// Features of word `i` into `buffer` (cleared first, or appended to with `appending`). The
    /// sentence's arrays have two boundary entries on each side: word `i` is at `i + 2`. `t1`,
    /// `t2` are the tags chosen for the two words before; `r1`, `r2` the first pass's tags of the
    /// two after (second pass only). With `parts`, only those templates are written.
    @inline(__always)
    static func extract(
        _ i: Int, _ s: TaggerInput.Buffers, t1: UInt64, t2: UInt64, right: (UInt64, UInt64)?, into buffer: FeatureBuffer,
        parts: Parts = .all, appending: Bool = false
    ) {
        var out = FeatureWriter(into: buffer, appending: appending)
        defer { out.finish() }
        @inline(__always) func word(_ key: @autoclosure () -> UInt64) { if parts.contains(.words) { out.append(key()) } }
        @inline(__always) func tag(_ key: @autoclosure () -> UInt64) { if parts.contains(.tags) { out.append(key()) } }
        let k = i + 2
        let w = s.words[k]
        let p1 = s.words[k - 1]
        let p2 = s.words[k - 2]
        let n1 = s.words[k + 1]
        let n2 = s.words[k + 2]
        let a0 = s.ambiguity[k]
        let a1 = s.ambiguity[k + 1]
        let a2 = s.ambiguity[k + 2]
        let x0 = s.lexicon[k]
        let xp = s.lexicon[k - 1]
        let x1 = s.lexicon[k + 1]
        let x2 = s.lexicon[k + 2]
        typealias H = FeatureHash
        word(H.key(0, 0))
        word(H.key(1, w.lower))
        word(H.key(2, w.form))
        word(H.key(3, w.suffix.0))
        word(H.key(4, w.suffix.1))
        word(H.key(5, w.suffix.2))
        word(H.key(6, w.suffix.3))
        word(H.key(7, w.prefix.0))
        word(H.key(8, w.prefix.1))
        word(H.key(9, w.prefix.2))
        word(H.key(10, w.shape))
        word(H.key(11, w.flags))
        tag(H.key(12, t1))
        tag(H.key(13, t1, t2))
        tag(H.key(14, t1, w.lower))
        tag(H.key(15, t1, w.suffix.2))
        word(H.key(16, p1.lower))
        word(H.key(17, p1.suffix.2))
        word(H.key(18, p2.lower))
        word(H.key(19, n1.lower))
        word(H.key(20, n1.suffix.2))
        word(H.key(21, n2.lower))
        word(H.key(22, a0))
        word(H.key(23, a1))
        word(H.key(24, a2))
        word(H.key(25, a0, a1))
        tag(H.key(26, t1, a1))
        word(H.key(27, w.lower, n1.lower))
        word(H.key(28, p1.lower, w.lower))
        word(H.key(29, a1, a2))
        word(H.key(30, w.shape, n1.shape))
        tag(H.key(31, t1, w.shape))
        word(H.key(32, n1.flags, w.flags))
        word(H.key(33, a0, w.suffix.2))
        // The lexicon's classes.
        word(H.key(40, x0))
        word(H.key(41, x1))
        word(H.key(42, x2))
        word(H.key(43, xp))
        word(H.key(44, x0, w.flags))
        word(H.key(45, x0, w.suffix.2))
        tag(H.key(46, t1, x0))
        word(H.key(47, x0, x1))
        word(H.key(48, x0, a0))
        guard let (r1, r2) = right else { return }
        word(H.key(60, r1))
        word(H.key(61, r1, r2))
        word(H.key(62, r1, w.lower))
        tag(H.key(63, t1, r1))
        word(H.key(64, r1, x0))
        word(H.key(65, r1, w.suffix.2))
        tag(H.key(66, t1, r1, w.lower))
    }
}

/// A sentence prepared for tagging: its words' atoms, ambiguity classes and lexicon classes,
/// each framed by two boundary entries on both sides.
struct TaggerInput {
    var words: [WordAtoms]
    var ambiguity: [UInt64]
    var lexicon: [UInt64]

    init(_ forms: [String], model: TaggerModel) {
        self.init(forms, ambiguity: model.ambiguityClasses, lexicon: model.lexicon)
    }

    init(_ forms: [String], ambiguity: HashTable, lexicon: HashTable) {
        words = [.boundary, .boundary]
        self.ambiguity = [TaggerFeatures.noTag, TaggerFeatures.noTag]
        self.lexicon = [TaggerFeatures.noTag, TaggerFeatures.noTag]
        words.reserveCapacity(forms.count + 4)
        self.ambiguity.reserveCapacity(forms.count + 4)
        self.lexicon.reserveCapacity(forms.count + 4)
        for (i, form) in forms.enumerated() {
            let atoms = WordAtoms(form, first: i == 0)
            words.append(atoms)
            self.ambiguity.append(ambiguity[atoms.lower] ?? TaggerFeatures.rareWord)
            self.lexicon.append(lexicon[atoms.lower] ?? TaggerFeatures.notInLexicon)
        }
        for _ in 0..<2 {
            words.append(.boundary)
            self.ambiguity.append(TaggerFeatures.noTag)
            self.lexicon.append(TaggerFeatures.noTag)
        }
    }

    /// The arrays as buffers, for the feature function's inner loop.
    struct Buffers {
        let words: UnsafeBufferPointer<WordAtoms>
        let ambiguity: UnsafeBufferPointer<UInt64>
        let lexicon: UnsafeBufferPointer<UInt64>
    }

    func withBuffers<R>(_ body: (Buffers) -> R) -> R {
        words.withUnsafeBufferPointer { w in
            ambiguity.withUnsafeBufferPointer { a in
                lexicon.withUnsafeBufferPointer { x in body(Buffers(words: w, ambiguity: a, lexicon: x)) }
            }
        }
    }

    /// What the parser reads of each word, given their tags.
    func parserWords(tags: [Int]) -> [ParserWord] {
        tags.indices.map { i in
            ParserWord(form: words[i + 2].lower, tag: UInt64(tags[i]), suffix: words[i + 2].suffix.2, wordClass: ambiguity[i + 2])
        }
    }
}
