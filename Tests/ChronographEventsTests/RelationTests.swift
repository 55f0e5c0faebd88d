import ChronographCore
import Testing
@testable import ChronographEvents

private func analysis(_ text: String, dct: String = "2024-03-10", timexes: [(String, String)] = []) -> DocumentAnalysis {
    var f = Fixture(id: "r", text: text, dct: dct)
    for (s, v) in timexes { f.timex(s, v) }
    return f.analyze(Shared.extractor)
}

private func rel(_ a: DocumentAnalysis, _ from: String, _ type: RelationType, _ to: String) -> Relation? {
    let ids = Dictionary(a.mentions.map { ($0.id, $0.text) }, uniquingKeysWith: { x, _ in x })
    return a.relations.first { ids[$0.from] == from && ids[$0.to] == to && $0.type == type }
}

@Test func timeAnchorsOrderEvents() {
    let a = analysis("Protesters rallied in Almaty on 4 January. The leader was arrested on 9 January.", timexes: [("4 January", "2024-01-04"), ("9 January", "2024-01-09")])
    #expect(a.mentions.first { $0.text == "rallied" }?.time?.value == "2024-01-04")
    #expect(a.mentions.first { $0.text == "arrested" }?.time?.value == "2024-01-09")
    let g = GraphBuilder().build([a])
    let rally = g.events.first { $0.type == "protest" }!
    let arrest = g.events.first { $0.type == "arrest" }!
    #expect(g.relations.contains { $0.from == rally.id && $0.to == arrest.id && $0.type == .before && $0.rule == "OrderByTimeAnchors" })
}

@Test func signalWordsOrderEvents() {
    let a = analysis("The minister resigned after the riots.")
    #expect(rel(a, "resigned", .after, "riots")?.rule == "TemporalSignal")
}

@Test func pastPerfectIsBeforeTheLeadEvent() {
    let a = analysis("Troops withdrew from the city on Friday. The president had previously declared a curfew.", timexes: [("Friday", "2024-03-08")])
    #expect(rel(a, "curfew", .before, "withdrew")?.rule == "PastPerfectBeforeReference")
    #expect(a.mentions.first { $0.text == "curfew" }?.tense == "past_perfect")
}

@Test func phasesAreOrderedPartsOfTheEpisode() {
    let a = analysis("The organizers of the unrest planned three waves: first, peaceful rallies, then attacks on police stations, and then, in the third wave, looting.")
    let phases = a.mentions.filter { $0.phaseIndex != nil }.sorted { $0.phaseIndex! < $1.phaseIndex! }
    #expect(phases.map(\.phaseIndex) == [1, 2, 3])
    let parent = a.mentions.first { $0.text == "unrest" }
    #expect(phases.allSatisfy { $0.parent == parent?.id })
    #expect(a.relations.filter { $0.type == .phaseOf }.count == 3)
    #expect(a.relations.contains { $0.from == phases[0].id && $0.to == phases[1].id && $0.type == .before })
}

@Test func statementIsAboutTheEventItNames() {
    let a = analysis("The president condemned the attack on the embassy.")
    #expect(rel(a, "condemned", .about, "attack")?.rule == "CommunicationObject")
}

@Test func closureReportsContradictionsInsteadOfDrawingThem() {
    var c = TemporalClosure()
    c.add([
        Relation(from: "a", to: "b", type: .before, rule: "x"),
        Relation(from: "b", to: "c", type: .before, rule: "x"),
        Relation(from: "c", to: "a", type: .before, rule: "y"),
    ])
    #expect(c.accepted.count == 2)
    #expect(c.conflicts.count == 1)
    #expect(c.conflicts.first?.kind == .relation)
    #expect(c.isBefore("a", "c"))
    #expect(c.derived().contains { $0.from == "a" && $0.to == "c" && $0.derived })
}

/// The search from both ends answers what a walk from the earlier event alone answers, on random
/// relations among a few events (contradictions included, which the closure refuses).
@Test func closureReachabilityIsThatOfAPlainWalk() {
    var state: UInt64 = 42
    func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % n
    }
    var conflicts = 0, reachable = 0
    for _ in 0..<20 {
        var c = TemporalClosure()
        let ids = (0..<12).map { "e\($0)" }
        c.add((0..<30).map { _ in Relation(from: ids[next(12)], to: ids[next(12)], type: next(4) == 0 ? .after : .before, rule: "r") })
        conflicts += c.conflicts.count
        for a in ids {
            // Reachable from `a` by one relation or more, walking successors only.
            var seen = Set<String>(), stack = [a]
            while let x = stack.popLast() {
                for y in c.successors(of: x) where seen.insert(y).inserted { stack.append(y) }
            }
            for b in ids where b != a { #expect(c.isBefore(a, b) == seen.contains(b), "\(a) before \(b)") }
            reachable += seen.count
        }
    }
    #expect(conflicts > 0 && reachable > 0)
}

@Test func episodeIncludesEventsDatedInside() {
    var f = Fixture(id: "i", text: "The unrest of January 2022 shook the country. The security chief was arrested on 8 January 2022.", dct: "2024-01-10")
    f.timex("January 2022", "2022-01")
    f.timex("8 January 2022", "2022-01-08")
    let g = GraphBuilder().build([f.analyze(Shared.extractor)])
    let unrest = g.events.first { $0.type == "riot" }
    let arrest = g.events.first { $0.type == "arrest" }
    #expect(unrest != nil && arrest != nil)
    #expect(g.relations.contains { $0.from == unrest?.id && $0.to == arrest?.id && $0.type == .includes })
    #expect(!g.relations.contains { $0.type == .before && [$0.from, $0.to].contains(unrest?.id ?? "") && [$0.from, $0.to].contains(arrest?.id ?? "") })
}

@Test func datelineDateIsNoEventDate() {
    var f = Fixture(id: "d", text: "TBILISI, Dec 5 (Reuters) - Police arrested an opposition leader after protests.", dct: "2024-12-05")
    f.timex("Dec 5", "2024-12-05")
    let a = f.analyze(Shared.extractor)
    #expect(a.mentions.first { $0.type == "arrest" }?.time?.certainty != .explicit)
    #expect(a.mentions.first { $0.type == "arrest" }?.label == "Police arrested an opposition leader")
}
