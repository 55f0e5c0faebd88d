/// One syntactic word of a sentence, with the ten CoNLL-U columns (ID is its position).
public struct SyntaxWord: Sendable, Hashable {
    public var form: String
    public var lemma: String
    /// Universal part of speech (UPOS), e.g. `VERB`.
    public var upos: String
    /// Language-specific part of speech (Penn Treebank tags for English), e.g. `VBD`.
    public var xpos: String
    public var feats: String
    /// 1-based index of the head word in the sentence; 0 is the root; -1 when not parsed.
    public var head: Int
    /// Universal dependency relation with its subtype, e.g. `nsubj:pass`.
    public var deprel: String
    public var deps: String
    public var misc: String
    /// Unicode scalar offsets of the word in the document it came from (end exclusive), when
    /// it came from text rather than from CoNLL-U; -1 otherwise.
    public var start: Int
    public var end: Int
    /// The scalar range of the written token this word is part of, when the token was split
    /// into several words ("don't" for "do" and "n't"): a CoNLL-U multiword token.
    public var token: Range<Int>?

    public init(
        form: String, lemma: String = "_", upos: String = "_", xpos: String = "_", feats: String = "_",
        head: Int = -1, deprel: String = "_", deps: String = "_", misc: String = "_", start: Int = -1, end: Int = -1,
        token: Range<Int>? = nil
    ) {
        self.token = token
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
        self.start = start
        self.end = end
    }

    /// The relation without its subtype (`nsubj` for `nsubj:pass`), what CoNLL 2018 scores LAS on.
    public var universalRelation: Substring {
        // What the split below gives, without its array, for an ASCII relation that does not start
        // with a colon (every relation the parser writes).
        if let first = deprel.utf8.first, first != UInt8(ascii: ":"), deprel.utf8.allSatisfy({ $0 < 0x80 }) {
            return deprel[..<(deprel.utf8.firstIndex(of: UInt8(ascii: ":")) ?? deprel.endIndex)]
        }
        return deprel.split(separator: ":", maxSplits: 1).first ?? Substring(deprel)
    }
}

/// A sentence of CoNLL-U: its comment lines, its words, and the lines that are not words
/// (multiword-token ranges such as `3-4 don't`, empty nodes such as `8.1`), kept verbatim with
/// the word they stand before so that they pass through unchanged.
public struct CoNLLUSentence: Sendable, Hashable {
    public var comments: [String]
    public var words: [SyntaxWord]
    /// Non-word lines, each with the number of words that precede it.
    public var otherLines: [OtherLine]

    public struct OtherLine: Sendable, Hashable {
        public var beforeWord: Int
        public var text: String
        public init(beforeWord: Int, text: String) {
            self.beforeWord = beforeWord
            self.text = text
        }
    }

    public init(comments: [String] = [], words: [SyntaxWord], otherLines: [OtherLine] = []) {
        self.comments = comments
        self.words = words
        self.otherLines = otherLines
    }

    /// The value of a `# key = value` comment, if the sentence has one.
    public func comment(_ key: String) -> String? {
        for line in comments {
            let body = line.dropFirst().drop(while: { $0 == " " })
            guard body.hasPrefix(key) else { continue }
            let rest = body.dropFirst(key.count).drop(while: { $0 == " " })
            if rest.first == "=" { return String(rest.dropFirst().drop(while: { $0 == " " })) }
        }
        return nil
    }
}
