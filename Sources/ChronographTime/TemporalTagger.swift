import ChronographCore
import Foundation

/// How relative expressions are resolved.
public enum ReferenceMode: String, Sendable, CaseIterable {
    /// Against the document creation time (news).
    case news
    /// Against the last date mentioned (histories, Wikipedia-style narratives).
    case narrative
}

/// What the tagger found in one document.
public struct TaggingResult: Sendable {
    public var dct: DocumentCreationTime
    public var timexes: [Timex]
    public var warnings: [String]
    public init(dct: DocumentCreationTime, timexes: [Timex], warnings: [String] = []) {
        self.dct = dct
        self.timexes = timexes
        self.warnings = warnings
    }
}

/// Finds and normalizes temporal expressions (TIMEX3).
///
/// Three passes: a token matcher driven by the pattern rules of `Resources/<lang>/rules.txt`
/// (longest match wins), the choice of the document creation time and of news or narrative
/// resolution, then a left-to-right normalization that tracks the reference date.
public struct TemporalTagger: Sendable {
    public let language: String
    let rules: [Rule]
    let annotator: Annotator
    let matcher: PatternMatcher
    let tenseCues: TenseCues
    let lists: WordLists

    public init(language: String = "en") throws {
        self.language = language
        let lexLines = ResourceFile.lines(named: "lexicon.tsv", language: language, bundle: .module)
        let ruleLines = ResourceFile.lines(named: "rules.txt", language: language, bundle: .module)
        guard !lexLines.isEmpty else {
            throw ResourceError.missing("Resources/\(language)/lexicon.tsv")
        }
        guard !ruleLines.isEmpty else { throw ResourceError.missing("Resources/\(language)/rules.txt") }
        rules = try RuleSetParser.parse(ruleLines)
        // An inflected language adds generated files beside the written ones: every case form of its
        // words (`lexicon-forms.tsv`, `words-forms.tsv`) and the tense of its verb forms (`verb-tense.tsv`).
        lists = try WordLists(
            lines: ResourceFile.lines(named: "words.tsv", language: language, bundle: .module)
                + ResourceFile.lines(named: "words-forms.tsv", language: language, bundle: .module))
        annotator = Annotator(
            lexicon: try Lexicon(lines: lexLines + ResourceFile.lines(named: "lexicon-forms.tsv", language: language, bundle: .module)),
            lists: lists)
        matcher = PatternMatcher(rules: rules)
        tenseCues = TenseCues(
            lines: ResourceFile.lines(named: "tense.tsv", language: language, bundle: .module),
            verbForms: ResourceFile.keyedLines(named: "verb-tense.tsv", language: language, bundle: .module))
    }

    /// A match in a sentence, with the modifier phrase absorbed in front of it.
    struct Found {
        var sentence: Int
        var match: RuleMatch
        var modFrom: Int?
        var mod: String?
        var modClass: String?
    }

    /// Tags one document. `dct` overrides any date the document carries (`--dct`);
    /// `mode` overrides the per-document choice between news and narrative. `tokens` are the
    /// document's shared tokens (made here when not given).
    public func tag(
        _ document: Document, text: ScalarText, sentences: [Sentence], tokens: DocumentTokens? = nil, dct: String? = nil,
        mode: ReferenceMode? = nil
    ) -> TaggingResult {
        var warnings: [String] = []
        var sentTokens: [[TToken]] = []
        var found: [Found] = []
        let shared = tokens ?? DocumentTokens(text, sentences: sentences)
        for (si, s) in mergedSentences(sentences, text: text).enumerated() {
            let toks = TokenStream.tokens(text, core: shared.tokens(from: s.start, to: s.end))
            sentTokens.append(toks)
            found += findAll(toks, sentence: si)
        }
        // (`tense=future|past`: a rule that knows the tense of what it matches, "перенесены на среду".)
        let tenses = found.map { f in
            switch rules[f.match.rule].args["tense"] {
            case "future": return Tense.future
            case "past": return Tense.past
            default: return tenseCues.tense(of: sentTokens[f.sentence], from: f.match.from, to: f.match.to)
            }
        }

        // Document creation time.
        let creation = documentCreationTime(document, text: text, override: dct, found: found, tokens: sentTokens, tenses: tenses, warnings: &warnings)
        let dctDay = creation.value.flatMap { v -> Day? in
            let tv = TemporalValue(timex3: v)
            return tv.granularity == .day ? tv.range?.start : nil
        }
        if creation.value == nil { warnings.append("no document creation time: relative expressions left unresolved") }

        // News or narrative.
        // A dateline without a year still makes the text news: "January 17" is that January, not
        // one of the last year mentioned ("a 2014 case").
        let yearUnknown = dctDay == nil && creation.value?.hasPrefix("XXXX") == true
        let chosen = mode ?? (yearUnknown ? .news : chooseMode(dct: dctDay, found: found, tokens: sentTokens))
        var ref = Reference(dct: dctDay, mode: chosen)
        ref.dctYearUnknown = yearUnknown
        var timexes: [Timex] = []
        var previous: (sentence: Int, to: Int, resolved: Resolved)?
        // The expressions of the current sentence resolved so far (for weekdays named alone, `inweek=1`).
        var recent: [Recent] = []
        for (k, f) in found.enumerated() {
            let toks = sentTokens[f.sentence]
            let rule = rules[f.match.rule]
            if recent.last.map({ $0.sentence != f.sentence }) == true { recent.removeAll() }
            var norm = Normalizer(ref: ref, tense: TemporalTagger.possessiveWeekday(f.match, toks) ? .none : tenses[k], sentence: f.sentence, lists: lists)
            norm.pastGoverns = tenses[k] == .past && tenseCues.pastGoverns(toks, from: f.modFrom ?? f.match.from, to: f.match.to, lists: lists)
            norm.pastVerbBefore = tenseCues.pastRightBefore(toks, from: f.modFrom ?? f.match.from, linking: lists.dateLink, notAfter: [lists.presentAux, lists.definite, lists.possessive])
            if rule.args["inweek"] == "1" {
                norm.weekdayDay = weekdayInContext(f, tokens: toks, recent: recent, ref: ref, tense: norm.tense)
            }
            if let day = dayAfterClock(k, found, sentTokens, ref: ref, tenses: tenses, recent: recent) {
                norm.ref.last = day
                norm.ref.lastGranularity = .day
                // (The clock's own day, named after it: no night before it to count from.)
                norm.ref.lastNight = false
            }
            // "two days before the election": in narratives (TIMEX2) a step from an event, dated from
            // the date the text gives that event; news (TimeML) annotates the amount alone.
            var anchoring = EventAnchoring.lastDate
            if rule.args["event"] == "1" && chosen == .narrative {
                anchoring = eventAnchoring(k, found, sentTokens, previous: previous, ref: ref, tenses: tenses)
                if case .from(let day) = anchoring {
                    norm.ref.last = day.0
                    norm.ref.lastGranularity = day.1
                    norm.ref.lastNight = false
                }
            }
            var res: [Resolved]
            if case .restated(let p) = anchoring {
                res = [Resolved(from: f.match.from, to: f.match.to, type: p.type, value: p.value, anchor: p.anchor)]
            } else {
                res = norm.resolve(rule, f.match, tokens: toks)
            }
            if res.isEmpty { continue }
            if case .unknown = anchoring, res.count == 1, res[0].type == .date {
                // A date as fine as the step's unit, every digit unknown ("two days before" = XXXX-XX-XX).
                let unit = f.match.captures.first { $0.cls == "UNIT" }?.value.s ?? "D"
                res[0].value = Normalizer.unknownValue(unit: unit)
                res[0].anchor = nil
            }
            if let mf = f.modFrom, let modValue = f.mod, res.count == 1 {
                let applies: Bool
                switch f.modClass {
                case "PMOD": applies = res[0].type == .date || res[0].type == .time
                case "PMODCOARSE":
                    let g = TemporalValue(timex3: res[0].value).granularity
                    applies = res[0].type == .date && g != nil && g! <= .month
                default:
                    // Quantity modifiers go with amounts ("about three weeks", "nearly two years ago"),
                    // not with a determiner ("over the past year" is a preposition).
                    applies = !lists.definite.contains(toks[f.match.from].lower)
                        && (res[0].type == .duration || res[0].type == .time || rule.action == "offset"
                            || (modValue == "APPROX" && res[0].type == .date
                                && (TemporalValue(timex3: res[0].value).granularity ?? .day) <= .year))
                }
                if applies {
                    res[0].from = mf
                    if res[0].mod == nil { res[0].mod = TemporalModifier(rawValue: modValue) }
                }
            }
            // "from 23:00 to 07:00": a clock time that ends a span earlier in the day than the span began is on
            // the next day.
            if res.count == 1, res[0].type == .time, let p = previous, p.sentence == f.sentence, p.resolved.type == .time,
                (f.modFrom ?? f.match.from) == p.to + 1, lists.clockRange.contains(toks[p.to].lower),
                let (d0, c0) = TemporalTagger.dayAndClock(p.resolved.value), let (d1, c1) = TemporalTagger.dayAndClock(res[0].value),
                d0 == d1, c1 <= c0, let day = TemporalValue(timex3: d1).range?.start
            {
                res[0].value = day.adding(days: 1).description + "T" + c1
            }
            if let r = res.last { previous = (f.sentence, r.to, r) }
            for var r in res {
                r.value = TemporalTagger.eraValue(r.value)
                r.rangeStart = r.rangeStart.map(TemporalTagger.eraValue)
                r.rangeEnd = r.rangeEnd.map(TemporalTagger.eraValue)
                let start = toks[r.from].start
                // "the next year or so": the hedge belongs to the expression.
                let hedged = r.to + 1 < toks.count && lists.hedges.contains { $0.0 == toks[r.to].lower && $0.1 == toks[r.to + 1].lower }
                let end = toks[hedged ? r.to + 1 : r.to - 1].end
                timexes.append(
                    Timex(start: start, end: end, text: text.slice(start, end), type: r.type, value: r.value, mod: r.mod,
                          rangeStart: r.rangeStart, rangeEnd: r.rangeEnd, quant: r.quant, freq: r.freq, rule: rule.name))
                // In news only dates given outright become the reference for anaphora;
                // in narratives every resolved date moves the story on.
                // In news a quarter named relatively ("the quarter", "the latest period") is what a
                // following "a year ago" or "the year-ago quarter" corresponds to.
                // (A quarter a year back, "the year-ago quarter", is only compared with: it does not become the
                // quarter a following "year-ago" counts from.)
                let namesWeekday = f.match.captures.contains(where: { $0.cls == "WEEKDAY" })
                if let a = r.anchor, a.1 == .day, namesWeekday {
                    ref.lastWeekday = a.0
                    ref.lastWeekdaySentence = f.sentence
                }
                recent.append(Recent(sentence: f.sentence, from: r.from, to: r.to, day: r.anchor.flatMap { $0.1 == .day ? $0.0 : nil }, weekdayNamed: namesWeekday))
                if chosen == .news, rule.action == "shift", rule.args["unit"] != "Y", let a = r.anchor, a.1 == .quarter {
                    ref.move(to: a.0, granularity: a.1, sentence: f.sentence)
                }
                // In news the end of a span ("a state of emergency until January 19") is no day in focus: a
                // clock time told next ("A curfew was imposed from 23:00") is not on it.
                let spanEnd = chosen == .news && r.from > 0 && lists.spanEnd.contains(toks[r.from - 1].lower)
                if !spanEnd, !TemporalTagger.isAside(r, anchor: r.anchor, rule: rule, mode: chosen, last: ref.last, tense: tenses[k]),
                    !(chosen == .narrative && TemporalTagger.isFlashback(r, rule: rule, tokens: toks, last: ref.last, lists: lists)), let a = r.anchor, chosen == .narrative || rule.action == "date" || rule.action == "part" || rule.action == "range" {
                    ref.move(to: a.0, granularity: a.1, sentence: f.sentence)
                    ref.lastNight = r.value.hasSuffix("TNI")
                }
            }
        }
        return TaggingResult(dct: creation, timexes: timexes, warnings: warnings)
    }

    /// The classes that name a day (or a year) in a match, for ``dayAfterClock``; made once, not per expression.
    static let dayClasses: Set<String> = ["MONTH", "DAY", "DAYORD", "WEEKDAY", "DAYREL", "NUMDATE", "YEAR", "HOLIDAY"]

    /// "at 6 a.m. on Wednesday", "At 11 a.m. on 11 November 1918": a clock time without a day of its
    /// own, followed by the day it is on (TimeML tags the two apart). The day, resolved in place.
    func dayAfterClock(_ k: Int, _ found: [Found], _ tokens: [[TToken]], ref: Reference, tenses: [Tense], recent: [Recent] = []) -> Day? {
        let f = found[k]
        guard k + 1 < found.count, found[k + 1].sentence == f.sentence else { return nil }
        let caps = f.match.captures
        let dayClasses = Self.dayClasses
        // A clock time right after its own day ("в пятницу в 22:12 по московскому времени, в субботу в 04:12 по
        // местному") is on that day, not on the one named next.
        if k > 0, found[k - 1].sentence == f.sentence, found[k - 1].match.captures.contains(where: { dayClasses.contains($0.cls) && $0.cls != "YEAR" }) {
            let t = tokens[f.sentence]
            let gap = found[k - 1].match.to..<(f.modFrom ?? f.match.from)
            if gap.count <= 2, gap.allSatisfy({ lists.clockLink.contains(t[$0].lower) }) { return nil }
        }
        // (`dayafter=1`: a rule's expression that names no day either, "for a second night on Monday".)
        guard caps.contains(where: { $0.cls == "TIME" || $0.cls == "AMPM" || $0.cls == "TIMEWORD" || lists.oclock.contains($0.cls) })
            || rules[f.match.rule].args["dayafter"] == "1",
            !caps.contains(where: { dayClasses.contains($0.cls) })
        else { return nil }
        let next = found[k + 1]
        let t = tokens[f.sentence]
        let between = f.match.to..<(next.modFrom ?? next.match.from)
        // Linking words, and a zone named by a place ("5:34 AM Baghdad time on March 20").
        let linking = between.allSatisfy { j in
            lists.clockLink.contains(t[j].lower) || t[j].capitalized && j + 1 < t.count && lists.zone.contains(t[j + 1].lower)
        }
        guard between.count <= 3, linking else { return nil }
        var norm = Normalizer(ref: ref, tense: tenses[k + 1], sentence: next.sentence, lists: lists)
        if rules[next.match.rule].args["inweek"] == "1" {
            // (The clock time itself stands between the weekday and what came before.)
            let clock = Recent(sentence: f.sentence, from: f.modFrom ?? f.match.from, to: f.match.to, day: nil, weekdayNamed: false)
            norm.weekdayDay = weekdayInContext(next, tokens: t, recent: recent + [clock], ref: ref, tense: tenses[k + 1])
        }
        let res = norm.resolve(rules[next.match.rule], next.match, tokens: t)
        guard res.count == 1, let a = res[0].anchor, a.1 == .day else { return nil }
        return a.0
    }

    /// The day and the "HH:MM" clock of a TIME value ("2022-01-05T23:00"); nil for a part of day or an unknown day.
    static func dayAndClock(_ v: String) -> (String, String)? {
        let parts = v.split(separator: "T", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0].count == 10, !parts[0].contains("X"), parts[1].count >= 5, parts[1].dropFirst(2).first == ":" else { return nil }
        return (parts[0], parts[1])
    }

    /// "Wednesday's ruling": a weekday that owns something names what a report looks back on or
    /// around, whatever the tense of the sentence ("they would look for ways around Wednesday's
    /// ruling"), so it goes to the nearest such day, the past one when in doubt.
    static func possessiveWeekday(_ m: RuleMatch, _ t: [TToken]) -> Bool {
        m.to - m.from == 1 && m.to < t.count && t[m.to].lower == "'s" && m.captures.first?.cls == "WEEKDAY"
    }

    /// Looking back does not move a narrative on either: a count back from the story's date ("almost
    /// two decades earlier", "a year before"), a date in parentheses ("the Civil Constitution of the
    /// Clergy (1790)"), or an earlier date in a past-perfect clause ("forces that had invaded Burma
    /// in late 1943" in a story of 1944).
    static func isFlashback(_ r: Resolved, rule: Rule, tokens t: [TToken], last: Day?, lists: WordLists) -> Bool {
        if rule.action == "offset" && (rule.args["sign"] ?? "-1") == "-1" { return true }
        // So does a shift back from the story's date ("the previous year", "the day before").
        if rule.action == "shift", let a = r.anchor, let l = last, a.0 < l { return true }
        if r.from > 0 && t[r.from - 1].lower == "(" && r.to < t.count && [")", ",", "-"].contains(t[r.to].lower) { return true }
        guard let l = last, let a = r.anchor, a.0 < l else { return false }
        // "had" + a participle in the clause before the date.
        var k = r.from - 1
        while k >= 0 && k >= r.from - 10 {
            let w = t[k].lower
            if lists.clauseBreak.contains(w) { break }
            if lists.perfectAuxiliary.contains(w) && k + 1 < t.count && lists.participle.contains(t[k + 1].lower) {
                return true
            }
            k -= 1
        }
        return false
    }

    /// Asides do not move a narrative on: a bare year in the middle of a sentence that lies far
    /// from the story's current date ("a report declassified in 2005 showed ...") or that is only
    /// planned ("for a planned campaign in 1976"), and anything counted from the time of writing
    /// ("two years ago" in a history).
    static func isAside(_ r: Resolved, anchor: (Day, Granularity)?, rule: Rule, mode: ReferenceMode, last: Day?, tense: Tense) -> Bool {
        guard mode == .narrative else { return false }
        if rule.args["anchor"] == "dct" { return true }
        guard rule.action == "date", let a = anchor, a.1 == .year, let l = last, r.from > 2 else { return false }
        return abs(a.0.year - l.year) > 10 || tense == .future && a.0.year > l.year
    }

    /// Rejoins sentences that a splitter cut after an abbreviation this language's lexicon knows
    /// ("Jan. 5", "9 p.m. Tuesday"), so that dates are not torn apart.
    func mergedSentences(_ sentences: [Sentence], text: ScalarText) -> [Sentence] {
        var out: [Sentence] = []
        for s in sentences {
            if let prev = out.last, prev.end >= 2, text[prev.end - 1] == "." {
                var j = prev.end - 1
                while j > prev.start && (ScalarProperties.isAlphabetic(text[j - 1]) || text[j - 1] == ".") { j -= 1 }
                let word = text.slice(j, prev.end - 1).lowercased()
                if annotator.lexicon.isAbbreviation(word) {
                    out[out.count - 1].end = s.end
                    continue
                }
            }
            out.append(s)
        }
        return out
    }

    /// Values computed from astronomical years (year 0 = 1 BC, "-0478") written the TIMEX way ("BC0479").
    static func eraValue(_ v: String) -> String {
        guard v.hasPrefix("-"), v.count >= 3 else { return v }
        let digits = v.dropFirst().prefix { $0.isNumber }
        guard digits.count >= 2, let n = Int(digits) else { return v }
        let rest = v.dropFirst(1 + digits.count)
        // Years shift by one (no year 0 in BC counting); decades and centuries keep their digits.
        let bc = String(digits.count == 4 ? n + 1 : n)
        let width = digits.count == 4 ? 4 : digits.count
        return "BC" + String(repeating: "0", count: max(0, width - bc.count)) + bc + rest
    }

    /// Greedy left-to-right longest matches in one sentence.
    func findAll(_ toks: [TToken], sentence: Int) -> [Found] {
        let ann = annotator.annotate(toks)
        var out: [Found] = []
        var i = 0
        var lastEnd = 0
        // Made once per sentence: a closure written in the loop copied the whole tagger per token.
        let acceptRule: PatternMatcher.Guard = { r, m in accept(rules[r], m, toks, ann) }
        let prepared = matcher.prepare(toks, ann)
        while i < toks.count {
            // A multi-word modifier phrase that starts here ("the first days of", "more than")
            // claims the expression after it, even when its own words could match ("days").
            let isMod: (Annotation) -> Bool = { ($0.cls == "PMOD" || $0.cls == "QMOD") && $0.length > 1 && i + $0.length < toks.count }
            let mods = ann[i].contains(where: isMod) ? ann[i].filter(isMod).sorted { $0.length > $1.length } : []
            let plain = matcher.longest(at: i, in: prepared, accept: acceptRule)
            // (`!mods.isEmpty` first: the lazy sequence's closure copied the tagger for every token.)
            if !mods.isEmpty, let (mod, m) = mods.lazy.compactMap({ mod in
                matcher.longest(at: i + mod.length, in: prepared, accept: acceptRule).map { (mod, $0) }
            }).first, m.to > (plain?.to ?? 0) {
                out.append(Found(sentence: sentence, match: m, modFrom: i, mod: mod.value.s, modClass: mod.cls))
                lastEnd = m.to
                i = m.to
                continue
            }
            guard var m = plain else {
                i += 1
                continue
            }
            // Optional linking tokens that ended up last ("April 19," or "the third quarter of"
            // with no year after them) are not part of the expression.
            while m.to - m.from > 1 && lists.trailingLink.contains(toks[m.to - 1].lower) {
                m.to -= 1
                m.captures.removeAll { $0.from >= m.to }
            }
            var f = Found(sentence: sentence, match: m)
            // A modifier phrase that ends right where the match starts ("early", "more than", "the end of").
            var best: (Int, Annotation)?
            for j in max(lastEnd, i - 5)..<i {
                for a in ann[j] where (a.cls == "PMOD" || a.cls == "QMOD" || a.cls == "PMODCOARSE") && j + a.length == i {
                    if best == nil || j < best!.0 { best = (j, a) }
                }
            }
            if let (j, a) = best {
                var from = j
                if a.cls != "QMOD" && a.length == 1 && from > lastEnd && lists.definite.contains(toks[from - 1].lower) { from -= 1 }
                f.modFrom = from
                f.mod = a.value.s
                f.modClass = a.cls
            }
            out.append(f)
            lastEnd = m.to
            i = m.to
        }
        return out
    }

    /// Context checks a rule asks for with `guard=...`.
    func accept(_ rule: Rule, _ m: RuleMatch, _ t: [TToken], _ ann: [[Annotation]]) -> Bool {
        if rule.args["plural"] != nil || rule.args["units"] != nil, let u = m.captures.first(where: { $0.cls == "UNIT" }) {
            let w = t[u.to - 1].lower
            let plural = lists.isPlural(w)
            if rule.args["plural"] == "1" && !plural || rule.args["plural"] == "0" && plural { return false }
            if let allowed = rule.args["units"], !allowed.split(separator: ",").contains(Substring(u.value.s)) { return false }
        }
        // "three quarters of the troops", "more than a quarter of the market": fractions, not durations.
        if rule.action == "duration", let u = m.captures.first(where: { $0.cls == "UNIT" }), u.value.s == "Q",
            m.to + 1 < t.count, lists.partitive.contains(t[m.to].lower), lists.fractionDeterminer.contains(t[m.to + 1].lower)
        {
            return false
        }
        // "expected to last several weeks": a shift word that is also a verb, after "to" or a modal, is the verb
        // when a quantity follows it; "compared to last year", "prior to last week" keep their expression.
        if m.from > 0, lists.verbShift.contains(t[m.from].lower), lists.modal.contains(t[m.from - 1].lower),
            m.captures.contains(where: { $0.cls == "DSHIFT" && $0.from == m.from }),
            !m.captures.contains(where: { $0.from == m.from + 1 && ["UNIT", "WEEKDAY", "MONTH", "SEASON"].contains($0.cls) })
        {
            return false
        }
        // "1700 GMT" is a clock time, no year.
        if rule.args["guard"] == "bareyear", m.to < t.count, ann[m.to].contains(where: { $0.cls == "TZ" }) { return false }
        guard let g = rule.args["guard"] else { return true }
        let before = m.from > 0 ? t[m.from - 1].lower : ""
        let after = m.to < t.count ? t[m.to].lower : ""
        switch g {
        case "bareyear":
            if lists.notYearBefore.contains(before) { return false }
            if before == "to" && m.from >= 2 && lists.amountChange.contains(t[m.from - 2].lower) { return false }
            if m.from > 0 && ann[m.from - 1].contains(where: { $0.cls == "NUMLABEL" }) { return false }
            if m.to < t.count {
                if lists.percent.contains(after) || after == "/" { return false }
                // "1998:12" is a ratio or a reference; "2003: Invasion" a heading.
                if after == ":" && (m.to + 1 >= t.count || t[m.to + 1].isNumber) { return false }
                if ann[m.to].contains(where: { $0.cls == "YEARBLOCK" || $0.cls == "UNIT" }) { return false }
                if !t[m.to].capitalized && after.count > 2 && lists.isPlural(after)
                    && !ann[m.to].contains(where: { $0.cls == "YEAROK" })
                {
                    return false
                }
                if after == "," && m.to + 1 < t.count && t[m.to + 1].isNumber && !t[m.to + 1].spaceBefore { return false }
                // "settled at 1678.5": a decimal number.
                if after == "." && !t[m.to].spaceBefore && m.to + 1 < t.count && t[m.to + 1].isNumber && !t[m.to + 1].spaceBefore { return false }
            }
            if before == "," && m.from >= 2 && t[m.from - 2].isNumber && !t[m.from - 1].spaceBefore { return false }
            return true
        case "notnumber":
            // "March 5" but not "May 10 percent".
            return !lists.percent.contains(after) && after != "-"
        case "ordinaldigits":
            // "the 5th," but not "the first" or "the 11th round".
            return m.from + 1 < t.count && t[m.from + 1].isNumber && (m.to >= t.count || !t[m.to].isNumber && t[m.to].lower.unicodeScalars.first!.properties.isAlphabetic == false)
        case "ambiguousmonth":
            if isTitle(m, t, ann) { return false }
            // "May" and "March" that open a sentence are mostly the verbs.
            if m.from == 0 && ann[m.from].contains(where: { $0.cls == "VERBLIKE" }) { return false }
            // "Jan" without its period and without a day is a name more often than a month.
            return !(m.to - m.from == 1 && annotator.lexicon.isAbbreviation(t[m.from].lower))
        case "clauseend":
            // "a year before." but not "two days before the vote" (a duration before an event).
            return m.to >= t.count || lists.clauseEnd.contains(after)
        case "aftermodal":
            // "Islam will one day be ...": after a modal or "to", "one day" is some future day, no duration;
            // not "not one day passed", "agreed to one day of talks", "cut to one day.".
            return lists.modal.contains(before) && !lists.negation.contains(before) && m.to < t.count
                && !lists.clauseEnd.contains(after) && !lists.partitive.contains(after)
        case "periodend":
            // "in the year ended March 31": a reporting period, one year long.
            return m.to < t.count && lists.periodEnd.contains(after)
        case "afterspanword":
            // "for the year" measures the year out: a duration.
            return lists.measure.contains(before)
        case "rate":
            // "per day" after anything; "a day" after a count or a plural noun ("30 a day", "960 a week").
            guard m.from > 0 else { return false }
            if lists.per.contains(t[m.from].lower) { return true }
            let p = t[m.from - 1]
            if p.isNumber || ann[m.from - 1].contains(where: { $0.cls == "NUM" || $0.cls == "RATEWORD" }) { return true }
            return p.lower.count > 3 && lists.isPlural(p.lower)
                && !ann[m.from - 1].contains(where: { $0.cls == "YEAROK" || $0.cls == "UNIT" })
        case "notrate":
            // "$1.76 a year", "four flights a week", "24 hours a day" are rates, not durations.
            guard m.from > 0, !lists.one.contains(t[m.from].lower) else { return true }
            let p = t[m.from - 1]
            if p.isNumber { return false }
            if ann[m.from - 1].contains(where: { $0.cls == "NUM" || $0.cls == "UNIT" || $0.cls == "RATEWORD" }) { return false }
            return !(p.lower.count > 3 && lists.isPlural(p.lower)
                && !ann[m.from - 1].contains(where: { $0.cls == "YEAROK" }))
        case "notfall":
            if isTitle(m, t, ann, afterName: false) { return false }
            // "fall" alone is mostly the verb or "the fall of Berlin".
            return !m.captures.contains(where: { $0.cls == "SEASON" && lists.ambiguousSeason.contains(t[$0.from].lower) })
        case "yearmonth":
            return isYearMonth(m.from, t, ann)
        case "shortyear":
            // "1915-17": two digits written right after the hyphen, not "1990-5 vote" or "1998 - 12".
            guard let last = m.captures.last, last.cls == "NUM", last.to - last.from == 1 else { return false }
            // "2005-12" is December 2005 unless the context makes it a span ("the 2005-12 period").
            if isYearMonth(m.from, t, ann) { return false }
            let tok = t[last.from]
            // The second year comes later in the same century ("1995-12" is no range; let the year stand).
            guard let first = m.captures.first(where: { $0.cls == "YEAR" }), first.value.i % 100 < last.value.i else { return false }
            return tok.digits == 2 && !tok.spaceBefore && !t[last.from - 1].spaceBefore
                && !lists.percent.contains(after) && !["-", "/", ":"].contains(after) && !(m.to < t.count && ann[m.to].contains(where: { $0.cls == "UNIT" }))
        case "notspan":
            // "Two days after the fall" is a step in time; "for two days after the fall" a span.
            // The span word may stand before a modifier: "for about a week before".
            return !(max(0, m.from - 3)..<m.from).contains { lists.span.contains(t[$0].lower) }
        case "afterprep":
            // "during this period", "at the same time"; not "this time he won" (this occasion).
            return lists.periodPrep.contains(before)
        case "notage":
            // "in his 30s", "in her early thirties": an age, not a decade.
            var k = m.from - 1
            while k >= 0 && k >= m.from - 3 && (t[k].lower == "-" || ann[k].contains { $0.cls == "PMOD" && $0.length == 1 }) { k -= 1 }
            return !(k >= 0 && lists.possessive.contains(t[k].lower))
        case "capital":
            return t[m.from].capitalized
        case "target":
            // "перенесены на среду": the day a plan or a move is for.
            return lists.targetPrep.contains(before)
        case "during":
            // "за ночь", "за утро": a part of the day something happened in (`DURINGPREP`).
            return lists.duringPrep.contains(before)
        case "daymonth":
            return isDayMonth(m.from, t, ann)
        case "decreasing":
            // Amounts of ever smaller units: "1 час 8 минут", not "шесть месяцев 2012 года" (a length and a year).
            let order = ["ML", "CE", "DE", "Y", "Q", "M", "W", "D", "TH", "TM", "TS"]
            let ranks = m.captures.filter { $0.cls == "UNIT" }.compactMap { order.firstIndex(of: $0.value.s) }
            return zip(ranks, ranks.dropFirst()).allSatisfy { $0 < $1 }
        case "notafternoun":
            // "днём" as an adverb ("Днём будет ясно"), not the noun after its adjective ("будет рабочим днём"):
            // no `NOUNMODIFIER` word right before it.
            return !lists.nounModifier.contains(before)
        case "clockhour":
            // An hour past noon (13-23): a clock time, not a count of hours.
            // (Not 24: "24 часа" is a day's length far more often than midnight.)
            return m.captures.first(where: { $0.cls == "NUM" }).map { (13...23).contains($0.value.i) } ?? false
        case "notcapital":
            // A month adjective in lower case ("январские события"); capitalized it names something
            // ("Октябрьская революция").
            return !t[m.from].capitalized
        case "afterpmod":
            // "к концу года", "в начале года": a bare year noun is a date only after a point modifier.
            return (max(0, m.from - 5)..<m.from).contains { j in
                ann[j].contains { ($0.cls == "PMOD" || $0.cls == "PMODCOARSE") && j + $0.length == m.from }
            }
        case "adverb":
            // "накануне" as an adverb ("the day before"), not a preposition ("накануне выборов", on the eve of
            // the vote): what follows ends the clause, is a time, a finite verb, or an `ADVERBNEXT` word.
            guard m.to < t.count else { return true }
            let next = t[m.to]
            if lists.clauseEnd.contains(after) || !next.lower.unicodeScalars.first!.properties.isAlphabetic { return true }
            if ann[m.to].contains(where: { ["POD", "TIME", "TIMEWORD", "DAYREL"].contains($0.cls) }) { return true }
            if let c = tenseCues.cue(after), c != .none { return true }
            return lists.adverbNext.contains(after)
        default:
            return true
        }
    }

    /// "2005-12" at `i` read as a year and a month: the second number is a month, it is not the
    /// next year ("2011-12" is a season, a fiscal or school year), and no word around it makes it
    /// a span ("from", "between", "the 2005-12 period", "the 2001-05 seasons").
    func isYearMonth(_ i: Int, _ t: [TToken], _ ann: [[Annotation]]) -> Bool {
        guard let ym = ann[i].first(where: { $0.cls == "YEARMONTH" }) else { return false }
        if ym.value.i2 == (ym.value.i % 100 + 1) % 100 { return false }
        let end = i + ym.length
        if i > 0 && lists.rangeBefore.contains(t[i - 1].lower) { return false }
        if end < t.count {
            let after = t[end].lower
            if lists.rangeAfter.contains(after) || lists.percent.contains(after) || ["-", "/", ":"].contains(after) { return false }
            if ann[end].contains(where: { $0.cls == "UNIT" }) { return false }
        }
        return true
    }

    /// A lone capitalized word inside a name is a title, not a date: followed by a preposition and a
    /// capitalized name ("the March for Life", "the March to the Sea", "Spring of Life"), or after a
    /// capitalized word in mid-sentence that is no date word itself ("the Long March", "the Ice March";
    /// `afterName`: seasons keep their dates in names like "the Chinese Winter Offensive").
    func isTitle(_ m: RuleMatch, _ t: [TToken], _ ann: [[Annotation]], afterName: Bool = true) -> Bool {
        guard t[m.from].capitalized, m.to - m.from == 1 else { return false }
        if afterName, m.from >= 2, t[m.from - 1].capitalized, !t[m.from - 1].isNumber, t[m.from - 1].lower.count > 1,
            ann[m.from - 1].isEmpty, ![".", "!", "?", "\"", "'", "(", ":"].contains(t[m.from - 2].lower)
        {
            return true
        }
        guard m.to + 1 < t.count, lists.titleLink.contains(t[m.to].lower) else { return false }
        var k = m.to + 1
        if lists.definite.contains(t[k].lower), k + 1 < t.count { k += 1 }
        return t[k].capitalized && !t[k].isNumber && ann[k].isEmpty
    }

    /// News or narrative: narratives mostly mention years long before the DCT (or have no DCT).
    func chooseMode(dct: Day?, found: [Found], tokens: [[TToken]]) -> ReferenceMode {
        guard let d = dct else { return .narrative }
        var years: [Int] = []
        var deictic = 0
        var countedFromToday = 0
        for f in found {
            if f.match.captures.contains(where: { $0.cls == "DAYREL" || $0.cls == "WEEKDAY" || $0.cls == "DSHIFT" }) { deictic += 1 }
            // "yesterday", "Friday", "this week", "last year"; not the anaphoric "the next day", "the previous year".
            if f.match.captures.contains(where: { $0.cls == "DAYREL" || $0.cls == "WEEKDAY" })
                || f.match.captures.contains(where: { $0.cls == "DSHIFT" }) && rules[f.match.rule].args["anchor"] != "last"
            {
                countedFromToday += 1
            }
            for c in f.match.captures {
                if c.cls == "YEAR" { years.append(c.value.i) }
                if c.cls == "ERA" && c.value.s == "BC" { return .narrative }
            }
        }
        // News talks about "yesterday", "Friday" and "last week"; histories hardly ever do.
        if deictic >= 3 && deictic * 10 >= years.count { return .news }
        // A long history of years, or several years mostly long before the DCT.
        if years.count >= 15 { return .narrative }
        // A news story that looks back ("the crisis of the early 1990s ... the ruling last Tuesday") is still
        // news: one expression counted from the day of writing and a short list of years (TimeML anchors all of
        // news to its DCT; histories long enough to be read as narratives name many more years).
        // ("the next day", "the previous year", counted from the last date, are as common in histories.)
        if countedFromToday >= 1 { return .news }
        guard years.count >= 5 else { return .news }
        let median = years.sorted()[years.count / 2]
        return median < d.year - 10 ? .narrative : .news
    }

    /// How far into a page its date lines are looked for (scalars): a page gives its date at the top.
    static let pageDateWindow = 1_500

    /// The date a page's furniture gives ("Published: Fri 28 Oct 2022, 6:43 AM", "January 9, 2024"
    /// under the headline): the earliest full date (year, month, day) written in a furniture line near
    /// the top of the page (an "Updated" line gives a later one), or nil.
    func pageDate(_ doc: Document, text: ScalarText, found: [Found], tokens: [[TToken]]) -> DocumentCreationTime? {
        guard let furniture = doc.furniture, !furniture.isEmpty else { return nil }
        var best: (day: Day, line: FurnitureLine)?
        for f in found {
            let t = tokens[f.sentence]
            let a = t[f.match.from].start
            let b = t[f.match.to - 1].end
            guard a < Self.pageDateWindow, let line = furniture.first(where: { $0.contains(from: a, to: b) }) else { continue }
            let fl = Fields(f.match.captures, tokens: t, lists: lists)
            var day: Day?
            if let (y, m, d) = fl.numdate { day = Day(validYear: y, month: m, day: d) }
            if day == nil, let y = fl.year, !fl.bc, let m = fl.month, let d = fl.day { day = Day(validYear: y, month: m, day: d) }
            if let day, best == nil || day < best!.day { best = (day, line) }
        }
        guard let (day, line) = best else { return nil }
        return DocumentCreationTime(
            value: day.description, inferred: true, origin: .pageDate,
            evidence: "the input gives no date; the page's furniture line \"\(text.slice(line.start, line.end))\" is taken for its publication date")
    }

    /// DCT rules: option > metadata > full dateline > dateline whose year is inferred > a date line of
    /// the page's furniture.
    func documentCreationTime(
        _ doc: Document, text: ScalarText, override: String?, found: [Found], tokens: [[TToken]], tenses: [Tense], warnings: inout [String]
    ) -> DocumentCreationTime {
        if let o = override, !o.isEmpty {
            return DocumentCreationTime(value: o, inferred: false, origin: .option)
        }
        if let p = doc.publicationDate, !p.isEmpty {
            return DocumentCreationTime(value: String(p.prefix(10)), inferred: false, origin: .metadata)
        }
        guard let dl = doc.dateline else {
            return pageDate(doc, text: text, found: found, tokens: tokens) ?? .unknown
        }
        let dlText = ScalarText(dl.text)
        let toks = TokenStream.tokens(dlText, from: 0, to: dlText.count)
        let dlFound = findAll(toks, sentence: 0)
        var fields: Fields?
        for f in dlFound {
            let fl = Fields(f.match.captures, tokens: toks, lists: lists)
            if fl.month != nil || fl.numdate != nil { fields = fl; break }
        }
        guard let fl = fields else {
            warnings.append("dateline \"\(dl.text)\" holds no date")
            return .unknown
        }
        if let (y, m, d) = fl.numdate, let day = Day(validYear: y, month: m, day: d) {
            return DocumentCreationTime(value: day.description, inferred: false, origin: .dateline)
        }
        let month = fl.month!
        if let y = fl.year {
            if let d = fl.day, let day = Day(validYear: y, month: month, day: d) {
                return DocumentCreationTime(value: day.description, inferred: false, origin: .dateline)
            }
            return DocumentCreationTime(value: "\(Day.yearString(y))-\(Day.pad2(month))", inferred: false, origin: .dateline)
        }
        // No year: news style (AP, Reuters, TASS) writes the year of a date only when it is not the
        // current year, so the dateline falls in the first year after the latest past year the text
        // writes out. A full date less than a month before the dateline is the exception (some
        // agencies write the year of every date): then the dateline keeps that date's year.
        var latest: (Day, String, Bool)?
        // The latest year written alone in a past-tense clause: the piece was written in it or later.
        var latestBareYear: (Int, String)?
        for (k, f) in found.enumerated() {
            let t = tokens[f.sentence]
            // The dateline's own date is no evidence; the rest of its sentence is (a wire dateline
            // "TBILISI, Dec 5 (Reuters) - ..." opens the first sentence of the body).
            if t[f.match.from].start >= dl.start && t[f.match.to - 1].end <= dl.end { continue }
            if tenses[k] == .future { continue }
            let fl = Fields(f.match.captures, tokens: t, lists: lists)
            // A bare year ("in power since 1994", "a 2012 law") is background as often as news: only a
            // dated event (a month at least: "in April 2023") tells when the piece was written.
            if let y = fl.year, !fl.bc, y > 1000, fl.month == nil, fl.season == nil, tenses[k] == .past,
                latestBareYear == nil || y > latestBareYear!.0
            {
                latestBareYear = (y, text.slice(t[f.match.from].start, t[f.match.to - 1].end))
            }
            guard let y = fl.year, !fl.bc, y > 1000, fl.month != nil else { continue }
            let start = Day(year: y, month: fl.month ?? 1, day: fl.month != nil ? (fl.day ?? 1) : 1)
            if latest == nil || start > latest!.0 {
                let a = t[f.match.from].start, b = t[f.match.to - 1].end
                latest = (start, text.slice(a, b), fl.month != nil && fl.day != nil)
            }
        }
        let dayOfMonth = fl.day ?? 1
        guard let (past, phrase, pastIsDay) = latest else {
            warnings.append("dateline \"\(dl.text)\" has no year and the text gives no dated past event to infer it from")
            let v = "XXXX-\(Day.pad2(month))" + (fl.day.map { "-\(Day.pad2($0))" } ?? "")
            return DocumentCreationTime(value: v, inferred: false, origin: .dateline, evidence: nil)
        }
        func dateline(in year: Int) -> Day { Day(year: year, month: month, day: min(dayOfMonth, Day.daysIn(month: month, year: year))) }
        let sameYear = dateline(in: past.year)
        let recent = pastIsDay && sameYear >= past && sameYear.julianDay - past.julianDay <= 31
        var y = recent ? past.year : past.year + 1
        // A later year told in the past ("talks collapsed in 1997") is a floor the dated event did not reach.
        var floor = ""
        if let (bare, barePhrase) = latestBareYear, bare > y {
            y = bare
            floor = "; the text tells of \"\(barePhrase)\" in the past, so the dateline is not earlier than that year"
        }
        let value = fl.day != nil ? dateline(in: y).description : "\(Day.yearString(y))-\(Day.pad2(month))"
        let why = floor.isEmpty
            ? (recent
                ? "that date is less than a month before the dateline, so the dateline is \(value)"
                : "news writes out the year of dates in other years, so the dateline is in the year after: \(value)")
            : "news writes out the year of dates in other years" + floor + ": \(value)"
        return DocumentCreationTime(
            value: value, inferred: true, origin: .datelineYearInferred,
            evidence: "dateline \"\(dl.text)\" has no year; the latest past date the text mentions is \"\(phrase)\"; \(why)")
    }
}
