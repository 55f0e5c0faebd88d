import ChronographCore

/// "the detained leaders", "all detained demonstrators", "the injured officers": a participle between a
/// determiner and a noun names people by an event the document reports elsewhere; it is a reference to
/// that event, not another one. Such a mention is dropped when the document has another mention of its type.
enum AttributiveParticiples {
    static func apply(views: [SentenceView], drafts: inout [Draft], lexicon: EventLexicon) {
        // Mentions per type, counted once (documents can have tens of thousands of drafts).
        var perType: [String: Int] = [:]
        for d in drafts where d.salient && !d.absorbed { perType[d.type, default: 0] += 1 }
        for k in drafts.indices where drafts[k].isVerb && drafts[k].salient && !drafts[k].absorbed && drafts[k].tokEnd - drafts[k].tokStart == 1 {
            let toks = views[drafts[k].sentence].tokens
            let i = drafts[k].tokStart
            guard i > 0, i + 1 < toks.count, lexicon.rules.participleDeterminers.contains(toks[i - 1]) else { continue }
            // The word list may give a regular participle as VBD only ("detained").
            let tags = lexicon.verbReadings(toks[i]).filter { $0.lemma == drafts[k].lemma }.reduce(into: Set<String>()) { $0.formUnion($1.tags) }
            guard tags.contains("VBN") || tags.contains("VBD"), toks[i + 1].kind == .word, !toks[i + 1].isCapitalized,
                lexicon.verbReadings(toks[i + 1]).allSatisfy({ $0.tags.contains("NN") || $0.tags.contains("NNS") }),
                !lexicon.rules.participleNotBefore.contains(toks[i + 1])
            else { continue }
            if perType[drafts[k].type, default: 0] > 1 {
                drafts[k].absorbed = true
                perType[drafts[k].type, default: 0] -= 1
            }
        }
    }
}
