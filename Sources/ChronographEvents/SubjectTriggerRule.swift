import ChronographCore

/// "Protesters returned on Wednesday", "troops arrived": verbs that are events of a type only with a
/// certain subject (`subject-triggers.tsv`). A verb's draft of type `other` takes the type; a verb the
/// trigger lexicon does not list gets a draft of its own, with its tense and the participants of its clause.
struct SubjectTriggerRule {
    let lexicon: EventLexicon
    let resources: GenreResources

    /// The words are `subject.*` in `rule-words.tsv`: `between` may stand between a subject and its verb
    /// (auxiliaries, adverbs, a coordinated noun); after `aspectual` verbs "to" keeps the subject ("protesters
    /// began to return"); `boundary` ends the subject's clause.
    /// (Stored, not read through the lexicon per use: that getter copied the whole lexicon.)
    private let words: RuleWords

    init(lexicon: EventLexicon, resources: GenreResources) {
        self.lexicon = lexicon
        self.resources = resources
        words = lexicon.rules
    }

    func apply(views: [SentenceView], drafts: inout [Draft], extractor: EventExtractor) {
        guard !resources.subjectTriggers.isEmpty else { return }
        // Verbs the lexicon drafted as `other` ("gathered" without an object word).
        var covered: [Int: Set<Int>] = [:]
        for k in drafts.indices {
            covered[drafts[k].sentence, default: []].formUnion(drafts[k].tokStart..<drafts[k].tokEnd)
            guard drafts[k].isVerb && drafts[k].type == "other" && !drafts[k].absorbed else { continue }
            guard let entries = resources.subjectTriggers[drafts[k].lemma] else { continue }
            let toks = views[drafts[k].sentence].tokens
            guard let entry = entries.first(where: { holds($0, toks, at: drafts[k].tokStart) }) else { continue }
            drafts[k].type = entry.type
            drafts[k].eventClass = entry.eventClass
            drafts[k].salient = lexicon.isSalient(entry.type)
            drafts[k].rule = "SubjectTrigger"
        }
        // Verbs the lexicon does not list at all ("returned", "arrived"): new drafts.
        for view in views {
            let toks = view.tokens
            var found: [Draft] = []
            for i in toks.indices where toks[i].kind == .word && !toks[i].isCapitalized && !(covered[view.index]?.contains(i) ?? false) {
                guard let r = lexicon.verbReadings(toks[i]).first(where: { resources.subjectTriggers[$0.lemma] != nil }),
                    r.tags.contains(where: { ["VBD", "VBZ", "VBP", "VBN"].contains($0) }),
                    let entry = resources.subjectTriggers[r.lemma]!.first(where: { holds($0, toks, at: i) })
                else { continue }
                var d = Draft(
                    sentence: view.index, tokStart: i, tokEnd: i + 1, start: toks[i].start, end: toks[i].end, text: toks[i].text,
                    lemma: r.lemma, isVerb: true, type: entry.type, eventClass: entry.eventClass, salient: lexicon.isSalient(entry.type),
                    rule: "SubjectTrigger")
                (d.tense, d.passive) = extractor.tense(d, toks)
                found.append(d)
            }
            guard !found.isEmpty else { continue }
            let (spans, places) = ParticipantFinder(lexicon: lexicon).find(view, doc: ParticipantFinder.DocumentActors())
            for var d in found {
                // The subject and what follows in the clause, as the extractor does for verbs.
                let near = spans.filter { $0.tokEnd > d.tokStart - 6 && $0.tokStart < d.tokEnd + 8 }
                var seen = Set<String>()
                d.actors = near.filter { seen.insert($0.actor.id).inserted }.prefix(4).map { s in
                    var a = s.actor
                    a.role = s.tokStart < d.tokStart ? "agent" : "patient"
                    return a
                }
                let locs = places.filter { abs($0.0 - d.tokStart) <= 12 }
                d.location = (locs.first { $0.0 > 0 && words.subjectLocationPrepositions.contains(toks[$0.0 - 1]) } ?? locs.first)?.1
                drafts.append(d)
            }
        }
    }

    /// Whether the entry's condition holds for the verb at token `i`.
    private func holds(_ e: GenreResources.SubjectTrigger, _ toks: [Token], at i: Int) -> Bool {
        if !e.after.isEmpty {
            var j = i + 1
            while j < toks.count && j <= i + 12 && ![".", ";"].contains(toks[j].text) {
                if lexicon.nounLemmas(toks[j].lower).contains(where: { e.after.contains($0) }) { return true }
                j += 1
            }
            return false
        }
        return hasSubject(toks, before: i, in: e.subjects)
    }

    /// Whether one of `subjects` stands right before the verb (within five words, in its clause, with no
    /// other verb between: "police told protesters to return" is no protest by the police).
    private func hasSubject(_ toks: [Token], before i: Int, in subjects: Set<String>) -> Bool {
        var j = i - 1
        while j >= 0 && i - j <= 5 {
            let l = toks[j].lower
            if words.subjectBoundary.contains(l) { return false }
            // "began to return" keeps its subject; "told protesters to return" is an order, not their act.
            if words.infinitive.contains(l) && !(j > 0 && words.subjectAspectual.contains(toks[j - 1])) { return false }
            if lexicon.nounLemmas(l).contains(where: { subjects.contains($0) }) { return true }
            if !words.subjectBetween.contains(l) && lexicon.verbReadings(l).contains(where: { $0.tags.contains("VBD") || $0.tags.contains("VBZ") }) { return false }
            j -= 1
        }
        return false
    }
}
