import ChronographCore

/// Gives a mention the actors and the place of its own clause.
///
/// A verb's participants stand between the clause boundaries around it: its subject back to
/// the previous verb event, subordinator or reporting verb, its objects up to the next comma
/// or verb event. A noun's stand in its phrase: a possessive before it ("Khabar's
/// documentary"), "by", "of", "against", "in" phrases after it. The preposition before a
/// participant gives its role: "from Afghanistan" is an origin, "to Kazakhstan" a
/// destination, "by the police" an agent; the place is where the event happened ("in", "at"),
/// else where it was headed ("to"), never where it came from.
struct ParticipantAssigner {
    let lexicon: EventLexicon
    let words: ClauseWords

    /// Tokens that end a clause for participants whatever the direction.
    private static let hardStops: WordSet = [".", ";", ":", "\"", "\u{201C}", "\u{201D}", "-", "\u{2013}", "\u{2014}", "!", "?"]

    /// Prepositions that give a participant its role.
    private static let prepositionRoles: [String: String] = [
        "from": "origin", "to": "destination", "into": "destination", "by": "agent", "against": "patient", "with": "partner",
        "in": "location", "at": "location",
    ]

    /// - Parameter barriers: token starts of the sentence's other verb events (a clause has one).
    func assign(_ d: inout Draft, view: SentenceView, spans: [ActorSpan], places: [(Int, Place)], barriers: Set<Int>) {
        let toks = view.tokens
        let (lo, hi) = scope(d, toks, spans: spans, barriers: barriers)
        // Actors inside a person's title ("former chairman of Kazakhstan's National Security
        // Committee (KNB), Karim Masimov") describe the person, not the event.
        let titled = Self.titledPersons(spans)
        let described = spans.filter { $0.actor.kind == .organization && $0.actor.title != nil }
        func inTitle(_ s: ActorSpan) -> Bool { Self.inTitle(s, titled: titled) }
        func inDescriptor(_ s: ActorSpan) -> Bool {
            guard s.actor.kind != .person else { return false }
            // "Kazakhstan's state TV channel Khabar": the country's possessive describes the organization.
            let last = toks[s.tokEnd - 1].lower
            return (last.hasSuffix("'s") || last.hasSuffix("\u{2019}s")) && described.contains { o in
                o.tokStart > s.tokEnd && o.tokStart - s.tokEnd <= 4 && (s.tokEnd..<o.tokStart).allSatisfy { !toks[$0].isCapitalized || lexicon.actorWords[toks[$0].lower] != nil }
            }
        }
        let inside = spans.filter { $0.tokStart >= lo && $0.tokEnd <= hi && !($0.tokStart <= d.tokStart && d.tokStart < $0.tokEnd) && !inTitle($0) && !inDescriptor($0) }
            .sorted { abs($0.tokStart - d.tokStart) < abs($1.tokStart - d.tokStart) }
        var seen = Set<String>()
        var chosen: [ActorSpan] = []
        for s in inside where seen.insert(s.actor.id).inserted && chosen.count < 5 { chosen.append(s) }
        chosen.sort { $0.tokStart < $1.tokStart }
        var actors: [Actor] = []
        var lastRole: (end: Int, role: String?)?
        for s in chosen {
            var a = s.actor
            a.role = s.tokStart < d.tokStart ? (d.passive ? "patient" : "agent") : (d.passive ? "agent" : "patient")
            if !d.isVerb && s.tokStart < d.tokStart { a.role = "agent" }
            if let r = role(before: s.tokStart, toks), s.tokStart > d.tokStart || r != "destination" || !d.isVerb {
                // "a letter to Reno was published": a destination in the subject is not the event's.
                a.role = r
            } else if let l = lastRole, s.tokStart >= 2, toks[s.tokStart - 1].lower == "and", l.end == s.tokStart - 1 {
                // "from Afghanistan and Syria": the second of a pair shares the first's role.
                a.role = l.role
            }
            lastRole = (s.tokEnd, a.role)
            actors.append(a)
        }
        d.actors = actors
        // The place: "in"/"at" first, then a destination, then any other place of the scope; never an origin.
        let local = places.filter { p in p.0 >= lo && p.0 < hi && !spans.contains { s in inTitle(s) && s.tokStart == p.0 } }
        func prep(_ i: Int) -> String? { i > 0 ? toks[i - 1].lower : nil }
        let origins = Set(actors.filter { $0.role == "origin" }.map(\.name))
        let at = local.filter { ["in", "at"].contains(prep($0.0) ?? "") }
        let to = local.filter { ["to", "into"].contains(prep($0.0) ?? "") && (!d.isVerb || $0.0 > d.tokStart) }
        let other = local.filter { prep($0.0) != "from" && !origins.contains($0.1.name) }
        func nearest(_ c: [(Int, Place)]) -> Place? { c.min { abs($0.0 - d.tokStart) < abs($1.0 - d.tokStart) }?.1 }
        d.location = nearest(at) ?? nearest(to) ?? nearest(other)
        // "A blast destroyed the embassy in Mombasa": an event noun that is the subject of a verb which
        // is no event of its own takes the place that verb's clause gives.
        if d.location == nil, !d.isVerb, hi < toks.count, finiteVerb(hi, toks) {
            var end = hi + 1
            while end < toks.count && end - hi <= 12 {
                let t = toks[end]
                if Self.hardStops.contains(t.text) || t.text == "," || barriers.contains(end) || words.boundaries.contains(t) { break }
                end += 1
            }
            d.location = places.filter { $0.0 > hi && $0.0 < end && ["in", "at"].contains(prep($0.0) ?? "") }.min { $0.0 < $1.0 }?.1
        }
    }

    /// The sentence's persons named with a title (``inTitle(_:titled:)`` reads them).
    static func titledPersons(_ spans: [ActorSpan]) -> [ActorSpan] {
        spans.filter { $0.actor.kind == .person && $0.actor.title != nil }
    }

    /// Whether a non-person's name stands in the title of a person named just after it ("former chairman
    /// of Kazakhstan's National Security Committee (KNB), Karim Masimov"; "Kazakhstan President Tokayev").
    static func inTitle(_ s: ActorSpan, titled: [ActorSpan]) -> Bool {
        s.actor.kind != .person && titled.contains { p in p.tokStart > s.tokStart && p.tokStart - s.tokEnd <= 12 && p.actor.title!.contains(s.actor.name) }
    }

    /// The role a preposition before a participant gives it, across the participant's own
    /// descriptor ("aired by Kazakhstan's state TV channel Khabar").
    private func role(before i: Int, _ toks: [Token]) -> String? {
        var k = i - 1
        while k >= 0 && i - k <= 6 {
            if let r = Self.prepositionRoles[toks[k].lower] { return r }
            let t = toks[k]
            let possessive = t.lower.hasSuffix("'s") || t.lower.hasSuffix("\u{2019}s")
            // Any verb form ends the descriptor ("attempts to kill President Castro" gives Castro no role from "to").
            let verb = !lexicon.verbReadings(t).isEmpty && !inName(k, toks)
            guard t.kind == .word, possessive || t.isCapitalized || !verb, (!finiteVerb(k, toks) || inName(k, toks)), !words.prepositions.contains(t),
                !words.determiners.contains(t) || k == i - 1
            else { return nil }
            k -= 1
        }
        return nil
    }

    /// A verb form inside a name's descriptor ("state TV channel Khabar"): capitalized words or a
    /// possessive before it, a name after it.
    private func inName(_ k: Int, _ toks: [Token]) -> Bool {
        guard k > 0, k + 1 < toks.count, toks[k + 1].isCapitalized else { return false }
        let p = toks[k - 1]
        return p.isCapitalized || p.lower.hasSuffix("'s") || p.lower.hasSuffix("\u{2019}s") || lexicon.verbReadings(p).isEmpty && p.kind == .word && !words.determiners.contains(p)
    }

    /// A finite verb that is not an event of the sentence ("The film unveils plans"): it ends a clause too.
    private func finiteVerb(_ k: Int, _ toks: [Token]) -> Bool {
        guard toks[k].kind == .word, !toks[k].isCapitalized, !words.auxiliaries.contains(toks[k]), !words.copulas.contains(toks[k]) else { return false }
        let r = lexicon.verbReadings(toks[k])
        // "The film outlines the strategy": a verb or plural noun before a determiner is the verb.
        if k + 1 < toks.count, words.determiners.contains(toks[k + 1]), r.contains(where: { $0.tags.contains("VBZ") || $0.tags.contains("VBD") }) { return true }
        return !r.isEmpty && r.allSatisfy { !$0.tags.contains("NN") && !$0.tags.contains("NNS") }
            && r.contains { $0.tags.contains("VBZ") || $0.tags.contains("VBP") || ($0.tags.contains("VBD") && !$0.tags.contains("VBN")) }
    }

    /// The token range `lo..<hi` the participants of `d` come from.
    private func scope(_ d: Draft, _ toks: [Token], spans: [ActorSpan], barriers: Set<Int>) -> (Int, Int) {
        let isReporting = lexicon.cue(at: d.tokStart, in: toks)?.kind == "reporting"
        func stops(_ k: Int) -> Bool {
            // "General Motors Corp. announced": an abbreviation's period inside the sentence is no stop.
            if toks[k].text == ".", k > 0, k + 1 < toks.count, toks[k].start == toks[k - 1].end, toks[k - 1].isCapitalized,
                toks[k + 1].kind == .word, !toks[k + 1].isCapitalized
            { return false }
            return Self.hardStops.contains(toks[k].text) || (words.boundaries.contains(toks[k]) && !words.relatives.contains(toks[k]))
                // A capitalized "States" or "Says" is part of a name, not a reporting verb.
                || (!isReporting && lexicon.cue(at: k, in: toks)?.kind == "reporting" && toks[k].kind == .word && !toks[k].isCapitalized)
        }
        // A verb that hands its subject to an infinitive ("were going to send", "plans to enlist") is no barrier.
        func barrier(_ k: Int) -> Bool {
            (barriers.contains(k) && !inName(k, toks) || finiteVerb(k, toks)) && !(k + 1 < toks.count && words.infinitive.contains(toks[k + 1]))
                && !(k > 0 && words.determiners.contains(toks[k - 1]))  // "their trained fighters"
        }
        var lo = d.tokStart
        var hi = d.tokEnd
        if d.isVerb {
            var k = d.tokStart - 1
            while k >= 0 && d.tokStart - k <= 14 {
                if stops(k) || barrier(k) { break }
                if words.relatives.contains(toks[k]) {
                    // "Albright, who was born in Prague": the relative pronoun stands for the name before it.
                    var a = k
                    if a > 0 && toks[a - 1].text == "," { a -= 1 }
                    if let s = spans.first(where: { $0.tokEnd == a }) { lo = s.tokStart }
                    break
                }
                lo = k
                k -= 1
            }
            k = d.tokEnd
            while k < toks.count && k - d.tokEnd < 10 {
                if stops(k) || barrier(k) || toks[k].text == "," || words.relatives.contains(toks[k]) { break }
                k += 1
                hi = k
            }
        } else {
            // A possessive or a name right before the noun ("Khabar's documentary", "state TV channel Khabar's film").
            var k = d.tokStart - 1
            while k >= 0 && d.tokStart - k <= 3 && toks[k].kind == .word && !words.determiners.contains(toks[k]) && !words.prepositions.contains(toks[k]) {
                if spans.contains(where: { $0.tokEnd == k + 1 }) {
                    lo = spans.first(where: { $0.tokEnd == k + 1 })!.tokStart
                    break
                }
                k -= 1
            }
            // "riots in Almaty", "the trial of X", "a documentary aired by Khabar".
            k = d.tokEnd
            while k < toks.count && k - d.tokEnd < 8 {
                if stops(k) || toks[k].text == "," || words.relatives.contains(toks[k]) { break }
                let byParticiple = k + 1 < toks.count && toks[k + 1].lower == "by" && lexicon.verbReadings(toks[k]).contains { $0.tags.contains("VBN") || $0.tags.contains("VBD") }
                if (barriers.contains(k) && !inName(k, toks) || finiteVerb(k, toks)) && !byParticiple { break }
                k += 1
                hi = k
            }
        }
        return (lo, hi)
    }
}
