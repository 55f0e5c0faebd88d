import ChronographCore
import Foundation
import Testing

@testable import ChronographTime

/// "two days before the election": a step counted from an event, not from a date.
@Suite struct EventAnchoredStepTests {
    @Test func newsAnnotatesTheAmountAlone() {
        // TimeML: the amount is the timex (a duration); "before the election" is a signal and an event.
        let t = tag("The vote was held on Aug. 7. Two days before the election, the candidate spoke.", dct: "1998-08-20").timexes
        #expect(t.map { "\($0.text)=\($0.type.rawValue) \($0.value)" } == ["Aug. 7=DATE 1998-08-07", "Two days=DURATION P2D"])
    }

    @Test func narrativeCountsFromTheEventsOwnDate() {
        let t = values("In 1990 the party split. Members left. Two days before the election on 5 May 1991, he spoke.", mode: .narrative)
        #expect(t.contains("Two days before=1991-05-03"))
    }

    @Test func narrativeWithoutADateForTheEventLeavesTheValueUnknown() {
        // The last date is two sentences back and names no election: counting from it would invent a date.
        let t = values("In 1990 the party split. Members left. Two days before the election, the candidate spoke.", mode: .narrative)
        #expect(t.last == "Two days before=XXXX-XX-XX")
    }

    @Test func narrativeStepRightAfterTheEventKeepsCountingFromIt() {
        let t = values("Girona fell on 5 February 1939. Five days after the fall of Girona, resistance ended.", mode: .narrative)
        #expect(t.last == "Five days after=1939-02-10")
    }

    @Test func aStepInAppositionRestatesTheDateBeforeIt() {
        // "On 27 June 1950, two days after the KPA invaded": the step names 27 June again.
        let t = values("The war began in June 1950. On 27 June 1950, two days after the KPA invaded, Truman acted.", mode: .narrative)
        #expect(t.last == "two days after=1950-06-27")
    }
}

@Suite struct YearMonthAndRangeTests {
    @Test func aYearAndAMonthWrittenWithAHyphen() {
        #expect(values("The index peaked in 2005-12 and fell.") == ["2005-12=2005-12"])
        #expect(values("Sales rose in 1998-03, the report said.") == ["1998-03=1998-03"])
    }

    @Test func shortYearRangesStayRanges() {
        // The second number is no month, or is the next year (a season, a fiscal or school year).
        #expect(values("Throughout 1915-17, the armies suffered.", mode: .narrative) == ["1915=1915", "17=1917"])
        #expect(values("The 2011-12 season was long.") == ["2011=2011", "12=2012"])
        // A word around it makes it a span of years.
        #expect(values("Prices fell in the 2005-12 period.") == ["2005=2005", "12=2012"])
        #expect(values("He served between 2001-05 as mayor.").first == "2001=2001")
    }

    @Test func decadesAfterAPossessiveAreAges() {
        #expect(values("Marsh was in his 30s when he moved.").isEmpty)
        #expect(values("She was in her early thirties.").isEmpty)
        #expect(values("Prices rose in the early 1990s.") == ["the early 1990s=199"])
    }

    @Test func yearsOfTheCommonEra() {
        #expect(values("The empire flourished from 200 to 300 AD.", mode: .narrative) == ["200=0200", "300 AD=0300"])
        #expect(values("It was founded in 300 AD.", mode: .narrative) == ["300 AD=0300"])
        #expect(values("The revolt lasted from 499 to 493 BC.", mode: .narrative) == ["499=BC0499", "493 BC=BC0493"])
    }
}
