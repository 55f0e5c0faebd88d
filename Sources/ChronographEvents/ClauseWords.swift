import ChronographCore
import Foundation

/// The words that cut a sentence into clauses for time anchoring (`clauses.tsv`), one table
/// per language, loaded once per process.
///
/// A class: the stages that hold it are copied into their closures, and a struct of twelve
/// lists (two references each) was copied with them.
final class ClauseWords: Sendable {
    let boundaries: RuleList
    let punctuation: RuleList
    let bounds: RuleList
    let determiners: RuleList
    let infinitive: RuleList
    let coordinators: RuleList
    let auxiliaries: RuleList
    let prepositions: RuleList
    let relatives: RuleList
    let copulas: RuleList
    let simultaneous: RuleList
    let comparisons: RuleList
    /// For each word, the lists it is in (bits `firstBit...`); read once per word into its
    /// ``WordFacts/ruleLists`` when the lists belong to a lexicon (``EventLexicon/clauseWords``).
    let bitsByWord: WordMap<RuleBits>
    /// The number of bits the lists take.
    static let listCount = 12

    /// `facts` and `firstBit`: the lexicon's word facts and the first bit of these lists in them
    /// (nil: the lists answer tokens by their text).
    init(language: String, facts: WordCache<WordFacts>? = nil, firstBit: Int = 0) {
        let kinds = ["boundary", "punct", "bound", "determiner", "infinitive", "coordinator", "auxiliary", "preposition", "relative", "copula", "simultaneous", "comparison"]
        var words = [[String]](repeating: [], count: kinds.count)
        for line in ResourceFile.lines(named: "clauses.tsv", language: language, bundle: .module) {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 2, let k = kinds.firstIndex(of: f[1]) else { continue }
            words[k].append(f[0])
        }
        precondition(firstBit + kinds.count <= RuleBits.capacity, "clause word lists do not fit in RuleBits")
        var bits = WordMap<RuleBits>()
        var lists: [RuleList] = []
        for (k, list) in words.enumerated() {
            for w in list { bits.update(w, default: RuleBits()) { $0.insert(firstBit + k) } }
            lists.append(RuleList(words: WordSet(list), bit: firstBit + k, facts: facts))
        }
        bitsByWord = bits
        boundaries = lists[0]
        punctuation = lists[1]
        bounds = lists[2]
        determiners = lists[3]
        infinitive = lists[4]
        coordinators = lists[5]
        auxiliaries = lists[6]
        prepositions = lists[7]
        relatives = lists[8]
        copulas = lists[9]
        simultaneous = lists[10]
        comparisons = lists[11]
    }

    static func shared(language: String) -> ClauseWords {
        cache.value(for: language) { ClauseWords(language: $0) }
    }

    private static let cache = LanguageCache<ClauseWords>()
}
