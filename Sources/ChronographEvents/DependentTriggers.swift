import ChronographCore

/// Triggers that are part of another mention rather than events of their own.
extension EventExtractor {
    /// Triggers that only describe another: a plan's content ("plans ... to enlist" -> "enlist"),
    /// charges after a sentence ("sentenced for treason, seizure of power"), compounds ("coup plot").
    /// The words are the `dependent.*` lists of `rule-words.tsv`.
    func absorbDependents(views: [SentenceView], drafts: inout [Draft]) {
        let words = lexicon.rules
        var bySentence: [Int: [Int]] = [:]
        for k in drafts.indices { bySentence[drafts[k].sentence, default: []].append(k) }
        for k in drafts.indices where !drafts[k].absorbed {
            let d = drafts[k]
            let toks = views[d.sentence].tokens
            let sameSentence = (bySentence[d.sentence] ?? []).filter { $0 != k }
            if d.type == "plan" {
                // A plan with a content: the content is the event (it gets factuality planned).
                var j = d.tokEnd
                var governs = false
                while j < toks.count && j < d.tokEnd + 8 && ![".", ";", ","].contains(toks[j].text) {
                    if lexicon.cue(at: j, in: toks)?.kind == "phase" || sameSentence.contains(where: { drafts[$0].tokStart == j && drafts[$0].salient }) { governs = true }
                    if words.infinitive.contains(toks[j]) && j + 1 < toks.count && !lexicon.verbReadings(toks[j + 1]).isEmpty { governs = true }
                    j += 1
                }
                // A plan noun is an event of its own only with a content ("a plan to", "plans for").
                let hasContent = !d.isVerb && (d.tokEnd..<min(toks.count, d.tokEnd + 4)).contains { words.planContent.contains(toks[$0]) }
                if governs || (!d.isVerb && !hasContent) { drafts[k].absorbed = true }
            }
            if ["verdict", "sentencing", "trial", "arrest"].contains(d.type), d.tokEnd < toks.count, words.chargePrepositions.contains(toks[d.tokEnd]) {
                var j = d.tokEnd
                while j < toks.count && ![".", ";"].contains(toks[j].text) { j += 1 }
                for o in sameSentence where drafts[o].tokStart > d.tokStart && drafts[o].tokStart < j {
                    if ChargeRule.namesAHappening(drafts[o], views[d.sentence], words: words) { continue }
                    drafts[o].absorbed = true
                }
            }
            // "is free", "was open": a base form after a copula is an adjective, not an event.
            if d.isVerb, d.rule == "LexiconVerb", d.tokStart > 0 {
                var j = d.tokStart - 1
                while j > 0 && words.copulaAdverbs.contains(toks[j]) { j -= 1 }
                let tags = lexicon.verbReadings(toks[d.tokStart]).first { $0.lemma == d.lemma }?.tags ?? []
                if words.copulas.contains(toks[j]) && !tags.contains("VBN") && !tags.contains("VBD") && !tags.contains("VBG") {
                    drafts[k].absorbed = true
                }
            }
            // "declared a state of emergency", "announced a ceasefire": the declaration is the event it declares.
            if d.isVerb, words.declaringLemmas.contains(d.lemma) || d.type == "statement" && words.declaringStatementLemmas.contains(d.lemma),
                let object = sameSentence.first(where: { drafts[$0].tokStart > d.tokStart && drafts[$0].tokStart <= d.tokEnd + 3 && drafts[$0].salient && !["statement", "broadcast"].contains(drafts[$0].type) })
            {
                drafts[k].absorbed = true
                // The declared event carries the declaring verb's tense and participants.
                drafts[object].tense = d.tense
                for a in d.actors where !drafts[object].actors.contains(where: { $0.id == a.id }) { drafts[object].actors.append(a) }
            }
            // "The election is planned for next year": the subject event is planned, the verb says so.
            if d.isVerb, d.type == "plan", d.tokStart >= 2, words.planCopulas.contains(toks[d.tokStart - 1]),
                let subj = sameSentence.last(where: { drafts[$0].tokEnd <= d.tokStart - 1 && d.tokStart - 1 - drafts[$0].tokEnd <= 3 && drafts[$0].salient })
            {
                drafts[subj].factuality = .planned
                drafts[k].absorbed = true
            }
            // "said in a statement": the noun is the reporting act itself.
            if !d.isVerb, d.type == "statement", d.tokStart >= 2, (max(0, d.tokStart - 4)..<d.tokStart).contains(where: { lexicon.cue(at: $0, in: toks)?.kind == "reporting" }) {
                drafts[k].absorbed = true
            }
            // "a documentary aired by X": the participle describes the noun's event.
            if d.isVerb, d.tokStart > 0, sameSentence.contains(where: { drafts[$0].tokEnd == d.tokStart && !drafts[$0].isVerb && lexicon.family(drafts[$0].type) == lexicon.family(d.type) }) {
                drafts[k].absorbed = true
            }
            if !d.isVerb, d.tokStart > 0, sameSentence.contains(where: { drafts[$0].tokEnd == d.tokStart && !drafts[$0].isVerb && drafts[$0].salient }) {
                drafts[k].absorbed = true
            }
        }
    }
}
