/// One tokenization of a document, shared by every stage (the time tagger, the syntax, the
/// events): the ``Tokenizer``'s tokens of the whole text, and for each sentence the range of its
/// tokens. Made once per document by the pipeline.
public struct DocumentTokens: Sendable {
    public let tokens: [Token]
    /// Token index range of each sentence, in the order of `sentences`.
    public let sentenceRanges: [Range<Int>]

    /// Tokenizes each sentence of `text` (tokens never cross a sentence boundary).
    public init(_ text: ScalarText, sentences: [Sentence]) {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(sentences.count)
        for s in sentences {
            let start = tokens.count
            Tokenizer.tokenize(text, from: s.start, to: s.end, into: &tokens)
            ranges.append(start..<tokens.count)
        }
        self.tokens = tokens
        sentenceRanges = ranges
    }

    /// The tokens of sentence `i`.
    public func sentence(_ i: Int) -> ArraySlice<Token> { tokens[sentenceRanges[i]] }
}

extension DocumentTokens {
    /// The tokens that start within the scalar range `from..<to` (for a span made of whole
    /// sentences, exactly their tokens).
    public func tokens(from: Int, to: Int) -> ArraySlice<Token> {
        func firstIndex(startingAtOrAfter offset: Int) -> Int {
            var lo = 0
            var hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let a = firstIndex(startingAtOrAfter: from)
        let b = max(a, firstIndex(startingAtOrAfter: to))
        return tokens[a..<b]
    }
}

extension DocumentTokens {
    private init(tokens: [Token], sentenceRanges: [Range<Int>]) {
        self.tokens = tokens
        self.sentenceRanges = sentenceRanges
    }

    /// The tokenization of some of the sentences only (`indices` in order): the same tokens,
    /// with the sentence ranges of those sentences, for a stage that reads only them.
    public func selecting(_ indices: [Int]) -> DocumentTokens {
        DocumentTokens(tokens: tokens, sentenceRanges: indices.map { sentenceRanges[$0] })
    }
}
