import ChronographCore
import ChronographSyntax

/// Triggers checked against the sentence's parse: whether a word is a verb or a noun is the
/// tagger's reading in context, not a guess from the word before it; untyped words the tagger
/// reads as names, adjectives or function words are no events; and verbs the word-level detector
/// passed over (a verb after a noun it took for a determiner's noun) are added.
struct SyntacticTriggers {
    let lexicon: EventLexicon
    /// Auxiliary and light-verb lemmas TimeML does not mark as events (`trigger.auxiliary-lemma`).
    let auxiliaries: RuleList

    init(lexicon: EventLexicon) {
        self.lexicon = lexicon
        self.auxiliaries = lexicon.rules.triggerAuxiliaryLemmas
    }

    func refine(_ found: [Draft], view: SentenceView) -> [Draft] {
        // "Published: Fri 28 Oct 2022", "Breaking: ...": a line's first word before a colon labels a field of the
        // page or a kind of story, it tells no event.
        refined(found, view: view).filter { d in
            !(d.tokStart == 0 && d.tokEnd < view.tokens.count && view.tokens[d.tokEnd].text == ":")
        }
    }

    private func refined(_ found: [Draft], view: SentenceView) -> [Draft] {
        guard let syntax = view.syntax else { return found }
        let words = syntax.words
        var out: [Draft] = []
        var covered = Set<Int>()
        for var d in found {
            // Phrases keep the lexicon's reading; a one-word trigger is read by its tag.
            guard d.tokEnd - d.tokStart == 1, let w = syntax.word(at: d.start) else {
                covered.formUnion(words.indices.filter { words[$0].start < d.end && words[$0].end > d.start })
                out.append(d)
                continue
            }
            let word = words[w]
            let typed = d.type != "other"
            switch word.upos {
            case "VERB":
                if !d.isVerb {
                    d.isVerb = true
                    if let e = lexicon.verbTriggers[word.lemma.lowercased()]?.first, typed || e.type != "other" {
                        d.type = e.type
                        d.eventClass = e.eventClass
                        d.lemma = word.lemma.lowercased()
                        d.salient = lexicon.isSalient(e.type)
                    }
                }
            case "NOUN":
                if d.isVerb {
                    d.isVerb = false
                    let lemma = word.lemma.lowercased()
                    if let e = lexicon.nounTriggers[lemma]?.first {
                        d.type = e.type
                        d.eventClass = e.eventClass
                        d.lemma = lemma
                        d.salient = lexicon.isSalient(e.type)
                    } else if typed || lexicon.noun(lemma, isIn: "@thing") {
                        // A verb trigger read as a noun with no noun entry of its own ("the sentence"), or a verb's
                        // spelling read as a noun that names a thing, not an act ("a listening ear", "shop windows").
                        continue
                    }
                }
            case "PROPN":
                // Inside a name ("Security Council", "March"), an untyped word or a name part is no event.
                if !typed || ["flat", "compound"].contains(syntax.tree.universalRelation(of: w)) { continue }
            case "AUX":
                if !typed { continue }
            default:
                // An adjective, number or function word is no event, whatever the lexicon says of its spelling ("free speech").
                continue
            }
            covered.insert(w)
            out.append(d)
        }
        // Verbs no rule took: events of their own (unless auxiliary-like).
        for (w, word) in words.enumerated() where word.upos == "VERB" && !covered.contains(w) {
            let lemma = word.lemma.lowercased()
            guard !auxiliaries.contains(lemma), let t = view.tokens.firstIndex(where: { $0.start == word.start }),
                view.tokens[t].end == word.end
            else { continue }
            let entry = lexicon.verbTriggers[lemma]?.first
            let type = entry?.type ?? "other"
            out.append(
                Draft(
                    sentence: view.index, tokStart: t, tokEnd: t + 1, start: word.start, end: word.end, text: word.form,
                    lemma: lemma, isVerb: true, type: type, eventClass: entry?.eventClass ?? .occurrence,
                    salient: lexicon.isSalient(type), rule: "ParsedVerb"))
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
