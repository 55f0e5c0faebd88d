import ChronographCore

/// Decides for each mention whether the text asserts it, reports it on someone's word,
/// plans, conditions, negates or prevents it, and who claims it.
struct FactualityAnalyzer {
    let lexicon: EventLexicon

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
            // Subject: the words before the cue back to a clause boundary, or the sentence subject.
            var s = i
            while s > 0 && ![",", ":", ";", "\"", "\u{201C}", "\u{201D}"].contains(toks[s - 1].text) { s -= 1 }
            var subject = trimDeterminers(Array(toks[s..<i]))
            // "X accused ... and said": a long clause before the cue; its subject is the sentence's.
            let clauseHasVerb = subject.dropFirst().contains { t in !t.isCapitalized && lexicon.verbReadings(t.lower).contains { $0.tags.contains("VBD") } && !lexicon.verbReadings(t.lower).contains { $0.tags.contains("NNS") || $0.tags.contains("NN") } }
            if subject.count > 6 || clauseHasVerb { subject = [] }
            if subject.isEmpty {
                var e = 0
                while e < i && toks[e].text != "," {
                    let finite = lexicon.verbReadings(toks[e].lower).contains { $0.tags.contains("VBZ") || $0.tags.contains("VBD") || $0.tags.contains("VBP") }
                    if finite && e > 0 && !["the", "a", "an", "its", "their", "this"].contains(toks[e - 1].lower) && !toks[e].isCapitalized { break }
                    e += 1
                }
                subject = trimDeterminers(Array(toks[0..<e]))
            }
            guard !subject.isEmpty else { i += len; continue }
            var citing: String?
            var after = i + len
            if after < toks.count && toks[after].text == "," { after += 1 }
            if let c = lexicon.cue(at: after, in: toks), c.kind == "citing" {
                var e = after + c.length
                while e < toks.count && ![",", ":", ";", "\"", "\u{201C}"].contains(toks[e].text) { e += 1 }
                var cs = after + c.length
                if let f = toks[cs..<e].firstIndex(where: { $0.lower == "from" }) { cs = f + 1 }
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

    private func trimDeterminers(_ t: [Token]) -> [Token] {
        var t = t
        while let f = t.first, f.kind != .word || ["in", "however", "but", "and", "so"].contains(f.lower) { t.removeFirst() }
        return t
    }

    /// Sets factuality and attribution of the drafts of one sentence.
    func apply(_ view: SentenceView, drafts: inout [Draft], indices: [Int]) {
        let toks = view.tokens
        let claims = claims(view, drafts: drafts)
        for d in indices {
            var dr = drafts[d]
            if let c = claims.first(where: { $0.covers.contains(dr.tokStart) }) ?? (view.quoted[dr.tokStart] ? claims.first : nil) {
                dr.factuality = .reported
                dr.attribution = Attribution(source: c.source, citing: c.citing, cue: c.cue)
            }
            // Cues before the trigger, inside its clause.
            var k = dr.tokStart - 1
            var steps = 0
            while k >= 0 && steps < 8 {
                let l = toks[k].lower
                if [".", ";", "\""].contains(l) { break }
                if let (kind, len) = lexicon.cue(at: k, in: toks), k + len <= dr.tokStart {
                    switch kind {
                    case "plan", "intend":
                        if steps <= 6 { dr.factuality = kind == "plan" ? .planned : .intended }
                    case "hypothetical":
                        if steps <= 3 && dr.factuality != .planned && dr.factuality != .negated { dr.factuality = .hypothetical }
                    case "negation":
                        if steps <= 2 { dr.factuality = .negated }
                    default: break
                    }
                }
                if l == "without" && steps <= 3 { dr.factuality = .negated }
                if l == "," && steps > 0 { break }
                k -= 1
                steps += 1
            }
            drafts[d] = dr
        }
    }

    /// "prevented X", "thwarted the plans": planned mentions the object refers to become prevented,
    /// and asserted events named in the object did not happen.
    func applyPrevention(views: [SentenceView], drafts: inout [Draft], bySentence: [Int: [Int]]) {
        for view in views {
            let toks = view.tokens
            for i in toks.indices {
                guard let (kind, len) = lexicon.cue(at: i, in: toks), kind == "prevent" else { continue }
                var e = i + len
                while e < toks.count && e < i + len + 10 && ![".", ";", ",", "\""].contains(toks[e].text) && toks[e].lower != "from" && toks[e].lower != "but" { e += 1 }
                let object = Set(toks[(i + len)..<e].map(\.lower))
                let objectLemmas = Set(object.flatMap { lexicon.nounLemmas($0) })
                let refersToPlans = objectLemmas.contains("plan") || objectLemmas.contains("plot") || objectLemmas.contains("scenario")
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
