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
    #expect(events(g, containing: "shot").first?.time?.value != "2019")
}
