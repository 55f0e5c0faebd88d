import ChronographCore

/// Tense and voice of verb triggers, read off the auxiliaries before them.
extension EventExtractor {
    static let adverbs: WordSet = ["previously", "also", "not", "n't", "already", "recently", "reportedly", "allegedly", "later", "earlier", "then", "never", "just", "since", "first"]

    /// Tense and voice from the auxiliaries before a verb trigger.
    func tense(_ d: Draft, _ toks: [Token]) -> (String, Bool) {
        guard d.isVerb else { return ("none", false) }
        let tags = lexicon.verbReadings(toks[d.tokStart].lower).first { $0.lemma == d.lemma }?.tags ?? []
        let participle = tags.contains("VBN") || tags.contains("VBD")
        var k = d.tokStart - 1
        while k >= 0 && Self.adverbs.contains(toks[k].lower) { k -= 1 }
        let aux = k >= 0 ? toks[k].lower : ""
        let aux2 = k >= 1 ? toks[k - 1].lower : ""
        switch aux {
        case "had": return ("past_perfect", false)
        case "has", "have": return ("present_perfect", false)
        case "will", "shall": return ("future", false)
        case "was", "were": return ("past", participle)
        case "is", "are", "am": return ("present", participle)
        case "been":
            if aux2 == "had" { return ("past_perfect", true) }
            if aux2 == "has" || aux2 == "have" { return ("present_perfect", true) }
            return ("none", true)
        case "be":
            return (aux2 == "will" ? "future" : "none", participle)
        case "to": return ("none", false)
        // "could not stop", "would produce": a modal's verb has no tense of its own.
        case "could", "would", "should", "might", "may", "can", "must": return ("none", false)
        case "did": return ("past", false)
        case "do", "does": return ("present", false)
        default:
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
}
