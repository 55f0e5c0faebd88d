/// A language's syntax model: the tagger and the parser (and what splits text into the
/// treebank's words, see ``WordSplitter``).
public struct SyntaxModel: Sendable {
    public let tagger: TaggerModel
    public let parser: ParserModel
    public let splitter: WordSplitter

    public init(tagger: TaggerModel, parser: ParserModel, splitter: WordSplitter) {
        self.tagger = tagger
        self.parser = parser
        self.splitter = splitter
    }
}

extension SyntaxModel {
    /// The same tagger and parser weights with another lemmatizer and word splitter (made from
    /// treebanks again without retraining the weights).
    public func with(lemmatizer: Lemmatizer, splitter: WordSplitter) -> SyntaxModel {
        SyntaxModel(
            tagger: TaggerModel(
                tags: tagger.tags, weights: tagger.weights, secondPass: tagger.secondPass, tagDictionary: tagger.tagDictionary,
                ambiguityClasses: tagger.ambiguityClasses, lexicon: tagger.lexicon, lemmatizer: lemmatizer),
            parser: parser, splitter: splitter)
    }

    /// The model without weights smaller in magnitude than `minimum` (see ``FeatureWeights/pruned(minimum:)``).
    public func pruned(minimum: Float) -> SyntaxModel {
        SyntaxModel(
            tagger: TaggerModel(
                tags: tagger.tags, weights: tagger.weights.pruned(minimum: minimum),
                secondPass: tagger.secondPass?.pruned(minimum: minimum), tagDictionary: tagger.tagDictionary,
                ambiguityClasses: tagger.ambiguityClasses, lexicon: tagger.lexicon, lemmatizer: tagger.lemmatizer),
            parser: ParserModel(labels: parser.labels, weights: parser.weights.pruned(minimum: minimum)), splitter: splitter)
    }
}

/// Tags, lemmatizes and parses sentences of words with one model. Holds scratch buffers: make
/// one per thread (they are cheap; the model is shared).
public final class SyntaxAnnotator {
    public let model: SyntaxModel
    private let tagger: Tagger
    private let parser: Parser
    private var scratch: TaggerScratch

    public init(model: SyntaxModel) {
        self.model = model
        tagger = Tagger(model: model.tagger)
        parser = Parser(model: model.parser)
        scratch = TaggerScratch(classCount: model.tagger.tags.count)
    }

    /// Fills in columns 3–8 (lemma, UPOS, XPOS, head, relation; FEATS is left `_`) of the words.
    public func annotate(_ words: inout [SyntaxWord]) {
        guard !words.isEmpty else { return }
        let forms = words.map(\.form)
        let (tags, parserWords) = tagger.tagged(forms, scratch: &scratch, hyphens: Self.hyphensInWords(words))
        fill(&words, tags: tags, parserWords: parserWords)
    }

    /// What the parser needs of a tagged sentence (from ``tag(_:)``).
    public struct Tagged: Sendable {
        let tags: [Int]
        let parserWords: [ParserWord]
    }

    /// Fills in lemma, UPOS and XPOS only (the parse can follow with ``parse(_:_:)``, or never).
    public func tag(_ words: inout [SyntaxWord]) -> Tagged {
        guard !words.isEmpty else { return Tagged(tags: [], parserWords: []) }
        let (tags, parserWords) = tagger.tagged(words.map(\.form), scratch: &scratch, hyphens: Self.hyphensInWords(words))
        setTags(&words, tags)
        return Tagged(tags: tags, parserWords: parserWords)
    }

    /// The positions of hyphens written between two letters with no space on either side: from the
    /// words' offsets in their text, or from CoNLL-U's `SpaceAfter=No`.
    static func hyphensInWords(_ words: [SyntaxWord]) -> [Int] {
        guard words.count >= 3 else { return [] }
        func attached(_ a: SyntaxWord, _ b: SyntaxWord) -> Bool {
            a.end >= 0 && b.start >= 0 ? a.end == b.start : a.misc.contains("SpaceAfter=No")
        }
        return (1..<words.count - 1).filter { i in
            words[i].form == "-" && words[i - 1].form.last?.isLetter == true && words[i + 1].form.first?.isLetter == true
                && attached(words[i - 1], words[i]) && attached(words[i], words[i + 1])
        }
    }

    /// Fills in heads and relations of words tagged by ``tag(_:)``.
    public func parse(_ words: inout [SyntaxWord], _ tagged: Tagged) {
        guard !words.isEmpty else { return }
        let (heads, labels) = parser.parse(tagged.parserWords)
        for i in words.indices {
            words[i].head = heads[i]
            words[i].deprel = model.parser.labels[labels[i]]
        }
    }

    /// Parses words whose tags are given (their UPOS and XPOS), for measuring how much tagging
    /// errors cost the parser.
    public func parseWithGivenTags(_ words: inout [SyntaxWord]) {
        guard !words.isEmpty else { return }
        let tags = words.map { model.tagger.tags.id(upos: $0.upos, xpos: $0.xpos) ?? 0 }
        fill(&words, tags: tags, parserWords: model.tagger.parserWords(words.map(\.form), tags: tags))
    }

    /// Lemma, UPOS and XPOS of each word from its tag.
    private func setTags(_ words: inout [SyntaxWord], _ tags: [Int]) {
        let tagSet = model.tagger.tags
        for i in words.indices {
            let t = tags[i]
            words[i].upos = tagSet.upos[t]
            words[i].xpos = tagSet.xpos[t]
            words[i].lemma = model.tagger.lemmatizer.lemma(words[i].form, xpos: tagSet.xpos[t])
            words[i].feats = "_"
        }
    }

    private func fill(_ words: inout [SyntaxWord], tags: [Int], parserWords: [ParserWord]) {
        let (heads, labels) = parser.parse(parserWords)
        setTags(&words, tags)
        for i in words.indices {
            words[i].head = heads[i]
            words[i].deprel = model.parser.labels[labels[i]]
        }
    }
}
