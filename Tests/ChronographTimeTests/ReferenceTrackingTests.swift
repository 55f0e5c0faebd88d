import ChronographCore
import Foundation
import Testing

@testable import ChronographTime

/// How the reference date moves while the tagger walks a text.
@Suite struct ReferenceTrackingTests {
    @Test func narrativeMonthsMoveForwardPastTheYearEnd() {
        let t = values("On 11 December 1941 Germany declared war. In January the Allies signed a declaration. In March a new offensive began.", mode: .narrative)
        #expect(t == ["11 December 1941=1941-12-11", "January=1942-01", "March=1942-03"])
        // A month shortly before the reference one stays in its year.
        #expect(values("On 20 June 1916 the offensive stalled. It had begun in March.", mode: .narrative).last == "March=1916-03")
    }

    @Test func narrativeAsidesDoNotMoveTheStory() {
        let t = values("In 1964 the destroyer was attacked. Documents declassified in 2005 showed no attack on 4 August. In 1965, the first troops landed.", mode: .narrative)
        #expect(t == ["1964=1964", "2005=2005", "4 August=1964-08-04", "1965=1965"])
    }

    @Test func aShiftBackDoesNotMoveTheStory() {
        // "the previous year" looks back from January 1942; the story goes on in 1942.
        let t = values("In early January 1942 the offensive began. The previous year had been hard. In February the front moved.", mode: .narrative)
        #expect(t.last == "February=1942-02")
    }

    @Test func plansAndTimeOfWritingDoNotMoveTheStory() {
        let planned = values("On 10 March 1975 the offensive began, ahead of a planned campaign in 1976. Its forces collapsed on 11 March.", mode: .narrative)
        #expect(planned.last == "11 March=1975-03-11")
        let ago = values("On 21 April 1975 Thieu resigned. He said he was tricked two years ago. He left for Taiwan on 25 April.", dct: "2009-12-13", mode: .narrative)
        #expect(ago.last == "25 April=1975-04-25")
    }

    @Test func aYearAgoCorrespondsToARelativeQuarter() {
        let t = values("Profit rose in the quarter to $5 million from $4 million a year ago.", dct: "1989-10-26")
        #expect(t == ["the quarter=1989-Q3", "a year ago=1988-Q3"])
    }
}

@Suite struct DayInFocusTests {
    @Test func newsClockTimesTakeTheDayInFocus() {
        let t = values("Slepian was shot on Oct. 23 at 10 p.m. in his kitchen.", dct: "1999-04-19")
        #expect(t == ["Oct. 23=1998-10-23", "10 p.m.=1998-10-23T22:00"])
        #expect(values("The talks end at 3 p.m.").first == "3 p.m.=2024-01-05T15:00")
    }

    @Test func irregularPastFormsAreTenseCues() {
        // DCT 2024-01-08 is a Monday: the weekend that officials "became" open over is the one just past.
        #expect(values("Officials over the weekend became more open than they would admit.", dct: "2024-01-08") == ["the weekend=2024-W01-WE"])
    }

    @Test func shiftedMonthDaysAndWeeksOfADate() {
        #expect(values("He was shot to death last Oct. 23 at home.", dct: "1999-04-19").first == "last Oct. 23=1998-10-23")
        #expect(values("A hearing is set for the week of March 6.", dct: "2000-02-24").first == "the week of March 6=2000-W10")
    }
}

@Suite struct TitleTests {
    @Test func monthsNextToOtherDateWordsStayDates() {
        #expect(values("Prices rose from January to March.").count == 2)
        #expect(values("He stayed from March to Christmas.").count == 2)
        #expect(values("The talks, held in Geneva in March, failed.").count == 1)
    }
}
