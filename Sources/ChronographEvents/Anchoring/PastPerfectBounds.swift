import ChronographCore

/// What a news report tells as having happened before some other time ("Renault and Nissan had
/// offered to buy a stake") happened by the report's day at the latest: with no date of its own,
/// it is bounded on or before the document date. Runs after the mention relations: a past perfect
/// the text orders before a reference event ("Tokayev had said ... the documentary showed") is
/// bounded by that event in the graph, which says more, so it is left to it.
enum PastPerfectBounds {
    static func pass(_ drafts: inout [Draft], emitted: [Int], relations: [Relation], dct: DocumentCreationTime) {
        guard let v = dct.value, !TimeAnchorer.isNarrative(drafts, dct: dct) else { return }
        let ordered = Set(relations.filter { $0.type == .before }.map(\.from))
        for k in emitted {
            let d = drafts[k]
            guard d.isVerb, d.tense == "past_perfect", d.time == nil, d.parent == nil, !d.factuality.isUnrealized, !ordered.contains(d.id) else { continue }
            var t = EventTime(timex3: v, inferred: dct.inferred, certainty: .documentDate, text: nil)
            t.mod = .onOrBefore
            drafts[k].time = t
        }
    }
}
