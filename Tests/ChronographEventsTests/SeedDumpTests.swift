import ChronographCore
import Foundation
import Testing
@testable import ChronographEvents

@Test func dumpSeed() throws {
    guard ProcessInfo.processInfo.environment["DUMP"] != nil else { return }
    let a = Shared.seed().analyze(Shared.extractor)
    for m in a.mentions {
        print(m.id, m.type, m.eventClass.rawValue, m.factuality.rawValue, "|", m.label, "|", m.time?.value ?? "-", m.time?.certainty.rawValue ?? "", "| tense", m.tense ?? "", "| parent", m.parent ?? "-", m.phaseIndex ?? 0, "| attr", m.attribution.map { "\($0.source) / \($0.citing ?? "-") / \($0.cue ?? "-")" } ?? "-", "| actors", m.actors.map { "\($0.name)[\($0.kind.rawValue)\($0.title.map { ": " + $0 } ?? "")]" }.joined(separator: "; "), "| loc", m.location?.name ?? "-")
    }
    for r in a.relations { print(r.from, r.type.rawValue, r.to, r.rule) }
    let g = GraphBuilder().build([a])
    for e in g.events { print(e.id, e.type, e.factuality.rawValue, e.label, e.time?.value ?? "-", e.time?.start ?? "", e.time?.end ?? "", "parent", e.parent ?? "-", e.mentions.count, e.attribution?.source ?? "") }
    for r in g.relations { print(r.from, r.type.rawValue, r.to, r.rule) }
    for c in g.conflicts { print("CONFLICT", c.description) }
}
