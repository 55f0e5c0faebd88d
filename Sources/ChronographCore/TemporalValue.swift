/// How fine a time value is: renderers never draw finer than this.
public enum Granularity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case millennium, century, decade, year, half, quarter, season, month, week, day, time

    private var rank: Int { Granularity.allCases.firstIndex(of: self)! }
    public static func < (lhs: Granularity, rhs: Granularity) -> Bool { lhs.rank < rhs.rank }
}

/// TIMEX3 `mod` values.
public enum TemporalModifier: String, Sendable, Hashable, Codable, CaseIterable {
    case start = "START", mid = "MID", end = "END", approx = "APPROX"
    case before = "BEFORE", after = "AFTER", onOrBefore = "ON_OR_BEFORE", onOrAfter = "ON_OR_AFTER"
    case lessThan = "LESS_THAN", moreThan = "MORE_THAN", equalOrLess = "EQUAL_OR_LESS"
    case equalOrMore = "EQUAL_OR_MORE"
}

/// A parsed TIMEX3 date value: the string, its granularity, and the days it covers.
///
/// Understands `2022-01-05`, `2022-01`, `2022`, `2022-W11`, `2022-Q1`, `2022-H1`,
/// `2022-SU`/`WI`/`SP`/`FA`, `199` (decade), `19` (century), `2`(millennium),
/// `2022-01-05T14:30`, negative (astronomical) years such as `-0300`, and TIMEX2-style `BC0300`.
/// Values that name no fixed span (`PRESENT_REF`, `XXXX-01-05`, `P3D`) parse with a nil ``range``.
public struct TemporalValue: Sendable, Hashable, Codable {
    public var timex3: String
    public var granularity: Granularity?
    public var range: DayRange?

    public init(timex3 value: String) {
        self.timex3 = value
        (granularity, range) = TemporalValue.parse(value)
    }

    /// A value that covers exactly the given days at the given granularity.
    public init(range: DayRange, granularity: Granularity) {
        self.range = range
        self.granularity = granularity
        self.timex3 = TemporalValue.format(range.start, granularity: granularity)
    }

    /// Formats the TIMEX3 value of the period of `granularity` that contains `day`.
    public static func format(_ day: Day, granularity: Granularity) -> String {
        let y = Day.yearString(day.year)
        switch granularity {
        case .millennium: return String(y.dropLast(3))
        case .century: return String(y.dropLast(2))
        case .decade: return String(y.dropLast(1))
        case .year: return y
        case .half: return "\(y)-H\(day.month <= 6 ? 1 : 2)"
        case .quarter: return "\(y)-Q\((day.month - 1) / 3 + 1)"
        case .season:
            let s = ["WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI"][day.month - 1]
            return "\(y)-\(s)"
        case .month: return "\(y)-\(Day.pad2(day.month))"
        case .week:
            let w = day.isoWeek
            return "\(Day.yearString(w.year))-W\(Day.pad2(w.week))"
        case .day, .time: return day.description
        }
    }

    static func parse(_ raw: String) -> (Granularity?, DayRange?) {
        if let fast = parseDigits(raw) { return fast }
        var s = Substring(raw)
        var sign = 1
        if s.hasPrefix("BC") {
            sign = -1
            s = s.dropFirst(2)
        } else if s.hasPrefix("-") {
            sign = -1
            s = s.dropFirst()
        }
        let datePart = s.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let hasTime = datePart.count > 1
        let parts = datePart[0].split(separator: "-", omittingEmptySubsequences: false)
        guard let head = parts.first, !head.isEmpty, head.allSatisfy({ $0.isASCII && $0.isNumber }),
            let headNumber = Int(head)
        else { return (nil, nil) }
        // BC years in TIMEX2 count 1 BC as year 1; astronomical numbering makes that year 0.
        func astronomical(_ y: Int) -> Int { sign == 1 ? y : (raw.hasPrefix("BC") ? 1 - y : -y) }
        if parts.count == 1 {
            switch head.count {
            case 1:
                let y = astronomical(headNumber * 1000)
                return (.millennium, DayRange(start: Day(year: y, month: 1, day: 1), end: Day(year: y + 999, month: 12, day: 31)))
            case 2:
                let y = astronomical(headNumber * 100)
                return (.century, DayRange(start: Day(year: y, month: 1, day: 1), end: Day(year: y + 99, month: 12, day: 31)))
            case 3:
                let y = astronomical(headNumber * 10)
                return (.decade, DayRange(start: Day(year: y, month: 1, day: 1), end: Day(year: y + 9, month: 12, day: 31)))
            default:
                let y = astronomical(headNumber)
                return (.year, DayRange(start: Day(year: y, month: 1, day: 1), end: Day(year: y, month: 12, day: 31)))
            }
        }
        guard head.count >= 4 else { return (nil, nil) }
        let year = astronomical(headNumber)
        let second = parts[1]
        func months(_ a: Int, _ b: Int) -> DayRange {
            DayRange(start: Day(year: year, month: a, day: 1), end: Day(year: year, month: b, day: Day.daysIn(month: b, year: year)))
        }
        switch second {
        case "Q1": return (.quarter, months(1, 3))
        case "Q2": return (.quarter, months(4, 6))
        case "Q3": return (.quarter, months(7, 9))
        case "Q4": return (.quarter, months(10, 12))
        case "H1": return (.half, months(1, 6))
        case "H2": return (.half, months(7, 12))
        case "SP": return (.season, months(3, 5))
        case "SU": return (.season, months(6, 8))
        case "FA": return (.season, months(9, 11))
        case "WI":
            return (.season, DayRange(start: Day(year: year, month: 12, day: 1), end: Day(year: year + 1, month: 2, day: Day.daysIn(month: 2, year: year + 1))))
        default: break
        }
        if second.hasPrefix("W"), let w = Int(second.dropFirst()), (1...53).contains(w) {
            if parts.count == 3, parts[2] == "WE" {
                let sat = Day.mondayOf(isoWeek: w, year: year).adding(days: 5)
                return (.day, DayRange(start: sat, end: sat.adding(days: 1)))
            }
            let monday = Day.mondayOf(isoWeek: w, year: year)
            return (.week, DayRange(start: monday, end: monday.adding(days: 6)))
        }
        guard let month = Int(second), (1...12).contains(month) else { return (nil, nil) }
        if parts.count == 2 { return (.month, months(month, month)) }
        guard let dayNumber = Int(parts[2]), let day = Day(validYear: year, month: month, day: dayNumber) else {
            return (nil, nil)
        }
        return (hasTime ? .time : .day, DayRange(day: day))
    }

    /// `YYYY`, `YYYY-MM` and `YYYY-MM-DD` in ASCII digits (nearly every value), read from the
    /// bytes with what ``parse(_:)`` gives for them; nil for any other shape.
    private static func parseDigits(_ raw: String) -> (Granularity?, DayRange?)? {
        var raw = raw
        return raw.withUTF8 { b -> (Granularity?, DayRange?)? in
            let n = b.count
            guard n == 4 || n == 7 || n == 10 else { return nil }
            @inline(__always) func digits(_ from: Int, _ to: Int) -> Int? {
                var v = 0
                for i in from..<to {
                    let d = Int(b[i]) - 48
                    guard d >= 0 && d <= 9 else { return nil }
                    v = v * 10 + d
                }
                return v
            }
            guard let year = digits(0, 4) else { return nil }
            if n == 4 {
                return (.year, DayRange(start: Day(year: year, month: 1, day: 1), end: Day(year: year, month: 12, day: 31)))
            }
            guard b[4] == 0x2D, let month = digits(5, 7) else { return nil }
            if n == 7 {
                guard (1...12).contains(month) else { return .some((nil, nil)) }
                return (.month, DayRange(start: Day(year: year, month: month, day: 1), end: Day(year: year, month: month, day: Day.daysIn(month: month, year: year))))
            }
            guard b[7] == 0x2D, let dayNumber = digits(8, 10) else { return nil }
            guard (1...12).contains(month), let day = Day(validYear: year, month: month, day: dayNumber) else { return .some((nil, nil)) }
            return (.day, DayRange(day: day))
        }
    }
}
