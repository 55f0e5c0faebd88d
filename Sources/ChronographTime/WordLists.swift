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
/// a language that leaves one out simply has no such words.
struct WordLists: Sendable {
    var span = WordSet()
    var measure = WordSet()
    var periodPrep = WordSet()
    var clauseEnd = WordSet()
    var notYearBefore = WordSet()
    var percent = WordSet()
    var fractionDeterminer = WordSet()
    var partitive = WordSet()
    var trailingLink = WordSet()
    var definite = WordSet()
    var titleLink = WordSet()
    var clockLink = WordSet()
    var zone = WordSet()
    /// Two-word hedges ("or so") as (first, second).
    var hedges: [(String, String)] = []
    var perfectAuxiliary = WordSet()
    var participle = WordSet()
    var clauseBreak = WordSet()
    var plural = WordSet()
    var notPlural = WordSet()
    var per = WordSet()
    var one = WordSet()
    var ambiguousSeason = WordSet()
    var yearWord = WordSet()
    var thatWord = WordSet()
    var backward = WordSet()
    var thisWord = WordSet()
    var oclock = WordSet()
    var multiplier = WordSet()
    var countNoun = WordSet()
    var singular = WordSet()
    var and = WordSet()
    var ordinalSuffix = WordSet()
    var decadeSuffix = WordSet()
    var clockSuffix = WordSet()

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
