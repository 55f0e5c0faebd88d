import ChronographCore
import Foundation
import Testing

@testable import ChronographTime

/// Constructions of wire reports on unrest (the realnews set's kind): nights of a series, "overnight",
/// "hours after", compound durations, and the tense of a weekday whose verb comes after it.
/// DCT 2024-01-05 is a Friday.
@Suite struct WireNewsFamilyTests {
    @Test func overnightIsTheNightBeforeTheReport() {
        #expect(values("Police used stun grenades against the protesters in Almaty overnight.") == ["overnight=2024-01-04TNI"])
        #expect(tag("London shares were depressed by overnight losses in New York.").timexes.first?.type == .time)
        // Histories have no report day: nothing to count from.
        #expect(values("The army crossed the river overnight.", mode: .narrative).isEmpty)
    }

    @Test func nightsAndDaysOfASeriesAreTheDayInFocus() {
        #expect(values("Police broke up protests in Minsk for a second night on Wednesday.") == ["a second night=2024-01-03TNI", "Wednesday=2024-01-03"])
        #expect(values("Protests continued for a third night.") == ["a third night=2024-01-05TNI"])
        // The last day named is the day in focus.
        #expect(values("A video was published on Thursday. Protests continued for a third night.")
            == ["Thursday=2024-01-04", "a third night=2024-01-04TNI"])
        #expect(values("It's the second day of an offensive against the villages.") == ["the second day=2024-01-05"])
        // The first day of a series is seldom given.
        #expect(values("He promised to act on his first day in office.").isEmpty)
        #expect(values("He would serve a second term.").isEmpty)
    }

    @Test func countsOfNightsAreDays() {
        #expect(values("The party dropped the bill after two nights of violent protests.") == ["two nights=P2D"])
    }

    @Test func bareHoursAfterAnEventAreAFewHours() {
        #expect(values("Congress removed him from office, hours after he announced plans to dissolve it.") == ["hours=PTXH"])
        #expect(values("They said it two hours after the blast.") == ["two hours=PT2H"])
        #expect(values("Days after the vote, he resigned.").first != "Days=PTXD")
    }

    @Test func compoundDurationsAddTheirUnits() {
        let t = tag("She would serve about two years and eight months in prison.").timexes
        #expect(t.map { "\($0.text)=\($0.value)" } == ["about two years and eight months=P2Y8M"])
        #expect(t.first?.mod == .approx)
        #expect(values("The flight took three hours and 20 minutes.") == ["three hours and 20 minutes=PT3H20M"])
        #expect(values("It took two days and five hours.") == ["two days and five hours=P2DT5H"])
        // Units in the wrong order stay two durations.
        #expect(values("It took eight months and two years.") == ["eight months=P8M", "two years=P2Y"])
        #expect(Normalizer.durationSum("P2Y", "P8M") == "P2Y8M")
        #expect(Normalizer.durationSum("P8M", "P8M") == nil)
        #expect(Normalizer.durationSum("PXY", "P8M") == nil)
    }

    @Test func aWeekdayBeforeAPastFormOfAPlanIsWhenItWasPlanned() {
        #expect(values("On Friday, the Kenyan government planned to pay the first death claims.", dct: "1998-09-30")
            == ["Friday=1998-09-25"])
        // The plan's own day follows the verb: still ahead.
        #expect(values("Protesters planned a large demonstration on Saturday.") == ["Saturday=2024-01-06"])
        // A past auxiliary before a future cue leaves the tense to it.
        #expect(values("Protesters planned a demonstration on Saturday and were planning to drive around the airport.")
            == ["Saturday=2024-01-06"])
        #expect(values("On Monday, the talks were expected to resume.") == ["Monday=2024-01-08"])
    }
}

/// The day in focus of a news report, that bare clock times are on.
@Suite struct NewsFocusDayTests {
    @Test func theEndOfASpanIsNoDayInFocus() {
        let t = tag("Tokayev declared a state of emergency until January 19. A curfew was imposed from 23:00 to 07:00.", dct: "2022-01-05").timexes
        // The end of the curfew, earlier in the day than its start, is the next morning.
        #expect(t.map { "\($0.text)=\($0.value)" } == ["January 19=2022-01-19", "23:00=2022-01-05T23:00", "07:00=2022-01-06T07:00"])
        #expect(values("The talks ran from 9:00 to 17:00.", dct: "2022-01-05") == ["9:00=2022-01-05T09:00", "17:00=2022-01-05T17:00"])
        // A day given outright still is.
        let on = tag("Troops arrived on January 3. A curfew began at 23:00.", dct: "2022-01-05").timexes
        #expect(on.last?.value == "2022-01-03T23:00")
    }
}

/// Guards found in review: a verb reading or a sign of news that must not reach too far.
@Suite struct ReviewGuardTests {
    @Test func lastAfterToIsTheShiftWhenAUnitFollows() {
        #expect(values("Sales rose 5 percent compared to last year.") == ["last year=2023"])
        #expect(values("Prices fell prior to last week.") == ["last week=2023-W52"])
        // A quantity after it: the verb "last".
        #expect(values("The talks are expected to last several weeks.").first != "last several weeks=2023-W52")
    }

    @Test func oneDayIsAFutureDayOnlyBeforeAVerb() {
        #expect(values("He hopes to one day return.") == ["one day=FUTURE_REF"])
        #expect(values("They agreed to one day of talks.") == ["one day=P1D"])
        #expect(values("Not one day passed without shelling.") == ["one day=P1D"])
    }

    /// "the next day" is as common in histories as in news: it does not make a history news.
    @Test func aRelativeStepDoesNotMakeAHistoryNews() {
        let text = "The war began in 1939. In 1940 France fell. The invasion began in 1941, and the next day the army crossed the river. In 1943 the siege ended. In March the offensive began. The war ended in 1945."
        #expect(values(text).contains("March=1943-03"))
    }
}
