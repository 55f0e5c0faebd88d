import ChronographCore
import ChronographSyntax

/// Gives each mention the time it happened: a date in its own clause, "recent" relative to
/// the document date, its episode's date, the date of the sentence before, or nothing (then
/// only relations bound it).
struct TimeAnchorer {
    let lexicon: EventLexicon
    var words: ClauseWords = .shared(language: "en")
    /// Which triggers name incidents, their kinds, and definite words (`merging.tsv`): for incident coreference.
    var rules = MergeRules()
    /// The first sentence of the document with an incident, per family; filled on first use (one anchorer per document).
    let firstIncident = FirstIncident()

    final class FirstIncident {
        var sentence: [String: Int]?
    }

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

    /// A time expression placed on the sentence's tokens: `first..<end`.
    struct Placed {
        var timex: Timex
        var first: Int
        var end: Int
    }

    /// Explicit anchors: a date dates the events of its own clause (each event takes the
    /// nearest date of its clause); a date that modifies a noun ("the 1992 protests",
    /// "Tuesday's declaration") dates only that noun; a fronted date ("In April 2023, ...")
    /// dates every event of the sentence that has none of its own.
    func anchorExplicit(_ view: SentenceView, drafts: inout [Draft], indices: [Int], timexes: [Timex], dct: DocumentCreationTime) {
        guard !indices.isEmpty else { return }
        let toks = view.tokens
        let inferred = { (t: Timex) -> Bool in dct.inferred && !t.text.contains(String(t.value.prefix(4))) }
        var inTimex = [Bool](repeating: false, count: toks.count)
        var placed: [Placed] = []
        for t in timexes {
            guard let first = toks.firstIndex(where: { $0.end > t.start }), toks[first].start < t.end else { continue }
            let end = toks[first...].firstIndex(where: { $0.start >= t.end }) ?? toks.count
            for k in first..<end { inTimex[k] = true }
            if Self.anchorable(t) && !isSubject(t, view) { placed.append(Placed(timex: t, first: first, end: end)) }
        }
        // "a recent documentary", "was recently arrested": the cue dates the event, whatever else the clause says.
        anchorRecent(toks, drafts: &drafts, indices: indices, dct: dct)
        guard !placed.isEmpty else { return }
        let segmenter = ClauseSegmenter(lexicon: lexicon, words: words)
        let clause = segmenter.clauses(toks, inTimex: inTimex)
        let wideClause = segmenter.clauses(toks, inTimex: inTimex, infinitives: false)
        /// A date up to the document date reaches across an infinitive; a later one belongs to the complement.
        func sameClause(_ p: Placed, _ tok: Int, unrealized: Bool = false) -> Bool {
            // "asked the CSTO to send troops on January 5": a wanted event comes after the asking.
            if !unrealized, let today = dct.day, let r = p.timex.dayRange, r.end.julianDay <= today.julianDay { return wideClause[p.first] == wideClause[tok] }
            return clause[p.first] == clause[tok]
        }
        var own: [Int: (Timex, Int)] = [:]
        var free: [Placed] = []
        var fronted: [Timex] = []
        for p in placed {
            let ti = p.first
            // "until 2028", "by March", "since 1901": a bound, not the time of the event ("by Monday's
            // earthquakes" is no bound: the preposition is the possessed noun's).
            let possessive = p.timex.text.hasSuffix("'s") || p.timex.text.hasSuffix("\u{2019}s")
                || (p.end < toks.count && ["'s", "\u{2019}s"].contains(toks[p.end].lower))
            if ti > 0 && words.bounds.contains(toks[ti - 1]) && !possessive { continue }
            // "from $2.9 million a year earlier": the date of a compared figure.
            if let c = (max(0, ti - 6)..<ti).last(where: { words.comparisons.contains(toks[$0]) }),
                (c + 1..<ti).contains(where: { toks[$0].kind == .number }), !indices.contains(where: { drafts[$0].tokStart > c && drafts[$0].tokStart < ti })
            { continue }
            if let head = modifiedNoun(p, toks) {
                // "the Oct. 23 killing", "last month's discovery": the date belongs to that noun alone.
                // The word right after the date, or a noun event after a modifier ("the 1996 Olympic bombing").
                var first = p.end < toks.count && ["'s", "\u{2019}s"].contains(toks[p.end].lower) ? p.end + 1 : p.end
                if first < toks.count && toks[first].text == "," { first += 1 }
                if let d = indices.first(where: { drafts[$0].tokStart == first || ((!drafts[$0].isVerb || drafts[$0].tense == "none") && drafts[$0].tokStart > first && drafts[$0].tokStart <= head) }) {
                    own[d] = (p.timex, 0)
                } else if let d = indices.first(where: { drafts[$0].isVerb && drafts[$0].tokStart == first + 1 && drafts[$0].tense != "present" }),
                    lexicon.verbReadings(toks[first + 1]).contains(where: { $0.tags.contains("VBN") || $0.tags.contains("VBD") })
                {
                    // "the Feb. 23 accord signed by Annan", "a 1996 law named for him": the participle describes the dated thing.
                    own[d] = (p.timex, 1)
                }
                continue
            }
            let c = clause[ti]
            let clauseStart = clause.firstIndex(of: c) ?? 0
            let clauseEnd = clause.lastIndex(of: c) ?? ti
            // "In New York Stock Exchange composite trading Friday, Aetna closed ...": no finite verb before the comma.
            let introductory = clauseStart == 0 && toks[clauseEnd].text == ","
                && !indices.contains { clause[drafts[$0].tokStart] == c && drafts[$0].isVerb && drafts[$0].tense != "none" }
            if (ti <= 2 && indices.allSatisfy({ drafts[$0].tokStart > ti })) || introductory {
                fronted.append(p.timex)
                continue
            }
            free.append(p)
        }
        var used = Set<Int>()
        /// "condemned the bombing on Thursday": an event named as what is condemned, reported or
        /// wanted is not dated by the clause of the verb that names it.
        func contentOfVerb(_ d: Int) -> Bool {
            let dr = drafts[d]
            // A plural noun read as a verb ("condemned terrorist bomb attacks") is still the noun.
            guard !dr.isVerb || (dr.tense == "present" && toks[dr.tokStart].lower.hasSuffix("s") && lexicon.nounLemmas(toks[dr.tokStart].lower).contains { lexicon.nounTriggers[$0] != nil }) else { return false }
            return indices.contains { v in
                let vd = drafts[v]
                // An absorbed verb ("declared a state of emergency") is the noun's own event.
                guard vd.isVerb, !vd.absorbed, vd.tokEnd <= dr.tokStart, dr.tokStart - vd.tokEnd <= 3,
                    [.reporting, .iAction, .iState, .perception].contains(vd.eventClass)
                else { return false }
                return (vd.tokEnd..<dr.tokStart).allSatisfy { k in
                    toks[k].kind == .word && !words.prepositions.contains(toks[k]) && !indices.contains { drafts[$0].tokStart == k }
                }
            }
        }
        /// "asked the CSTO to send troops": the complement of an intensional verb ("ask", "want", "plan").
        func wanted(_ d: Int) -> Bool {
            let start = drafts[d].tokStart
            guard start > 0, words.infinitive.contains(toks[start - 1]) else { return false }
            return indices.contains { v in
                drafts[v].isVerb && [.iAction, .iState].contains(drafts[v].eventClass) && drafts[v].tokEnd < start && start - drafts[v].tokEnd <= 6
            }
        }
        func orderCue(_ d: Int) -> Int? { self.orderCue(drafts[d], toks)?.token }
        /// "searched the site of the shooting", "the anniversary of the bombing": a definite event noun after "of"
        /// names a happening already known, which the clause's date does not date.
        func referredByOf(_ d: Int, prepositions: Set<String>? = nil) -> Bool {
            let prepositions = prepositions ?? rules.words("of")
            guard !drafts[d].isVerb, !rules.definite.isEmpty else { return false }
            var k = drafts[d].tokStart - 1
            var n = 0
            while k > 0 && n <= 3 && toks[k].kind == .word {
                if rules.definite.contains(toks[k].lower) { return prepositions.contains(toks[k - 1].lower) }
                k -= 1
                n += 1
            }
            return false
        }
        /// A definite incident noun after an earlier incident of its family in the document: it refers back.
        func isAnaphoric(_ d: Int) -> Bool {
            guard !drafts[d].isVerb, rules.incidentNumber(trigger: drafts[d].text, type: drafts[d].type, lexicon: lexicon) != .none,
                isDefinite(toks, before: drafts[d].tokStart)
            else { return false }
            if firstIncident.sentence == nil {
                // Computed once per document (all drafts exist before anchoring): the first sentence with an incident, per family.
                var first: [String: Int] = [:]
                for x in drafts where x.salient && rules.incidentNumber(trigger: x.text, type: x.type, lexicon: lexicon) != .none {
                    let f = lexicon.family(x.type)
                    first[f] = min(first[f] ?? Int.max, x.sentence)
                }
                firstIncident.sentence = first
            }
            return (firstIncident.sentence?[lexicon.family(drafts[d].type)] ?? Int.max) < drafts[d].sentence
        }
        for d in indices where own[d] == nil && drafts[d].time == nil && !contentOfVerb(d) {
            let dr = drafts[d]
            let cue = orderCue(d)
            // A known happening after "of" takes only a date right after it ("the details of the coup attempt in
            // January 2022"), not the clause's ("searched the site of the shooting on April 8" is the search's).
            // So is a definite deed a proceeding is for ("sentenced on Friday for the murders of his wife and son").
            let referred = referredByOf(d)
                || indices.contains { ChargeRule.justiceTypes.contains(drafts[$0].type) && drafts[$0].tokEnd <= dr.tokStart }
                    && referredByOf(d, prepositions: Set(lexicon.rules.chargePrepositions))
            // "to investigate the bombings but there was no word on Tuesday": a definite incident noun refers to an
            // incident told of before; only a date right after it ("the blast on Friday") is its own.
            let anaphoric = isAnaphoric(d)
            var best: (Int, Int)?
            for (n, p) in free.enumerated() where (cue.map { p.first > $0 } ?? true) && (!referred || (p.first >= dr.tokEnd && p.first - dr.tokEnd <= 2))
                && (!anaphoric || (p.first >= dr.tokEnd && p.first - dr.tokEnd <= 6)) && sameClause(p, min(dr.tokStart, toks.count - 1), unrealized: dr.factuality.isUnrealized || wanted(d)) && fits(tense: dr.tense, p.timex, dct: dct) {
                var dist = dr.tokStart >= p.end ? dr.tokStart - p.end + 1 : max(0, p.first - dr.tokEnd)
                if dr.tokStart >= p.end { dist += 1 }  // dates usually follow what they date
                if best == nil || dist < best!.1 { best = (n, dist) }
            }
            if let (n, dist) = best {
                own[d] = (free[n].timex, dist)
                used.insert(n)
            }
        }
        // A date alone in a clause without events ("a store in the town at 10 p.m. Wednesday,")
        // goes to the nearest undated event before it that only commas separate from it (dates
        // follow what they date), else to one after it that is no reporting verb.
        for (n, p) in free.enumerated() where !used.contains(n) {
            func open(_ a: Int, _ b: Int) -> Bool {
                !(a..<b).contains { k in !inTimex[k] && (words.boundaries.contains(toks[k]) || lexicon.cue(at: k, in: toks)?.kind == "reporting") }
            }
            let cands = indices.filter { own[$0] == nil && drafts[$0].time == nil && !drafts[$0].absorbed && fits(tense: drafts[$0].tense, p.timex, dct: dct) && !referredByOf($0)
                && (!isAnaphoric($0) || (p.first >= drafts[$0].tokEnd && p.first - drafts[$0].tokEnd <= 6)) }
            let before = cands.filter { drafts[$0].tokEnd <= p.first && open(drafts[$0].tokEnd, p.first) }.max { drafts[$0].tokEnd < drafts[$1].tokEnd }
            let after = cands.filter { drafts[$0].tokStart >= p.end && open(p.end, drafts[$0].tokStart) && drafts[$0].eventClass != .reporting && orderCue($0) == nil }
                .min { drafts[$0].tokStart < drafts[$1].tokStart }
            if let d = before ?? after { own[d] = (p.timex, distance(drafts[d], p)) }
        }
        if let tree = view.syntax?.tree {
            // Where the parse attaches a date to an event word itself ("seized power on Wednesday",
            // "Saturday's elections"), that is the event's date, whatever is nearer (see ``SyntacticAnchors``).
            overrideBySyntax(tree, placed: placed, own: &own, drafts: drafts, indices: indices, dct: dct)
        }
        for (d, (t, _)) in own.sorted(by: { $0.key < $1.key }) where drafts[d].time == nil || drafts[d].time?.certainty != .documentDate || fixedDay(t) {
            drafts[d].time = Self.time(of: t, certainty: .explicit, inferred: inferred(t))
        }
        inheritFromModifiedNoun(toks, clause: clause, drafts: &drafts, indices: indices)
        // "implied as much yesterday when reporters asked", "were killed when two helicopters
        // crashed last February": a "when" clause and its main clause share one time.
        for k in toks.indices where k > 0 && words.simultaneous.contains(toks[k]) && clause[k] != clause[k - 1] {
            let left = clause[k - 1]
            let right = clause[k]
            let inLeft = indices.filter { clause[min(drafts[$0].tokStart, toks.count - 1)] == left }
            let inRight = indices.filter { clause[min(drafts[$0].tokStart, toks.count - 1)] == right }
            for (from, to) in [(inLeft, inRight), (inRight, inLeft)] {
                let dated = Set(from.compactMap { own[$0].map { $0.0.value } })
                guard dated.count == 1, let src = from.first(where: { own[$0] != nil }), let shared = own[src]?.0 else { continue }
                for d in to where drafts[d].time == nil {
                    drafts[d].time = Self.time(of: shared, certainty: .context, inferred: inferred(shared))
                }
            }
        }
        // "The deployment ... started on January 6": an aspectual verb marks the start or end of the event it frames.
        for d in indices where drafts[d].eventClass == .aspectual && !drafts[d].salient && !drafts[d].absorbed {
            guard let (t, _) = own[d] else { continue }
            let framed = indices.filter { drafts[$0].salient && !drafts[$0].absorbed && $0 != d && abs(drafts[$0].tokStart - drafts[d].tokStart) <= 8 && (own[$0] == nil || own[$0]!.0 == t) }
                .min(by: { abs(drafts[$0].tokStart - drafts[d].tokStart) < abs(drafts[$1].tokStart - drafts[d].tokStart) })
            guard let framed else { continue }
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
        if let f = fronted.first {
            // "On Sept. 2, police searched for a suspect in the bombings": a fronted date dates the sentence's
            // news, not an incident it refers to through a preposition.
            // Nor what a declaring verb names ("Iran Saturday condemned the bombing"), nor what happened before or
            // after the news ("who had lived there until shortly after the bombings").
            for d in indices where drafts[d].time == nil && fits(tense: drafts[d].tense, f, dct: dct)
                && !referredByOf(d, prepositions: rules.words("of").union(words.prepositions)) && !contentOfVerb(d) && orderCue(d) == nil {
                drafts[d].time = Self.time(of: f, certainty: .explicit, inferred: inferred(f))
            }
        }
        anchorRecent(toks, drafts: &drafts, indices: indices, dct: dct)
        demoteQuotedDeixis(placed, view: view, drafts: &drafts, indices: indices, dct: dct)
    }

    /// "met on Wednesday following the twin bombings", "after the attack on Friday": a noun event that a
    /// before/after word relates to the clause's verb happened at another time than the clause's date.
    /// The before/after word's token and kind ("before" or "after"), when there is one; a date before that
    /// word is the clause's.
    private func orderCue(_ dr: Draft, _ toks: [Token]) -> (token: Int, kind: String)? {
        guard !dr.isVerb || dr.tense == "present" else { return nil }
        var k = dr.tokStart - 1
        var n = 0
        while k >= 0 && n <= 4 && toks[k].kind == .word {
            if let c = lexicon.cue(at: k, in: toks), c.kind == "before" || c.kind == "after" { return (k, c.kind) }
            if words.prepositions.contains(toks[k]) { return nil }
            k -= 1
            n += 1
        }
        return nil
    }

    /// "Friday was set as a deadline": a date the parse makes a clause's subject is what the clause
    /// tells of, not when it happened.
    private func isSubject(_ t: Timex, _ view: SentenceView) -> Bool {
        let subjects: Set<String> = ["nsubj", "nsubj:pass"]
        guard let tree = view.syntax?.tree, let w = SyntacticAnchors.head(of: t.start..<t.end, in: tree),
              subjects.contains(tree.relation(of: w)), let verb = tree.head(of: w) else { return false }
        // A clause has one subject: where the parse gives the verb a second one, or the date follows a noun
        // ("U.S. forces Thursday launched", news style), the date is the verb's time misread as a subject.
        let first = tree.words.firstIndex { $0.end > t.start } ?? w
        if first > 0, ["NOUN", "PROPN", "PRON"].contains(tree.words[first - 1].upos) { return false }
        return tree.dependents(of: verb, subjects).count == 1
    }

    /// "Today's verdict proves he was wrong," a prosecutor said: a date a speaker names relative to when he
    /// speaks ("today", "on Friday": no digits) was resolved against the report's date, which may be a day
    /// or more after the speech. It dates its events as context, so that a date the text states outright
    /// wins where mentions of one event are merged.
    private func demoteQuotedDeixis(_ placed: [Placed], view: SentenceView, drafts: inout [Draft], indices: [Int], dct: DocumentCreationTime) {
        let deictic = placed.filter { p in
            p.first < view.quoted.count && view.quoted[p.first] && !p.timex.text.contains(where: \.isNumber)
        }
        guard !deictic.isEmpty else { return }
        for d in indices where drafts[d].time?.certainty == .explicit {
            guard let q = deictic.first(where: { $0.timex.text == drafts[d].time?.text && $0.timex.value == drafts[d].time?.value }) else { continue }
            // A quoted "today" says no more than the report's own day does.
            drafts[d].time?.certainty = q.timex.value == dct.value ? .documentDate : .context
        }
    }

    /// An event in a clause that modifies a dated event noun happened with it: "the 1996
    /// Olympic bombing that killed one person", "the Feb. 23 accord signed by Annan".
    /// The dates the dependency tree attaches directly to an event word replace the nearest-date choice.
    private func overrideBySyntax(
        _ tree: DependencyTree, placed: [Placed], own: inout [Int: (Timex, Int)], drafts: [Draft], indices: [Int], dct: DocumentCreationTime
    ) {
        let anchors = SyntacticAnchors(tree: tree, drafts: drafts, indices: indices)
        var direct: [Int: Timex] = [:]
        for p in placed {
            guard let (d, steps) = anchors.datedDraft(p.timex, bounds: { words.bounds.contains($0) }), steps == 1,
                direct[d] == nil, fits(tense: drafts[d].tense, p.timex, dct: dct)
            else { continue }
            direct[d] = p.timex
        }
        for (d, t) in direct { own[d] = (t, 0) }
        // "had taken another look at Musk's deal offer and its board held a meeting on Sunday": an event noun
        // that only modifies another event noun (a compound) names what that noun is of, not a happening the
        // clause's nearest date dates; only a date within its own noun phrase ("the Jan. 6 riot inquiry") is its own.
        for d in own.keys.sorted() where direct[d] == nil && !drafts[d].isVerb {
            guard let w = anchors.wordOf[d], tree.universalRelation(of: w) == "compound", let h = tree.head(of: w),
                let head = anchors.draftAt[h], head != d, !drafts[head].isVerb, let t = own[d]?.0,
                let tw = SyntacticAnchors.head(of: t.start..<t.end, in: tree), tree.head(of: tw) != h, tree.head(of: tw) != w
            else { continue }
            own[d] = nil
        }
        // What shares a directly dated event's time in the parse (its conjoined events, the happenings it acts on,
        // a "when" clause) and has no date of its own takes it.
        let ordering: (String) -> Bool = { w in
            words.bounds.contains(w) || lexicon.cues[w]?.contains { $0.words.count == 1 && ($0.kind == "after" || $0.kind == "before") } == true
        }
        for (d, t) in direct.sorted(by: { $0.key < $1.key }) {
            for s in anchors.sharers(of: d, drafts: drafts, ordering: ordering, simultaneous: { words.simultaneous.contains($0) })
            where own[s] == nil && drafts[s].time == nil && fits(tense: drafts[s].tense, t, dct: dct) {
                own[s] = (t, 1)
            }
        }
    }

    private func inheritFromModifiedNoun(_ toks: [Token], clause: [Int], drafts: inout [Draft], indices: [Int]) {
        for d in indices.sorted(by: { drafts[$0].tokStart < drafts[$1].tokStart }) where drafts[d].time == nil && drafts[d].isVerb {
            // The relative pronoun (with auxiliaries and adverbs) right before the verb, if any.
            var r = drafts[d].tokStart - 1
            while r >= 0 && (words.auxiliaries.contains(toks[r]) || words.copulas.contains(toks[r]) || lexicon.rules.tenseAdverbs.contains(toks[r])) { r -= 1 }
            let relative = r >= 0 && words.relatives.contains(toks[r])
            let tags = lexicon.verbReadings(toks[drafts[d].tokStart]).first { $0.lemma == drafts[d].lemma }?.tags ?? []
            let n: Int?
            if relative {
                // "the January 1998 bombing of a Birmingham, Ala., abortion clinic that killed ...": the
                // nearest event noun before the pronoun, with no verb event between.
                n = indices.filter { !drafts[$0].isVerb && drafts[$0].tokEnd <= r && r - drafts[$0].tokEnd <= 10 && drafts[$0].time?.certainty == .explicit }
                    .max { drafts[$0].tokEnd < drafts[$1].tokEnd }
                    .flatMap { n in indices.contains { drafts[$0].isVerb && drafts[$0].tokStart >= drafts[n].tokEnd && drafts[$0].tokStart < r } ? nil : n }
            } else if tags.contains("VBN") || tags.contains("VBD") {
                // Without a relative pronoun only a participle right after the noun modifies it ("the accord signed by").
                n = indices.first { !drafts[$0].isVerb && drafts[$0].tokEnd == drafts[d].tokStart && drafts[$0].time?.certainty == .explicit }
            } else {
                n = nil
            }
            guard let n else { continue }
            var t = drafts[n].time!
            t.certainty = .context
            drafts[d].time = t
            // "... that killed an officer and maimed a nurse": the rest of the relative clause too.
            let c = clause[min(drafts[d].tokStart, toks.count - 1)]
            for o in indices where o != d && drafts[o].isVerb && drafts[o].time == nil && drafts[o].tokStart > drafts[d].tokStart && clause[min(drafts[o].tokStart, toks.count - 1)] == c {
                drafts[o].time = t
            }
        }
    }

    /// Whether a verb's tense allows a date: "has shed light" or "unveils" cannot happen in a
    /// month long past, "will meet" not before the document date (news present and perfect
    /// speak of the time of writing).
    private func fits(tense: String, _ t: Timex, dct: DocumentCreationTime) -> Bool {
        guard let today = dct.day, let r = t.dayRange else { return true }
        switch tense {
        case "present_perfect", "future": return r.end.julianDay >= today.julianDay - 1
        case "present": return r.end.julianDay >= today.julianDay - 31
        default: return true
        }
    }

    /// A history rather than news: most of the dates its events are given lie more than a year
    /// from the document date (a Wikipedia article on a war, written decades later).
    static func isNarrative(_ drafts: [Draft], dct: DocumentCreationTime) -> Bool {
        guard let today = dct.day else { return true }
        var seen = Set<String>()
        var near = 0
        for d in drafts where d.time?.certainty == .explicit {
            guard let t = d.time, let r = t.dayRange, seen.insert(t.value).inserted else { continue }
            if abs(r.end.julianDay - today.julianDay) <= 366 || abs(r.start.julianDay - today.julianDay) <= 366 { near += 1 }
        }
        return seen.count >= 3 && near * 4 < seen.count
    }

    /// A date that names a day or a moment of one: it overrides "recent".
    private func fixedDay(_ t: Timex) -> Bool { (t.dayRange?.lengthInDays ?? 99) <= 1 }

    private func distance(_ d: Draft, _ p: Placed) -> Int {
        d.tokStart >= p.end ? d.tokStart - p.end + 2 : max(0, p.first - d.tokEnd)
    }

    /// The noun a date modifies: "the 1992 protests", "his Aug. 2 power-grab", "Tuesday's
    /// declaration" (a determiner before the date, or a possessive date, and a word after it).
    private func modifiedNoun(_ p: Placed, _ toks: [Token]) -> Int? {
        let last = toks[p.end - 1].text
        let possessive = last.hasSuffix("'s") || last.hasSuffix("\u{2019}s") || (p.end < toks.count && ["'s", "\u{2019}s"].contains(toks[p.end].lower))
        let determined = p.first > 0 && (words.determiners.contains(toks[p.first - 1]) || toks[p.first - 1].lower.hasSuffix("'s") || toks[p.first - 1].lower.hasSuffix("\u{2019}s"))
            || words.determiners.contains(toks[p.first]) && p.end - p.first >= 2
        guard possessive || determined else { return nil }
        var k = p.end
        if k < toks.count && ["'s", "\u{2019}s"].contains(toks[k].lower) { k += 1 }
        // "the Dec. 21, 1988, bombing": the comma that closes a full date.
        if determined && k + 1 < toks.count && toks[k].text == "," && p.timex.text.contains(",") && toks[k + 1].kind == .word && !toks[k + 1].isCapitalized { k += 1 }
        guard k < toks.count, toks[k].kind == .word, !words.boundaries.contains(toks[k]), !words.coordinators.contains(toks[k]),
            !words.punctuation.contains(toks[k])
        else { return nil }
        if !possessive {
            // "the 1988 period" yes; "in the third quarter ended Sept. 30" is a date, not a modifier.
            let r = lexicon.verbReadings(toks[k])
            if !r.isEmpty && !r.contains(where: { $0.tags.contains("NN") || $0.tags.contains("NNS") }) && lexicon.nounTriggers[toks[k].lower] == nil { return nil }
            if words.prepositions.contains(toks[k]) { return nil }
        }
        // The head: the last word of a short run of modifiers.
        var head = k
        while head + 1 < toks.count && head - k < 2 && toks[head + 1].kind == .word && !words.prepositions.contains(toks[head + 1])
            && !words.boundaries.contains(toks[head + 1]) && !words.coordinators.contains(toks[head + 1]) { head += 1 }
        return head
    }

    private func anchorRecent(_ toks: [Token], drafts: inout [Draft], indices: [Int], dct: DocumentCreationTime) {
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
        var byTypeActor: [String: [EventTime]] = [:]
        var byType: [String: [EventTime]] = [:]
        for d in drafts where d.salient && d.time != nil && d.time?.certainty != .relation && !d.factuality.isUnrealized && !d.absorbed && d.parent == nil {
            let t = d.time!
            // "a recent coup" dates that mention; only a broadcast ("a recent documentary") is the document's own news.
            if t.certainty == .documentDate && lexicon.family(d.type) != "broadcast" { continue }
            func add(_ dict: inout [String: [EventTime]], _ key: String) {
                if dict[key]?.contains(where: { $0.value == t.value }) != true { dict[key, default: []].append(t) }
            }
            add(&byFamily, lexicon.family(d.type))
            add(&byType, d.type)
            for a in named(d) { add(&byTypeActor, d.type + "|" + a) }
        }
        // An episode is what the document is about when the dated kind is a main way the text names
        // it (the seed's "coup attempt"), not one background mention ("the 1992 protests" in a
        // story about a shooting).
        var typesByFamily: [String: [String: Int]] = [:]
        for d in drafts where d.salient && !d.absorbed && d.parent == nil { typesByFamily[lexicon.family(d.type), default: [:]][d.type, default: 0] += 1 }
        var datedTypesByFamily: [String: Set<String>] = [:]
        for d in drafts where d.salient && d.time?.certainty == .explicit && !d.factuality.isUnrealized && !d.absorbed && d.parent == nil {
            datedTypesByFamily[lexicon.family(d.type), default: []].insert(d.type)
        }
        func central(_ fam: String) -> Bool {
            let counts = typesByFamily[fam] ?? [:]
            let total = counts.values.reduce(0, +)
            return (datedTypesByFamily[fam] ?? []).contains { (counts[$0] ?? 0) * 3 >= total }
        }
        // The kinds of the incidents (explosive, firearm, ...), and those of the dated ones.
        var kindsOf: [Int: Set<String>] = [:]
        var viewOf: [Int: Int] = [:]
        for (n, v) in views.enumerated() { viewOf[v.index] = n }
        for k in drafts.indices where drafts[k].salient && !drafts[k].absorbed && drafts[k].parent == nil
            && rules.incidentNumber(trigger: drafts[k].text, type: drafts[k].type, lexicon: lexicon) != .none
        {
            if let v = viewOf[drafts[k].sentence] { kindsOf[k] = draftKinds(drafts[k], tokens: views[v].tokens) }
        }
        anchorIncidentsByTheirToll(drafts: &drafts, bySentence: bySentence, kinds: kindsOf)
        IncidentConsequences(rules: rules).dateByRelativeClauses(views: views, drafts: &drafts, bySentence: bySentence, incidents: kindsOf)
        // Definite incident nouns take the date (and kind) of the incident they refer to.
        anchorIncidentAnaphors(views: views, drafts: &drafts, kinds: &kindsOf)
        let datedKinds = kindsOf.sorted { $0.key < $1.key }.filter { k, _ in
            drafts[k].time.map { $0.certainty == .explicit || $0.certainty == .context } ?? false && !drafts[k].factuality.isUnrealized
        }
        for k in drafts.indices where drafts[k].time == nil && drafts[k].salient && drafts[k].parent == nil {
            let fam = lexicon.family(drafts[k].type)
            let mine = named(drafts[k])
            let episode = fam == "unrest" || fam == "broadcast"
            var same: [EventTime]
            // An incident ("the blast", "the shooting") is not a part of an episode: it takes the date of the
            // incident it refers to (``anchorIncidentAnaphors``), not of every attack the document tells of.
            if episode, let kinds = kindsOf[k] {
                // An incident takes the one date of the incidents that fit its kind and place ("the shooting", not
                // the bombing's date; "the blast in Nairobi", not the Dar es Salaam blast's).
                same = []
                let place = IncidentPlaces(drafts[k].location)
                for (d, dk) in datedKinds where drafts[d].type == drafts[k].type && (dk.isEmpty || kinds.isEmpty || !dk.isDisjoint(with: kinds)) {
                    if let p = place, let q = IncidentPlaces(drafts[d].location), !p.agrees(with: q) { continue }
                    let t = drafts[d].time!
                    if !same.contains(where: { $0.value == t.value }) { same.append(t) }
                    if same.count > 1 { break }  // only one date is taken: two already rule it out
                }
            } else if episode {
                guard central(fam) || byType[drafts[k].type] != nil else { continue }
                same = byType[drafts[k].type] ?? byFamily[fam] ?? []
            } else if mine.isEmpty {
                // Without a named participant, "the shooting" may be any shooting: no date by kind alone.
                continue
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
        // "Police said on Tuesday they had arrested 14 foreigners": what a dated report tells of the past
        // happened by the report's date (a bound, not the day: "by 11 August 1998"). So does an event of no salient
        // type ("said on Friday he had ordered troops to shoot"): what was told is bounded all the same, and so
        // is what a report after it tells ("Acme has taken control of Beta, two people said on Thursday night").
        for view in views {
            let here = bySentence[view.index] ?? []
            let toks = view.tokens
            for k in here where drafts[k].time == nil && !drafts[k].factuality.isUnrealized
                && ["past", "past_perfect", "present_perfect"].contains(drafts[k].tense)
            {
                func datedReport(_ o: Int) -> Bool {
                    drafts[o].eventClass == .reporting && drafts[o].isVerb && drafts[o].time?.certainty == .explicit
                }
                let before = here.last(where: {
                    datedReport($0) && drafts[$0].tokEnd <= drafts[k].tokStart && drafts[k].tokStart - drafts[$0].tokEnd <= 8
                })
                // A report after the clause, set off by a comma, with no other report between.
                let after = before != nil ? nil : here.first(where: {
                    drafts[$0].eventClass == .reporting && drafts[$0].isVerb && drafts[$0].tokStart > drafts[k].tokEnd
                }).flatMap { o in
                    datedReport(o) && toks[drafts[k].tokEnd..<drafts[o].tokStart].contains { $0.text == "," } ? o : nil
                }
                guard let r = before ?? after, var t = drafts[r].time, t.mod == nil, t.dayRange != nil else { continue }
                t.certainty = .context
                t.mod = .onOrBefore
                drafts[k].time = t
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
        let narrative = Self.isNarrative(drafts, dct: dct)
        // Reports and statements of the news ("said", "says", "announced"): the document date.
        for k in drafts.indices where drafts[k].time == nil && ["present", "present_perfect", "past"].contains(drafts[k].tense) {
            // "said", "told" (attribution verbs); a statement event in the past keeps its own anchors.
            // A statement without a date of its own in news ("the ambassador condemned the bombings") was made by
            // the report's date, as its reporting verb was.
            let reporting = drafts[k].eventClass == .reporting && drafts[k].isVerb && !narrative
                && (drafts[k].type == "other" || (drafts[k].salient && drafts[k].tense == "past" && rules.recurring.contains(drafts[k].type)))
            // A verb in the present or present perfect holds at the time of writing ("is threatening",
            // "has pleaded") in news; in a narrative ("War breaks out in Europe") only statements and broadcasts do.
            let present = ["present", "present_perfect"].contains(drafts[k].tense) && drafts[k].isVerb
                && (!narrative || ["broadcast", "statement"].contains(drafts[k].type))
                && !(kindsOf[k].map { !$0.isEmpty && compoundIncident(k, drafts: drafts, views: views, viewOf: viewOf) } ?? false)
            if reporting || present, let v = dct.value {
                drafts[k].time = EventTime(timex3: v, inferred: dct.inferred, certainty: .documentDate, text: nil)
            }
        }
        anchorTollsByTheirIncident(drafts: &drafts, bySentence: bySentence, kinds: kindsOf, views: views)
        IncidentConsequences(rules: rules).pass(views: views, drafts: &drafts, bySentence: bySentence, incidents: kindsOf)
        EarlierClauses(lexicon: lexicon).pass(views: views, drafts: &drafts, bySentence: bySentence)
        anchorNewsToItsDate(views: views, drafts: &drafts, bySentence: bySentence, dct: dct, narrative: narrative)
        NonFiniteDependents().pass(views: views, drafts: &drafts, bySentence: bySentence)
        datePlansWhenStated(views: views, drafts: &drafts, bySentence: bySentence, dct: narrative ? nil : dct)
    }

    /// A plan, promise or refusal with no date of its own ("vowed to appeal", "I will not sign") is
    /// dated when it was stated: it takes the date of the realized event that governs it in the parse
    /// (the saying, vowing or planning), as a relation, never a date of its being carried out. One that no
    /// event governs ("Murdaugh will be taken to a state prison") is stated by the news report itself: it
    /// is dated by the report's date (`dct`: nil for a narrative, which tells of its own times).
    private func datePlansWhenStated(views: [SentenceView], drafts: inout [Draft], bySentence: [Int: [Int]], dct: DocumentCreationTime?) {
        for view in views {
            guard let indices = bySentence[view.index], let tree = view.syntax?.tree else { continue }
            let open = indices.filter { drafts[$0].time == nil && drafts[$0].factuality.isUnrealized && drafts[$0].parent == nil }
            guard !open.isEmpty else { continue }
            let anchors = SyntacticAnchors(tree: tree, drafts: drafts, indices: indices)
            for k in open {
                guard var w = anchors.wordOf[k] else { continue }
                /// Dates draft `k` by the realized, dated event at word `g`, if there is one.
                func datedBy(_ g: Int, reporting: Bool = false) -> Bool {
                    guard let d = anchors.draftAt[g], d != k, !reporting || drafts[d].eventClass == .reporting,
                        var t = drafts[d].time, !drafts[d].factuality.isUnrealized
                    else { return false }
                    t.certainty = .relation
                    drafts[k].time = t
                    return true
                }
                var steps = 0
                var governed = false
                while let g = tree.head(of: w), steps < 4 {
                    steps += 1
                    if datedBy(g) { break }
                    if let d = anchors.draftAt[g], d != k { governed = true }
                    w = g
                }
                // "“I will not sign the bill,” Ruto declared": the parse makes the quote the sentence's root and the
                // saying its parataxis; the saying dates it all the same. So does a saying whose subject follows it
                // ("... will be deployed in the Paris region, announced the Interior Ministry"), parsed as a conjunct.
                guard drafts[k].time == nil, tree.head(of: w) == nil else { continue }
                _ = tree.dependents(of: w, ["parataxis", "conj"]).first {
                    (tree.universalRelation(of: $0) == "parataxis" || MisreadClauses.invertedSubject($0, tree) != nil) && datedBy($0, reporting: true)
                }
                if drafts[k].time == nil, !governed, let dct, let v = dct.value {
                    drafts[k].time = EventTime(timex3: v, inferred: dct.inferred, certainty: .documentDate, text: nil)
                }
            }
        }
    }

    /// How many days before its date a report's news day can lie when it names neither that day nor the one before.
    static let followUpDays = 3

    /// News tells what has happened by the day it is written: an event it reports as having happened,
    /// with no date of its own, context or related event, is dated by the document — on the day for
    /// what holds now ("says", "has ordered"), on or before it for the past ("stormed"). A planned,
    /// conditional or denied event gets no such date, nor does a narrative (which tells of its own times).
    ///
    /// A report often comes out the day after what it tells: an event told in the past tense takes the
    /// news day the text last named before it ("seized power on Wednesday ... crowds celebrated"), when
    /// that day is the document's day or the day before (in a follow-up report that names neither, a day
    /// up to ``followUpDays`` before on which it tells a salient event was done); with none before, or for
    /// what has happened by now and event nouns, the news day it names next (a lead's "on Thursday" often
    /// comes later).
    /// Measured on both halves of Benchmarks/events-realnews (dev 33 → 47, test 48 → 58 of the mentions
    /// dated by the document) before it was adopted.
    private func anchorNewsToItsDate(views: [SentenceView], drafts: inout [Draft], bySentence: [Int: [Int]], dct: DocumentCreationTime, narrative: Bool) {
        guard !narrative, let v = dct.value, let today = dct.day else { return }
        // The explicit news days of the document (the day of the report or the day before), by position.
        func explicitDays(_ days: ClosedRange<Int>, toldAsDone: Bool = false) -> [(start: Int, sentence: Int, time: EventTime)] {
            drafts.indices.compactMap { k -> (start: Int, sentence: Int, time: EventTime)? in
                guard !toldAsDone || drafts[k].salient && drafts[k].isVerb && drafts[k].tense == "past" && !drafts[k].factuality.isUnrealized,
                    let t = drafts[k].time, t.certainty == .explicit, t.mod == nil, let r = t.dayRange, r.lengthInDays == 1,
                    days.contains(r.start.julianDay)
                else { return nil }
                return (drafts[k].start, drafts[k].sentence, t)
            }.sorted { $0.start < $1.start }
        }
        var newsDays = explicitDays(today.julianDay - 1...today.julianDay)
        // A report that names neither day follows up a story of a few days before ("soldiers seized power on
        // Sunday" in Wednesday's paper): the days of the days before on which it tells one of the story's events
        // (a salient verb in the past) was done are its news days, not a day of background ("shares priced at the
        // close on Friday").
        let followUp = newsDays.isEmpty
        if followUp { newsDays = explicitDays(today.julianDay - Self.followUpDays...today.julianDay - 2, toldAsDone: true) }
        // Event nouns that are arguments of a statement or report in the parse; and those a proceeding is for
        // ("sentenced on Friday for the murders of his wife and son"): a deed happened before its trial, not on
        // the day the news tells of the trial.
        var talkedOf = Set<Int>()
        var triedFor = Set<Int>()
        for view in views {
            guard let indices = bySentence[view.index], let tree = view.syntax?.tree else { continue }
            let anchors = SyntacticAnchors(tree: tree, drafts: drafts, indices: indices)
            for k in indices where !drafts[k].isVerb {
                guard let w = anchors.wordOf[k], let g = tree.head(of: w), let d = anchors.draftAt[g] else { continue }
                if drafts[d].eventClass == .reporting || lexicon.family(drafts[d].type) == "statement" { talkedOf.insert(k) }
                if ChargeRule.justiceTypes.contains(drafts[d].type), ["obl", "nmod"].contains(tree.universalRelation(of: w)) { triedFor.insert(k) }
            }
        }
        // A headline (the first sentence, with no full stop) tells in the present what has just happened
        // ("Musk completes Twitter deal, fires CEO").
        let headline: Int? = views.first.flatMap { v in
            v.index == 0 && v.paragraph == 0 && ![".", "!", "?"].contains(v.tokens.last?.text ?? ".") ? v.index : nil
        }
        // A saying told in the past was made on the story's news day as well ("Ruto disclosed this on
        // Wednesday ... He said"), and so was what a headline tells in the present: the report's date
        // they took waits for it.
        func onTheNewsDay(_ k: Int) -> Bool {
            guard drafts[k].time?.certainty == .documentDate, drafts[k].time?.mod == nil else { return false }
            return (drafts[k].eventClass == .reporting && drafts[k].tense == "past") || (drafts[k].sentence == headline && drafts[k].tense == "present")
        }
        for k in drafts.indices where (drafts[k].time == nil || onTheNewsDay(k)) && !drafts[k].factuality.isUnrealized && drafts[k].parent == nil {
            var tense = drafts[k].tense
            if tense == "present" && drafts[k].sentence == headline { tense = "present_perfect" }
            guard drafts[k].isVerb ? ["past", "present", "present_perfect"].contains(tense) : tense == "none" else { continue }
            // The story's news day: for the past, the one last named before; else (and for what has happened
            // by now, and nouns) the one it names first after ("Musk has taken control of Twitter ... on
            // Thursday"). A noun said or condemned ("condemned on Thursday the bombing") takes no day named
            // before it: that is the day it was talked of.
            let before = talkedOf.contains(k) || triedFor.contains(k) ? nil : newsDays.last(where: { $0.start < drafts[k].start })?.time
            let after = triedFor.contains(k) ? nil : newsDays.first(where: { $0.start > drafts[k].start })?.time
            // A news day of its own sentence comes first: "Musk has taken control of Twitter and ousted the CEO,
            // two people said on Thursday night" (the report's day bounds what it reports).
            // A noun said or condemned takes no day from the saying either.
            let own = talkedOf.contains(k) || triedFor.contains(k) ? nil : newsDays.first(where: { $0.sentence == drafts[k].sentence && $0.start != drafts[k].start })?.time
            // What a follow-up report says was said is news of its own day, not of the story's ("police said").
            let saying = drafts[k].eventClass == .reporting || lexicon.family(drafts[k].type) == "statement"
            let newsDay: EventTime? =
                switch tense {
                case _ where followUp && saying: nil
                case "past": own ?? before ?? after
                case "present_perfect", "none": own ?? after ?? before
                default: nil
                }
            if let day = newsDay {
                var t = day
                t.certainty = .context
                // "searching on Saturday for survivors after the deadliest earthquake in decades": what the news
                // day's clause follows happened by that day, not on it.
                if !drafts[k].isVerb, orderCue(drafts[k], views[drafts[k].sentence].tokens)?.kind == "after" { t.mod = .onOrBefore }
                drafts[k].time = t
                continue
            }
            guard drafts[k].time == nil else { continue }
            var t = EventTime(timex3: v, inferred: dct.inferred, certainty: .documentDate, text: nil)
            if tense == "past" || !drafts[k].isVerb { t.mod = .onOrBefore }
            drafts[k].time = t
        }
    }
}
