import ChronographCore

/// Tense and voice of verb triggers, read off the auxiliaries before them.
extension EventExtractor {
    /// Tense and voice from the auxiliaries before a verb trigger (adverbs between skipped: the
    /// `tense.adverb` list and the tokens in `adverbs`, those the tagger calls adverbs); the
    /// auxiliaries of each tense are the `tense.*` lists of `rule-words.tsv`.
    func tense(_ d: Draft, _ toks: [Token], adverbs: Set<Int> = []) -> (String, Bool) {
        guard d.isVerb else { return ("none", false) }
        let w = lexicon.rules
        // A phrase ("opened fire", "took to the streets") is inflected in its first word, whatever its lemma.
        let readings = lexicon.verbReadings(toks[d.tokStart])
        let tags = readings.first { $0.lemma == d.lemma }?.tags ?? (d.lemma.contains(" ") ? readings.first?.tags : nil) ?? []
        let participle = tags.contains("VBN") || tags.contains("VBD")
        /// The first token at or before `i` that is no adverb.
        func skippingAdverbs(_ i: Int) -> Int {
            var k = i
            while k >= 0 && (w.tenseAdverbs.contains(toks[k]) || adverbs.contains(k)) { k -= 1 }
            return k
        }
        let k = skippingAdverbs(d.tokStart - 1)
        let aux = k >= 0 ? toks[k].lower : ""
        // The auxiliary before that one, adverbs between skipped too ("shall subsequently be withdrawn").
        let k2 = k >= 0 ? skippingAdverbs(k - 1) : -1
        let aux2 = k2 >= 0 ? toks[k2].lower : ""
        if w.pastPerfect.contains(aux) { return ("past_perfect", false) }
        if w.presentPerfect.contains(aux) { return ("present_perfect", false) }
        if w.future.contains(aux) { return ("future", false) }
        if w.past.contains(aux) { return ("past", participle) }
        if w.present.contains(aux) { return ("present", participle) }
        if w.perfectParticiple.contains(aux) {
            if w.pastPerfect.contains(aux2) { return ("past_perfect", true) }
            if w.presentPerfect.contains(aux2) { return ("present_perfect", true) }
            return ("none", true)
        }
        if w.bareBe.contains(aux) { return (w.future.contains(aux2) ? "future" : "none", participle) }
        // "could not stop", "would produce": a modal's verb has no tense of its own.
        if w.infinitive.contains(aux) || w.modals.contains(aux) { return ("none", false) }
        if w.doPast.contains(aux) { return ("past", false) }
        if w.doPresent.contains(aux) { return ("present", false) }
        if tags.contains("VBD") && !(tags.contains("VBN") && k >= 0 && toks[k].kind == .word && lexicon.verbReadings(aux).isEmpty && !toks[k].isCapitalized && lexicon.actorWords[aux] == nil) {
            return ("past", false)
        }
        if tags.contains("VBN") { return ("past", true) }
        // "helped end the war": a bare infinitive after a verb takes the tense of that verb, not the present.
        if tags.contains("VBP") && !tags.contains("VBZ"), k >= 0, toks[k].kind == .word, !toks[k].isCapitalized,
            lexicon.verbReadings(aux).contains(where: { $0.tags.contains("VBD") || $0.tags.contains("VBZ") }), lexicon.forms[aux]?.contains(where: { $0.tags.contains("NN") || $0.tags.contains("NNS") }) != true
        {
            return ("none", false)
        }
        if tags.contains("VBZ") || tags.contains("VBP") { return ("present", false) }
        return ("none", false)
    }
}
