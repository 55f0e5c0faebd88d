import ChronographCore

/// Builds short headlines for mentions from the trigger, its actors and its clause:
/// "Karim Masimov sentenced for treason", "Documentary aired by Khabar".
struct Labeler {
    let lexicon: EventLexicon
    var words: ClauseWords = .shared(language: "en")

    /// The `label.*` lists of `rule-words.tsv`: `stop-after`, `stop-word` and `stop-phrase` end a label's
    /// complement (punctuation, clause links, signals); a label never ends with a `dangling-end` ("Sign the
    /// agreement through", "Arrested more than").
    /// (Stored, not read through the lexicon per use: that getter copied the whole lexicon.)
    private let rules: RuleWords

    init(lexicon: EventLexicon, words: ClauseWords = .shared(language: "en")) {
        self.lexicon = lexicon
        self.words = words
        rules = lexicon.rules
    }

    func label(_ d: Draft, view: SentenceView, actorSpans: [ActorSpan], timexTokens: Set<Int> = []) -> String {
        if let p = d.phaseLabel { return p }
        let toks = view.tokens
        func nameAt(_ i: Int) -> (String, Int)? {
            if let s = actorSpans.first(where: { $0.tokStart <= i && i < $0.tokEnd }) { return (s.actor.name, s.tokEnd) }
            return nil
        }
        // Object or complement: following words up to a boundary, names replaced by canonical names.
        func tail(from: Int, max: Int) -> String {
            var parts: [String] = []
            var i = from
            while i < toks.count && parts.count < max {
                // "Afghanistan and Syria": a coordination of names stays in the label.
                if rules.labelNameCoordinators.contains(toks[i]), i + 1 < toks.count, toks[i + 1].isCapitalized, !parts.isEmpty, parts.last!.first!.isUppercase {
                    parts.append(toks[i].lower)
                    i += 1
                    continue
                }
                // "characterized the riots as a coup": for statements "as" introduces what was said.
                let keepAs = rules.labelStatementContent.contains(toks[i]) && d.type == "statement"
                if !keepAs && (rules.labelStopAfter.contains(toks[i]) || rules.labelStopWords.contains(toks[i])) || timexTokens.contains(i) { break }
                if RuleWords.startsPhrase(rules.labelStopPhrases, toks, at: i) { break }
                if i + 1 < toks.count && rules.labelDatePrepositions.contains(toks[i]) && timexTokens.contains(i + 1) { break }
                if rules.labelSkippedPossessives.contains(toks[i]) { i += 1; continue }
                let name = nameAt(i)
                let (word, next) = name ?? (toks[i].text, i + 1)
                // "U.S. embassies": the period of an abbreviation inside the phrase is no sentence end.
                if next + 1 < toks.count, toks[next].text == ".", toks[next].start == toks[next - 1].end, toks[next - 1].text.contains("."),
                    toks[next + 1].kind == .word, !toks[next + 1].isCapitalized
                {
                    parts.append(word + ".")
                    i = next + 1
                    continue
                }
                if name != nil { parts.append(word); i = next; continue }
                parts.append(toks[i].text)
                i += 1
            }
            // Cut off inside a name no participant stands for ("out of the San" of "San Francisco"): the name goes.
            if i < toks.count, toks[i].isCapitalized, toks[i - 1].isCapitalized, toks[i].kind == .word {
                var run = 0
                while run < parts.count, let c = parts[parts.count - 1 - run].first, c.isUppercase { run += 1 }
                if run < parts.count { parts.removeLast(run) }
            }
            while let l = parts.last?.lowercased(), rules.labelCoordinators.contains(l) || words.prepositions.contains(l) || words.determiners.contains(l) || rules.labelDanglingEnds.contains(l) || words.bounds.contains(l) {
                parts.removeLast()
            }
            return parts.joined(separator: " ")
        }
        var out: String
        if d.isVerb {
            if d.factuality == .planned || d.factuality == .intended || d.factuality == .prevented {
                out = "Plan to \(d.lemma)"
                // What the plan is ends where another verb's auxiliaries begin ("Sentencing will be set").
                var end = d.tokEnd
                while end < toks.count, end - d.tokEnd < 7, !rules.labelPassiveAuxiliaries.contains(toks[end]), !rules.labelNegationOrModal.contains(toks[end]) { end += 1 }
                let t = end == d.tokEnd ? "" : tail(from: d.tokEnd, max: end - d.tokEnd)
                if !t.isEmpty { out += " " + t }
                return capitalized(out)
            }
            // Subject: the nearest actor before the trigger in its clause.
            // Subject: the nearest person or organization before the trigger in its clause, else a group or country.
            var person: String?
            var organization: String?
            var fallback: String?
            var k = d.tokStart - 1
            while k >= 0 && d.tokStart - k <= 14 {
                if [".", ";", ":", "\"", "-", "\u{2013}", "\u{2014}", ")"].contains(toks[k].text) { break }
                if lexicon.cue(at: k, in: toks)?.kind == "reporting" && !toks[k].isCapitalized { break }
                // Only the mention's own participants: an actor of a neighbouring clause is no subject.
                if let s = actorSpans.last(where: { $0.tokEnd == k + 1 }), d.actors.contains(where: { $0.id == s.actor.id && $0.role != "origin" && $0.role != "destination" }) {
                    if s.actor.kind == .person && person == nil { person = s.actor.name }
                    if s.actor.kind == .organization && organization == nil { organization = s.actor.name }
                    if fallback == nil { fallback = s.actor.name }
                }
                k -= 1
            }
            var subject = person ?? organization ?? fallback
            if subject == nil && d.passive {
                // "293 people had been detained": the words before the auxiliaries.
                var e = d.tokStart
                while e > 0 && rules.labelPassiveAuxiliaries.contains(toks[e - 1]) { e -= 1 }
                var s = e
                func nounish(_ t: Token) -> Bool {
                    let r = lexicon.verbReadings(t)
                    return r.isEmpty || r.contains { $0.tags.contains("NN") || $0.tags.contains("NNS") || $0.tags.contains("VB") }
                }
                while s > 0 && e - s < 4 {
                    let t = toks[s - 1]
                    let numberComma = t.text == "," && s >= 2 && toks[s - 2].kind == .number && toks[s].kind == .number
                    guard t.kind == .number || numberComma || t.kind == .word && lexicon.cue(at: s - 1, in: toks) == nil && nounish(t)
                        && !rules.labelNotInSubject.contains(t)
                    else { break }
                    s -= 1
                }
                if s < e, !rules.labelPronounSubjects.contains(toks[s]) { subject = ScalarJoin.join(toks[s..<e]) }
            }
            var verbStart = d.tokStart
            if d.factuality == .negated || d.factuality == .hypothetical {
                while verbStart > 0 && rules.labelNegationOrModal.contains(toks[verbStart - 1]) { verbStart -= 1 }
            }
            let verb = ScalarJoin.join(toks[verbStart..<d.tokEnd]).lowercased()
            // "..., she said she would not step down": a pronoun subject is the claimant.
            if subject == nil, verbStart > 0, rules.labelClaimantPronouns.contains(toks[verbStart - 1]), let src = d.attribution?.source,
                let a = actorSpans.first(where: { src.contains($0.actor.name) && ($0.actor.kind == .person || $0.actor.kind == .organization) })
            {
                subject = a.actor.name
            }
            let t = tail(from: d.tokEnd, max: d.passive ? 3 : (d.type == "statement" ? 9 : 7))
            out = [subject, verb, t.isEmpty ? nil : t].compactMap { $0 }.joined(separator: " ")
        } else {
            // Modifiers before the noun ("failed coup attempt"), then "aired by X" / "in Place".
            var a = d.tokStart
            while a > 0 && toks[a - 1].kind == .word && !toks[a - 1].isCapitalized
                && !words.prepositions.contains(toks[a - 1]) && !words.boundaries.contains(toks[a - 1]) && !words.bounds.contains(toks[a - 1])
                && !toks[a - 1].lower.hasSuffix("'s") && !toks[a - 1].lower.hasSuffix("\u{2019}s")  // "last month's shooting": a date, not a kind
                && !rules.labelNotModifier.contains(toks[a - 1])
                && (lexicon.verbReadings(toks[a - 1]).isEmpty || (a - 1 == d.tokStart - 1 && a >= 2 && rules.labelArticles.contains(toks[a - 2])))
                && lexicon.facts(toks[a - 1]).actorWord != "group" && d.tokStart - a < 2
            { a -= 1 }
            out = ScalarJoin.join(toks[a..<d.tokEnd])
            var i = d.tokEnd
            if i + 1 < toks.count, !lexicon.verbReadings(toks[i]).filter({ $0.tags.contains("VBN") || $0.tags.contains("VBD") }).isEmpty, rules.labelAgentPrepositions.contains(toks[i + 1]),
                let s = actorSpans.first(where: { $0.tokStart > i + 1 && $0.tokStart <= i + 8 && $0.actor.kind != .country })
            {
                out += " \(toks[i].lower) \(toks[i + 1].lower) \(s.actor.name)"
                i = s.tokEnd
            } else if i < toks.count, rules.labelComplementPrepositions.contains(toks[i]), !timexTokens.contains(i + 1) {
                let t = tail(from: i + 1, max: 4)
                if !t.isEmpty && !t.first!.isNumber { out += " \(toks[i].lower) \(t)" }
            } else if let place = d.location, d.tokEnd - a == 1,
                (d.tokEnd..<min(toks.count, d.tokEnd + 5)).contains(where: { toks[$0].text == place.name || toks[$0].text.hasPrefix(place.name) })
            {
                out += " in \(place.name)"
            }
        }
        return capitalized(out)
    }

    private func capitalized(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.uppercased() + s.dropFirst()
    }
}
