import ChronographCore
import Testing
@testable import ChronographEvents

/// Time anchoring: which date (if any) each event of a sentence gets.
private func mentions(_ text: String, dct: String = "1998-08-14", timexes: [(String, String)], mode: EventExtractor = Shared.timeml, parsed: Bool = false) -> [EventMention] {
    var f = Fixture(id: "t", text: text, dct: dct)
    for (s, v) in timexes { f.timex(s, v) }
    return f.analyze(mode, parsed: parsed).mentions
}

private func value(_ ms: [EventMention], _ trigger: String) -> String? {
    ms.first { $0.text == trigger }?.time?.value
}

@Test func dateDatesEveryEventOfItsClause() {
    let ms = mentions("Tens of thousands of people paid tribute to the victims in a rally Saturday.", timexes: [("Saturday", "1998-08-08")])
    #expect(value(ms, "paid") == "1998-08-08")
    #expect(value(ms, "rally") == "1998-08-08")
}

@Test func dateStaysInItsSubordinateClause() {
    let ms = mentions("Extremists have bombed two towns since Sinn Fein was expelled from the talks on Feb. 20.", timexes: [("Feb. 20", "1998-02-20")])
    #expect(value(ms, "expelled") == "1998-02-20")
    #expect(ms.contains { $0.text == "bombed" })
    #expect(value(ms, "bombed") != "1998-02-20")
}

@Test func dateModifyingANounDatesOnlyThatNoun() {
    let ms = mentions("He is charged in three attacks, including the 1996 bombing that killed one person.", timexes: [("1996", "1996")])
    #expect(value(ms, "bombing") == "1996")
    // The relative clause shares the date of the noun it describes.
    #expect(value(ms, "killed") == "1996")
    #expect(ms.contains { $0.text == "charged" })
    #expect(value(ms, "charged") != "1996")
}

@Test func possessiveDateDatesTheNounAfterIt() {
    let ms = mentions("The move follows Tuesday's declaration by Ford.", timexes: [("Tuesday", "1998-08-11")])
    #expect(value(ms, "declaration") == "1998-08-11")
    #expect(ms.contains { $0.text == "follows" })
    #expect(value(ms, "follows") != "1998-08-11")
}

@Test func reportingVerbTakesTheDateRightAfterIt() {
    let ms = mentions("A Pentagon spokesman said Thursday that the troops will remain in the Gulf.", timexes: [("Thursday", "1998-08-13")])
    #expect(value(ms, "said") == "1998-08-13")
    #expect(ms.contains { $0.text == "remain" })
    #expect(value(ms, "remain") != "1998-08-13")
}

@Test func dateAfterAReportedClauseIsNotTheReportsDate() {
    let ms = mentions("Hernandez was kidnapped from his small, neighborhood store at 10 p.m. Wednesday, police said.", timexes: [("10 p.m. Wednesday", "1998-08-12T22:00")])
    #expect(value(ms, "kidnapped") == "1998-08-12T22:00")
    #expect(value(ms, "said") == "1998-08-14")
}

@Test func infinitiveComplementOwnsTheDateAfterIt() {
    let ms = mentions("The company hopes to complete the transaction early next year.", timexes: [("early next year", "1999")])
    #expect(value(ms, "complete") == "1999")
    #expect(value(ms, "hopes") == "1998-08-14")
}

@Test func comparedFigureDateIsNotTheEventsDate() {
    let ms = mentions("Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.", timexes: [("a year earlier", "1997")])
    #expect(ms.contains { $0.text == "declined" })
    #expect(value(ms, "declined") != "1997")
}

@Test func presentPerfectTakesNoPastMonth() {
    let ms = mentions("A recent documentary has shed light on the failed coup attempt in January 2022.", dct: "2024-01-05",
        timexes: [("January 2022", "2022-01")], mode: Shared.extractor)
    #expect(value(ms, "coup attempt") == "2022-01")
    // "recent" dates the documentary, not the month of the coup in its clause.
    #expect(value(ms, "documentary") == "2024-01")
}

@Test func presentTenseVerbIsAtTheDocumentDate() {
    let ms = mentions("The Ulster Unionists are threatening to push for his expulsion.", timexes: [])
    #expect(value(ms, "threatening") == "1998-08-14")
}

@Test func undatedPastEventIsBoundedByTheDocumentDate() {
    // Monday is no news day of a report of Friday 14 August: the arrest is only known to be on or before the report.
    let ms = mentions("The talks began on Monday.\n\nPolice arrested six men.", timexes: [("Monday", "1998-08-10")])
    #expect(value(ms, "began") == "1998-08-10")
    let arrested = ms.first { $0.text == "arrested" }
    #expect(arrested?.time?.value == "1998-08-14")
    #expect(arrested?.time?.mod == .onOrBefore)
    #expect(arrested?.time?.certainty == .documentDate)
}

@Test func undatedPastEventTakesTheNewsDayNamedBeforeIt() {
    let ms = mentions("The talks broke down on Thursday.\n\nPolice arrested six men.", timexes: [("Thursday", "1998-08-13")])
    let arrested = ms.first { $0.text == "arrested" }
    #expect(arrested?.time?.value == "1998-08-13")
    #expect(arrested?.time?.certainty == .context)
}

@Test func backgroundEpisodeDateIsNotTheStorysDate() {
    let text = "Many of the leaders who led the 1992 protests have moved.\n\nThe shooting shocked the town. Police are investigating the shooting. Residents condemned the shooting."
    let ms = mentions(text, timexes: [("1992", "1992")], mode: Shared.extractor)
    #expect(value(ms, "protests") == "1992")
    #expect(ms.filter { $0.text == "shooting" }.allSatisfy { $0.time?.value != "1992" })
}

@Test func whenClauseSharesTheMainClausesDate() {
    let ms = mentions("In addition, 73 soldiers were killed en route to Lebanon when two military helicopters crashed last February.", timexes: [("last February", "1997-02")])
    #expect(value(ms, "crashed") == "1997-02")
    #expect(value(ms, "killed") == "1997-02")
}

@Test func introductoryPhraseDatesTheMainClause() {
    let ms = mentions("In New York Stock Exchange composite trading Friday, Aetna shares closed at $60.", timexes: [("Friday", "1998-08-14")])
    #expect(value(ms, "closed") == "1998-08-14")
}

@Test func modalVerbHasNoPresentTense() {
    let ms = mentions("A commitment could not stop the assassin.", timexes: [])
    #expect(ms.first { $0.text == "stop" }?.tense == "none")
    #expect(ms.contains { $0.text == "stop" })
    #expect(value(ms, "stop") == nil)
}

@Test func dateBeforeANonEventNounDatesNoVerbAfterIt() {
    let ms = mentions("That 1978 resolution calls for the withdrawal of troops.", timexes: [("1978", "1978")])
    #expect(ms.contains { $0.text == "calls" })
    #expect(value(ms, "calls") != "1978")
}

@Test func participleAfterADatedNounTakesItsDate() {
    let ms = mentions("The sites were visited as laid down by the Feb. 23 accord signed by Kofi Annan.", timexes: [("Feb. 23", "1998-02-23")])
    #expect(value(ms, "signed") == "1998-02-23")
}

@Test func eventNamedAsWhatIsCondemnedKeepsItsOwnTime() {
    // (The parse says the bombing is what was condemned: it takes no news day named before it.)
    let ms = mentions("The Security Council condemned the bombing of the embassies on Thursday.", timexes: [("Thursday", "1998-08-13")], parsed: true)
    #expect(value(ms, "condemned") == "1998-08-13")
    #expect(ms.contains { $0.text == "bombing" })
    #expect(value(ms, "bombing") != "1998-08-13")
}

@Test func relativeClauseAfterADatedEventPhraseSharesItsDate() {
    let ms = mentions("Rudolph has been on the run since the January 1998 bombing of a Birmingham abortion clinic that killed a police officer and maimed a nurse.",
        timexes: [("January 1998", "1998-01")])
    #expect(value(ms, "bombing") == "1998-01")
    #expect(value(ms, "killed") == "1998-01")
    #expect(value(ms, "maimed") == "1998-01")
}

@Test func fullDateWithItsCommaModifiesTheNounAfterIt() {
    let ms = mentions("Two agents were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103 that killed 259 people.", timexes: [("Dec. 21, 1988", "1988-12-21")])
    #expect(value(ms, "bombing") == "1988-12-21")
    #expect(value(ms, "killed") == "1988-12-21")
    #expect(ms.contains { $0.text == "charged" })
    #expect(value(ms, "charged") != "1988-12-21")
}

@Test func reportingVerbKeepsItsDateAfterAPreposition() {
    let ms = mentions("Albright announced on Monday a reward for information on the bombers.", timexes: [("Monday", "1998-08-10")])
    #expect(value(ms, "announced") == "1998-08-10")
}

@Test func declaredEventTakesTheDeclarationsDateButARequestedOneDoesNot() {
    let ms = mentions("President Tokayev declared a state of emergency in Almaty on January 5 and asked the CSTO to send troops to Kazakhstan.",
        dct: "2022-01-10", timexes: [("January 5", "2022-01-05")], mode: Shared.extractor)
    #expect(value(ms, "state of emergency") == "2022-01-05")
    #expect(ms.contains { $0.text == "send" })
    #expect(value(ms, "send") != "2022-01-05")
}

@Test func whatADatedReportTellsOfThePastHappenedByItsDate() {
    let ms = mentions(
        "Tanzanian police said on Tuesday they had arrested 14 foreigners in their search for the bombers.",
        timexes: [("Tuesday", "1998-08-11")], mode: Shared.extractor)
    let arrest = ms.first { $0.text == "arrested" }
    #expect(arrest?.time?.value == "1998-08-11")
    #expect(arrest?.time?.mod == .onOrBefore)
    #expect(arrest?.time?.certainty == .context)
    // A plan told of in a dated report is not bounded by it.
    let plan = mentions(
        "Police said on Tuesday they would arrest the organizers.", timexes: [("Tuesday", "1998-08-11")], mode: Shared.extractor)
    #expect(plan.first { $0.text == "arrest" }?.time?.mod != .onOrBefore)
}

@Test func whatAnIncidentDidHappenedWhenItDid() {
    // Told five days later: the toll of the earthquake and the houses it destroyed are the earthquake's, not the report's day.
    let text = "The death toll of the earthquake that struck Morocco on September 8 has risen to 2,960, officials said on Wednesday. "
        + "At least 50,000 houses collapsed in the earthquake. The earthquake has caused material damage in several cities."
    let ms = mentions(text, dct: "2023-09-13", timexes: [("September 8", "2023-09-08"), ("Wednesday", "2023-09-13")], mode: Shared.timeml, parsed: true)
    #expect(value(ms, "earthquake") == "2023-09-08")
    #expect(value(ms, "death toll") ?? value(ms, "toll") == "2023-09-08")
    #expect(value(ms, "collapsed") == "2023-09-08")
    #expect(value(ms, "caused") == "2023-09-08")
    #expect(value(ms, "said") == "2023-09-13")
}

@Test func aTollWithoutItsIncidentCountsTheDeadOfTheReportsOneDisaster() {
    let text = "Morocco earthquake: death toll rises\n\nA magnitude 7 earthquake struck Al Haouz on Friday. Rescuers were searching the rubble on Wednesday. The death toll rose to 2,960."
    let ms = mentions(text, dct: "2023-09-13", timexes: [("Friday", "2023-09-08"), ("Wednesday", "2023-09-13")], mode: Shared.extractor, parsed: true)
    #expect(ms.filter { $0.text == "death toll" || $0.text == "toll" }.map { $0.time?.value } == ["2023-09-08", "2023-09-08"])
    // The headline's undated earthquake is the report's one dated earthquake.
    #expect(ms.filter { $0.text == "earthquake" }.map { $0.time?.value } == ["2023-09-08", "2023-09-08"])
}
