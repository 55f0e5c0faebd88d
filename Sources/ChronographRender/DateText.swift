import ChronographCore

/// Dates as a reader says them ("January 2022", "5–19 January 2022", "about 1995"), never finer than
/// the granularity the text gave, with inferred dates marked.
public enum DateText {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let shortMonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The year as written: `2022`, `44 BCE` (astronomical year -43).
    public static func year(_ y: Int) -> String { y > 0 ? String(y) : "\(1 - y) BCE" }

    public static func monthYear(_ d: Day) -> String { "\(monthNames[d.month - 1]) \(year(d.year))" }

    public static func day(_ d: Day) -> String { "\(d.day) \(monthNames[d.month - 1]) \(year(d.year))" }

    /// TIMEX3 reference values in words.
    static let references = ["PAST_REF": "in the past", "PRESENT_REF": "at the time of the report", "FUTURE_REF": "in the future"]

    /// One TIMEX3 value in words, or nil when it names no fixed span.
    public static func value(_ value: String) -> String? {
        if let r = references[value] { return r }
        if let partial = yearUnknown(value) { return partial }
        let parsed = TemporalValue(timex3: value)
        guard let range = parsed.range, let g = parsed.granularity else { return nil }
        let s = range.start
        switch g {
        case .millennium: return "the \(year(s.year))s (millennium)"
        case .century: return "the \(year(s.year))s"
        case .decade: return "the \(year(s.year))s"
        case .year: return year(s.year)
        case .half: return (s.month <= 6 ? "first" : "second") + " half of \(year(s.year))"
        case .quarter: return "Q\((s.month - 1) / 3 + 1) \(year(s.year))"
        case .season:
            let names = [12: "winter", 3: "spring", 6: "summer", 9: "autumn"]
            return "\(names[s.month] ?? "season") \(year(s.year))"
        case .month: return monthYear(s)
        case .week: return "week of \(day(s))"
        case .day: return day(s)
        case .time:
            let time = value.split(separator: "T", maxSplits: 1).dropFirst().first.map { timeOfDay(String($0)) } ?? nil
            return day(s) + (time.map { ", " + $0 } ?? "")
        }
    }

    /// A day or month whose year nobody knows (`XXXX-05-03`: a year-less dateline the text gives no year
    /// for): "3 May, year unknown". Nil for other values.
    static func yearUnknown(_ value: String) -> String? {
        guard value.hasPrefix("XXXX-") else { return nil }
        let fields = value.dropFirst(5).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(fields.count), fields.allSatisfy({ $0.count == 2 }), let m = Int(fields[0]), (1...12).contains(m) else { return nil }
        if fields.count == 1 { return "\(monthNames[m - 1]), year unknown" }
        guard let d = Int(fields[1]), (1...31).contains(d) else { return nil }
        return "\(d) \(monthNames[m - 1]), year unknown"
    }

    /// TIMEX3 parts of the day in words.
    static let partsOfDay = ["MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"]

    /// The time part of a TIMEX3 value in words: `EV` "evening", `14:30:00` "14:30", `14` "14:00";
    /// nil when it is empty or unreadable.
    public static func timeOfDay(_ t: String) -> String? {
        if let part = partsOfDay[t.uppercased()] { return part }
        // Drop seconds, fractions and a zone ("14:30:00Z", "14:30+03:00").
        var clock = t
        if let zone = clock.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) { clock = String(clock[..<zone]) }
        let fields = clock.split(separator: ":").map(String.init)
        guard let h = fields.first.flatMap({ Int($0) }), (0...24).contains(h) else { return nil }
        let m = fields.count > 1 ? Int(fields[1].prefix(2)) ?? 0 : 0
        guard (0...59).contains(m) else { return nil }
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    /// A span of days in words: "5–19 January 2022", "30 January – 2 February 2022".
    public static func range(_ r: DayRange) -> String {
        let a = r.start, b = r.end
        if a == b { return day(a) }
        let wholeMonths = a.day == 1 && b.day == Day.daysIn(month: b.month, year: b.year)
        if wholeMonths {
            if a.year == b.year && a.month == b.month { return monthYear(a) }
            if a.month == 1 && b.month == 12 { return a.year == b.year ? year(a.year) : "\(year(a.year))–\(year(b.year))" }
            if a.year == b.year { return "\(monthNames[a.month - 1]) – \(monthYear(b))" }
            return "\(monthYear(a)) – \(monthYear(b))"
        }
        if a.year == b.year && a.month == b.month { return "\(a.day)–\(b.day) \(monthNames[a.month - 1]) \(year(a.year))" }
        if a.year == b.year { return "\(a.day) \(monthNames[a.month - 1]) – \(day(b))" }
        return "\(day(a)) – \(day(b))"
    }

    static func modPrefix(_ mod: TemporalModifier?) -> String {
        switch mod {
        case .approx: return "about "
        case .before: return "before "
        case .after: return "after "
        case .start: return "early "
        case .mid: return "mid-"
        case .end: return "late "
        case .onOrBefore: return "by "
        case .onOrAfter: return "from "
        case .lessThan, .moreThan, .equalOrLess, .equalOrMore, .none: return ""
        }
    }

    /// The time of an event in words, without the inferred marker.
    public static func plain(_ time: EventTime?) -> String {
        guard let time else { return "undated" }
        let own = TemporalValue(timex3: time.value).range
        let body: String
        if time.certainty == .relation, let r = time.dayRange {
            return "sometime between \(day(r.start)) and \(day(r.end))"
        } else if let r = time.dayRange, r != own {
            body = range(r)
        } else {
            body = value(time.value) ?? time.text ?? time.value
        }
        return modPrefix(time.mod) + body
    }

    /// Why a date is less than read: "year inferred", "approximate", "from related events".
    public static func qualifier(_ time: EventTime?) -> String? {
        guard let time else { return nil }
        var parts: [String] = []
        if time.inferred { parts.append(time.certainty == .documentDate ? "inferred from the document date" : "inferred") }
        if time.mod == .approx { parts.append("approximate") }
        if time.certainty == .relation { parts.append("bounded by related events") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The time in words with its qualifier in parentheses: "January 2024 (inferred)".
    public static func full(_ time: EventTime?) -> String {
        let q = qualifier(time).map { " (\($0))" } ?? ""
        return plain(time) + q
    }
}
