import ChronographCore

/// One normalized expression before it becomes a ``Timex``: token range, type and value.
struct Resolved {
    var from: Int
    var to: Int
    var type: TimexType
    var value: String
    var mod: TemporalModifier?
    var quant: String?
    var freq: String?
    var rangeStart: String?
    var rangeEnd: String?
    /// The date this expression makes the new reference, for narratives and anaphora.
    var anchor: (Day, Granularity)?
}

/// Turns a rule match into TIMEX3 values. Each rule names one action (`action date`, `action shift`, ...);
/// the actions read the match's slots (``Fields``) and the rule's arguments.
struct Normalizer {
    var ref: Reference
    var tense: Tense
    /// The sentence of the expression being resolved.
    var sentence = 0
    /// The language's word lists (`words.tsv`).
    let lists: WordLists
    /// A past-tense verb stands right before the expression ("the year ended Jan. 31").
    var pastVerbBefore = false
    /// A past-tense verb governs the expression in its clause ("Since KKR bought RJR in February").
    var pastGoverns = false
    /// The day a weekday named alone stands for, found from its context (`inweek=1`): the date it is in
    /// apposition to, or a day in the week the text is about (``TemporalTagger/weekdayInContext``).
    var weekdayDay: Day?

    func resolve(_ rule: Rule, _ m: RuleMatch, tokens: [TToken]) -> [Resolved] {
        if let conn = m.connector, rule.action == "range" {
            var a = Fields(m.captures, tokens: tokens, lists: lists, part: 0)
            var b = Fields(m.captures, tokens: tokens, lists: lists, part: 1)
            if a.month == nil && a.day != nil { a.month = b.month }
            // "499-493 BC": the era after the second year holds for the first.
            if a.year == nil, b.bc || b.ad, let e = a.eraYear { a.year = e; a.bc = b.bc }
            // "1915-17": the second year shares the century of the first.
            if b.year == nil, b.month == nil, let y = a.year, !a.bc, let n = b.num?.i, n < 100 {
                let y2 = y / 100 * 100 + n
                guard y2 > y else { return [] }
                b.year = y2
            }
            if a.year == nil && a.decade == nil && (a.month != nil || a.weekday == nil) {
                a.year = b.year
                a.bc = a.bc || b.bc
                // "28 December - 3 January 2024": a span across the new year starts the year before.
                if let am = a.month, let bm = b.month, am > bm, let y = b.year, !b.bc { a.year = y - 1 }
            }
            if b.month == nil && b.day != nil { b.month = a.month }
            if b.year == nil && b.month != nil { b.year = a.year }
            // "на ночь и утро вторника": the parts of a day share the weekday after the second.
            if a.weekday == nil && a.pod != nil && a.day == nil && a.month == nil { a.weekday = b.weekday }
            guard var first = date(a, rule.args, m.from, conn), var second = date(b, rule.args, conn + 1, m.to) else { return [] }
            first.rangeStart = first.value; first.rangeEnd = second.value
            second.rangeStart = first.value; second.rangeEnd = second.value
            return [first, second]
        }
        // "XX–XXI веков": two centuries.
        if let conn = m.connector, rule.action == "century" {
            let a = Fields(m.captures, tokens: tokens, lists: lists, part: 0)
            let b = Fields(m.captures, tokens: tokens, lists: lists, part: 1)
            guard let first = century(a, m.from, conn), let second = century(b, conn + 1, m.to) else { return [] }
            return [first, second]
        }
        // `sum=1`: "two years and eight months" is one duration, the amounts of two units added.
        if let conn = m.connector, rule.action == "duration", rule.args["sum"] == "1" {
            let a = Fields(m.captures, tokens: tokens, lists: lists, part: 0)
            let b = Fields(m.captures, tokens: tokens, lists: lists, part: 1)
            guard let first = duration(a, [:], m.from, conn), let second = duration(b, [:], conn + 1, m.to) else { return [] }
            // Units that do not add up ("eight months and two years") stay two durations.
            guard let v = Normalizer.durationSum(first.value, second.value) else { return [first, second] }
            return [Resolved(from: m.from, to: m.to, type: .duration, value: v)]
        }
        // `sum=1` with no word between the amounts ("1 час 8 минут"): the second amount begins after the first unit.
        if m.connector == nil, rule.action == "duration", rule.args["sum"] == "1",
            let u = m.captures.firstIndex(where: { $0.cls == "UNIT" }), u + 1 < m.captures.count
        {
            var caps = m.captures
            for k in (u + 1)..<caps.count { caps[k].part = 1 }
            let split = caps[u].to
            let a = Fields(caps, tokens: tokens, lists: lists, part: 0)
            let b = Fields(caps, tokens: tokens, lists: lists, part: 1)
            guard let first = duration(a, [:], m.from, split), let second = duration(b, [:], split, m.to) else { return [] }
            guard let v = Normalizer.durationSum(first.value, second.value) else { return [first, second] }
            return [Resolved(from: m.from, to: m.to, type: .duration, value: v)]
        }
        // "two to three weeks": the first amount shares the unit of the second.
        if let conn = m.connector, rule.action == "duration" {
            var a = Fields(m.captures, tokens: tokens, lists: lists, part: 0)
            let b = Fields(m.captures, tokens: tokens, lists: lists, part: 1)
            // (`order=any`: two amounts of a list, "на 45 и 20 минут соответственно", not a range.)
            guard let unit = b.unit, let an = a.num, let bn = b.num, an.i < bn.i || rule.args["order"] == "any", !a.vague, !b.vague else { return [] }
            a.unit = unit
            guard let first = duration(a, rule.args, m.from, conn), let second = duration(b, rule.args, conn + 1, m.to) else { return [] }
            return [first, second]
        }
        var f = Fields(m.captures, tokens: tokens, lists: lists)
        if let only = rule.args["mode"], only != ref.mode.rawValue { return [] }
        // `year=ord`: the ordinal is the year ("в 1945-м году"; "в двадцать втором году": two digits, the
        // year of that name nearest the reference).
        if rule.args["year"] == "ord", f.year == nil, let n = f.ord {
            // (Two digits with an ending, "на 64-м году жизни", count years of something else.)
            let digits = m.captures.contains { $0.cls == "ORD" && tokens[$0.from].isNumber }
            guard n >= 1, n < 100 && !digits || (n >= 1000 && n <= 2199) else { return [] }
            f.year = n
            f.yearTwoDigits = n < 100
            f.ord = nil
            f.day = nil
        }
        var r: Resolved?
        switch rule.action {
        case "date", "range": r = date(f, rule.args, m.from, m.to)
        case "shift": r = shift(f, rule.args, m.from, m.to)
        case "offset": r = offset(f, rule.args, m.from, m.to)
        case "duration": r = duration(f, rule.args, m.from, m.to)
        case "ref": r = Resolved(from: m.from, to: m.to, type: .date, value: rule.args["value"] ?? f.ref ?? "PRESENT_REF")
        // A time that only points back at what was just told ("during this period"): no value of its own.
        case "anaphor": r = Resolved(from: m.from, to: m.to, type: .date, value: "")
        case "set": r = set(f, rule.args, m.from, m.to)
        case "century": r = century(f, m.from, m.to)
        case "part": r = part(f, rule.args, m.from, m.to)
        default: r = nil
        }
        guard var res = r else { return [] }
        // `narrative=P1W`: histories (TIMEX2) annotate the expression as this duration ("during the last week of
        // August" = P1W); news as the date.
        if ref.mode == .narrative, let v = rule.args["narrative"] {
            return [Resolved(from: res.from, to: res.to, type: .duration, value: v)]
        }
        if let t = rule.args["type"], let tt = TimexType(rawValue: t) { res.type = tt }
        if let mod = rule.args["mod"] { res.mod = TemporalModifier(rawValue: mod) }
        return [res]
    }

    private func args(_ rule: Rule, _ key: String) -> String? { rule.args[key] }

    // MARK: dates

    private func yearString(_ y: Int, bc: Bool) -> String {
        bc ? "BC" + String(repeating: "0", count: max(0, 4 - String(y).count)) + String(y) : Day.yearString(y)
    }

    private func date(_ f: Fields, _ args: [String: String], _ from: Int, _ to: Int) -> Resolved? {
        var value: String
        var anchor: (Day, Granularity)?
        var dayLevel: Day?
        var f = f
        // `day=first|last`: "the first/last week of August" is read at a day of the month (the 4th, or the 4th
        // before the end: the week that lies mostly in the month).
        if let which = args["day"], f.day == nil, let mo = f.month {
            f.day = which == "last" ? Day.daysIn(month: mo, year: f.year ?? ref.deictic?.0.year ?? 2001) - 3 : 4
        }
        // `daymonth=1`: a day and a month written as digits with the clock separator between them ("с 30.12",
        // "до 10.01"), read from the number ("30.12") or the clock it also looks like ("10.01").
        if args["daymonth"] == "1" {
            if let h = f.hour, let mi = f.minute {
                (f.day, f.month) = (h, mi)
                (f.hour, f.minute, f.second) = (nil, nil, nil)
            } else if let parts = f.num?.s.split(separator: "."), parts.count == 2, let d = Int(parts[0]), let mo = Int(parts[1]) {
                (f.day, f.month) = (d, mo)
                f.num = nil
            }
            guard let d = f.day, let mo = f.month, d >= 1, d <= 31, mo >= 1, mo <= 12 else { return nil }
        }
        let month = f.month
        let day = f.day
        // `clock=pod`: "4 in the morning" is a clock time, before or after noon by the part of the day
        // ("2 at night" is 02:00, "11 at night" 23:00).
        if args["clock"] == "pod", let p = f.pod ?? args["pod"], let n = f.num?.i, n >= 1, n <= 12 {
            f.ampm = p == "MO" || p == "NI" && (n <= 5 || n == 12) ? "am" : "pm"
            f.oclock = true
            f.pod = nil
        }
        // `clock=num`: the count of hours is a clock time ("около 21 часа").
        if args["clock"] == "num", let n = f.num?.i, n <= 24 {
            f.oclock = true
            f.unit = nil
        }
        // "'99" is the year of that name nearest the reference: 1899 in a history of the First
        // World War, 1999 in news of 1998.
        if f.yearTwoDigits, let y = f.year, let (a, _) = ref.deictic {
            let yy = y % 100
            let base = a.year - a.year % 100
            f.year = [base - 100 + yy, base + yy, base + 100 + yy].min(by: { abs($0 - a.year) < abs($1 - a.year) })
        }
        // `decade=ord`: an ordinal of tens before the plural of "year" is a decade ("в семидесятые годы"), of the
        // century a shift names ("прошлого столетия") or else the latest one ending with it.
        if args["decade"] == "ord", let o = f.ord, o >= 10, o <= 90, o % 10 == 0 {
            if let n = f.dshift, f.unit == "CE", let (a, _) = ref.deictic { f.decade = (a.year / 100 + n) * 10 + o / 10 } else { f.decade = -(o / 10) }
            f.ord = nil
            f.dshift = nil
        }
        // `incentury=1`: a decade of the century named after it ("30-х годов 20 века").
        if args["incentury"] == "1", let d = f.decade, d > 0, let c = f.ord ?? f.num?.i, c >= 1, c <= 30 {
            f.decade = (c - 1) * 10 + d % 10
        }
        // `dayrel=N`: a word that counts days from the report ("накануне", the day before).
        if f.dayrel == nil, let n = args["dayrel"].flatMap({ Int($0) }) { f.dayrel = n }
        // "June last year": the year comes from a shift.
        if f.year == nil, let n = f.dshift, WordLists.any(f.words, in: lists.yearWord), let (a, _) = ref.deictic { f.year = a.year + n }
        // "July 25 of that year": the year of the last date mentioned.
        if f.year == nil, WordLists.any(f.words, in: lists.yearWord), WordLists.any(f.words, in: lists.thatWord), let (a, _) = ref.anaphoric {
            f.year = a.year
        }
        if let h = f.holiday {
            var y = f.year ?? yearless(month: holidayMonth(h), day: 15)
            // "last Thanksgiving": the latest one before the reference day; "next Christmas": the first after.
            if f.year == nil, let n = f.dshift, n != 0, let (a, _) = ref.deictic {
                y = (n < 0 ? [a.year, a.year - 1] : [a.year, a.year + 1]).first { yy in
                    holidayDay(h, year: yy).map { n < 0 ? $0 < a : $0 > a } ?? false
                }
            }
            guard let year = y, let d = holidayDay(h, year: year) else {
                value = "XXXX-" + (h.count == 5 ? h : "XX-XX")
                return Resolved(from: from, to: to, type: .date, value: value)
            }
            dayLevel = d
            value = d.description
            anchor = (d, .day)
        } else if let (y, mo, d) = f.numdate {
            guard let dd = Day(validYear: y, month: mo, day: d) else { return nil }
            dayLevel = dd; value = dd.description; anchor = (dd, .day)
        } else if let dec = f.decade {
            var decade = dec
            if dec < 0 {
                let base = ref.deictic?.0.year ?? 1990
                decade = (base / 100) * 10 - dec
                if decade * 10 > base { decade -= 10 }
            }
            value = f.bc ? "BC" + String(repeating: "0", count: max(0, 3 - String(decade).count)) + String(decade) : String(decade)
            if !f.bc { anchor = (Day(year: decade * 10, month: 1, day: 1), .decade) }
        } else if let s = f.season {
            guard let y = f.year ?? seasonYear(s, shift: nil) else { return Resolved(from: from, to: to, type: .date, value: "XXXX-" + s) }
            value = yearString(y, bc: f.bc) + "-" + s
            anchor = (Day(year: f.bc ? 1 - y : y, month: seasonMonth(s), day: 1), .season)
        } else if let y = f.year {
            if let mo = month {
                if let d = day {
                    guard let dd = Day(validYear: y, month: mo, day: d) else { return nil }
                    value = f.bc ? yearString(y, bc: true) + "-\(Day.pad2(mo))-\(Day.pad2(d))" : dd.description
                    if !f.bc { dayLevel = dd; anchor = (dd, .day) }
                } else {
                    value = yearString(y, bc: f.bc) + "-" + Day.pad2(mo)
                    anchor = (Day(year: f.bc ? 1 - y : y, month: mo, day: 1), .month)
                }
            } else {
                value = yearString(y, bc: f.bc)
                // BC years become astronomical years (1 BC = year 0) so that arithmetic works.
                anchor = (Day(year: f.bc ? 1 - y : y, month: 1, day: 1), .year)
            }
        } else if let mo = month {
            if let d = day {
                if let n = f.dshift, n != 0, let y = shiftedYear(month: mo, day: d, shift: n), let dd = Day(validYear: y, month: mo, day: d) {
                    value = dd.description; dayLevel = dd; anchor = (dd, .day)
                } else if let y = yearless(month: mo, day: d, tensed: args["tensed"] == "1"), let dd = Day(validYear: y, month: mo, day: d) {
                    value = dd.description; dayLevel = dd; anchor = (dd, .day)
                } else {
                    value = "XXXX-\(Day.pad2(mo))-\(Day.pad2(d))"
                }
            } else if let y = yearless(month: mo, day: nil) {
                value = "\(Day.yearString(y))-\(Day.pad2(mo))"
                anchor = (Day(year: y, month: mo, day: 1), .month)
            } else {
                value = "XXXX-\(Day.pad2(mo))"
            }
        } else if let d = day, f.weekday == nil {
            // "the 5th": a day of the reference month.
            guard let (a, g) = ref.anaphoric, g >= .month, let dd = Day(validYear: a.year, month: a.month, day: d) else {
                return Resolved(from: from, to: to, type: .date, value: "XXXX-XX-\(Day.pad2(d))")
            }
            value = dd.description; dayLevel = dd; anchor = (dd, .day)
        } else if let wd = f.weekday {
            if let dd = weekday(wd, shift: f.dshift) {
                value = dd.description; dayLevel = dd; anchor = (dd, .day)
            } else {
                value = "XXXX-WXX-\(wd)"
            }
        } else if let n = f.dayrel {
            if let (a, g) = ref.deicticDay, g >= .day {
                let dd = a.adding(days: n)
                value = dd.description; dayLevel = dd; anchor = (dd, .day)
            } else {
                value = "XXXX-XX-XX"
            }
        } else if f.clock != nil || f.pod != nil || args["pod"] != nil || args["focus"] == "1" {
            // `series=1`: "a second night", "the third day": a later day of a series, not its first.
            if args["series"] == "1" && (f.ord ?? 0) < 2 { return nil }
            // A bare clock time in news belongs to the day in focus: the last day the text named
            // ("shot on Oct. 23 ... at 10 p.m."), else the DCT.
            if f.clock != nil || args["focus"] == "1", ref.mode == .news, var l = ref.last, ref.lastGranularity >= .day {
                // `tenseday=1`: the day in focus must agree with the tense, else the last day given that does, else
                // the DCT ("Второй тур пройдет в воскресенье ... первого тура, прошедшего 10 апреля ... участки
                // начнут работу в 08:00": Sunday's).
                if args["tenseday"] == "1", let dct = ref.dct, ref.lastSentence < sentence {
                    if tense == .future && l < dct { l = ref.lastUpcoming ?? dct }
                    if tense == .past && l > dct { l = ref.lastPassed ?? dct }
                }
                // A morning clock time told of a night just named is after its midnight ("в ночь на воскресенье
                // ... в 01:29": Sunday).
                let afterMidnight = ref.lastNight && (f.clock.flatMap { Int($0.prefix(2)) }).map { $0 < 12 } == true
                let d = afterMidnight ? l.adding(days: 1) : l
                dayLevel = d; value = d.description
            } else if let (a, g) = ref.deictic, g >= .day {
                dayLevel = a; value = a.description
            } else {
                // A day of a series in a history with no day to count from: TIMEX2 gold agrees on no value.
                if args["series"] == "1" && f.pod == nil { return nil }
                value = "XXXX-XX-XX"
            }
        } else {
            return nil
        }
        // `days=N`: the day N days from the one named ("в ночь на 5 января", the night that ends on it, is dated
        // by the 4th).
        if let n = args["days"].flatMap({ Int($0) }), let d = dayLevel {
            let dd = d.adding(days: n)
            dayLevel = dd; value = dd.description; anchor = (dd, .day)
        }
        // "the week of March 6": the ISO week that holds the day.
        if args["week"] == "1", let d = dayLevel {
            return Resolved(from: from, to: to, type: .date, value: TemporalValue.format(d, granularity: .week), anchor: (d, .week))
        }
        let pod = args["pod"] ?? f.pod ?? (f.dayrelWord.map { lists.tonight.contains($0) } == true ? "NI" : nil)
        if let clock = f.clock, dayLevel != nil || value.hasPrefix("XXXX-XX-XX") {
            return Resolved(from: from, to: to, type: .time, value: value + "T" + clock, anchor: anchor)
        }
        if let p = pod, dayLevel != nil || value.hasPrefix("XXXX-XX-XX") {
            return Resolved(from: from, to: to, type: .time, value: value + "T" + p, anchor: anchor)
        }
        return Resolved(from: from, to: to, type: .date, value: value, anchor: anchor)
    }

    /// The year of a date given without one: news reads tense against the DCT (a past-tense
    /// "December 28" in early January is last year's); narratives take the year of the last date.
    /// `tensed`: a day-precise date leans with the tense (rules with `tensed=1`, for a language whose verb forms
    /// tell the tense): under a future cue the past counts double instead of the future ("Зимние каникулы начнутся
    /// с 30 декабря" written in August is this December's; a day a week or two back stays in the past).
    func yearless(month: Int, day: Int?, tensed: Bool = false) -> Int? {
        guard let (a, _) = ref.deictic else { return nil }
        if ref.mode == .narrative {
            // A story told in order moves on: "In January" right after events of October or later
            // is the next January, not one most of a year back.
            if ref.lastGranularity >= .month, a.month - month >= 8 { return a.year + 1 }
            return a.year
        }
        func start(_ y: Int) -> Day { Day(year: y, month: month, day: min(day ?? 1, Day.daysIn(month: month, year: y))) }
        // A month named again right after a date in it ("In early January 2022, protests escalated. The January
        // events claimed 238 lives") is that month.
        if day == nil, let l = ref.last, ref.lastGranularity >= .month, l.month == month, ref.lastSentence >= sentence - 1 {
            return l.year
        }
        // News that retells dated events ("On January 2, 2022, protests broke out. By January 4,
        // they had spread") goes on in the year of the date just given (in this sentence or the one
        // before), when that date lies months from the DCT and the new one follows it within weeks.
        // A day a little before the one just given belongs to it too ("riots on January 2-11, 2022.
        // Protests spread from January 4 to 7"). (A month given alone carries nothing: "the August
        // 1988 cease-fire ... the invasion on Aug. 2" is this year's August.)
        // The story's date is the last day given months from the DCT: the report's own "said on
        // Thursday" in between does not interrupt it (``Reference/story``).
        if tense != .future, let l = ref.story, ref.storySentence >= sentence - 1, abs(l.julianDay - a.julianDay) > 120 {
            if let y = [l.year, l.year + 1].first(where: { start($0) >= l && start($0).julianDay - l.julianDay <= 62 && start($0) <= a }) {
                return y
            }
            if day != nil, let y = [l.year, l.year - 1].first(where: { start($0) < l && l.julianDay - start($0).julianDay <= 31 }) {
                return y
            }
        }
        let candidates = [a.year - 1, a.year, a.year + 1]
        func end(_ y: Int) -> Day { Day(year: y, month: month, day: min(day ?? 31, Day.daysIn(month: month, year: y))) }
        // Day-precise dates: the nearest year, a future one counting double (news reports more
        // than it announces, and tense cues are too noisy to trust at this precision).
        if day != nil {
            if pastVerbBefore, let y = candidates.last(where: { start($0) <= a }) { return y }
            if tensed, tense == .future {
                func ahead(_ y: Int) -> Int { a > end(y) ? 2 * (a.julianDay - end(y).julianDay) : distance(start(y), end(y), a) }
                return candidates.min(by: { ahead($0) < ahead($1) })
            }
            return candidates.min(by: { weighted(start($0), end($0), a) < weighted(start($1), end($1), a) })
        }
        switch tense {
        case .future:
            return candidates.first(where: { end($0) >= a })
        case .past:
            // The last such month, unless it is most of a year back and the next one is close:
            // "talks resume in January" in a past-tense report from late October.
            guard let y = candidates.last(where: { start($0) <= a }) else { return nil }
            // (Not when a past-tense verb governs the month itself: "Since KKR bought RJR in February".)
            if !pastGoverns && a.julianDay - start(y).julianDay > 240 && start(y + 1).julianDay - a.julianDay < 100 { return y + 1 }
            return y
        case .present, .none:
            return candidates.min(by: { weighted(start($0), end($0), a) < weighted(start($1), end($1), a) })
        }
    }

    /// The year of "last Oct. 23" (the latest such day before the reference day) or
    /// "next March 3" (the first one after it).
    func shiftedYear(month: Int, day: Int, shift: Int) -> Int? {
        guard let (a, _) = ref.deictic else { return nil }
        for y in shift < 0 ? [a.year, a.year - 1] : [a.year, a.year + 1] {
            guard let d = Day(validYear: y, month: month, day: day) else { continue }
            if shift < 0 ? d < a : d > a { return y }
        }
        return nil
    }

    private func weighted(_ s: Day, _ e: Day, _ a: Day) -> Int {
        a < s ? 2 * (s.julianDay - a.julianDay) : distance(s, e, a)
    }

    private func distance(_ s: Day, _ e: Day, _ a: Day) -> Int {
        if a < s { return s.julianDay - a.julianDay }
        if e < a { return a.julianDay - e.julianDay }
        return 0
    }

    /// A weekday next to the reference day: "last" = strictly before, "next" = strictly after,
    /// "this" = in the same week; bare weekdays follow the tense (past: on or before).
    func weekday(_ wd: Int, shift: Int?) -> Day? {
        if shift == nil, let d = weekdayDay, d.weekday == wd { return d }
        guard let (a, g) = ref.deicticDay, g >= .day else { return nil }
        var back = (a.weekday - wd + 7) % 7
        var fwd = (wd - a.weekday + 7) % 7
        switch shift {
        case .some(-1): if back == 0 { back = 7 }; return a.adding(days: -back)
        case .some(1): if fwd == 0 { fwd = 7 }; return a.adding(days: fwd)
        case .some(0): return a.adding(days: wd - a.weekday)
        default:
            // News mostly reports what happened: without a future cue a bare weekday is the last one.
            switch tense {
            case .future: return a.adding(days: fwd)
            case .past: return a.adding(days: -back)
            default: return back <= 2 * fwd ? a.adding(days: -back) : a.adding(days: fwd)
            }
        }
    }

    /// The shift of "this past spring": the latest one that has begun.
    static let mostRecent = -99

    private func seasonMonth(_ s: String) -> Int { ["SP": 3, "SU": 6, "FA": 9, "WI": 12][s] ?? 1 }

    private func seasonYear(_ s: String, shift: Int?) -> Int? {
        guard let (a, _) = ref.deictic else { return nil }
        let m = seasonMonth(s)
        var y = a.year
        // A winter named in January or February began the year before; histories name it by the year in view.
        if s == "WI" && a.month <= 2 && ref.mode == .news { y -= 1 }
        let start = Day(year: y, month: m, day: 1)
        switch shift {
        // "last spring" is last year's: the one of this year would be "this spring".
        case .some(-1): y -= 1
        case .some(1): if start <= a { y += 1 }
        case .some(0): break
        case .some(Normalizer.mostRecent): if start > a { y -= 1 }
        default:
            if ref.mode == .news && tense == .past && start > a { y -= 1 }
        }
        return y
    }

    private func holidayMonth(_ h: String) -> Int {
        if h.hasPrefix("easter") { return 4 }
        return Int(h.prefix(2)) ?? 1
    }

    /// Holiday values: fixed "MM-DD", nth weekday "MM:W:N" (N = -1 for the last), or "easter+N".
    func holidayDay(_ h: String, year: Int) -> Day? {
        if h.hasPrefix("easter") {
            let n = Int(h.dropFirst(6)) ?? 0
            return Normalizer.easter(year).adding(days: n)
        }
        if h.contains(":") {
            let p = h.split(separator: ":").compactMap { Int($0) }
            guard p.count == 3 else { return nil }
            if p[2] > 0 {
                let first = Day(year: year, month: p[0], day: 1)
                return first.adding(days: (p[1] - first.weekday + 7) % 7 + 7 * (p[2] - 1))
            }
            let last = Day(year: year, month: p[0], day: Day.daysIn(month: p[0], year: year))
            return last.adding(days: -((last.weekday - p[1] + 7) % 7))
        }
        let p = h.split(separator: "-").compactMap { Int($0) }
        guard p.count == 2 else { return nil }
        return Day(validYear: year, month: p[0], day: p[1])
    }

    /// Gregorian Easter Sunday (anonymous Gregorian algorithm).
    static func easter(_ y: Int) -> Day {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: y, month: month, day: day)
    }

    // MARK: relative periods

    private func granularity(of unit: String) -> Granularity? {
        switch unit {
        case "Y": return .year
        case "M": return .month
        case "W", "WE", "FN": return .week
        case "D": return .day
        case "Q": return .quarter
        case "DE": return .decade
        case "CE": return .century
        case "ML": return .millennium
        case "H": return .half
        default: return nil
        }
    }

    /// The period of `unit` that lies `n` units from `a` ("last week", "a year ago").
    func shifted(_ a: Day, _ refGranularity: Granularity, unit: String, n: Int) -> (String, Day, Granularity)? {
        guard var g = granularity(of: unit) else { return nil }
        let d: Day
        switch unit {
        case "Y": d = a.adding(years: n)
        case "M": d = a.adding(months: n)
        case "W", "WE": d = a.adding(days: 7 * n)
        case "FN": d = a.adding(days: 14 * n)
        case "D": d = a.adding(days: n)
        case "Q": d = a.adding(months: 3 * n)
        case "H": d = a.adding(months: 6 * n)
        case "DE": d = a.adding(years: 10 * n)
        case "CE": d = a.adding(years: 100 * n)
        case "ML": d = a.adding(years: 1000 * n)
        default: return nil
        }
        if refGranularity < g && refGranularity >= .year { g = refGranularity }
        var v = TemporalValue.format(d, granularity: g)
        if unit == "WE" && g == .week { v += "-WE" }
        return (v, d, g)
    }

    private func shift(_ f: Fields, _ args: [String: String], _ from: Int, _ to: Int) -> Resolved? {
        var n = args["n"].flatMap { Int($0) } ?? f.ashift ?? f.dshift ?? 0
        // "the day before" looks back, "the day after / following" forward.
        if WordLists.any(f.words, in: lists.backward) { n = -n }
        // "the quarter" in a past-tense report is the last complete one.
        if n == 0 && f.dshift == nil && (args["unit"] ?? f.unit) == "Q" && ref.mode == .news && tense == .past { n = -1 }
        let anaphoric = args["anchor"] == "last"
        // `anchor=lastday`: the last day mentioned, else (a coarser date or none) the deictic day ("в этот день").
        if args["anchor"] == "lastday" {
            guard let (a, _) = ref.lastGranularity >= .day && ref.last != nil ? (ref.last!, .day) : ref.deicticDay else { return nil }
            return Resolved(from: from, to: to, type: .date, value: a.adding(days: n).description, anchor: (a, .day))
        }
        // `anchor=weekday`: from the last day named by its weekday, else as deictic ("overnight").
        let weekdayDay = args["anchor"] == "weekday" ? ref.lastWeekday.map { ($0, Granularity.day) } : nil
        guard let (a, g) = weekdayDay ?? (anaphoric ? ref.anaphoric : ref.deictic) else {
            return Resolved(from: from, to: to, type: .date, value: n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF")
        }
        if let unit = args["unit"] ?? f.unit {
            // "the weekend" read early in the week is the one just past.
            if unit == "WE" && n == 0 && ref.mode == .news && tense != .future && a.weekday <= 3 { n = -1 }
            // "the coming weekend" before it has begun is this week's.
            if unit == "WE" && n == 1 && f.dshiftUpcoming && a.weekday <= 5 { n = 0 }
            // `upcoming=1`: "the new year" read in January is the one just begun.
            if unit == "Y" && n == 1 && args["upcoming"] == "1" && a.month == 1 && ref.mode == .news { n = 0 }
            if n != 0, args["corresponding"] == "1", let r = correspondingPeriod(unit: unit, n: n, from, to) { return r }
            // `period=Q`: "the year-ago quarter" alone is the quarter a report is about, a year back.
            if n != 0, unit == "Y", args["period"] == "Q" {
                let reported = ref.mode == .news && tense != .future ? a.adding(months: -3) : a
                let d = reported.adding(years: n)
                return Resolved(from: from, to: to, type: .date, value: TemporalValue.format(d, granularity: .quarter), anchor: (d, .quarter))
            }
            if let allowed = args["units"], !allowed.split(separator: ",").contains(Substring(unit)) { return nil }
            // `exact=1`: only from a reference date as fine as the unit ("the day before" needs a day).
            if args["exact"] == "1", let ug = granularity(of: unit), g < ug { return nil }
            guard let (v, d, gg) = shifted(a, g, unit: unit, n: n) else { return nil }
            return Resolved(from: from, to: to, type: .date, value: v, anchor: (d, gg))
        }
        if let mo = f.month {
            var y = a.year
            // "last February" said in March means the year before: last month would be "last month".
            if n < 0 && a.month - 1 <= mo { y -= 1 }
            if n > 0 && a.month >= mo { y += 1 }
            let d = Day(year: y, month: mo, day: 1)
            return Resolved(from: from, to: to, type: .date, value: "\(Day.yearString(y))-\(Day.pad2(mo))", anchor: (d, .month))
        }
        if let wd = f.weekday {
            guard g >= .day else { return Resolved(from: from, to: to, type: .date, value: "XXXX-WXX-\(wd)") }
            var back = (a.weekday - wd + 7) % 7
            var fwd = (wd - a.weekday + 7) % 7
            let d: Day
            if n < 0 { if back == 0 { back = 7 }; d = a.adding(days: -back) }
            else if n > 0 { if fwd == 0 { fwd = 7 }; d = a.adding(days: fwd) }
            else { d = a.adding(days: wd - a.weekday) }
            if let p = f.pod { return Resolved(from: from, to: to, type: .time, value: d.description + "T" + p, anchor: (d, .day)) }
            return Resolved(from: from, to: to, type: .date, value: d.description, anchor: (d, .day))
        }
        // "this past spring" is the most recent one, not last year's.
        if let s = f.season, let y = seasonYear(s, shift: WordLists.any(f.words, in: lists.thisWord) && n < 0 ? Normalizer.mostRecent : n) {
            return Resolved(from: from, to: to, type: .date, value: Day.yearString(y) + "-" + s, anchor: (Day(year: y, month: seasonMonth(s), day: 1), .season))
        }
        if let p = f.pod ?? args["pod"], g >= .day {
            return Resolved(from: from, to: to, type: .time, value: a.adding(days: n).description + "T" + p, anchor: (a, .day))
        }
        return nil
    }

    /// "A year earlier" right after "the third quarter" means that quarter a year before:
    /// a shift by whole years keeps the granularity of a quarter or half just mentioned.
    private func correspondingPeriod(unit: String, n: Int, _ from: Int, _ to: Int) -> Resolved? {
        guard unit == "Y", let l = ref.last, ref.lastGranularity == .quarter || ref.lastGranularity == .half else { return nil }
        let d = l.adding(years: n)
        return Resolved(from: from, to: to, type: .date, value: TemporalValue.format(d, granularity: ref.lastGranularity))
    }

    /// "two years ago", "three days later", "a year earlier".
    private func offset(_ f: Fields, _ args: [String: String], _ from: Int, _ to: Int) -> Resolved? {
        let sign = Int(args["sign"] ?? "-1") ?? -1
        guard var unit = f.unit else { return nil }
        if let allowed = args["units"], !allowed.split(separator: ",").contains(Substring(unit)) { return nil }
        // TimeML news annotation takes "three days later" as the duration "three days".
        if args["news"] == "duration" && ref.mode == .news && to - from >= 2 {
            let n = f.vague || f.num == nil && f.unitPlural ? "X" : f.num?.s ?? "1"
            if let v = Normalizer.durationValue(n, unit: unit) { return Resolved(from: from, to: to - 1, type: .duration, value: v) }
        }
        if f.vague || f.num == nil && f.unitPlural {
            return Resolved(from: from, to: to, type: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF")
        }
        var count = f.num.map { Int(Double($0.s)?.rounded() ?? Double($0.i)) } ?? 1
        // "a decade ago" names a year, not a decade.
        if unit == "DE" || unit == "CE" { count *= unit == "DE" ? 10 : 100; unit = "Y" }
        if let r = correspondingPeriod(unit: unit, n: sign * count, from, to) { return r }
        let anchor: (Day, Granularity)?
        switch args["anchor"] {
        case "last": anchor = ref.anaphoric
        // "ago" counts back from the time of writing, in histories too.
        case "dct": anchor = ref.dct.map { ($0, .day) } ?? ref.deictic
        default: anchor = ref.deictic
        }
        // "an hour later": without a clock time to count from, the amount itself is what is known.
        if granularity(of: unit) == nil, to - from >= 2, let v = Normalizer.durationValue(String(count), unit: unit) {
            return Resolved(from: from, to: to - 1, type: .duration, value: v)
        }
        guard let (a, g) = anchor,
            let (v, d, gg) = shifted(a, g, unit: unit, n: sign * count)
        else { return Resolved(from: from, to: to, type: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF") }
        return Resolved(from: from, to: to, type: .date, value: v, anchor: (d, gg))
    }

    /// A date of a unit's granularity whose digits are all unknown.
    static func unknownValue(unit: String) -> String {
        switch unit {
        case "D", "TH", "TM", "TS": return "XXXX-XX-XX"
        case "W", "WE", "FN": return "XXXX-WXX"
        case "M": return "XXXX-XX"
        case "Q": return "XXXX-QX"
        case "DE": return "XXX"
        case "CE": return "XX"
        default: return "XXXX"
        }
    }

    /// The TIMEX3 duration of `n` units.
    static func durationValue(_ n: String, unit: String) -> String? {
        // Halves of years, days, hours and minutes are written with the next smaller unit
        // ("2 1/2 years" = P2Y6M, "a minute and a half" = PT1M30S), TimeML style.
        if n.hasSuffix(".5"), let whole = Int(n.dropLast(2)) {
            let w = whole == 0 ? "" : String(whole)
            switch unit {
            case "Y": return "P\(w.isEmpty ? "" : w + "Y")6M"
            case "D": return "P\(w.isEmpty ? "" : w + "D")T12H"
            case "TH": return "PT\(w.isEmpty ? "" : w + "H")30M"
            case "TM": return "PT\(w.isEmpty ? "" : w + "M")30S"
            default: break
            }
        }
        switch unit {
        case "Y", "M", "W", "D", "Q", "DE", "CE", "ML", "WE": return "P\(n)\(unit)"
        case "TH": return "PT\(n)H"
        case "TM": return "PT\(n)M"
        case "TS": return "PT\(n)S"
        case "FN": return Int(n).map { "P\($0 * 2)W" } ?? "PXW"
        default: return nil
        }
    }

    /// The sum of two TIMEX3 durations whose units follow each other from larger to smaller ("P2Y" + "P8M" =
    /// "P2Y8M", "P2D" + "PT5H" = "P2DT5H"); nil when the units repeat or come in the other order, or an amount is
    /// unknown ("years and months").
    static func durationSum(_ a: String, _ b: String) -> String? {
        let order: [Character] = ["Y", "M", "W", "D", "h", "m", "s"]
        func parts(_ v: String) -> [(String, Character)]? {
            guard v.hasPrefix("P") else { return nil }
            var out: [(String, Character)] = []
            var num = ""
            var time = false
            for c in v.dropFirst() {
                if c == "T" { time = true; continue }
                if c.isNumber || c == "." { num.append(c); continue }
                guard !num.isEmpty, let u = time ? ["H": "h", "M": "m", "S": "s"][c] : (["Y", "M", "W", "D"].contains(c) ? c : nil) else { return nil }
                out.append((num, u))
                num = ""
            }
            return num.isEmpty ? out : nil
        }
        guard let pa = parts(a), let pb = parts(b) else { return nil }
        let all = pa + pb
        let ranks = all.compactMap { order.firstIndex(of: $0.1) }
        guard ranks.count == all.count, zip(ranks, ranks.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        var v = "P"
        var inTime = false
        for (n, u) in all {
            if u.isLowercase && !inTime { v += "T"; inTime = true }
            v += n + String(u).uppercased()
        }
        return v
    }

    private func duration(_ f: Fields, _ args: [String: String], _ from: Int, _ to: Int) -> Resolved? {
        guard var unit = args["unit"] ?? f.unit else { return nil }
        if args["plural"] == "1" && !f.unitPlural { return nil }
        if args["plural"] == "0" && f.unitPlural { return nil }
        var n: String
        if f.vague || (f.num == nil && f.unitPlural) { n = "X" } else { n = args["n"] ?? f.num?.s ?? "1" }
        // "a minute and a half", "two and a half years".
        if args["half"] == "1" {
            guard let whole = Int(n) else { return nil }
            n = "\(whole).5"
        }
        if let i = Int(n), i == 0 || i > 10000 { return nil }
        // TimeML news writes decades, centuries and millennia in years ("two decades" = P20Y, "decades-long" =
        // PXY); TIMEX2 histories keep the unit (P2DE).
        if ref.mode == .news, let years = ["DE": 10, "CE": 100, "ML": 1000][unit] {
            if let i = Int(n) {
                n = String(i * years)
                unit = "Y"
            } else if n == "X" && unit == "DE" {
                unit = "Y"
            }
        }
        guard let v = Normalizer.durationValue(n, unit: unit) else { return nil }
        return Resolved(from: from, to: to, type: .duration, value: v)
    }

    private func set(_ f: Fields, _ args: [String: String], _ from: Int, _ to: Int) -> Resolved? {
        var r = Resolved(from: from, to: to, type: .set, value: "")
        if let q = args["quant"] { r.quant = q }
        if let fr = args["freq"] { r.freq = fr + "X" } else if let n = f.num, args["times"] == "1" { r.freq = "\(n.i)X" }
        if let v = args["value"] { r.value = v }
        else if let s = f.setw { r.value = s }
        else if let wd = f.weekday ?? f.weekdays { r.value = "XXXX-WXX-\(wd)" + (f.pod.map { "T" + $0 } ?? "") }
        else if let p = f.pod { r.value = "XXXX-XX-XXT" + p }
        else if let mo = f.month { r.value = "XXXX-\(Day.pad2(mo))" }
        else if let u = f.unit, let v = Normalizer.durationValue(args["times"] == nil ? f.num.map { $0.s } ?? "1" : "1", unit: u) { r.value = v }
        else { return nil }
        // Histories (TIMEX2) write a recurrence as the calendar unit it repeats in ("daily" =
        // XXXX-XX-XX); TimeML news writes its period (P1D).
        if args["calendar"] == "1" && ref.mode == .narrative,
            let c = ["P1D": "XXXX-XX-XX", "P1W": "XXXX-WXX", "P1M": "XXXX-XX", "P1Y": "XXXX"][r.value]
        {
            r.value = c
        }
        return r
    }

    private func century(_ f: Fields, _ from: Int, _ to: Int) -> Resolved? {
        guard let n = f.ord ?? f.num?.i, n >= 1, n <= 30 else { return nil }
        let v = (f.bc ? "BC" : "") + Day.pad2(n - 1)
        var r = Resolved(from: from, to: to, type: .date, value: v)
        if !f.bc { r.anchor = (Day(year: (n - 1) * 100, month: 1, day: 1), .century) }
        return r
    }

    /// Quarters and halves: "the third quarter", "third-quarter", "the first half of 2022".
    private func part(_ f: Fields, _ args: [String: String], _ from: Int, _ to: Int) -> Resolved? {
        var f = f
        // `ordnum=1`: a number written before the part is its ordinal ("2 квартала 2021 года").
        if args["ordnum"] == "1", f.ord == nil { f.ord = f.num?.i }
        let kind = args["unit"] ?? "Q"
        // `unit=W`: the N-th ISO week of a year given with it ("на пятой неделе 2023 года").
        if kind == "W" {
            guard let n = f.ord, n >= 1, n <= 53, let y = f.year else { return nil }
            let d = Day.mondayOf(isoWeek: n, year: y)
            guard d.adding(days: 3).isoWeek.year == y else { return nil }
            return Resolved(from: from, to: to, type: .date, value: TemporalValue.format(d, granularity: .week), anchor: (d, .week))
        }
        // "the 1988 quarter" after "the third quarter": the same quarter of that year.
        if f.ord == nil, args["ord"] == nil, let y = f.year {
            guard kind == "Q", let l = ref.last, ref.lastGranularity == .quarter else {
                return Resolved(from: from, to: to, type: .date, value: Day.yearString(y), anchor: (Day(year: y, month: 1, day: 1), .year))
            }
            let d = Day(year: y, month: l.month, day: 1)
            return Resolved(from: from, to: to, type: .date, value: TemporalValue.format(d, granularity: .quarter))
        }
        // `ord=`: the part a word names ("the last half" = the second).
        guard let n = f.ord ?? args["ord"].flatMap({ Int($0) }), n >= 1, n <= (kind == "Q" ? 4 : 2) else { return nil }
        let startMonth = kind == "Q" ? (n - 1) * 3 + 1 : (n - 1) * 6 + 1
        var year: Int
        if let y = f.year { year = y } else if let n = args["n"].flatMap({ Int($0) }) ?? f.dshift, let (a, _) = ref.deictic {
            year = a.year + n
        } else {
            guard let (a, _) = ref.deictic else { return Resolved(from: from, to: to, type: .date, value: "XXXX-\(kind)\(n)") }
            year = a.year
            // "the second half of the year" names the year in focus; a bare "the fourth quarter" in a
            // report is mostly the last one that has begun.
            if ref.mode == .news && !WordLists.any(f.words, in: lists.yearWord) && (tense == .past || tense == .none)
                && Day(year: year, month: startMonth, day: 1) > a
            {
                year -= 1
            }
        }
        return Resolved(from: from, to: to, type: .date, value: "\(Day.yearString(year))-\(kind)\(n)", anchor: (Day(year: year, month: startMonth, day: 1), kind == "Q" ? .quarter : .half))
    }
}
