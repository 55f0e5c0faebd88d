import ChronographCore

/// The time axis of the timeline image: a piecewise-linear map from days to a coordinate.
///
/// The axis is cut into units (days, months, years or decades, the finest that keeps the axis short);
/// units no event touches are dropped when a long run of them would only be empty paper, and the cut is
/// drawn as a marked gap ("≈ 14 months"), so events years apart stay readable.
public struct TimelineScale: Sendable {
    public enum Unit: String, Sendable, CaseIterable {
        case day, month, year, decade

        /// Index of the unit containing `d` (consecutive units have consecutive indices).
        func index(_ d: Day) -> Int {
            switch self {
            case .day: return d.julianDay
            case .month: return d.year * 12 + d.month - 1
            case .year: return d.year
            case .decade: return d.year >= 0 ? d.year / 10 : -((-d.year + 9) / 10)
            }
        }

        func firstDay(_ i: Int) -> Day {
            switch self {
            case .day: return Day(julianDay: i)
            case .month:
                let y = i >= 0 ? i / 12 : -((-i + 11) / 12)
                return Day(year: y, month: i - y * 12 + 1, day: 1)
            case .year: return Day(year: i, month: 1, day: 1)
            case .decade: return Day(year: i * 10, month: 1, day: 1)
            }
        }

        func length(_ i: Int) -> Int { firstDay(i + 1).julianDay - firstDay(i).julianDay }

        /// Empty units in a row that are still drawn to scale; longer runs become a gap.
        var longestDrawnGap: Int {
            switch self {
            case .day: return 6
            case .month: return 4
            case .year: return 3
            case .decade: return 2
            }
        }

        /// The longest gap worth drawing on this unit's axis; longer ones call for a coarser unit.
        var longestGap: Int {
            switch self {
            case .day: return 45
            case .month: return 30
            case .year: return 60
            case .decade: return Int.max
            }
        }

        func name(count: Int) -> String {
            let n = count == 1 ? "\(self)" : "\(self)s"
            return "\(count) \(n)"
        }
    }

    public enum Slot: Sendable, Equatable {
        case unit(Int)
        /// Units `from...to` left out.
        case gap(from: Int, to: Int)
    }

    /// A labelled tick on the axis.
    public struct Tick: Sendable, Equatable {
        public var position: Double
        public var label: String
        /// True where the label starts a new year (or month on a day axis) and should stand out.
        public var major: Bool
    }

    public let unit: Unit
    public let slots: [Slot]
    public let unitLength: Double
    public let gapLength: Double
    /// Start coordinate of each slot, plus the end of the last one.
    private let offsets: [Double]
    /// Unit index -> slot index, for the units drawn.
    private let slotOfUnit: [Int: Int]

    /// Builds the axis for the given event spans. `maxSlots` bounds the number of units drawn.
    public init(ranges: [DayRange], unitLength: Double = 110, gapLength: Double = 56, maxSlots: Int = 48) {
        self.unitLength = unitLength
        self.gapLength = gapLength
        var chosen: (Unit, [Slot])? = nil
        for u in Unit.allCases {
            if let slots = TimelineScale.slots(ranges, unit: u, maxSlots: u == .decade ? Int.max : maxSlots) {
                chosen = (u, slots)
                break
            }
        }
        let (u, slots) = chosen ?? (.year, [])
        self.unit = u
        self.slots = slots
        var offsets: [Double] = [0]
        var slotOfUnit: [Int: Int] = [:]
        for (i, s) in slots.enumerated() {
            switch s {
            case .unit(let k):
                slotOfUnit[k] = i
                offsets.append(offsets[i] + unitLength)
            case .gap:
                offsets.append(offsets[i] + gapLength)
            }
        }
        self.offsets = offsets
        self.slotOfUnit = slotOfUnit
    }

    /// The slots for `unit`, or nil when more than `maxSlots` would be needed.
    static func slots(_ ranges: [DayRange], unit: Unit, maxSlots: Int) -> [Slot]? {
        var spans: [(Int, Int)] = []
        for r in ranges {
            let a = unit.index(r.start), b = unit.index(r.end)
            if b - a + 1 > maxSlots { return nil }
            spans.append((a, b))
        }
        spans.sort { $0 < $1 }
        var slots: [Slot] = []
        var last: Int? = nil
        for (a, b) in spans {
            if let l = last {
                if a > l + 1 {
                    if a - l - 1 > unit.longestGap { return nil }
                    if a - l - 1 > unit.longestDrawnGap {
                        slots.append(.gap(from: l + 1, to: a - 1))
                    } else {
                        for k in (l + 1)..<a { slots.append(.unit(k)) }
                    }
                }
                if b > l {
                    for k in max(a, l + 1)...b { slots.append(.unit(k)) }
                    last = b
                }
            } else {
                for k in a...b { slots.append(.unit(k)) }
                last = b
            }
            if slots.count > maxSlots { return nil }
        }
        return slots
    }

    /// Length of the whole axis.
    public var length: Double { offsets.last ?? 0 }

    /// Coordinate of the start of day `d` (`endOfDay` gives its end, for drawing spans inclusive of the last day).
    public func position(_ d: Day, endOfDay: Bool = false) -> Double {
        let k = unit.index(d)
        if let s = slotOfUnit[k] {
            let first = unit.firstDay(k).julianDay
            let frac = Double(d.julianDay - first + (endOfDay ? 1 : 0)) / Double(unit.length(k))
            return offsets[s] + frac * unitLength
        }
        // A day in a gap (or off the axis): the middle of the gap, or the nearest end.
        for (i, s) in slots.enumerated() {
            if case .gap(let a, let b) = s, (a...b).contains(k) { return offsets[i] + gapLength / 2 }
        }
        if let firstSlot = slots.first, case .unit(let k0) = firstSlot, k < k0 { return 0 }
        return length
    }

    /// Start and end coordinates of a span of days.
    public func span(_ r: DayRange) -> (Double, Double) {
        (position(r.start), position(r.end, endOfDay: true))
    }

    /// Ticks at the start of every drawn unit and at the end of the axis.
    public var ticks: [Tick] {
        var out: [Tick] = []
        var previous: Int? = nil
        for (i, s) in slots.enumerated() {
            guard case .unit(let k) = s else {
                previous = nil
                continue
            }
            let d = unit.firstDay(k)
            let fresh = previous == nil || previous != k - 1
            let label: String
            var major = false
            switch unit {
            case .day:
                if fresh || d.day == 1 {
                    label = "\(d.day) \(DateText.shortMonthNames[d.month - 1])\n\(DateText.year(d.year))"
                    major = true
                } else {
                    label = "\(d.day)"
                }
            case .month:
                if fresh || d.month == 1 {
                    label = "\(DateText.shortMonthNames[d.month - 1])\n\(DateText.year(d.year))"
                    major = true
                } else {
                    label = DateText.shortMonthNames[d.month - 1]
                }
            case .year:
                label = DateText.year(d.year)
                major = fresh || d.year % 10 == 0
            case .decade:
                label = "\(DateText.year(d.year))s"
                major = true
            }
            out.append(Tick(position: offsets[i], label: label, major: major))
            previous = k
        }
        return out
    }

    /// The gaps with their coordinates (start, end) and a label ("≈ 14 months").
    public var gaps: [(start: Double, end: Double, label: String)] {
        slots.enumerated().compactMap { i, s in
            guard case .gap(let a, let b) = s else { return nil }
            return (offsets[i], offsets[i + 1], "≈ " + unit.name(count: b - a + 1))
        }
    }

    /// Every slot boundary along the axis, with whether the stretch after it is a gap.
    public var boundaries: [(position: Double, gapAfter: Bool)] {
        var out: [(Double, Bool)] = []
        for (i, s) in slots.enumerated() {
            if case .gap = s { out.append((offsets[i], true)) } else { out.append((offsets[i], false)) }
        }
        out.append((length, false))
        return out
    }
}
