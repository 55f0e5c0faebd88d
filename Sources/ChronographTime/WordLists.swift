import ChronographCore

/// A set of words with optional `*suffix` entries (any word ending so).
struct WordSet: Sendable {
    private var words: Set<String> = []
    private var suffixes: [String] = []

    init() {}

    mutating func insert(_ entry: String) {
        if entry.count > 1 && entry.hasPrefix("*") { suffixes.append(String(entry.dropFirst())) } else { words.insert(entry) }
    }

    func contains(_ w: String) -> Bool {
        if words.contains(w) { return true }
        for s in suffixes where w.hasSuffix(s) { return true }
        return false
    }
}

/// The small word lists the engine's context checks read (`words.tsv`): which words make an amount
/// a span, end a clause, link a clock time to its day, and so on. Each list is named in the file;
/// a language that leaves one out simply has no such words. A class: the lists are read once,
/// filled only while the initializer runs, and shared by every copy of the tagger.
final class WordLists: @unchecked Sendable {
    private(set) var span = WordSet()
    private(set) var measure = WordSet()
    private(set) var periodPrep = WordSet()
    private(set) var clauseEnd = WordSet()
    private(set) var notYearBefore = WordSet()
    private(set) var percent = WordSet()
    private(set) var fractionDeterminer = WordSet()
    private(set) var partitive = WordSet()
    private(set) var trailingLink = WordSet()
    private(set) var definite = WordSet()
    private(set) var titleLink = WordSet()
    private(set) var clockLink = WordSet()
    private(set) var zone = WordSet()
    /// Two-word hedges ("or so") as (first, second).
    private(set) var hedges: [(String, String)] = []
    private(set) var perfectAuxiliary = WordSet()
    private(set) var participle = WordSet()
    private(set) var clauseBreak = WordSet()
    private(set) var plural = WordSet()
    private(set) var notPlural = WordSet()
    private(set) var per = WordSet()
    private(set) var one = WordSet()
    private(set) var ambiguousSeason = WordSet()
    private(set) var yearWord = WordSet()
    private(set) var thatWord = WordSet()
    private(set) var backward = WordSet()
    private(set) var thisWord = WordSet()
    private(set) var oclock = WordSet()
    private(set) var rangeBefore = WordSet()
    private(set) var apposition = WordSet()
    private(set) var possessive = WordSet()
    private(set) var tonight = WordSet()
    private(set) var dateLink = WordSet()
    private(set) var presentAux = WordSet()
    private(set) var rangeAfter = WordSet()
    private(set) var multiplier = WordSet()
    private(set) var countNoun = WordSet()
    private(set) var singular = WordSet()
    private(set) var and = WordSet()
    private(set) var ordinalSuffix = WordSet()
    private(set) var decadeSuffix = WordSet()
    private(set) var clockSuffix = WordSet()

    init(lines: [String]) throws {
        for line in lines {
            let cols = ResourceFile.fields(line)
            guard cols.count >= 2, !cols[1].isEmpty else { throw ResourceError.invalid("words.tsv", "bad line: \(line)") }
            let w = cols[1]
            switch cols[0] {
            case "SPAN": span.insert(w)
            case "MEASURE": measure.insert(w)
            case "PERIODPREP": periodPrep.insert(w)
            case "CLAUSEEND": clauseEnd.insert(w)
            case "NOTYEARBEFORE": notYearBefore.insert(w)
            case "PERCENT": percent.insert(w)
            case "FRACTIONDET": fractionDeterminer.insert(w)
            case "PARTITIVE": partitive.insert(w)
            case "TRAILINGLINK": trailingLink.insert(w)
            case "DEFINITE": definite.insert(w)
            case "TITLELINK": titleLink.insert(w)
            case "CLOCKLINK": clockLink.insert(w)
            case "ZONE": zone.insert(w)
            case "HEDGE":
                let p = w.split(separator: " ").map(String.init)
                guard p.count == 2 else { throw ResourceError.invalid("words.tsv", "a HEDGE has two words: \(line)") }
                hedges.append((p[0], p[1]))
            case "PERFECTAUX": perfectAuxiliary.insert(w)
            case "PARTICIPLE": participle.insert(w)
            case "CLAUSEBREAK": clauseBreak.insert(w)
            case "PLURAL": plural.insert(w)
            case "NOTPLURAL": notPlural.insert(w)
            case "PER": per.insert(w)
            case "ONE": one.insert(w)
            case "AMBIGUOUSSEASON": ambiguousSeason.insert(w)
            case "YEARWORD": yearWord.insert(w)
            case "THATWORD": thatWord.insert(w)
            case "BACKWARD": backward.insert(w)
            case "THISWORD": thisWord.insert(w)
            case "OCLOCK": oclock.insert(w)
            case "RANGEBEFORE": rangeBefore.insert(w)
            case "APPOSITION": apposition.insert(w)
            case "POSSESSIVE": possessive.insert(w)
            case "TONIGHT": tonight.insert(w)
            case "DATELINK": dateLink.insert(w)
            case "PRESENTAUX": presentAux.insert(w)
            case "RANGEAFTER": rangeAfter.insert(w)
            case "MULTIPLIER": multiplier.insert(w)
            case "COUNTNOUN": countNoun.insert(w)
            case "SINGULAR": singular.insert(w)
            case "AND": and.insert(w)
            case "ORDINALSUFFIX": ordinalSuffix.insert(w)
            case "DECADESUFFIX": decadeSuffix.insert(w)
            case "CLOCKSUFFIX": clockSuffix.insert(w)
            default: throw ResourceError.invalid("words.tsv", "unknown list \(cols[0])")
            }
        }
    }

    /// A plural form ("troops", "millennia"; not "press").
    func isPlural(_ w: String) -> Bool { plural.contains(w) && !notPlural.contains(w) }

    /// Whether any word of a match's literals belongs to `set`.
    static func any(_ words: Set<String>, in set: WordSet) -> Bool { words.contains { set.contains($0) } }
}
