import ChronographCore
import Foundation
import Testing
import ChronographTime
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

@Test func dumpSeedWithTagger() throws {
    guard ProcessInfo.processInfo.environment["DUMP"] != nil else { return }
    let seed = Shared.seed()
    let tagger = try ChronographTime.TemporalTagger(language: "en")
    let tagged = tagger.tag(seed.document, text: seed.text, sentences: seed.sentences, dct: nil, mode: nil)
    for t in tagged.timexes { print(t.start, t.end, t.text, t.type.rawValue, t.value) }
    print(tagged.dct)
    let r = Shared.extractor.extract(seed.document, text: seed.text, sentences: seed.sentences, dct: tagged.dct, timexes: tagged.timexes)
    print(r.mentions.count)
}

/// `DUMP_FILES=a.txt,b.txt DUMP_DCT=2024-12-06 swift test --filter dumpFiles` prints the graph of some articles.
@Test func dumpFiles() throws {
    guard let files = ProcessInfo.processInfo.environment["DUMP_FILES"] else { return }
    let dcts = (ProcessInfo.processInfo.environment["DUMP_DCT"] ?? "").split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let tagger = try ChronographTime.TemporalTagger(language: "en")
    var analyses: [DocumentAnalysis] = []
    for (n, path) in files.split(separator: ",").map(String.init).enumerated() {
        let dct: String? = n < dcts.count && !dcts[n].isEmpty ? dcts[n] : nil
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let doc = Document(id: (path as NSString).lastPathComponent, text: text, source: (path as NSString).lastPathComponent)
        let st = ScalarText(text)
        let sentences = SentenceSplitter.forLanguage("en").split(st)
        let tagged = tagger.tag(doc, text: st, sentences: sentences, dct: dct, mode: nil)
        let r = Shared.extractor.extract(doc, text: st, sentences: sentences, dct: tagged.dct, timexes: tagged.timexes)
        analyses.append(DocumentAnalysis(document: doc, dct: tagged.dct, timexes: tagged.timexes, mentions: r.mentions, relations: r.relations))
    }
    let g = GraphBuilder().build(analyses, focus: ProcessInfo.processInfo.environment["DUMP_FOCUS"])
    for e in g.events {
        print(e.id, e.type, e.factuality.rawValue, "|", e.label, "|", e.time?.value ?? "-", e.time?.certainty.rawValue ?? "", "| parent", e.parent ?? "-", "| mentions", e.mentions.map { "\($0.doc):\($0.text)" }.joined(separator: ", "), "| alt", e.alternativeTimes.map(\.time.value), "| actors", e.actors.map(\.name))
    }
    for r in g.relations { print(r.from, r.type.rawValue, r.to, r.rule) }
    for c in g.conflicts { print("CONFLICT", c.kind.rawValue, c.events, c.description) }
}
