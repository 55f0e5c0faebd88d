import ChronographCore

/// Relations read off one document: phases, signals ("after", "then"), tense (past perfect),
/// and what a report, film or statement is about.
struct MentionRelations {
    let lexicon: EventLexicon

    private func isCommunication(_ d: Draft) -> Bool { ["broadcast", "statement"].contains(d.type) }

    func find(views: [SentenceView], drafts: [Draft], emitted: [Int]) -> [Relation] {
        var rels: [Relation] = []
        let set = Set(emitted)
        func id(_ k: Int) -> String { drafts[k].id }
        // phase_of and the order of phases.
        var phasesByParent: [Int: [Int]] = [:]
        for k in emitted { if let p = drafts[k].parent, set.contains(p) { phasesByParent[p, default: []].append(k) } }
        for p in phasesByParent.keys.sorted() {
            let ph = phasesByParent[p]!.sorted { (drafts[$0].phaseIndex ?? 0) < (drafts[$1].phaseIndex ?? 0) }
            for k in ph { rels.append(Relation(from: id(k), to: id(p), type: .phaseOf, rule: "PhaseList")) }
            for (a, b) in zip(ph, ph.dropFirst()) { rels.append(Relation(from: id(a), to: id(b), type: .before, rule: "OrderPhasesBySignals")) }
        }
        var emittedBySentence: [Int: [Int]] = [:]
        for k in emitted { emittedBySentence[drafts[k].sentence, default: []].append(k) }
        for view in views {
            let toks = view.tokens
            let here = (emittedBySentence[view.index] ?? []).sorted { drafts[$0].tokStart < drafts[$1].tokStart }
            // "A after B", "A before B", "After B, A".
            for i in toks.indices {
                guard let (kind, len) = lexicon.cue(at: i, in: toks), kind == "before" || kind == "after" else { continue }
                if i + len < toks.count && toks[i + len].lower == "that" { continue }
                let right = here.first { drafts[$0].tokStart >= i + len && drafts[$0].tokStart <= i + len + 6 }
                var left = here.last { drafts[$0].tokEnd <= i && i - drafts[$0].tokEnd <= 8 }
                if i == 0, let comma = toks.firstIndex(where: { $0.text == "," }) {
                    left = here.first { drafts[$0].tokStart > comma }
                }
                guard let a = left, let b = right, a != b, drafts[a].parent == nil || drafts[a].parent != drafts[b].parent else { continue }
                rels.append(Relation(from: id(a), to: id(b), type: kind == "before" ? .before : .after, rule: "TemporalSignal"))
            }
            // A report, film or statement is about the first other event its clause names.
            for k in here where isCommunication(drafts[k]) {
                if let t = here.first(where: { drafts[$0].tokStart > drafts[k].tokEnd && drafts[$0].tokStart - drafts[k].tokEnd <= 20 && !isCommunication(drafts[$0]) && drafts[$0].parent == nil && !drafts[$0].factuality.isUnrealized }) {
                    rels.append(Relation(from: id(k), to: id(t), type: .about, rule: "CommunicationObject"))
                    // What a statement or film is about had begun before it.
                    if drafts[k].time == nil || drafts[t].time == nil || drafts[k].time?.certainty == .relation {
                        rels.append(Relation(from: id(t), to: id(k), type: .before, rule: "AboutImpliesEarlier"))
                    }
                }
            }
        }
        // Past perfect ("had previously characterized"): before the document's lead event.
        let lead = emitted.first { drafts[$0].tense != "past_perfect" && drafts[$0].time != nil && drafts[$0].parent == nil && !drafts[$0].factuality.isUnrealized }
        for k in emitted where drafts[k].tense == "past_perfect" && drafts[k].time?.certainty != .explicit {
            if let l = lead, l != k { rels.append(Relation(from: id(k), to: id(l), type: .before, rule: "PastPerfectBeforeReference")) }
        }
        var seen = Set<String>()
        return rels.filter { seen.insert("\($0.from)|\($0.to)|\($0.type.rawValue)").inserted && $0.from != $0.to }
    }
}
