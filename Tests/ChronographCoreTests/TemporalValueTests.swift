import ChronographCore
import Testing

@Suite("Calendar days and TIMEX3 values")
struct TemporalValueTests {
    /// Proleptic Gregorian: 15 March 44 BCE (astronomical -43) here is JD 1,705,428; the Julian-calendar Ides are JD 1,705,426.
    @Test func julianDaysRoundTripAcrossEras() {
        for (y, m, d, jd) in [(1970, 1, 1, 2_440_588), (2000, 2, 29, 2_451_604), (2024, 1, 5, 2_460_315), (-43, 3, 15, 1_705_428)] {
            let day = Day(year: y, month: m, day: d)
            #expect(day.julianDay == jd, "\(day)")
            #expect(Day(julianDay: jd) == day)
        }
    }

    @Test func weekdaysAndIsoWeeks() {
        #expect(Day(year: 2024, month: 1, day: 5).weekday == 5)  // a Friday
        #expect(Day(year: 2021, month: 1, day: 3).isoWeek == (2020, 53))
        #expect(Day(year: 2022, month: 3, day: 14).isoWeek == (2022, 11))
        #expect(Day.mondayOf(isoWeek: 11, year: 2022) == Day(year: 2022, month: 3, day: 14))
    }

    @Test func monthArithmeticClampsTheDay() {
        #expect(Day(year: 2024, month: 1, day: 31).adding(months: 1) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2023, month: 1, day: 31).adding(months: -2) == Day(year: 2022, month: 11, day: 30))
        #expect(Day(year: 2024, month: 2, day: 29).adding(years: 1) == Day(year: 2025, month: 2, day: 28))
        #expect(Day(validYear: 2022, month: 2, day: 31) == nil)
    }

    @Test(arguments: [
        ("2022-01-05", Granularity.day, "2022-01-05", "2022-01-05"),
        ("2022-01", .month, "2022-01-01", "2022-01-31"),
        ("2022", .year, "2022-01-01", "2022-12-31"),
        ("2022-W11", .week, "2022-03-14", "2022-03-20"),
        ("2022-Q1", .quarter, "2022-01-01", "2022-03-31"),
        ("2022-H2", .half, "2022-07-01", "2022-12-31"),
        ("2022-SU", .season, "2022-06-01", "2022-08-31"),
        ("2022-WI", .season, "2022-12-01", "2023-02-28"),
        ("199", .decade, "1990-01-01", "1999-12-31"),
        ("19", .century, "1900-01-01", "1999-12-31"),
        ("2022-01-05T14:30", .time, "2022-01-05", "2022-01-05"),
        ("BC0300", .year, "-0299-01-01", "-0299-12-31"),
    ])
    func valuesParseToTheirSpan(value: String, granularity: Granularity, start: String, end: String) throws {
        let parsed = TemporalValue(timex3: value)
        #expect(parsed.granularity == granularity)
        let range = try #require(parsed.range)
        #expect(range.start.description == start)
        #expect(range.end.description == end)
    }

    @Test(arguments: ["PRESENT_REF", "XXXX-01-05", "P3D", "2022-02-30", "2022-13", "", "abc"])
    func valuesWithoutAFixedSpanHaveNoRange(value: String) {
        #expect(TemporalValue(timex3: value).range == nil)
    }

    @Test func formattingAtEachGranularity() {
        let day = Day(year: 2022, month: 1, day: 5)
        #expect(TemporalValue.format(day, granularity: .month) == "2022-01")
        #expect(TemporalValue.format(day, granularity: .decade) == "202")
        #expect(TemporalValue.format(day, granularity: .quarter) == "2022-Q1")
        #expect(TemporalValue.format(day, granularity: .week) == "2022-W01")
        #expect(TemporalValue.format(Day(year: 2022, month: 12, day: 20), granularity: .season) == "2022-WI")
    }
}

@Suite("TIMEX3 values in digits")
struct TemporalDigitValueTests {
    @Test func digitShapesParseAsTheGeneralReaderDoes() {
        #expect(TemporalValue(timex3: "2024").granularity == .year)
        #expect(TemporalValue(timex3: "2024").range == DayRange(start: Day(year: 2024, month: 1, day: 1), end: Day(year: 2024, month: 12, day: 31)))
        #expect(TemporalValue(timex3: "2024-02").range?.end == Day(year: 2024, month: 2, day: 29))
        #expect(TemporalValue(timex3: "2024-02-29").granularity == .day)
        #expect(TemporalValue(timex3: "2023-02-29").granularity == nil)
        #expect(TemporalValue(timex3: "2023-02-29").range == nil)
        #expect(TemporalValue(timex3: "2022-13").granularity == nil)
        #expect(TemporalValue(timex3: "2022-00-10").range == nil)
        #expect(TemporalValue(timex3: "2022-1-05").granularity == .day)  // not a digit shape: the general reader
        #expect(TemporalValue(timex3: "2022-W05").granularity == .week)
        #expect(TemporalValue(timex3: "199").granularity == .decade)
        #expect(TemporalValue(timex3: "XXXX-01-05").range == nil)
    }
}
