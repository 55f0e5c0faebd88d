import ChronographCore

/// Chooses among places of one name ("Valencia", Spain or Venezuela; "Georgia", the country or the US
/// state) by the countries the document mentions; the gazetteer's preferred reading (country before region
/// before city, then the most populous) wins ties. Alternatives come from `gazetteer-alternatives.tsv`.
struct PlaceDisambiguation {
    let lexicon: EventLexicon
    let resources: GenreResources

    /// How often each country code is named by the document's unambiguous places.
    func countryEvidence(_ views: [SentenceView]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for v in views {
            // "Venezuela's parliament": a possessive ending is no part of the name.
            let toks = v.tokens.map { t -> Token in
                var t = t
                for suffix in ["'s", "\u{2019}s"] where t.text.hasSuffix(suffix) && t.text.count > 2 {
                    t.text = String(t.text.dropLast(2))
                    t.lower = String(t.lower.dropLast(2))
                    // Its word id named the word with the ending.
                    t.wordID = -1
                }
                return t
            }
            var i = 0
            while i < toks.count {
                guard toks[i].isCapitalized, let (p, n) = lexicon.place(at: i, in: toks) else { i += 1; continue }
                if resources.alternativePlaces[p.name] == nil, let c = p.country { counts[c, default: 0] += 1 }
                i += n
            }
        }
        return counts
    }

    func apply(views: [SentenceView], drafts: inout [Draft]) {
        guard drafts.contains(where: { $0.location.map { resources.alternativePlaces[$0.name] != nil } ?? false }) else { return }
        let evidence = countryEvidence(views)
        for k in drafts.indices {
            guard let p = drafts[k].location, let alts = resources.alternativePlaces[p.name] else { continue }
            drafts[k].location = choose(p, alts, evidence)
        }
    }

    /// The candidate whose country the document names most; the preferred reading on a tie.
    func choose(_ preferred: Place, _ alternatives: [Place], _ evidence: [String: Int]) -> Place {
        var best = preferred
        var bestScore = evidence[preferred.country ?? ""] ?? 0
        for a in alternatives {
            let score = evidence[a.country ?? ""] ?? 0
            if score > bestScore { best = a; bestScore = score }
        }
        return best
    }
}
