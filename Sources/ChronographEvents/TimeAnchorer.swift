import ChronographCore

/// Gives each mention the time it happened: a date in its own clause, "recent" relative to
/// the document date, its episode's date, the date of the sentence before, or nothing (then
/// only relations bound it).
struct TimeAnchorer {
    let lexicon: EventLexicon

    /// Timexes that name a fixed span of days.
    static func anchorable(_ t: Timex) -> Bool { (t.type == .date || t.type == .time) && t.dayRange != nil }

    static func time(of t: Timex, certainty: AnchorCertainty, inferred: Bool) -> EventTime {
        var et = EventTime(timex3: t.value, mod: t.mod, inferred: inferred, certainty: certainty, text: t.text)
        if let r = t.dayRange {
            et.start = r.start.description
            et.end = r.end.description
        }
        return et
    }

    /// Explicit anchors: each timex goes to the nearest trigger of its sentence; a fronted
    /// timex ("In April 2023, ...") to every trigger of the sentence that has none of its own.
    func anchorExplicit(_ view: SentenceView, drafts: inout [Draft], indices: [Int], timexes: [Timex], dct: DocumentCreationTime) {
        guard !indices.isEmpty else { return }
        let toks = view.tokens
        let inferred = { (t: Timex) -> Bool in dct.inferred && !t.text.contains(String(t.value.prefix(4))) }
        var owned: [Int: (Timex, Int)] = [:]
        var fronted: [Timex] = []
        for t in timexes where Self.anchorable(t) {
            guard let ti = toks.firstIndex(where: { $0.start >= t.start }) else { continue }
            // "until 2028", "by March": a bound, not the time of the event.
            if ti > 0 && ["until", "till", "by", "before", "after"].contains(toks[ti - 1].lower) { continue }
            if ti <= 2 && indices.allSatisfy({ drafts[$0].tokStart > ti }) {
                fronted.append(t)
                continue
            }
            var best: (Int, Int)?
            for d in indices {
                let dr = drafts[d]
                var dist = dr.tokStart > ti ? dr.tokStart - ti : ti - dr.tokEnd
                if dr.tokStart > ti { dist += 1 }  // dates usually follow what they date
                if !dr.salient { dist += 2 }
                // "..., police said": the reporting verb is rarely what a date in the clause dates.
                if dr.eventClass == .reporting && dr.type == "other" { dist += 3 }
                if best == nil || dist < best!.1 { best = (d, dist) }
            }
            if let (d, dist) = best, owned[d] == nil || owned[d]!.1 > dist { owned[d] = (t, dist) }
        }
        for (d, (t, _)) in owned.sorted(by: { $0.key < $1.key }) {
            drafts[d].time = Self.time(of: t, certainty: .explicit, inferred: inferred(t))
            // "The deployment ... started on January 6": an aspectual verb passes its date to the event it frames.
            if drafts[d].eventClass == .aspectual, !drafts[d].salient,
                let framed = indices.filter({ drafts[$0].salient && drafts[$0].time == nil && owned[$0] == nil && abs(drafts[$0].tokStart - drafts[d].tokStart) <= 8 })
                    .min(by: { abs(drafts[$0].tokStart - drafts[d].tokStart) < abs(drafts[$1].tokStart - drafts[d].tokStart) })
            {
                var et = Self.time(of: t, certainty: .explicit, inferred: inferred(t))
                if ["begin", "start", "resume"].contains(drafts[d].lemma) {
                    // It began then and went on: a span from that date to the report at most.
                    et.mod = .start
                    if let day = dct.day, let s = t.dayRange?.start, s < day { et.end = day.description }
                } else if ["end", "finish", "stop", "complete"].contains(drafts[d].lemma) {
                    et.mod = .end
                }
                drafts[framed].time = et
            }
        }
        if let f = fronted.first {
            for d in indices where drafts[d].time == nil {
                drafts[d].time = Self.time(of: f, certainty: .explicit, inferred: inferred(f))
            }
        }
        // "recent", "recently" next to a trigger: just before the document date (its month).
        for d in indices where drafts[d].time == nil {
            let dr = drafts[d]
            let lo = max(0, dr.tokStart - 3)
            let hi = min(toks.count, dr.tokEnd + 2)
            let recent = (lo..<hi).contains { lexicon.cue(at: $0, in: toks)?.kind == "recent" }
            if recent, let day = dct.day {
                let month = String(day.description.prefix(7))
                var et = EventTime(timex3: month, inferred: dct.inferred, certainty: .documentDate, text: toks[(lo..<hi).first { lexicon.cue(at: $0, in: toks)?.kind == "recent" }!].text)
                et.end = day.description
                drafts[d].time = et
            }
        }
    }

    /// Context anchors, after the explicit pass over the whole document.
    func anchorContext(views: [SentenceView], drafts: inout [Draft], dct: DocumentCreationTime, bySentence: [Int: [Int]]) {
        // Coreference: an undated mention takes the date of the document's other mentions of the
        // same episode ("the unrest", "the film"), or of the same kind of event with the same
        // participants, when they all agree on one date.
        // Indexed so that megabyte documents stay linear: the dates per family, per type, per type and actor.
        func named(_ d: Draft) -> Set<String> { Set(d.actors.filter { $0.kind == .person || $0.kind == .organization }.map(\.id)) }
        var byFamily: [String: [EventTime]] = [:]
        var byType: [String: [EventTime]] = [:]
        var byTypeActor: [String: [EventTime]] = [:]
        for d in drafts where d.salient && d.time != nil && d.time?.certainty != .relation && !d.factuality.isUnrealized && !d.absorbed && d.parent == nil {
            let t = d.time!
            func add(_ dict: inout [String: [EventTime]], _ key: String) {
                if dict[key]?.contains(where: { $0.value == t.value }) != true { dict[key, default: []].append(t) }
            }
            add(&byFamily, lexicon.family(d.type))
            add(&byType, d.type)
            for a in named(d) { add(&byTypeActor, d.type + "|" + a) }
        }
        for k in drafts.indices where drafts[k].time == nil && drafts[k].salient && drafts[k].parent == nil {
            let fam = lexicon.family(drafts[k].type)
            let mine = named(drafts[k])
            let episode = fam == "unrest" || fam == "broadcast"
            var same: [EventTime]
            if episode {
                same = byFamily[fam] ?? []
            } else if mine.isEmpty {
                same = byType[drafts[k].type] ?? []
            } else {
                same = []
                for a in mine.sorted() { for t in byTypeActor[drafts[k].type + "|" + a] ?? [] where !same.contains(where: { $0.value == t.value }) { same.append(t) } }
            }
            guard same.count == 1 else { continue }
            guard episode || drafts[k].eventClass != .reporting || drafts[k].tense != "past_perfect" else { continue }
            var t = same[0]
            if t.certainty == .explicit { t.certainty = .context }
            drafts[k].time = t
        }
        // "killed during the unrest": the event shares the episode's date.
        for view in views {
            let toks = view.tokens
            for i in toks.indices where toks[i].lower == "during" {
                let here = bySentence[view.index] ?? []
                guard let y = here.first(where: { drafts[$0].tokStart > i && drafts[$0].tokStart <= i + 4 && drafts[$0].time != nil }) else { continue }
                for k in here where drafts[k].time == nil && drafts[k].tokEnd <= i && i - drafts[k].tokEnd <= 6 && drafts[k].salient {
                    var t = drafts[y].time!
                    t.certainty = .context
                    if t.mod == .start, let r = t.dayRange {
                        // Somewhere inside an episode known by its start: the span, named by its month when it fits one.
                        t.mod = nil
                        t.value = r.start.year == r.end.year && r.start.month == r.end.month
                            ? TemporalValue.format(r.start, granularity: .month) : r.start.description
                        t.granularity = r.start.month == r.end.month ? .month : .day
                    }
                    drafts[k].time = t
                }
            }
        }
        // An event conditioned on an episode in its sentence ("in case of continued unrest") shares its time.
        for k in drafts.indices where drafts[k].time == nil && drafts[k].salient && drafts[k].factuality.isUnrealized {
            if let o = (bySentence[drafts[k].sentence] ?? []).first(where: { drafts[$0].time != nil && lexicon.family(drafts[$0].type) == "unrest" && drafts[$0].tokStart > drafts[k].tokStart }) {
                var t = drafts[o].time!
                t.certainty = .context
                drafts[k].time = t
            }
        }
        // Reports and statements of the news ("said", "says", "announced"): the document date.
        for k in drafts.indices where drafts[k].time == nil && ["present", "present_perfect", "past"].contains(drafts[k].tense) {
            // "said", "told" (attribution verbs); a statement event in the past keeps its own anchors.
            let reporting = drafts[k].eventClass == .reporting && drafts[k].isVerb && drafts[k].type == "other"
            let present = ["present", "present_perfect"].contains(drafts[k].tense) && ["broadcast", "statement"].contains(drafts[k].type)
            if reporting || present, let v = dct.value {
                drafts[k].time = EventTime(timex3: v, inferred: dct.inferred, certainty: .documentDate, text: nil)
            }
        }
        // A past-tense verb without a date takes the explicit date of the previous sentence of its paragraph.
        for k in drafts.indices where drafts[k].time == nil && drafts[k].isVerb && drafts[k].tense == "past" && !drafts[k].factuality.isUnrealized && drafts[k].eventClass != .reporting {
            let s = drafts[k].sentence
            guard s > 0, views[s - 1].paragraph == views[s].paragraph else { continue }
            if let prev = (bySentence[s - 1] ?? []).last(where: { drafts[$0].time?.certainty == .explicit }) {
                var t = drafts[prev].time!
                t.certainty = .context
                drafts[k].time = t
            }
        }
    }
}
