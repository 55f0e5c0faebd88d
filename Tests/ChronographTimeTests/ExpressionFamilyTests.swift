import ChronographCore
import Foundation
import Testing

@testable import ChronographTime

/// One test per family of expressions, with the values and extents TimeML expects.
@Suite struct ExpressionFamilyTests {
    @Test func explicitDatesInAllOrders() {
        #expect(values("It began on 5 January 2024.") == ["5 January 2024=2024-01-05"])
        #expect(values("It began on Jan. 5, 2024, in Almaty.") == ["Jan. 5, 2024=2024-01-05"])
        #expect(values("Filed 2024-01-05 and 05.01.2024.") == ["2024-01-05=2024-01-05", "05.01.2024=2024-01-05"])
    }

    @Test func extentsExcludePrepositionsAndIncludeModifiers() {
        #expect(values("Talks resumed in early 2022.") == ["early 2022=2022"])
        let t = tag("Talks resumed in the first days of January.").timexes
        #expect(t.first.map { $0.text.hasSuffix("January") } == true)
        #expect(values("He has lived there since 1990.") == ["1990=1990"])
    }

    @Test func newsRetellingDatedEventsKeepsTheirYear() {
        let t = tag("On January 2, 2022, protests broke out. By January 4, they had spread to Almaty.").timexes
        #expect(t.map(\.value) == ["2022-01-02", "2022-01-04"])
        // A day a little before the last one given is in its year too.
        let before = tag("Riots broke out on January 2-11, 2022. Protests spread from January 4 to 7, officials said.").timexes
        #expect(before.map(\.value) == ["2022-01-02", "2022-01-11", "2022-01-04", "2022-01-07"])
        // The report's own day ("said on Thursday") does not interrupt the story retold.
        let report = tag("Riots broke out on January 2-11, 2022, the office said on Thursday. Protests spread from January 4 to 7.").timexes
        #expect(report.map(\.value) == ["2022-01-02", "2022-01-11", "2024-01-04", "2022-01-04", "2022-01-07"])
        // A month-level aside ("the August 1988 cease-fire") does not carry a later "Aug. 2" back.
        let aside = tag("He had rejected it after the August 1988 cease-fire. Iran condemned the invasion on Aug. 2.", dct: "1990-08-15").timexes
        #expect(aside.last?.value == "1990-08-02")
        // Far from the last date, a yearless date is read against the DCT again.
        let far = tag("On January 2, 2022, protests broke out. Prices rose. Talks resumed. By December 28, they had ended.").timexes
        #expect(far.last?.value == "2023-12-28")
    }

    @Test func yearlessDatesNearAYearBoundary() {
        #expect(values("The vote was on December 30.", dct: "2024-01-02") == ["December 30=2023-12-30"])
        #expect(values("The vote will be on January 3.", dct: "2023-12-30") == ["January 3=2024-01-03"])
    }

    @Test func weekdaysFollowTense() {
        // DCT 2024-01-05 is a Friday.
        #expect(values("Police said the rally took place on Monday.") == ["Monday=2024-01-01"])
        #expect(values("The rally will take place on Monday.") == ["Monday=2024-01-08"])
        #expect(values("He spoke last Friday.") == ["last Friday=2023-12-29"])
    }

    @Test func newsWritesDecadesAndCenturiesInYears() {
        // TimeML news (TimeBank: "two decades" = P20Y); TIMEX2 histories keep the unit.
        #expect(values("Unemployment is at its lowest for almost two decades.") == ["almost two decades=P20Y"])
        #expect(values("The temple stood for two centuries.") == ["two centuries=P200Y"])
        #expect(values("A decades-long conflict.", mode: .narrative) == ["decades-long=PXDE"])
        #expect(values("The war lasted two decades.", mode: .narrative) == ["two decades=P2DE"])
    }

    @Test func weekdayNightsInThePluralRecur() {
        #expect(values("Two flights will leave Bombay on Tuesday nights.") == ["Tuesday nights=XXXX-WXX-2TNI"])
        #expect(values("The talks ran late on Tuesday night.") == ["Tuesday night=2024-01-02TNI"])
    }

    @Test func aQuarterComparedWithTheYearBefore() {
        // The quarter just named, a year back, whatever words say so.
        let t = values("Third-quarter net rose, compared with the corresponding period last year.", dct: "1989-10-26")
        #expect(t == ["Third-quarter=1989-Q3", "the corresponding period last year=1988-Q3"])
        #expect(values("Third-quarter net fell. U.K. sales for last year's quarter were $3 million.", dct: "1989-10-26").last
            == "last year's quarter=1988-Q3")
        #expect(values("It lost money in the third quarter. For the quarter a year ago, it earned $16 million.", dct: "1989-10-26").last
            == "the quarter a year ago=1988-Q3")
        // A quarter a year back is only compared with: a following "year-ago" still counts from the report's quarter.
        let twice = values("Net fell in the third quarter from the year-ago quarter. The year-ago results were restated.", dct: "1989-10-26")
        #expect(twice.last == "year-ago=1988-Q3")
        #expect(values("The year-earlier results were restated.", dct: "1989-10-26") == ["year-earlier=1988"])
    }

    @Test func aMonthGovernedByAPastVerbIsThePastOne() {
        // A past-tense report from late October: a coming January unless a past verb governs the month.
        #expect(values("The bank said it agreed to acquire the company in January.", dct: "1989-10-26") == ["January=1990-01"])
        #expect(values("Since KKR bought RJR in February, it has sold units.", dct: "1989-11-01").first == "February=1989-02")
        #expect(values("In January, American Medical brought in a new chief executive.", dct: "1989-10-26") == ["January=1989-01"])
        // A participle after a determiner is an adjective; after "is" no past.
        #expect(values("The dividend, the firm said, would be paid on a still unspecified date in January.", dct: "1989-10-26")
            == ["January=1990-01"])
        #expect(values("Lawyers said they expected to win when the case is heard in May.", dct: "2000-03-29") == ["May=2000-05"])
    }

    @Test func aMonthNamedAgainIsTheMonthJustDated() {
        let t = values("In early January 2022, protests over fuel prices escalated into riots. The January events claimed 238 lives.")
        #expect(t == ["early January 2022=2022-01", "January=2022-01"])
        // Another month, or the same one far away in the text, is read against the DCT as before.
        #expect(values("In early January 2022, protests escalated. The February talks failed.").last == "February=2023-02")
    }

    @Test func clockTimesInGMTAndLastAsAVerb() {
        // "(1700 GMT)" is no year (and does not become the date "the previous week" counts from).
        let t = values("The curfew starts at 11 p.m. local time (1700 GMT). The previous week, police detained 40 people.")
        #expect(t == ["11 p.m. local time=2024-01-05T23:00", "The previous week=2023-W52"])
        // "to last" is the verb: the amount alone is the expression.
        #expect(values("The trial is expected to last several weeks.") == ["several weeks=PXW"])
        #expect(values("Prices rose over the last several weeks.") == ["the last several weeks=PXW"])
    }

    @Test func aYearEndedOnADateIsAPeriod() {
        #expect(values("It earned $50 million in the year ended March 31.", dct: "1989-10-26") == ["the year=P1Y", "March 31=1989-03-31"])
        #expect(values("Net fell in the fiscal year ending June 30, 1990.", dct: "1989-10-26").first == "the fiscal year=P1Y")
        // Without "ended" the year is the current one.
        #expect(values("Sales rose in the fiscal year.", dct: "1989-10-26") == ["the fiscal year=1989"])
    }

    @Test func theFirstOrLastWeekOfAMonth() {
        // Not "last week" and a month: the week that lies mostly at that end of the month.
        #expect(values("Talks stalled in the last week of August 2023.") == ["the last week of August 2023=2023-W35"])
        #expect(values("The vote is set for the first week of March.") == ["the first week of March=2024-W10"])
        // Histories (TIMEX2) annotate it as one week's duration, and it does not move the story.
        let t = values("The offensive began on 8 August 1918. During the last week of August the pressure grew. By 2 September it was over.",
                       mode: .narrative)
        #expect(t == ["8 August 1918=1918-08-08", "the last week of August=P1W", "2 September=1918-09-02"])
    }

    @Test func thisTimeInAHistoryIsThePresentInView() {
        #expect(values("The King fled in June 1791. By this time, the monarchy had fallen.", mode: .narrative).last == "this time=PRESENT_REF")
        // "this period" points back without a value; news leaves both untagged.
        #expect(values("The King fled in June 1791. During this period, the army withdrew.", mode: .narrative).last == "this period=")
        #expect(values("By this time, the talks had failed.") == [])
    }

    @Test func historiesTagBarePartsOfTheDayAndClimateSeasons() {
        let t = values("In 1951 the PVA moved only at night. Operations resumed when the dry season began.", mode: .narrative)
        #expect(t == ["1951=1951", "night=XXXX-XX-XXTNI", "dry season="])
        #expect(values("Rebels moved only at night. Operations resumed when the dry season began.") == [])
    }

    @Test func rangesOfDaysInTwoMonthsShareTheirYear() {
        #expect(values("the Battle of Old Baldy (26 June - 4 August 1952)", mode: .narrative) == ["26 June=1952-06-26", "4 August 1952=1952-08-04"])
        #expect(values("Protests lasted from 28 December to 3 January 2024.") == ["28 December=2023-12-28", "3 January 2024=2024-01-03"])
    }

    @Test func anOClockTimeTakesTheDayThatFollows() {
        let t = values("The vote was held late Wednesday night. By 6 o'clock this morning, the fires were out.")
        #expect(t.contains("6 o'clock=2024-01-05T06:00"))
    }

    @Test func beToAndSetToAreFutureCues() {
        // DCT 2024-01-05 is a Friday; "is to" / "set to" + a verb is a plan, whatever the sentence's other verbs.
        #expect(values("The stock is traded in London and is to resume trading in Paris Tuesday.") == ["Tuesday=2024-01-09"])
        #expect(values("Extremists bombed the truce, set to resume Monday in Belfast.") == ["Monday=2024-01-08"])
        // "set" alone stays no cue ("He set the date"): the rest of the sentence decides.
        #expect(values("Police said he set fire to the car on Monday.") == ["Monday=2024-01-01"])
        // "expects" looks ahead as "expected" does.
        #expect(values("The company said it expects to report results Tuesday.") == ["Tuesday=2024-01-09"])
    }

    @Test func newsLookingBackStaysAnchoredToItsDate() {
        // A few years long before the DCT and one expression counted from the day of writing: still news
        // (TimeML anchors news to its DCT), so "this week" is the DCT's week, not one after the last year named.
        let text = "Exiles fled in 1959, 1962 and 1965. More came in 1980, 1994 and 1995. Until this week, he kept silent."
        #expect(tag(text, dct: "2000-02-24").timexes.last.map { "\($0.text)=\($0.value)" } == "this week=2000-W08")
    }

    @Test func aPastVerbRightBeforeADayDatesThePast() {
        // The nearest Jan. 31 would be three months ahead; "ended" says it has passed.
        #expect(values("In the fiscal year ended Jan. 31, sales rose.", dct: "1989-10-31").last == "Jan. 31=1989-01-31")
        // A participle after "will be" is no past.
        #expect(values("The dividend will be paid Dec. 14.", dct: "1989-10-26") == ["Dec. 14=1989-12-14"])
        // A participle used as an adjective is no past verb.
        #expect(values("Officials set the postponed Dec. 14 vote.", dct: "1989-10-26") == ["Dec. 14=1989-12-14"])
    }

    @Test func aPlanInThePastPerfectLooksBack() {
        // DCT 2024-01-08 is a Monday: the offer "had been due to expire" on the Friday just past.
        #expect(values("The offer had been due to expire Friday.", dct: "2024-01-08") == ["Friday=2024-01-05"])
        #expect(values("The offer is due to expire Friday.", dct: "2024-01-08") == ["Friday=2024-01-12"])
        // A present perfect keeps the plan ahead.
        #expect(values("The talks have been scheduled for Friday.", dct: "2024-01-08") == ["Friday=2024-01-12"])
    }

    @Test func possessiveWeekdaysAreNotReadAsFuture() {
        // "would look" is a future cue, but "Wednesday's ruling" is the one just made (DCT Friday).
        #expect(values("They said they would look for ways around Wednesday's ruling.") == ["Wednesday=2024-01-03"])
    }

    @Test func yearRangesWithShortOrSharedParts() {
        #expect(values("Throughout 1915-17, the armies suffered.", mode: .narrative) == ["1915=1915", "17=1917"])
        #expect(values("The season of 2007-08 was long.", mode: .narrative) == ["2007=2007", "08=2008"])
        #expect(values("The revolt lasted from 499 to 493 BC.", mode: .narrative) == ["499=BC0499", "493 BC=BC0493"])
        // Not a year range: a count, a score and a span that runs backwards.
        #expect(values("The vote was 1990-94 percent.", mode: .narrative).allSatisfy { !$0.hasPrefix("94=") })
        #expect(values("Between 1995-12 they met.", mode: .narrative) == ["1995=1995"])
    }

    @Test func clockTimesTakeTheDayThatFollows() {
        // DCT 2024-01-05 is a Friday; the earlier sentence names another day.
        let t = tag("The ceasefire began on Jan. 2. A strike began at 6 a.m. on Wednesday.").timexes
        #expect(t.map(\.value) == ["2024-01-02", "2024-01-03T06:00", "2024-01-03"])
        let ww = tag("At 5:34 AM Baghdad time on March 20, 2003 the invasion began.", mode: .narrative).timexes
        #expect(ww.first?.value == "2003-03-20T05:34")
    }

    @Test func longAdjectivesAndThisPast() {
        #expect(values("The week-long protests ended.") == ["week-long=P1W"])
        #expect(values("A decades-long conflict.") == ["decades-long=PXY"])
        #expect(values("Attacks doubled this past week.") == ["this past week=2023-W52"])
        #expect(values("It takes effect in the second half of the year.") == ["the second half of the year=2024-H2"])
    }

    @Test func quarterAndHalfCodes() {
        #expect(values("Sales rose in Q3 2023 and H1 2024.") == ["Q3 2023=2023-Q3", "H1 2024=2024-H1"])
        // "H1" without a year is a name, not a half.
        #expect(values("He holds an H1 visa.").isEmpty)
    }

    @Test func flashbacksDoNotMoveTheStory() {
        let back = tag("On 8 March 1965 marines landed. Two decades earlier, Ho had warned the French. In May, the army lost a battle.", mode: .narrative).timexes
        #expect(back.last?.value == "1965-05")
        let paren = tag("In 1793 the Convention met. The Church was hurt by the Civil Constitution (1790) and split. On 17 August, it voted.", mode: .narrative).timexes
        #expect(paren.last?.value == "1793-08-17")
        let perfect = tag("In May 1944 the British attacked. Forces that had invaded Burma in late 1943 besieged the town. By June, the Japanese held Henan.", mode: .narrative).timexes
        #expect(perfect.last?.value == "1944-06")
    }

    @Test func ratesAreSetsOnlyInNarratives() {
        #expect(values("Attacks averaged 30 a day in 2007.", mode: .narrative) == ["a day=P1D", "2007=2007"])
        #expect(tag("Attacks averaged 30 a day in 2007.", mode: .narrative).timexes.first?.type == .set)
        // TimeML news leaves rates untagged; "for a day" is a duration in both.
        #expect(values("Qantas flies four flights a week.").isEmpty)
        #expect(values("The fighting stalled for a day.", mode: .narrative) == ["a day=P1D"])
    }

    @Test func twoDigitYearsTakeTheNearestCentury() {
        let ww1 = tag("In 1917 Italy called up the so-called '99 Boys.", mode: .narrative).timexes
        #expect(ww1.last?.value == "1899")
        #expect(values("The class of '98 graduated.", dct: "1998-06-01") == ["'98=1998"])
    }

    @Test func hedgesAndExtraAmounts() {
        #expect(values("Plants will close over the next year or so.") == ["the next year or so=2025"])
        #expect(values("They stay for at least 20 more years.").first == "at least 20 more years=P20Y")
    }

    @Test func headingYearsAndRatios() {
        #expect(values("2003: Invasion", mode: .narrative) == ["2003=2003"])
        #expect(values("The ratio was 1998:12 at the close.").isEmpty)
    }

    @Test func narrativeAnaphoricPeriodsHaveNoValue() {
        let t = tag("The war began in 1914. During this period the army grew.", mode: .narrative).timexes
        #expect(t.map(\.text) == ["1914", "this period"])
        #expect(t.last?.value == "")
        // News (TimeML) does not tag them, nor "this time" as an occasion.
        #expect(values("During this period the army grew.").isEmpty)
        #expect(values("This time he won.", mode: .narrative).isEmpty)
    }

    @Test func relativeExpressions() {
        #expect(values("It was announced two years ago.") == ["two years ago=2022"])
        #expect(values("The decree came last week.") == ["last week=2023-W52"])
        #expect(values("Prices rose earlier this year.").first == "earlier this year=2024")
        // Narratives resolve "three days later"; TimeML news annotation keeps the duration.
        let later = tag("The riots began on 2 January 2022. Three days later the army arrived.", mode: .narrative).timexes
        #expect(later.map(\.value) == ["2022-01-02", "2022-01-05"])
        let news = tag("The riots began on 2 January 2022. Three days later the army arrived.").timexes
        #expect(news.map(\.text) == ["2 January 2022", "Three days"])
        #expect(news.last?.value == "P3D")
        let following = tag("Masimov was arrested in January 2022. He was sentenced the following year.").timexes
        #expect(following.last?.value == "2023")
    }

    @Test func decadesCenturiesQuarters() {
        #expect(values("Inflation soared in the 1990s.") == ["the 1990s=199"])
        #expect(values("In the 19th century, it was a village.") == ["the 19th century=18"])
        #expect(values("Profits fell in the third quarter of 2023.") == ["the third quarter of 2023=2023-Q3"])
    }

    @Test func durationsAndNumbersThatAreNotTimes() {
        #expect(values("He was sentenced to 18 years in prison.") == ["18 years=P18Y"])
        #expect(values("225 people were detained and 1 adult was hurt.").isEmpty)
        #expect(values("It lasted about three weeks.").first == "about three weeks=P3W")
        let vote = tag("Two days before the vote, rallies were banned.").timexes
        #expect(vote.first?.text == "Two days")
        #expect(vote.first?.type == .duration)
    }

    @Test func ranges() {
        let r = tag("Talks were held from 2 to 7 January.").timexes
        #expect(r.map(\.text) == ["2", "7 January"])
        #expect(r.map(\.value) == ["2024-01-02", "2024-01-07"])
        #expect(r.first?.rangeEnd == "2024-01-07")
        let y = tag("The war of 1939–1945 ended.").timexes
        #expect(y.map(\.value) == ["1939", "1945"])
    }

    @Test func timesOfDay() {
        #expect(values("The curfew began at 23:00 local time.") == ["23:00 local time=2024-01-05T23:00"])
        #expect(values("Shots were heard on Tuesday night.") == ["Tuesday night=2024-01-02TNI"])
    }

    @Test func narrativeResolvesAgainstTheLastDate() {
        let text = "The war began in 1939. In September, Poland was invaded. The next day, Britain declared war."
        let t = tag(text, dct: "2009-12-19", mode: .narrative).timexes
        // "The next day" after a month-precise date cannot be finer than that month.
        #expect(t.map(\.value) == ["1939", "1939-09", "1939-09"])
    }

    @Test func historyHeavyNewsStaysNews() {
        // Many past years, but "yesterday", "Friday" and "last week" say this is news.
        let text = "The party, founded in 1946, won in 1950, 1955, 1960, 1965 and 1970. Yesterday its leader resigned. "
            + "On Friday he met the president. Last week he denied the reports."
        let t = tag(text, dct: "2024-01-10").timexes
        #expect(t.first(where: { $0.text == "Yesterday" })?.value == "2024-01-09")
        #expect(t.first(where: { $0.text == "Last week" })?.value == "2024-W01")
    }

    @Test func bcYearsCountBackwards() {
        let t = tag("Xerxes invaded Greece in 480 BC. The following year the Persians were defeated.", dct: "2009-12-19", mode: .narrative).timexes
        #expect(t.map(\.value) == ["BC0480", "BC0479"])
        #expect(TemporalTagger.eraValue("-0478") == "BC0479")
        #expect(TemporalTagger.eraValue("-047") == "BC047")
        #expect(TemporalTagger.eraValue("1999") == "1999")
    }

    @Test func setsAndReferences() {
        #expect(values("The paper appears weekly.") == ["weekly=P1W"])
        #expect(values("Prices are now falling.") == ["now=PRESENT_REF"])
        #expect(values("He recently resigned.") == ["recently=PAST_REF"])
    }
}
