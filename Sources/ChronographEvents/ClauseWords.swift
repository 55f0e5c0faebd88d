import ChronographCore
import Foundation

/// The words that cut a sentence into clauses for time anchoring (`clauses.tsv`), one table
/// per language, loaded once per process.
struct ClauseWords: Sendable {
    var boundaries = WordSet()
    var punctuation = WordSet()
    var bounds = WordSet()
    var determiners = WordSet()
    var infinitive = WordSet()
    var coordinators = WordSet()
    var auxiliaries = WordSet()
    var prepositions = WordSet()
    var relatives = WordSet()
    var copulas = WordSet()
    var simultaneous = WordSet()
    var comparisons = WordSet()

    init(language: String) {
        for line in ResourceFile.lines(named: "clauses.tsv", language: language, bundle: .module) {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 2 else { continue }
            switch f[1] {
            case "boundary": boundaries.insert(f[0])
            case "punct": punctuation.insert(f[0])
            case "bound": bounds.insert(f[0])
            case "determiner": determiners.insert(f[0])
            case "infinitive": infinitive.insert(f[0])
            case "coordinator": coordinators.insert(f[0])
            case "auxiliary": auxiliaries.insert(f[0])
            case "preposition": prepositions.insert(f[0])
            case "relative": relatives.insert(f[0])
            case "copula": copulas.insert(f[0])
            case "simultaneous": simultaneous.insert(f[0])
            case "comparison": comparisons.insert(f[0])
            default: continue
            }
        }
    }

    static func shared(language: String) -> ClauseWords {
        cache.value(for: language) { ClauseWords(language: $0) }
    }

    private static let cache = LanguageCache<ClauseWords>()
}
