import ChronographCore
import Testing
@testable import ChronographEvents

/// Within-document coreference of incidents and the deaths they cause, on made-up articles.
private func article(_ id: String, _ text: String, _ timexes: [(String, String)], dct: String = "2024-03-10") -> DocumentAnalysis {
    var f = Fixture(id: id, text: text, dct: dct, source: "Agency " + id)
    for (s, v) in timexes { f.timex(s, v) }
    return f.analyze(Shared.extractor)
}

private func events(_ g: EventGraph, containing word: String) -> [Event] {
    g.events.filter { $0.mentions.contains { $0.text.lowercased().contains(word) } }
}

@Test func aShootingAndABombingInOneArticleAreDifferentIncidents() {
    let a = article("a", "A sniper shot Dr. Anna Berg in her kitchen in Tromso. The shooting shocked the town. "
        + "The 2019 bombing of a clinic in Bergen injured a guard.", [("2019", "2019")])
    let g = GraphBuilder().build([a])
    let shooting = events(g, containing: "shoot")
    let bombing = events(g, containing: "bombing")
    #expect(shooting.count == 1 && bombing.count == 1)
    #expect(shooting.first?.id != bombing.first?.id)
    #expect(shooting.first?.time?.value != "2019")
}

@Test func aMissileStrikeIsNotTheBombingsItAnswers() {
    let a = article("a", "The bombings of two embassies in Kenya and Ethiopia on 3 March killed dozens. "
        + "The missile attacks on camps in Sudan on 3 March destroyed a plant.", [("3 March", "2024-03-03")])
    let g = GraphBuilder().build([a])
    let v = g.events.filter { $0.type == "violence" }
    #expect(v.count == 2)
    #expect(!v.contains { e in Set(e.mentions.map(\.text)).isSuperset(of: ["bombings", "attacks"]) })
}

@Test func theDeathOfOneNamedPersonIsTheAttackThatKilledThem() {
    let a = article("a", "Dr. Anna Berg was killed in her kitchen by a sniper on 2 March. Police are searching for the gunman. "
        + "The shooting of Dr. Anna Berg shocked the town.", [("2 March", "2024-03-02")])
    let b = article("b", "Investigators found a rifle near the home of Anna Berg, who was shot dead on 2 March.", [("2 March", "2024-03-02")])
    let g = GraphBuilder().build([a, b])
    let attack = events(g, containing: "kill")
    #expect(attack.count == 1)
    #expect(attack.first?.type == "violence")
    #expect(attack.first?.time?.value == "2024-03-02")
    #expect(attack.first?.mentions.contains { $0.text == "shooting" } == true)
    #expect(!g.events.contains { $0.type == "death_toll" && $0.mentions.contains { $0.text == "killed" } })
}

@Test func aDeathTollStaysADeathToll() {
    let a = article("a", "The blast in Mombasa on 3 March killed 40 people and injured 200.", [("3 March", "2024-03-03")])
    let g = GraphBuilder().build([a])
    #expect(events(g, containing: "killed").first?.type == "death_toll")
}

@Test func aDeathCausedByANamedIncidentIsNoAttackOfItsOwn() {
    let a = article("a", "The 2019 bombing of a clinic in Bergen that killed a guard was never solved. "
        + "A sniper shot Dr. Anna Berg in Tromso last week.", [("2019", "2019")])
    let g = GraphBuilder().build([a])
    let killed = events(g, containing: "killed")
    #expect(killed.first?.type == "death_toll")
    #expect(!events(g, containing: "shot").isEmpty)
    #expect(events(g, containing: "shot").first?.time?.value != "2019")
}

/// The time a mention of the article was given (by its trigger text, the n-th occurrence).
private func time(_ a: DocumentAnalysis, _ trigger: String, occurrence: Int = 1) -> EventTime? {
    a.mentions.filter { $0.text == trigger }.dropFirst(occurrence - 1).first?.time
}

@Test func aDefiniteIncidentNounTakesTheDateOfTheIncidentItRefersTo() {
    let a = article("a", "A blast destroyed the consulate in Mombasa on 3 March. Police said on 5 March they had found the "
        + "owner of a car. Investigators believe the blast was caused by a car bomb.", [("3 March", "2024-03-03"), ("5 March", "2024-03-05")])
    #expect(time(a, "blast")?.certainty == .explicit)
    let blast = time(a, "blast", occurrence: 2)
    #expect(blast?.value == "2024-03-03")
    #expect(blast?.certainty == .context)
}

@Test func anIncidentInAnotherCityIsNoAntecedent() {
    let a = article("a", "A blast hit the consulate in Mombasa on 3 March. The bombing in Addis Ababa shocked the region.",
                    [("3 March", "2024-03-03")])
    let bombing = a.mentions.first { $0.text == "bombing" }
    #expect(bombing != nil)
    #expect(bombing?.time?.certainty != .context || bombing?.time?.value != "2024-03-03")
}

@Test func anIncidentTakesTheDateOfTheDeathsItCaused() {
    let a = article("a", "Nearly simultaneous bombings at embassies in Mombasa, Kenya, and Addis Ababa, Ethiopia, on 3 March killed 40 people.",
                    [("3 March", "2024-03-03")])
    #expect(time(a, "bombings")?.value == "2024-03-03")
}

@Test func aFrontedDateDoesNotDateAnIncidentNamedThroughAPreposition() {
    let a = article("a", "A blast hit the consulate in Mombasa on 3 March. On 8 March, police searched for a suspect in the bombing.",
                    [("3 March", "2024-03-03"), ("8 March", "2024-03-08")])
    #expect(time(a, "bombing")?.value == "2024-03-03")
}

@Test func aKnownHappeningAfterOfTakesNoClauseDate() {
    let a = article("a", "A sniper shot Dr. Anna Berg in Tromso on 2 March. But on 8 March, investigators searched the site of the shooting again.",
                    [("2 March", "2024-03-02"), ("8 March", "2024-03-08")])
    #expect(a.mentions.contains { $0.text == "shooting" })
    #expect(time(a, "shooting")?.value != "2024-03-08")
}

@Test func aDateTheNounIsGivenRightAfterOfStillCounts() {
    let a = article("a", "The film sheds light on the details of the failed coup attempt in January 2022.", [("January 2022", "2022-01")])
    #expect(time(a, "coup attempt")?.value == "2022-01")
}

@Test func aWeekdayBeforeADeclaringVerbDoesNotDateTheAttacksItNames() {
    let a = article("a", "WASHINGTON -- President Jane Doe Thursday condemned terrorist bomb attacks at embassies in Kenya.", [("Thursday", "2024-03-07")])
    #expect(a.mentions.contains { $0.text == "attacks" })
    #expect(time(a, "attacks")?.value != "2024-03-07")
}

@Test func twoSigningsMonthsApartAreTwoEvents() {
    let a = article("a", "Hungary's president signed the accession document on 10 February.", [("10 February", "2024-02-10")])
    let b = article("b", "Hungary formally joined the alliance on 12 March, signing the accession document.", [("12 March", "2024-03-12")], dct: "2024-03-13")
    let g = GraphBuilder().build([a, b])
    let agreements = g.events.filter { $0.type == "agreement" }
    #expect(Set(agreements.flatMap { $0.mentions.map(\.doc) }) == ["a", "b"])
    #expect(!agreements.contains { Set($0.mentions.map(\.doc)) == ["a", "b"] })
}

@Test func aDayAgreesWithTheMonthThatContainsIt() {
    let a = article("a", "Dr. Anna Berg was killed by a sniper in October 2023.", [("October 2023", "2023-10")])
    let b = article("b", "Dr. Anna Berg was killed by a sniper in Tromso on 23 October 2023.", [("23 October 2023", "2023-10-23")])
    let c = article("c", "Police still seek the sniper who killed Dr. Anna Berg in October 2023.", [("October 2023", "2023-10")])
    let g = GraphBuilder().build([a, b, c])
    let attack = g.events.filter { $0.type == "violence" }
    #expect(attack.count == 1)
    #expect(attack.first?.time?.value == "2023-10-23")
}

@Test func anUndatedIncidentReportedWeeksLaterIsTheRecentOneOfItsKindAndCountry() {
    let a = article("a", "A blast destroyed the embassy in Mombasa, Kenya, on 3 March, police said.", [("3 March", "2024-03-03")], dct: "2024-03-03")
    let b = article("b", "Relatives mourned the victims of the Kenya embassy bombing at a ceremony.", [], dct: "2024-03-12")
    let c = article("c", "Relatives mourned the victims of the Kenya embassy bombing at a ceremony.", [], dct: "2024-06-12")
    let g = GraphBuilder().build([a, b, c])
    let violence: [Event] = g.events.filter { $0.type == "violence" }
    let withA: Event? = violence.first { e in e.mentions.contains { m in m.doc == "a" } }
    let docs: Set<String> = Set(withA?.mentions.map(\.doc) ?? [])
    #expect(docs.contains("b"))
    // Three months later the undated mention may be another bombing: it stays apart.
    #expect(!docs.contains("c"))
}

@Test func deathsWithoutADateTakeTheDateOfTheIncidentThatCausedThem() {
    let a = article("a", "The embassy bombings, on 3 March, killed 40 people in Mombasa. "
        + "Two guards were killed in the blast at the consulate on 3 March.", [("3 March", "2024-03-03")])
    #expect(time(a, "killed")?.value == "2024-03-03")
    #expect(time(a, "killed", occurrence: 2)?.value == "2024-03-03")
}

@Test func aDeathInANamedIncidentIsNoAttackOfItsOwn() {
    let a = article("a", "Twelve Americans were killed in the embassy bombing in Mombasa.", [])
    let g = GraphBuilder().build([a])
    #expect(events(g, containing: "killed").first?.type == "death_toll")
}

@Test func anUndatedPastStatementInNewsWasMadeByTheReportsDate() {
    let a = article("a", "The ambassador, on behalf of the African envoys, condemned the bombings.", [], dct: "2024-03-11")
    #expect(time(a, "condemned")?.value == "2024-03-11")
    #expect(time(a, "condemned")?.certainty == .documentDate)
}

@Test func aPersonNamedInTheOtherReportsSentencesLinksTwoReportsOfOneCharge() {
    let a = article("a", "An abortion foe who is the subject of a manhunt was charged with murder on 6 May. "
        + "In addition to a state charge of murder, Marsh faces a federal charge.", [("6 May", "2024-05-06")], dct: "2024-05-06")
    let b = article("b", "Thomas Edward Marsh was indicted last year in the shooting death of a doctor.", [("last year", "2024")], dct: "2025-01-24")
    let g = GraphBuilder().build([a, b])
    let trial = g.events.filter { $0.type == "trial" && Set($0.mentions.map(\.doc)) == ["a", "b"] }
    #expect(trial.count == 1)
    #expect(trial.first?.time?.value == "2024-05-06")
}
