import ChronographCore

/// A set of words with optional `*suffix` entries (any word ending so); ChronographCore's `WordSet` has exact words only.
/// (The exact words are a `WordSet` too: every token is asked of several of these lists, and its
/// hash is cheaper than `Set<String>`'s.)
struct SuffixWordSet: Sendable {
    private var words = WordSet()
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
    private(set) var span = SuffixWordSet()
    private(set) var measure = SuffixWordSet()
    private(set) var periodPrep = SuffixWordSet()
    private(set) var clauseEnd = SuffixWordSet()
    private(set) var notYearBefore = SuffixWordSet()
    /// Verbs of a change in amount ("rose", "fell"): "rose to 1400" is an amount, not a year.
    private(set) var amountChange = SuffixWordSet()
    private(set) var percent = SuffixWordSet()
    private(set) var fractionDeterminer = SuffixWordSet()
    private(set) var partitive = SuffixWordSet()
    private(set) var trailingLink = SuffixWordSet()
    private(set) var definite = SuffixWordSet()
    private(set) var titleLink = SuffixWordSet()
    private(set) var clockLink = SuffixWordSet()
    private(set) var zone = SuffixWordSet()
    /// Two-word hedges ("or so") as (first, second).
    private(set) var hedges: [(String, String)] = []
    private(set) var perfectAuxiliary = SuffixWordSet()
    private(set) var participle = SuffixWordSet()
    private(set) var clauseBreak = SuffixWordSet()
    private(set) var plural = SuffixWordSet()
    private(set) var notPlural = SuffixWordSet()
    private(set) var per = SuffixWordSet()
    private(set) var one = SuffixWordSet()
    private(set) var ambiguousSeason = SuffixWordSet()
    private(set) var yearWord = SuffixWordSet()
    private(set) var thatWord = SuffixWordSet()
    private(set) var backward = SuffixWordSet()
    private(set) var thisWord = SuffixWordSet()
    private(set) var oclock = SuffixWordSet()
    private(set) var rangeBefore = SuffixWordSet()
    /// Words before a date that make it the end of a span, not a day in focus ("a state of emergency until
    /// January 19").
    private(set) var spanEnd = SuffixWordSet()
    /// Words between two clock times of a span ("from 23:00 to 07:00").
    private(set) var clockRange = SuffixWordSet()
    private(set) var apposition = SuffixWordSet()
    private(set) var possessive = SuffixWordSet()
    private(set) var tonight = SuffixWordSet()
    private(set) var dateLink = SuffixWordSet()
    private(set) var presentAux = SuffixWordSet()
    private(set) var lookAhead = SuffixWordSet()
    private(set) var clauseEdge = SuffixWordSet()
    private(set) var determiner = SuffixWordSet()
    private(set) var modal = SuffixWordSet()
    private(set) var negation = SuffixWordSet()
    private(set) var periodEnd = SuffixWordSet()
    private(set) var verbShift = SuffixWordSet()
    private(set) var rangeAfter = SuffixWordSet()
    private(set) var multiplier = SuffixWordSet()
    private(set) var countNoun = SuffixWordSet()
    private(set) var singular = SuffixWordSet()
    private(set) var and = SuffixWordSet()
    private(set) var ordinalSuffix = SuffixWordSet()
    private(set) var decadeSuffix = SuffixWordSet()
    private(set) var clockSuffix = SuffixWordSet()
    /// Separators of a clock time besides ":" ("05.20" where the period is one).
    private(set) var clockSeparator = SuffixWordSet()
    /// Separators after which a two-digit year ends a numeric date besides "/" ("5.01.24").
    private(set) var shortYearSeparator = SuffixWordSet()
    /// Words after which "the day before" is an adverb, not a preposition (guard `adverb`).
    private(set) var adverbNext = SuffixWordSet()
    /// Words between a date and a weekday in apposition to it, or between the weekdays of a list ("11 января, в
    /// среду", "3 и 4 ноября (воскресенье и понедельник)"): rules with `inweek=1`.
    private(set) var weekdayLink = SuffixWordSet()
    /// Prepositions that make a day the target of a plan or a move (guard `target`: "перенесены на среду").
    private(set) var targetPrep = SuffixWordSet()
    /// Words that make a following part-of-day adverb a noun (guard `notafternoun`: "рабочим днём").
    private(set) var nounModifier = SuffixWordSet()
    /// Prepositions before a part of the day that something happened in (guard `during`: "за ночь", overnight).
    private(set) var duringPrep = SuffixWordSet()

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
            case "AMOUNTCHANGE": amountChange.insert(w)
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
            case "SPANEND": spanEnd.insert(w)
            case "CLOCKRANGE": clockRange.insert(w)
            case "APPOSITION": apposition.insert(w)
            case "POSSESSIVE": possessive.insert(w)
            case "TONIGHT": tonight.insert(w)
            case "DATELINK": dateLink.insert(w)
            case "PRESENTAUX": presentAux.insert(w)
            case "LOOKAHEAD": lookAhead.insert(w)
            case "CLAUSEEDGE": clauseEdge.insert(w)
            case "DETERMINER": determiner.insert(w)
            case "MODAL": modal.insert(w)
            case "NEGATION": negation.insert(w)
            case "PERIODEND": periodEnd.insert(w)
            case "VERBSHIFT": verbShift.insert(w)
            case "RANGEAFTER": rangeAfter.insert(w)
            case "MULTIPLIER": multiplier.insert(w)
            case "COUNTNOUN": countNoun.insert(w)
            case "SINGULAR": singular.insert(w)
            case "AND": and.insert(w)
            case "ORDINALSUFFIX": ordinalSuffix.insert(w)
            case "DECADESUFFIX": decadeSuffix.insert(w)
            case "CLOCKSUFFIX": clockSuffix.insert(w)
            case "CLOCKSEP": clockSeparator.insert(w)
            case "SHORTYEARSEP": shortYearSeparator.insert(w)
            case "ADVERBNEXT": adverbNext.insert(w)
            case "WEEKDAYLINK": weekdayLink.insert(w)
            case "TARGETPREP": targetPrep.insert(w)
            case "NOUNMODIFIER": nounModifier.insert(w)
            case "DURINGPREP": duringPrep.insert(w)
            default: throw ResourceError.invalid("words.tsv", "unknown list \(cols[0])")
            }
        }
    }

    /// A plural form ("troops", "millennia"; not "press").
    func isPlural(_ w: String) -> Bool { plural.contains(w) && !notPlural.contains(w) }

    /// Whether any word of a match's literals belongs to `set`.
    static func any(_ words: Set<String>, in set: SuffixWordSet) -> Bool { words.contains { set.contains($0) } }
}
