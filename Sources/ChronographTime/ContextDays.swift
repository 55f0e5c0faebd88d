import ChronographCore

/// Days an expression takes from the text around it rather than from its own words: a weekday named alone
/// (rules with `inweek=1`) and a day and month written as digits (guard `daymonth`).
extension TemporalTagger {
    /// An expression of the current sentence already resolved: its tokens, its day (if it names one) and whether
    /// it names a weekday.
    struct Recent {
        var sentence: Int
        var from: Int
        var to: Int
        var day: Day?
        var weekdayNamed: Bool
    }

    /// `inweek=1`: the day a weekday named alone stands for, from what came before it, or nil (then its tense
    /// decides). In apposition to a date (only `WEEKDAYLINK` words between, across the other expressions of a
    /// list) it is that date ("11 января, в среду", "3 и 4 ноября (воскресенье и понедельник)"); in a list after
    /// another weekday, the nearest such day to that one ("в пятницу в 22:12 ..., в субботу в 04:12"). Else, after
    /// a day named by its weekday in this or the previous sentence, the nearest such day to that one when it
    /// agrees with the tense (future: not before the DCT, past: not after it): "в это же воскресенье ... В субботу
    /// откроют тур" is the day before that Sunday.
    func weekdayInContext(_ f: Found, tokens t: [TToken], recent: [Recent], ref: Reference, tense: Tense) -> Day? {
        guard ref.mode == .news, let wd = f.match.captures.first(where: { $0.cls == "WEEKDAY" })?.value.i else { return nil }
        var p = f.modFrom ?? f.match.from
        var inList: Day?
        for item in recent.reversed() where item.sentence == f.sentence {
            guard item.to <= p, (item.to..<p).allSatisfy({ lists.weekdayLink.contains(t[$0].lower) }) else { break }
            if let d = item.day {
                if d.weekday == wd { return d }
                if item.weekdayNamed && inList == nil { inList = TemporalTagger.nearest(wd, to: d) }
            }
            p = item.from
        }
        if let d = inList { return d }
        guard let w = ref.lastWeekday, ref.lastWeekdaySentence >= f.sentence - 1, let dct = ref.dct else { return nil }
        let d = TemporalTagger.nearest(wd, to: w)
        switch tense {
        case .future: return d >= dct ? d : nil
        case .past: return d <= dct ? d : nil
        default: return d
        }
    }

    /// The day with ISO weekday `wd` nearest to `d` (at most three days away).
    static func nearest(_ wd: Int, to d: Day) -> Day {
        let forward = (wd - d.weekday + 7) % 7
        return d.adding(days: forward <= 3 ? forward : forward - 7)
    }

    /// "с 30.12", "до 10.01": a day and a two-digit month joined by the clock separator (`CLOCKSEP`), after a
    /// preposition of time and before the end of a clause, with no zone after it ("12.06 мск" is a clock time); a
    /// day that could be an hour (up to 24) only in a sentence that writes another day so that cannot.
    func isDayMonth(_ i: Int, _ t: [TToken], _ ann: [[Annotation]]) -> Bool {
        func dayMonth(_ j: Int) -> Int? {
            guard j + 2 < t.count, t[j].isNumber, t[j].digits <= 2, let d = t[j].number, d >= 1, d <= 31,
                lists.clockSeparator.contains(t[j + 1].lower), !t[j + 1].spaceBefore, !t[j + 2].spaceBefore,
                t[j + 2].isNumber, t[j + 2].digits == 2, let mo = t[j + 2].number, mo >= 1, mo <= 12,
                !(j + 3 < t.count && !t[j + 3].spaceBefore && t[j + 3].isNumber),
                // (Not a date with its year: "05.01.2024".)
                !(j + 4 < t.count && t[j + 3].lower == t[j + 1].lower && !t[j + 3].spaceBefore && !t[j + 4].spaceBefore && t[j + 4].isNumber)
            else { return nil }
            return d
        }
        guard let d = dayMonth(i) else { return false }
        let end = i + 3
        if end < t.count {
            if ann[end].contains(where: { $0.cls == "TZ" || $0.cls == "UNIT" }) || lists.percent.contains(t[end].lower) { return false }
            // "по московскому (времени)".
            if end + 1 < t.count && ann[end + 1].contains(where: { $0.cls == "ZONEADJ" }) { return false }
        }
        // After a preposition of time, and before the end of a clause or another preposition ("с 30.12 по 10.01");
        // not a decimal before its noun ("на 25.10 пункта").
        let before = i > 0 ? t[i - 1].lower : ""
        guard lists.periodPrep.contains(before) || lists.targetPrep.contains(before),
            end >= t.count || lists.clauseEnd.contains(t[end].lower) || lists.periodPrep.contains(t[end].lower)
        else { return false }
        return d > 24 || t.indices.contains { $0 != i && (dayMonth($0) ?? 0) > 24 }
    }
}
