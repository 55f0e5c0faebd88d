import ChronographCore

/// Within-document coreference of incidents, for dating: a definite incident noun without a date of its
/// own ("the blast", "that attack", "the Nairobi bombing", "their attacks") refers to an incident the
/// document has already told of, and happened when that one did. The antecedent is the nearest earlier
/// dated mention of the same family whose number, kind and place fit:
///
/// - number: a singular anaphor ("the blast") may refer to one incident or be one of a set told of before
///   ("the bombings in Kenya and Tanzania" ... "the blast in Nairobi"), so it takes either, the singular
///   first; a plural one ("the blasts") refers to a set, never to a single incident;
/// - kind: "the shooting" does not refer to a bombing (`kind` in merging.tsv);
/// - place: "the blast in Nairobi" does not refer to the blast in Dar es Salaam.
///
/// The inherited time is marked `context`, not `explicit`: it was read elsewhere in the text.
extension TimeAnchorer {
    static let antecedentWindow = 40

    /// `kinds`: the kinds of each incident draft (its keys are the incidents); an anaphor takes its antecedent's.
    func anchorIncidentAnaphors(views: [SentenceView], drafts: inout [Draft], kinds: inout [Int: Set<String>]) {
        guard !rules.definite.isEmpty else { return }
        var viewOf: [Int: Int] = [:]
        for (n, v) in views.enumerated() { viewOf[v.index] = n }
        // Incidents in text order (sentence, then token).
        let order = kinds.keys.sorted { (drafts[$0].sentence, drafts[$0].tokStart) < (drafts[$1].sentence, drafts[$1].tokStart) }
        var number: [Int: MergeRules.Number] = [:]
        for k in order { number[k] = rules.incidentNumber(trigger: drafts[k].text, type: drafts[k].type, lexicon: lexicon) }
        // Earlier dated incidents, in text order, as candidates.
        var dated: [Int] = []
        for k in order {
            guard let n = number[k] else { continue }
            let d = drafts[k]
            if d.time == nil, !d.factuality.isUnrealized, !d.isVerb, let v = viewOf[d.sentence], isDefinite(views[v].tokens, before: d.tokStart) {
                let fam = lexicon.family(d.type)
                let place = IncidentPlaces(d.location)
                // The last `antecedentWindow` dated incidents only: an antecedent is near, and long documents stay linear.
                let fits = dated.suffix(Self.antecedentWindow).reversed().filter { a in
                    let da = drafts[a]
                    guard lexicon.family(da.type) == fam, let na = number[a] else { return false }
                    if n == .plural && na != .plural { return false }
                    if let ka = kinds[a], let kb = kinds[k], !ka.isEmpty, !kb.isEmpty, ka.isDisjoint(with: kb) { return false }
                    if let p = place, let pa = IncidentPlaces(da.location), !p.agrees(with: pa) { return false }
                    return true
                }
                // The nearest of the same number, else the nearest set (for a singular anaphor).
                if let a = fits.first(where: { number[$0] == n }) ?? fits.first {
                    var t = drafts[a].time!
                    t.certainty = .context
                    drafts[k].time = t
                    kinds[k] = (kinds[k] ?? []).union(kinds[a] ?? [])
                }
            }
            if let t = drafts[k].time, t.certainty == .explicit || t.certainty == .context, t.mod == nil,
                !drafts[k].factuality.isUnrealized
            {
                dated.append(k)
            }
        }
    }

    /// "Bombings at two ministries on May 3 killed 40 people", "the bombings which killed 38 people on May 3":
    /// an undated incident noun that is the subject of a dated death or casualty verb happened when they died.
    func anchorIncidentsByTheirToll(drafts: inout [Draft], bySentence: [Int: [Int]], kinds: [Int: Set<String>]) {
        for k in kinds.keys.sorted() where drafts[k].time == nil && !drafts[k].isVerb && !drafts[k].factuality.isUnrealized {
            let here = (bySentence[drafts[k].sentence] ?? []).sorted { drafts[$0].tokStart < drafts[$1].tokStart }
            // The first verb event after the noun: it must be a dated death ("killed"), within 30 tokens.
            guard let v = here.first(where: { drafts[$0].isVerb && drafts[$0].tokStart > drafts[k].tokEnd }),
                rules.deathTypes.contains(drafts[v].type), drafts[v].tokStart - drafts[k].tokEnd <= 30,
                var t = drafts[v].time, t.certainty == .explicit, t.mod == nil
            else { continue }
            t.certainty = .context
            drafts[k].time = t
        }
    }

    /// "The embassy bombings, on Aug. 7, killed 247 people", "the twin bombings, which have killed more than 250",
    /// "12 Americans were killed in the Kenya embassy bombing": deaths without a date of their own (or only the
    /// document's, from a present perfect) happened with the dated incident that caused them: the incident noun
    /// before the death verb with no other verb between, or the one the death happened "in".
    func anchorTollsByTheirIncident(drafts: inout [Draft], bySentence: [Int: [Int]], kinds: [Int: Set<String>], views: [SentenceView]) {
        var viewOf: [Int: Int] = [:]
        for (n, v) in views.enumerated() { viewOf[v.index] = n }
        for k in drafts.indices where rules.deathTypes.contains(drafts[k].type) && drafts[k].isVerb && !drafts[k].factuality.isUnrealized
            && (drafts[k].time == nil || drafts[k].time?.certainty == .documentDate)
        {
            let here = (bySentence[drafts[k].sentence] ?? []).sorted { drafts[$0].tokStart < drafts[$1].tokStart }
            func dated(_ i: Int) -> EventTime? {
                guard kinds[i] != nil, !drafts[i].isVerb, let t = drafts[i].time, t.certainty == .explicit || t.certainty == .context, t.mod == nil else { return nil }
                return t
            }
            var cause: EventTime?
            // The subject: the nearest incident noun before, with no verb event between.
            if let i = here.last(where: { drafts[$0].tokEnd <= drafts[k].tokStart && kinds[$0] != nil && !drafts[$0].isVerb }),
                drafts[k].tokStart - drafts[i].tokEnd <= 30,
                !here.contains(where: { drafts[$0].isVerb && drafts[$0].tokStart > drafts[i].tokEnd && drafts[$0].tokStart < drafts[k].tokStart })
            {
                cause = dated(i)
            }
            // "killed in the blast": the incident right after the verb, through "in" or "by".
            if cause == nil, let v = viewOf[drafts[k].sentence],
                let i = here.first(where: { drafts[$0].tokStart >= drafts[k].tokEnd && kinds[$0] != nil && !drafts[$0].isVerb }),
                drafts[i].tokStart - drafts[k].tokEnd <= 5,
                views[v].tokens[drafts[k].tokEnd..<drafts[i].tokStart].contains(where: { rules.words("cause").contains($0.lower) })
            {
                cause = dated(i)
            }
            guard var t = cause else { continue }
            t.certainty = .context
            drafts[k].time = t
        }
    }

    /// The kinds of incident a draft names, by its trigger and the two words before it.
    func draftKinds(_ d: Draft, tokens toks: [Token]) -> Set<String> {
        let lo = max(0, d.tokStart - 2)
        return rules.incidentKinds(words: toks[lo..<min(toks.count, d.tokEnd)].filter { $0.kind == .word }.map(\.lower), lexicon: lexicon)
    }

    /// "terrorist bomb attacks", "missile attacks": a plural incident noun after a word naming the incident's
    /// kind is a compound noun, not a verb in the present tense (which would date it to the document).
    func compoundIncident(_ k: Int, drafts: [Draft], views: [SentenceView], viewOf: [Int: Int]) -> Bool {
        guard let v = viewOf[drafts[k].sentence], drafts[k].tokStart > 0 else { return false }
        let prev = views[v].tokens[drafts[k].tokStart - 1]
        return prev.kind == .word && !prev.isCapitalized && !rules.incidentKinds(words: [prev.lower], lexicon: lexicon).isEmpty
    }

    /// Whether the noun at `start` opens with a definite or demonstrative word or a possessive, within a
    /// few modifiers: "the blast", "that attack", "the Kenya embassy bombing", "Friday's blast".
    func isDefinite(_ toks: [Token], before start: Int) -> Bool {
        var k = start - 1
        var modifiers = 0
        while k >= 0 && modifiers <= 3 {
            let t = toks[k]
            guard t.kind == .word else { return false }
            if rules.definite.contains(t.lower) { return true }
            if t.lower.hasSuffix("'s") || t.lower.hasSuffix("\u{2019}s") { return true }
            if words.prepositions.contains(t) || words.determiners.contains(t) || words.boundaries.contains(t) { return false }
            // A verb ends the noun phrase: "killed in blasts" is not "the blasts".
            if !lexicon.verbReadings(t).isEmpty && lexicon.nounTriggers[t.lower] == nil && !t.isCapitalized { return false }
            modifiers += 1
            k -= 1
        }
        return false
    }
}
