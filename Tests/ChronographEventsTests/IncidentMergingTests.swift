import ChronographCore
import Testing
@testable import ChronographEvents

/// Cross-article merging of incidents, statements and dates, on made-up articles.
private func article(_ id: String, _ text: String, _ timexes: [(String, String)], parsed: Bool = false) -> DocumentAnalysis {
    var f = Fixture(id: id, text: text, dct: "2024-03-10", source: "Agency " + id)
    for (s, v) in timexes { f.timex(s, v) }
    return f.analyze(Shared.extractor, parsed: parsed)
}

private func violence(_ g: EventGraph) -> [Event] { g.events.filter { $0.type == "violence" } }

@Test func twoBlastsOnOneDayInTwoCitiesAreTwoIncidents() {
    let a = article("a", "A blast destroyed the embassy in Mombasa on 3 March. An explosion hit the consulate in Addis Ababa on 3 March.",
                    [("3 March", "2024-03-03")])
    let events = violence(GraphBuilder().build([a]))
    #expect(events.count == 2)
    #expect(events.allSatisfy { $0.mentions.count == 1 })
}

@Test func aSetOfIncidentsStaysApartFromOneOfThem() {
    let a = article("a", "The bombings in Kenya and Ethiopia on 3 March shocked the region. The blast in Mombasa on 3 March destroyed the embassy.",
                    [("3 March", "2024-03-03")])
    let events = violence(GraphBuilder().build([a]))
    #expect(events.count == 2)
    #expect(Set(events.map { $0.mentions.map(\.text) }) == [["bombings"], ["blast"]])
}

@Test func oneSetOfIncidentsWordedDifferentlyAcrossArticlesIsOneEvent() {
    let a = article("a", "The bombings of two embassies in Kenya and Ethiopia on 3 March shocked the region.", [("3 March", "2024-03-03")])
    let b = article("b", "The blasts at the embassies in Kenya and Ethiopia on 3 March destroyed two buildings.", [("3 March", "2024-03-03")])
    let events = violence(GraphBuilder().build([a, b]))
    #expect(events.count == 1)
    #expect(Set(events.first?.mentions.map(\.doc) ?? []) == ["a", "b"])
    #expect(events.first?.time?.value == "2024-03-03")
}

@Test func oneIncidentOnTwoDaysIsAConflictNotASpan() {
    // Parsed, as the pipeline does: every verb is an event, and the date the parse gives the verb "destroyed"
    // (left out: it tells no headline) goes to the blast.
    let a = article("a", "Police said the blast in Mombasa on 3 March destroyed the embassy.", [("3 March", "2024-03-03")], parsed: true)
    let b = article("b", "The blast in Mombasa on 4 March destroyed the embassy, police said.", [("4 March", "2024-03-04")], parsed: true)
    let g = GraphBuilder().build([a, b])
    let events = violence(g)
    #expect(events.count == 1)
    #expect(events.first?.time?.granularity != .month)
    #expect(g.conflicts.contains { $0.kind == .date })
}

@Test func statementsOfDifferentSpeakersOrDaysStayDistinct() {
    let a = article("a", "On 4 March, Foreign Minister Ali Rezaei condemned the bombings in Kenya.", [("4 March", "2024-03-04")])
    let b = article("b", "On 4 March, Foreign Minister Pedro Alvarez condemned the bombings in Kenya.", [("4 March", "2024-03-04")])
    let c = article("c", "On 6 March, Foreign Minister Ali Rezaei condemned the bombings in Kenya.", [("6 March", "2024-03-06")])
    let d = article("d", "Foreign Minister Ali Rezaei on 4 March condemned the attacks in Kenya as senseless.", [("4 March", "2024-03-04")])
    let statements = GraphBuilder().build([a, b, c, d]).events.filter { $0.type == "statement" }
    // a and d are one statement; b is another speaker's, c the same speaker's on another day.
    #expect(statements.count == 3)
    #expect(statements.contains { Set($0.mentions.map(\.doc)) == ["a", "d"] })
    #expect(statements.allSatisfy { $0.alternativeTimes.isEmpty })
}

@Test func aSharedCountryDoesNotMakeTwoArrestsOne() {
    let a = article("a", "Kenya arrested opposition leader Marat Bekov on 6 March.", [("6 March", "2024-03-06")])
    let b = article("b", "Kenya arrested journalist Dana Ospanova on 8 March.", [("8 March", "2024-03-08")])
    let g = GraphBuilder().build([a, b])
    #expect(g.events.filter { $0.type == "arrest" }.count == 2)
    #expect(g.conflicts.isEmpty)
}

@Test func theDateMostSourcesGiveWins() {
    let c = article("c", "Opposition leader Marat Bekov was detained by police on 8 March.", [("8 March", "2024-03-08")])
    let a = article("a", "Police arrested opposition leader Marat Bekov in Almaty on 6 March.", [("6 March", "2024-03-06")])
    let b = article("b", "Marat Bekov, the opposition leader, was arrested by police on 6 March.", [("6 March", "2024-03-06")])
    let arrests = GraphBuilder().build([c, a, b]).events.filter { $0.type == "arrest" }
    #expect(arrests.count == 1)
    #expect(arrests.first?.time?.value == "2024-03-06")
    #expect(Set(arrests.first?.alternativeTimes.map(\.time.value) ?? []) == ["2024-03-06", "2024-03-08"])
}

@Test func incidentWordsAndTheirNumber() throws {
    let rules = MergeRules.load(language: "en")
    let lexicon = try LexiconStore.shared(language: "en").lexicon
    func number(_ word: String) -> MergeRules.Number {
        rules.incidentNumber(EventMention(id: "x", doc: "x", start: 0, end: 1, text: word, sentence: "", sentenceStart: 0, eventClass: .occurrence, type: "violence", label: word, rule: "test"), lexicon: lexicon)
    }
    #expect(number("bombings") == .plural)
    #expect(number("attacks") == .plural)
    #expect(number("blast") == .singular)
    #expect(number("attacked") == .singular)
    #expect(number("car bombing") == .singular)
    #expect(number("unrest") == .none)
    #expect(number("clashes") == .none)
    #expect(rules.recurring.contains("statement"))
}

@Test func theBlastLaterInTheArticleIsTheBlastItNamedFirst() {
    let a = article("a", "A massive blast damaged the embassy of Canada in Mombasa on 3 March, police chief Omar Said reported. Ambassador John Carter was injured in the blast.",
                    [("3 March", "2024-03-03")])
    let events = violence(GraphBuilder().build([a]))
    #expect(events.count == 1)
    #expect(events.first?.mentions.count == 2)
    #expect(events.first?.time?.value == "2024-03-03")
}

@Test func countriesThatAreThePartiesMakeTwoReportsOfATreatyOne() {
    let a = article("a", "Estonia and Latvia joined the alliance on 12 March after a long wait.", [("12 March", "2024-03-12")])
    let b = article("b", "Officials in Brussels welcomed the accession of Latvia and Estonia, which took effect on 12 March.", [("12 March", "2024-03-12")])
    let g = GraphBuilder().build([a, b])
    let agreements = g.events.filter { $0.type == "agreement" }
    #expect(agreements.count == 1)
    #expect(Set(agreements.first?.mentions.map(\.doc) ?? []) == ["a", "b"])
}

@Test func aMentionJoinsTheClusterItIsLikelierTheSameAs() {
    // Read in order, the missile strikes (20 March) would join the bombings dated only "in March" and
    // shut out "the bombings on 3 March"; the two mentions of the bombings are likelier one event.
    var f = Fixture(id: "a", text: "Bombings in Kenya shook the region in March. Missile strikes in Somalia followed on 20 March. The bombings on 3 March were the worst in years.", dct: "2024-03-30")
    f.timex("March", "2024-03")
    f.timex("20 March", "2024-03-20")
    f.timex("3 March", "2024-03-03")
    let events = violence(GraphBuilder().build([f.analyze(Shared.extractor)]))
    #expect(events.count == 2)
    #expect(events.contains { $0.mentions.map(\.text) == ["Bombings", "bombings"] })
}

@Test func disastersOfOneKindMergeAndOfTwoKindsStayApart() {
    // The types and kinds come from WordNet (triggers-wordnet.tsv, merging-wordnet.tsv).
    let a = article("a", "The earthquake in Karvan province on 3 March destroyed hundreds of homes.", [("3 March", "2024-03-03")])
    let b = article("b", "Rescuers searched the rubble after the quake in Karvan province on 3 March.", [("3 March", "2024-03-03")])
    let c = article("c", "The flood in Karvan province on 3 March cut the main road.", [("3 March", "2024-03-03")])
    let disasters = GraphBuilder().build([a, b, c]).events.filter { $0.type == "disaster" }
    #expect(disasters.count == 2)
    #expect(Set(disasters.map { Set($0.mentions.map(\.doc)) }) == [["a", "b"], ["c"]])
}

@Test func aDisasterToldADayApartInOneCountryIsOne() {
    // The night it struck and the day after (or two time zones): one earthquake in one country.
    let a = article("a", "The earthquake in Morocco on 3 March destroyed hundreds of homes.", [("3 March", "2024-03-03")])
    let b = article("b", "The earthquake in Morocco on 4 March destroyed hundreds of homes.", [("4 March", "2024-03-04")])
    // Three days later, or a flood, is another disaster.
    let c = article("c", "The earthquake in Morocco on 7 March destroyed hundreds of homes.", [("7 March", "2024-03-07")])
    let d = article("d", "The flood in Morocco on 4 March destroyed hundreds of homes.", [("4 March", "2024-03-04")])
    let disasters = GraphBuilder().build([a, b, c, d]).events.filter { $0.type == "disaster" }
    #expect(Set(disasters.map { Set($0.mentions.map(\.doc)) }) == [["a", "b"], ["c"], ["d"]])
}
