import ChronographCore

extension TemporalTagger {
    /// Where an event-anchored step ("two days before the election") counts from.
    enum EventAnchoring {
        /// The last date mentioned (the event just told).
        case lastDate
        /// The date the text gives the anchoring event ("two days before the election of 5 May").
        case from((Day, Granularity))
        /// The date just before, in apposition: "On 27 June 1950, two days after the KPA invaded" restates it.
        case restated(Resolved)
        /// No date of the event in sight: the value is unknown (digits written as X).
        case unknown
    }

    /// Decides what an event-anchored step counts from: a date it restates, a date given to its event
    /// in the same clause, the last date when it was told in this sentence or the one before, else nothing.
    func eventAnchoring(
        _ k: Int, _ found: [Found], _ tokens: [[TToken]], previous: (sentence: Int, to: Int, resolved: Resolved)?, ref: Reference, tenses: [Tense]
    ) -> EventAnchoring {
        let f = found[k]
        let t = tokens[f.sentence]
        let from = f.modFrom ?? f.match.from
        if let p = previous, p.sentence == f.sentence, p.to + 1 == from, lists.apposition.contains(t[p.to].lower),
            p.resolved.type == .date, let a = p.resolved.anchor, a.1 >= .day
        {
            return .restated(p.resolved)
        }
        if k + 1 < found.count, found[k + 1].sentence == f.sentence {
            let next = found[k + 1]
            let between = f.match.to..<(next.modFrom ?? next.match.from)
            if between.count <= 8, !between.contains(where: { lists.clauseEnd.contains(t[$0].lower) }) {
                let res = Normalizer(ref: ref, tense: tenses[k + 1], sentence: next.sentence, lists: lists).resolve(rules[next.match.rule], next.match, tokens: t)
                if res.count == 1, rules[next.match.rule].action == "date", let a = res[0].anchor, a.1 >= .month { return .from(a) }
            }
        }
        if ref.last != nil && ref.lastSentence >= f.sentence - 1 { return .lastDate }
        return .unknown
    }
}
