import ChronographCore
import Foundation
import Testing
@testable import ChronographEvents

private func doc(_ id: String, _ text: String, _ timexes: [(String, String)], source: String) -> DocumentAnalysis {
    var f = Fixture(id: id, text: text, dct: "2024-01-10", source: source)
    for (s, v) in timexes { f.timex(s, v) }
    return f.analyze(Shared.extractor)
}

@Test func twoArticlesOneEventWithDateConflict() {
    let a = doc("a", "Police arrested opposition leader Marat Bekov in Almaty on 6 January.", [("6 January", "2024-01-06")], source: "Agency A")
    let b = doc("b", "Opposition leader Marat Bekov was detained by police on 8 January.", [("8 January", "2024-01-08")], source: "Agency B")
    let g = GraphBuilder().build([a, b])
    let arrests = g.events.filter { $0.type == "arrest" }
    #expect(arrests.count == 1)
    let e = arrests[0]
    #expect(e.mentions.count == 2)
    #expect(Set(e.mentions.map(\.doc)) == ["a", "b"])
    #expect(Set(e.alternativeTimes.map(\.time.value)) == ["2024-01-06", "2024-01-08"])
    #expect(Set(e.alternativeTimes.compactMap(\.source)) == ["Agency A", "Agency B"])
    #expect(g.conflicts.contains { $0.kind == .date && $0.events == [e.id] })
}

@Test func distinctEventsStayDistinct() {
    let a = doc("a", "Police arrested opposition leader Marat Bekov on 6 January.", [("6 January", "2024-01-06")], source: "A")
    let b = doc("b", "Police arrested journalist Dana Ospanova on 6 January.", [("6 January", "2024-01-06")], source: "B")
    let g = GraphBuilder().build([a, b])
    #expect(g.events.filter { $0.type == "arrest" }.count == 2)
    #expect(g.conflicts.isEmpty)
}

@Test func coreferentMentionsInOneDocumentAreOneEpisode() {
    var f = Fixture(id: "c", text: "The riots in January 2022 shook Almaty. Officials called the unrest a coup attempt.", dct: "2024-01-10")
    f.timex("January 2022", "2022-01")
    let g = GraphBuilder().build([f.analyze(Shared.extractor)])
    let episodes = g.events.filter { ["riot", "coup_attempt"].contains($0.type) }
    #expect(episodes.count == 1)
    #expect(episodes.first?.mentions.count == 3)
    #expect(episodes.first?.time?.value == "2022-01")
}

@Test func unrestOfTwoDatedDaysInOneDocumentIsTwoEvents() {
    // An episode's undated mentions join it, but a march dated Thursday is not the riots dated Tuesday.
    var f = Fixture(
        id: "n", text: "Scenes of rioting in Nanterre\n\nOn Tuesday night, violent clashes broke out in Nanterre. A white march set off in Nanterre on Thursday. Clashes broke out with the police.",
        dct: "2023-06-30")
    f.timex("Tuesday night", "2023-06-27TNI")
    f.timex("Thursday", "2023-06-29")
    let g = GraphBuilder().build([f.analyze(Shared.extractor)])
    let riots = g.events.first { $0.mentions.contains { $0.text == "clashes" } }
    let march = g.events.first { $0.mentions.contains { $0.text == "march" } }
    #expect(riots != nil && march != nil)
    #expect(riots?.id != march?.id)
    #expect(march?.time?.value == "2023-06-29")
}

@Test func aLaterReportJoinsAnIncidentByTheDateItGivesNotItsHeadlinesNewsDay() {
    // The later report names the earthquake first in its headline (the report's news day), then dates it.
    var a = Fixture(id: "a", text: "A powerful earthquake struck Morocco on Friday night, killing hundreds.", dct: "2023-09-09", source: "A")
    a.timex("Friday night", "2023-09-08TNI")
    var b = Fixture(
        id: "b", text: "Morocco earthquake: death toll rises to 2,960\n\nThe toll of the September 8 earthquake in Morocco has risen to 2,960, officials said on Wednesday.",
        dct: "2023-09-13", source: "B")
    b.timex("September 8", "2023-09-08")
    b.timex("Wednesday", "2023-09-13")
    let g = GraphBuilder().build([a.analyze(Shared.extractor, parsed: true), b.analyze(Shared.extractor, parsed: true)])
    let quakes = g.events.filter { $0.type == "disaster" }
    #expect(quakes.count == 1)
    #expect(Set(quakes.first?.mentions.map(\.doc) ?? []) == ["a", "b"])
}

@Test func repeatedActorMentionsAreLinked() {
    let text = "Former security chief Karim Masimov was arrested. Masimov was later sentenced to 18 years."
    let ms = Fixture(id: "l", text: text, dct: "2024-01-10").analyze(Shared.extractor).mentions
    let arrest = ms.first { $0.type == "arrest" }
    let sentence = ms.first { $0.type == "sentencing" }
    #expect(arrest?.actors.first { $0.kind == .person }?.name == "Karim Masimov")
    #expect(sentence?.actors.first { $0.kind == .person }?.id == "actor:karim-masimov")
}

@Test func focusKeepsOneActorsEvents() {
    let a = doc("a", "Police arrested opposition leader Marat Bekov on 6 January. Protesters rallied in Almaty on 7 January.", [("6 January", "2024-01-06"), ("7 January", "2024-01-07")], source: "A")
    let g = GraphBuilder().build([a], focus: "bekov")
    #expect(g.events.count == 1)
    #expect(g.events.first?.type == "arrest")
}

@Test func graphOutputIsDeterministic() throws {
    let seed = Shared.seed()
    let one = Shared.json(GraphBuilder().build([seed.analyze(Shared.extractor)]))
    let two = Shared.json(GraphBuilder().build([seed.analyze(try EventExtractor(language: "en", mode: .salient))]))
    #expect(one == two)
}

@Test func alikeEventsInDifferentCountriesStayDistinct() {
    let a = doc("a", "Thousands of protesters rallied in Tbilisi on 6 January.", [("6 January", "2024-01-06")], source: "A")
    let b = doc("b", "Thousands of protesters rallied in Almaty on 6 January.", [("6 January", "2024-01-06")], source: "B")
    let g = GraphBuilder().build([a, b])
    #expect(g.events.filter { $0.type == "protest" }.count == 2)
}

@Test func taxonomyMapsTypesToCameoAndAcled() throws {
    let types = Dictionary(uniqueKeysWithValues: Shared.extractor.taxonomy.map { ($0.id, $0) })
    for id in ["protest", "riot", "violence", "coup_attempt", "military_deployment", "military_withdrawal", "state_of_emergency", "arrest", "dismissal", "resignation", "appointment", "trial", "verdict", "sentencing", "appeal", "release", "broadcast", "statement", "plan", "election", "death_toll", "negotiation", "agreement", "other"] {
        #expect(types[id] != nil, "missing type \(id)")
    }
    #expect(types["protest"]?.cameo == ["141"])
    #expect(types["riot"]?.acled == ["Riots"])
    #expect(types["other"]?.salient == false)
}

@Test func focusOnAFullNameFollowsItsAcronym() {
    let a = doc("a", "GM closed its plant in Flint on 6 January. Ford opened a plant on 7 January.", [("6 January", "2024-01-06"), ("7 January", "2024-01-07")], source: "A")
    let g = GraphBuilder().build([a], focus: "General Motors")
    #expect(g.events.contains { $0.mentions.contains { $0.text == "closed" } })
    #expect(!g.events.contains { $0.mentions.contains { $0.text == "opened" } })
    #expect(EventFilter.initials("General Motors") == "GM")
    #expect(EventFilter.initials("Masimov") == nil)
}

@Test func aCoupReportedADayApartInOneCountryIsOneCoup() {
    // No participant in common, dates a day apart (the day it happened, the day it was reported): one coup.
    let a = doc("a", "Soldiers staged a coup in Libreville on 8 January.", [("8 January", "2024-01-08")], source: "A")
    let b = doc("b", "The coup in Gabon on 9 January drew condemnation.", [("9 January", "2024-01-09")], source: "B")
    let c = doc("c", "A coup in Niger on 9 January drew condemnation.", [("9 January", "2024-01-09")], source: "C")
    let g = GraphBuilder().build([a, b, c])
    let coups = g.events.filter { $0.type == "coup_attempt" }
    #expect(coups.count == 2)
    #expect(coups.contains { Set($0.mentions.map(\.doc)) == ["a", "b"] })
}

@Test func aReportsOwnDayStandsForItAndTheDayBeforeWhenMerging() throws {
    let reportDay = EventTime(timex3: "2024-03-08", inferred: false, certainty: .documentDate)
    let range = try #require(EventMerger.newsDayRange(reportDay, reportDay.dayRange))
    #expect(range.start.description == "2024-03-07" && range.end.description == "2024-03-08")
    // A day the text states stands for itself; so does a longer span.
    let stated = EventTime(timex3: "2024-03-08", inferred: false, certainty: .explicit)
    #expect(EventMerger.newsDayRange(stated, stated.dayRange) == stated.dayRange)
    let month = EventTime(timex3: "2024-03", inferred: false, certainty: .documentDate)
    #expect(EventMerger.newsDayRange(month, month.dayRange) == month.dayRange)
}
