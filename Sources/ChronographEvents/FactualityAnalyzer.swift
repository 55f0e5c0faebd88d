import ChronographCore

/// Decides for each mention whether the text asserts it, reports it on someone's word,
/// plans, conditions, negates or prevents it, and who claims it.
struct FactualityAnalyzer {
    let lexicon: EventLexicon
    /// The `claim.*`, `factuality.*` and `prevention.*` lists of `rule-words.tsv`.
    /// (Stored, not read through the lexicon per use: that getter copied the whole lexicon.)
    private let words: RuleWords

    init(lexicon: EventLexicon) {
        self.lexicon = lexicon
        words = lexicon.rules
    }

    /// Reporting cues of a sentence with the claimant phrase and what it cites.
    struct Claim {
        var cueToken: Int
        var cue: String
        var source: String
        var citing: String?
        /// Token range the claim covers (the quote, or the complement of the cue).
        var covers: Range<Int>
    }

    func claims(_ view: SentenceView, drafts: [Draft]) -> [Claim] {
        let toks = view.tokens
        var out: [Claim] = []
        var i = 0
        while i < toks.count {
            guard let (kind, len) = lexicon.cue(at: i, in: toks) else { i += 1; continue }
            if view.quoted[i] { i += len; continue }
            if kind == "according" {
                var e = i + len
                while e < toks.count && ![",", ".", ";", ":"].contains(toks[e].text) { e += 1 }
                let src = ScalarJoin.join(toks[(i + len)..<e])
                let covers = i == 0 ? e..<toks.count : 0..<i
                if !src.isEmpty { out.append(Claim(cueToken: i, cue: "according to", source: src, citing: nil, covers: covers)) }
                i = e
                continue
            }
            guard kind == "reporting" else { i += len; continue }
            // "the United States", "Reports Committee": a capitalized cue inside a sentence is part of a name.
            if i > 0 && toks[i].isCapitalized && !["\"", "\u{201C}", ":", "(", "-"].contains(toks[i - 1].text) { i += len; continue }
            // "arrested in seven states", "the claims": a cue word that is a noun here.
            if isNoun(toks, cue: i, length: len) { i += len; continue }
            // "At least 51 people were reported killed", "providers were warned that ...": a passive cue's subject is
            // what was said or who was told, not who said it; what follows is reported, by no one named.
            if i > 0 && words.claimPassiveBe.contains(toks[i - 1]) {
                if i + len < toks.count - 1 {
                    out.append(Claim(cueToken: i, cue: toks[i..<(i + len)].map(\.lower).joined(separator: " "), source: "", citing: nil, covers: (i + len)..<toks.count))
                }
                i += len
                continue
            }
            // Subject: the words before the cue back to a clause boundary, or the sentence subject.
            var s = i
            // A dash ends a wire dateline ("NIAMEY, July 26 (Reuters) - Soldiers in Niger announced"); "_" is a dash
            // in some wire copy ("evidence _ including a rifle _ officials said").
            while s > 0 && ![",", ":", ";", "\"", "\u{201C}", "\u{201D}", "-", "\u{2013}", "\u{2014}", "_"].contains(toks[s - 1].text) { s -= 1 }
            // "a ruling that his allies said ...": the claimant starts after a relative pronoun.
            if let rel = (s..<i).last(where: { words.claimRelatives.contains(toks[$0]) || words.claimSubordinators.contains(toks[$0]) }) { s = rel + 1 }
            var subject = trimDeterminers(Array(toks[s..<i]))
            // "X accused ... and said": a long clause before the cue; its subject is the sentence's.
            let clauseHasVerb = subject.contains { t in !t.isCapitalized && lexicon.verbReadings(t).contains { $0.tags.contains("VBD") } && !lexicon.verbReadings(t.lower).contains { $0.tags.contains("NNS") || $0.tags.contains("NN") } }
            if subject.count > 6 || clauseHasVerb { subject = [] }
            // "... hard,'' said Rosa Lind, a media consultant": after a quote the claimant follows the cue.
            var inverted: Range<Int>?
            if subject.isEmpty, let r = claimantAfter(toks, cue: i, length: len) {
                subject = Array(toks[r])
                inverted = r
            }
            if subject.isEmpty {
                var e = 0
                while e < i && toks[e].text != "," {
                    let finite = lexicon.verbReadings(toks[e]).contains { $0.tags.contains("VBZ") || $0.tags.contains("VBD") || $0.tags.contains("VBP") }
                    // "Khan's party": a noun after a possessive is no verb.
                    if finite && e > 0 && !words.claimSubjectDeterminers.contains(toks[e - 1]) && !toks[e - 1].text.hasSuffix("'s") && !toks[e - 1].text.hasSuffix("\u{2019}s") && !toks[e].isCapitalized { break }
                    e += 1
                }
                subject = trimDeterminers(Array(toks[0..<e]))
            }
            // "He has said", "Authorities have also said": the auxiliaries are no part of the claimant.
            while let l = subject.last, words.claimTrailingWords.contains(l.lower) { subject.removeLast() }
            guard !subject.isEmpty else { i += len; continue }
            var citing: String?
            var after = inverted?.upperBound ?? i + len
            if after < toks.count && toks[after].text == "," { after += 1 }
            if let c = lexicon.cue(at: after, in: toks), c.kind == "citing" {
                var e = after + c.length
                while e < toks.count && ![",", ":", ";", "\"", "\u{201C}"].contains(toks[e].text) { e += 1 }
                var cs = after + c.length
                if let f = toks[cs..<e].firstIndex(where: { words.claimCitingFrom.contains($0.lower) }) { cs = f + 1 }
                citing = ScalarJoin.join(toks[cs..<e])
                after = e
            }
            // What the claim covers: the quoted span in the sentence, else the rest after the cue, else what precedes.
            var covers: Range<Int>
            if let q = view.quoted.firstIndex(of: true) {
                let qe = (view.quoted.lastIndex(of: true) ?? q) + 1
                covers = q..<qe
            } else if after < toks.count - 1 {
                covers = after..<toks.count
            } else {
                covers = 0..<s
            }
            out.append(Claim(cueToken: i, cue: toks[i..<(i + len)].map(\.lower).joined(separator: " "), source: ScalarJoin.join(subject), citing: citing, covers: covers))
            i += len
        }
        return out
    }

    // The claimant of a cue after a relative pronoun (`claim.relative`) or a conjunction that opens a clause
    // inside the subject's span (`claim.subordinator`: "hours after he announced") stands after it.

    /// The claimant after an inverted cue right after a closing quote ("...,'' said Maureen Connelly, a media
    /// consultant"): a capitalized name up to the next comma or stop. Nil when the cue does not follow a quote.
    private func claimantAfter(_ toks: [Token], cue i: Int, length len: Int) -> Range<Int>? {
        let closing: Set<String> = ["\"", "\u{201D}", "'", "\u{2019}", "''"]
        var q = i - 1
        if q >= 0 && toks[q].text == "," { q -= 1 }
        guard q >= 0, closing.contains(toks[q].text) || q > 0 && toks[q].text == "," && closing.contains(toks[q - 1].text) else { return nil }
        let a = i + len
        var e = a
        let stops: Set<String> = [",", ".", ";", ":", "!", "?", "\"", "\u{201C}", "\u{201D}", "(", "-", "_"]
        while e < toks.count && (!stops.contains(toks[e].text) || isAbbreviationPeriod(toks, e)) { e += 1 }
        guard a < e, e - a <= 6, toks[a].isCapitalized, toks[a..<e].allSatisfy({ $0.isCapitalized || $0.kind != .word }) else { return nil }
        return a..<e
    }

    /// "Mr. Smith", "Gen. Ali": a period after a short capitalized word and before a capitalized one is part of a name.
    private func isAbbreviationPeriod(_ toks: [Token], _ e: Int) -> Bool {
        guard e > 0, e + 1 < toks.count, toks[e].text == "." else { return false }
        let before = toks[e - 1]
        return before.isCapitalized && before.text.count <= 3 && before.end == toks[e].start && toks[e + 1].isCapitalized
    }

    /// "in seven states", "the claims": a cue that has a plural-noun reading right after a number, a
    /// determiner or a preposition and its modifier is a noun, not a reporting verb.
    private func isNoun(_ toks: [Token], cue i: Int, length len: Int) -> Bool {
        guard len == 1, i > 0, lexicon.forms[toks[i].lower]?.contains(where: { $0.tags.contains("NNS") || $0.tags.contains("NN") }) == true else { return false }
        let prev = toks[i - 1]
        if prev.kind == .number || words.claimSubjectDeterminers.contains(prev) { return true }
        return i > 1 && words.nounPhraseOpeners.contains(toks[i - 2]) && !prev.isCapitalized && prev.kind == .word
            && lexicon.verbReadings(prev).isEmpty
    }

    private func trimDeterminers(_ t: [Token]) -> [Token] {
        var t = t
        while let f = t.first, f.kind != .word || words.claimLeadingWords.contains(f.lower) { t.removeFirst() }
        return t
    }

    /// Sets factuality and attribution of the drafts of one sentence.
    func apply(_ view: SentenceView, drafts: inout [Draft], indices: [Int]) {
        let toks = view.tokens
        let claims = claims(view, drafts: drafts)
        let triggerStarts = indices.map { drafts[$0].tokStart }
        for d in indices {
            var dr = drafts[d]
            if let c = claims.first(where: { $0.covers.contains(dr.tokStart) }) ?? (view.quoted[dr.tokStart] ? claims.first : nil) {
                dr.factuality = .reported
                dr.attribution = c.source.isEmpty ? nil : Attribution(source: c.source, citing: c.citing, cue: c.cue)
                // "..., according to OVD-Info", "..., the Interior Ministry said": the claimant after the event
                // tells of it; it is no participant (before it, "Police said they detained ...", it may be).
                // "According to the Interior Ministry, 95 officers were injured": wherever it stands.
                if c.cueToken > dr.tokStart || c.cue == "according to" { dr.actors.removeAll { c.source.contains($0.name) } }
            }
            // Cues before the trigger, inside its clause.
            var k = dr.tokStart - 1
            var steps = 0
            while k >= 0 && steps < 8 {
                let l = toks[k].lower
                if [".", ";", "\""].contains(l) { break }
                if let (kind, len) = lexicon.cue(at: k, in: toks), k + len <= dr.tokStart,
                    dr.isVerb || !objectOfAnotherAct(toks, from: k + len, to: dr.tokStart)
                {
                    switch kind {
                    case "plan", "intend":
                        if steps <= 6 { dr.factuality = kind == "plan" ? .planned : .intended }
                    case "hypothetical":
                        // "if the military did not release him": a condition holds whatever it negates.
                        if words.conditionWords.contains(toks[k]) && steps <= 6 && dr.factuality != .prevented { dr.factuality = .hypothetical; break }
                        guard steps <= 3 && dr.factuality != .planned && dr.factuality != .negated else { break }
                        dr.factuality = futureInThePast(toks, modal: k) ?? .hypothetical
                    case "future":
                        if steps <= 3 && !dr.factuality.isUnrealized { dr.factuality = futureInThePast(toks, modal: k) ?? .planned }
                    case "negation":
                        if steps <= 2 { dr.factuality = .negated }
                    case "demand":
                        // "called for protests": a protest called for is planned; "to demand his release": the
                        // release is what the protest wants, not an event of its own.
                        // Only the first trigger after the cue: "urged people to protest against the coup" demands a
                        // protest, not a coup.
                        guard steps <= 5, !triggerStarts.contains(where: { $0 >= k + len && $0 < dr.tokStart }) else { break }
                        if lexicon.family(dr.type) == "unrest" { if !dr.factuality.isUnrealized { dr.factuality = .planned } } else { dr.absorbed = true }
                    case "condition":
                        // "until Pashinyan steps down": a present-tense event in the condition is still to come.
                        if steps <= 6 && !dr.factuality.isUnrealized && dr.isVerb
                            && (words.negativeConditions.contains(toks[k]) || dr.tense == "present" || lexicon.verbReadings(toks[dr.tokStart]).contains { $0.tags.contains("VBZ") })
                        {
                            dr.factuality = .hypothetical
                        }
                    case "generic":
                        // "broad powers to make arrests", "the right to protest": a kind of act, not an act.
                        if steps <= 3 { dr.absorbed = true }
                    default: break
                    }
                }
                if words.withoutWords.contains(l) && steps <= 3 {
                    dr.factuality = .negated
                    // "open fire without warning": a manner, not a statement that was not made.
                    if steps == 0 && lexicon.family(dr.type) == "statement" { dr.absorbed = true }
                }
                if l == "," && steps > 0 { break }
                // "tried to approach the palace but were dispersed": a new clause with its own standing.
                if words.clauseBreaks.contains(l) { break }
                k -= 1
                steps += 1
            }
            // "until the bill is voted down and all detained demonstrators are released": a present-tense verb
            // anywhere in a condition clause has not happened yet.
            if dr.isVerb && !dr.factuality.isUnrealized && (dr.tense == "present" || lexicon.verbReadings(toks[dr.tokStart]).contains { $0.tags.contains("VBZ") }) {
                var j = dr.tokStart - 1
                while j >= 0 && dr.tokStart - j <= 16 && ![".", ";", ",", "\""].contains(toks[j].text) {
                    if lexicon.cue(at: j, in: toks)?.kind == "condition" { dr.factuality = .hypothetical; break }
                    j -= 1
                }
            }
            // "What negotiations can there be with criminals?": a question asserts nothing.
            if !dr.factuality.isUnrealized, let stop = toks[dr.tokEnd...].first(where: { [".", "!", "?"].contains($0.text) }), stop.text == "?" {
                dr.factuality = .hypothetical
            }
            drafts[d] = dr
        }
    }

    /// "said it would withdraw the bill": `would` after a past reporting verb is the future seen from the
    /// past, not a condition: an intention when a pronoun right before the modal makes it the speaker's own
    /// ("said on Thursday it would"), else a plan or prospect reported before it could happen ("said protests
    /// would continue", "a ruling that his allies said would spark protests"). `will` is a plan. Nil when the
    /// modal is conditional ("would have", "if ... would") or no past reporting verb governs it.
    func futureInThePast(_ toks: [Token], modal k: Int) -> Factuality? {
        if k + 1 < toks.count && words.conditionalPerfect.contains(toks[k + 1]) { return nil }
        var j = k - 1
        while j >= 0 && k - j <= 8 {
            let l = toks[j].lower
            if [".", ";"].contains(l) || words.conditionWords.contains(l) { return nil }
            if let (kind, len) = lexicon.cue(at: j, in: toks), kind == "reporting", j + len <= k, !toks[j].isCapitalized || j == 0,
                lexicon.verbReadings(l).contains(where: { $0.tags.contains("VBD") || $0.tags.contains("VBN") })
            {
                // The subject right before the modal: "said on Thursday it would" is the speaker's intention.
                if j + len < k, words.pronouns.contains(toks[k - 1]) { return .intended }
                return .planned
            }
            j -= 1
        }
        if words.futureModals.contains(toks[k]) { return .planned }
        return nil
    }

    /// "would appeal the verdict", "would challenge the arrest": a noun trigger that is the object of a verb
    /// that presupposes it (cue kind `presuppose`) already happened; the modal governs that verb, not the noun.
    func objectOfAnotherAct(_ toks: [Token], from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        for j in a..<b {
            if lexicon.cue(at: j, in: toks)?.kind == "presuppose" { return true }
            if let r = lexicon.verbReadings(toks[j]).first, lexicon.cue(at: j, in: toks) == nil,
                let c = lexicon.cues[r.lemma]?.first(where: { $0.words.count == 1 }), c.kind == "presuppose"
            { return true }
        }
        return false
    }

    /// "prevented X", "thwarted the plans": planned mentions the object refers to become prevented,
    /// and asserted events named in the object did not happen.
    func applyPrevention(views: [SentenceView], drafts: inout [Draft], bySentence: [Int: [Int]]) {
        for view in views {
            let toks = view.tokens
            for i in toks.indices {
                guard let (kind, len) = lexicon.cue(at: i, in: toks), kind == "prevent" else { continue }
                var e = i + len
                while e < toks.count && e < i + len + 10 && ![".", ";", ",", "\""].contains(toks[e].text) && !words.preventionObjectEnd.contains(toks[e]) { e += 1 }
                let object = Set(toks[(i + len)..<e].map(\.lower))
                let objectLemmas = Set(object.flatMap { lexicon.nounLemmas($0) })
                let refersToPlans = objectLemmas.contains { words.preventionPlanNouns.contains($0) }
                let nearby = (max(0, view.index - 3)...view.index).flatMap { bySentence[$0] ?? [] }
                for d in nearby {
                    let dr = drafts[d]
                    if (dr.factuality == .planned || dr.factuality == .intended) && dr.sentence <= view.index && dr.sentence >= view.index - 3 {
                        let actorWords = Set(dr.actors.flatMap { $0.name.lowercased().split(separator: " ").map(String.init) })
                        if refersToPlans || !actorWords.isDisjoint(with: object) {
                            drafts[d].factuality = .prevented
                        }
                    } else if dr.sentence == view.index && dr.tokStart >= i + len && dr.tokStart < e && dr.factuality == .asserted
                        && lexicon.family(dr.type) != "unrest" && dr.salient
                    {
                        drafts[d].factuality = .prevented
                    }
                }
            }
        }
    }
}
