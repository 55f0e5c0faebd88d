import ChronographCore
import Testing
@testable import ChronographEvents

/// The first real input: the graph must show the broadcast, the unrest with three ordered
/// phases, the prevented plan, Tokayev's statement and Masimov's sentencing, in order.
@Test func seedGraph() throws {
    let g = GraphBuilder().build([Shared.seed().analyze(Shared.extractor)])
    let broadcast = try #require(g.events.first { $0.type == "broadcast" })
    #expect(broadcast.time?.value == "2024-01")
    #expect(broadcast.time?.inferred == true)
    #expect(broadcast.actors.contains { $0.name == "Khabar" })
    let unrest = try #require(g.events.first { $0.time?.value == "2022-01" && $0.parent == nil && ["riot", "coup_attempt", "protest"].contains($0.type) })
    #expect(g.relations.contains { $0.from == broadcast.id && $0.to == unrest.id && $0.type == .about })
    let phases = g.events.filter { $0.parent == unrest.id }.sorted { ($0.phaseIndex ?? 0) < ($1.phaseIndex ?? 0) }
    #expect(phases.map(\.phaseIndex) == [1, 2, 3])
    #expect(phases.first?.label.lowercased().contains("peaceful rallies") == true)
    #expect(phases.allSatisfy { p in g.relations.contains { $0.from == p.id && $0.to == unrest.id && $0.type == .phaseOf } })
    #expect(g.relations.contains { $0.from == phases[0].id && $0.to == phases[1].id && $0.type == .before })
    #expect(g.relations.contains { $0.from == phases[1].id && $0.to == phases[2].id && $0.type == .before })
    let plan = try #require(g.events.first { $0.type == "military_deployment" })
    #expect(plan.factuality == .prevented)
    #expect(plan.attribution?.source == "the film's authors")
    #expect(plan.attribution?.citing == "the republic's law enforcement agencies")
    #expect(plan.actors.contains { $0.name == "Afghanistan" } && plan.actors.contains { $0.name == "Syria" })
    #expect(!g.relations.contains { ($0.from == plan.id || $0.to == plan.id) && $0.type == .before })
    let statement = try #require(g.events.first { $0.type == "statement" })
    #expect(statement.actors.contains { $0.name == "Kassym-Jomart Tokayev" && $0.title == "Kazakhstan President" })
    #expect(statement.time?.certainty == .relation)
    let sentencing = try #require(g.events.first { $0.type == "sentencing" })
    #expect(sentencing.time?.value == "2023-04")
    #expect(sentencing.label == "Karim Masimov sentenced for treason")
    #expect(sentencing.actors.contains { $0.name == "Karim Masimov" && $0.title?.hasPrefix("former chairman") == true })
    // Order: unrest < statement < broadcast, unrest < sentencing < broadcast.
    var closure = TemporalClosure()
    closure.add(g.relations)
    #expect(closure.isBefore(unrest.id, statement.id))
    #expect(closure.isBefore(statement.id, broadcast.id))
    #expect(closure.isBefore(unrest.id, sentencing.id))
    #expect(closure.isBefore(sentencing.id, broadcast.id))
    #expect(g.conflicts.isEmpty)
    // The timeline has salient events only: no event per noun (the others are minor).
    #expect(g.timeline().events.count <= 10)
    // Focus on Masimov keeps his sentencing.
    let focused = GraphBuilder().build([Shared.seed().analyze(Shared.extractor)], focus: "Masimov")
    #expect(focused.events.map(\.type) == ["sentencing"])
}
