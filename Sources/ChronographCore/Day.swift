/// A calendar day in the proleptic Gregorian calendar, with astronomical year numbering
/// (year 0 is 1 BCE, year -1 is 2 BCE), so that BCE dates order correctly.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Builds a day only when month and day exist in that year.
    public init?(validYear year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Julian Day Number (days since 24 November 4714 BCE), the count all day arithmetic uses.
    public var julianDay: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + Day.floorDiv(y, 4) - Day.floorDiv(y, 100)
            + Day.floorDiv(y, 400) - 32045
    }

    public init(julianDay jd: Int) {
        let a = jd + 32044
        let b = Day.floorDiv(4 * a + 3, 146097)
        let c = a - Day.floorDiv(146097 * b, 4)
        let d = Day.floorDiv(4 * c + 3, 1461)
        let e = c - Day.floorDiv(1461 * d, 4)
        let m = Day.floorDiv(5 * e + 2, 153)
        self.day = e - Day.floorDiv(153 * m + 2, 5) + 1
        self.month = m + 3 - 12 * Day.floorDiv(m, 10)
        self.year = 100 * b + d - 4800 + Day.floorDiv(m, 10)
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int { (julianDay % 7) + 1 }

    public func adding(days: Int) -> Day { Day(julianDay: julianDay + days) }

    /// Adds months, clamping the day to the length of the target month (31 January + 1 month = 28/29 February).
    public func adding(months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let y = Int((Double(total) / 12).rounded(.down))
        let m = total - y * 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))
    }

    public func adding(years: Int) -> Day {
        Day(year: year + years, month: month, day: min(day, Day.daysIn(month: month, year: year + years)))
    }

    /// ISO 8601 week-based year and week number.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = Day(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.julianDay - jan1.julianDay) / 7 + 1)
    }

    /// The Monday of ISO week `week` of `year`.
    public static func mondayOf(isoWeek week: Int, year: Int) -> Day {
        let jan4 = Day(year: year, month: 1, day: 4)
        return jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1))
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD` (with a sign and at least four digits for years outside 0...9999).
    public var description: String {
        "\(Day.yearString(year))-\(Day.pad2(month))-\(Day.pad2(day))"
    }

    public static func yearString(_ year: Int) -> String {
        if year < 0 { return "-" + String(repeating: "0", count: max(0, 4 - String(-year).count)) + String(-year) }
        let s = String(year)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    public static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// An inclusive range of days.
public struct DayRange: Sendable, Hashable, Codable {
    public var start: Day
    public var end: Day
    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }
    public init(day: Day) { self.init(start: day, end: day) }
    public var lengthInDays: Int { end.julianDay - start.julianDay + 1 }
    public func contains(_ other: DayRange) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: DayRange) -> Bool { start <= other.end && other.start <= end }
}
