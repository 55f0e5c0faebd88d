/// TIMEX3 types.
public enum TimexType: String, Sendable, Hashable, Codable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// One temporal expression found in a document.
public struct Timex: Sendable, Hashable, Codable {
    /// Unicode scalar offsets into the document text, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String
    public var type: TimexType
    /// The TIMEX3 value (`2022-01`, `P3D`, `PAST_REF`, ...).
    public var value: String
    public var mod: TemporalModifier?
    /// For ranges ("from 2 to 7 January"): the values of both ends.
    public var rangeStart: String?
    public var rangeEnd: String?
    /// For SET: `quant` and `freq` as in TIMEX3 ("each", "2X").
    public var quant: String?
    public var freq: String?
    /// The name of the rule that found it, for `--dump` and debugging.
    public var rule: String

    public init(
        start: Int, end: Int, text: String, type: TimexType, value: String,
        mod: TemporalModifier? = nil, rangeStart: String? = nil, rangeEnd: String? = nil,
        quant: String? = nil, freq: String? = nil, rule: String
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.rangeStart = rangeStart
        self.rangeEnd = rangeEnd
        self.quant = quant
        self.freq = freq
        self.rule = rule
    }

    /// The days this expression covers, when it names a fixed span (ranges use both ends).
    public var dayRange: DayRange? {
        if let a = rangeStart.flatMap({ TemporalValue(timex3: $0).range }),
            let b = rangeEnd.flatMap({ TemporalValue(timex3: $0).range })
        {
            return DayRange(start: a.start, end: b.end)
        }
        guard type == .date || type == .time else { return nil }
        return TemporalValue(timex3: value).range
    }
}
