import ChronographCore

/// Cuts a sentence into clauses: the stretch of tokens a time expression can date.
///
/// No parser: a clause ends at punctuation (except commas inside numbers and dates, and around an
/// age), before a subordinator or relative pronoun, after a reporting verb ("police said | the man
/// fled"), before an infinitive complement ("hopes | to complete it next year") and before a
/// coordinator that joins a new finite clause ("... on Tuesday | and cargo was unloaded").
struct ClauseSegmenter {
    let lexicon: EventLexicon
    let words: ClauseWords

    /// The clause number of every token (punctuation belongs to the clause it ends).
    /// - Parameter infinitives: whether "to" + verb starts a clause ("hopes | to complete it next
    ///   year"); a past date after a purpose clause still dates the main verb ("voted to support
    ///   the republic Friday").
    func clauses(_ toks: [Token], inTimex: [Bool], infinitives: Bool = true) -> [Int] {
        var out = [Int](repeating: 0, count: toks.count)
        var clause = 0
        var breakBefore: Int?
        for i in toks.indices {
            if breakBefore == i || (!inTimex[i] && i > 0 && startsClause(i, toks, infinitives: infinitives)) {
                if out[i - 1] == clause { clause += 1 }
                breakBefore = nil
            }
            out[i] = clause
            guard !inTimex[i] else { continue }
            let l = toks[i].lower
            if words.punctuation.contains(l) {
                let numberComma = l == "," && i > 0 && i + 1 < toks.count && toks[i - 1].kind == .number && toks[i + 1].kind == .number
                // "found Adam Kowal, 32, guilty on November 2": the commas around a person's age end no clause.
                func age(_ k: Int) -> Bool {
                    k >= 2 && k + 1 < toks.count && toks[k - 1].lower == "," && toks[k + 1].lower == "," && !inTimex[k]
                        && toks[k - 2].kind == .word && toks[k - 2].isCapitalized && (Int(toks[k].text).map { (1...120).contains($0) } ?? false)
                }
                let ageComma = l == "," && (age(i + 1) || age(i - 1))
                if !numberComma && !ageComma { breakBefore = i + 1 }
            } else if toks[i].kind == .word, lexicon.cue(at: i, in: toks)?.kind == "reporting" {
                // The complement of a reporting verb is a clause of its own, after any date of the
                // report itself ("said Thursday | the troops will stay").
                var j = i + 1
                // "announced on Monday to offer ...": the date of the report, with its preposition.
                if j + 1 < toks.count && words.prepositions.contains(toks[j]) && inTimex[j + 1] { j += 1 }
                while j < toks.count && inTimex[j] { j += 1 }
                // "told a news conference on Tuesday that ...": the complement starts at "that".
                let that = (j..<min(toks.count, j + 8)).first { k in
                    words.boundaries.contains(toks[k]) || words.punctuation.contains(toks[k]) || !lexicon.verbReadings(toks[k]).filter({ $0.tags.contains("VBD") || $0.tags.contains("VBZ") }).isEmpty
                }
                if let k = that, words.relatives.contains(toks[k]) || toks[k].lower == "that" { continue }
                breakBefore = j
            }
        }
        return out
    }

    private func startsClause(_ i: Int, _ toks: [Token], infinitives: Bool) -> Bool {
        let l = toks[i].lower
        if words.boundaries.contains(toks[i]) {
            // "That 1978 resolution": a sentence-initial "that" is a determiner.
            return !(l == "that" && i == 0)
        }
        if words.infinitive.contains(toks[i]), i + 1 < toks.count {
            guard infinitives else { return false }
            // "began to fall apart in mid-1996": an aspectual verb and its complement are one event.
            let aspectual = i > 0 && lexicon.verbReadings(toks[i - 1]).contains { r in
                lexicon.verbTriggers[r.lemma]?.contains { $0.eventClass == .aspectual } == true
            }
            return !aspectual && lexicon.verbReadings(toks[i + 1]).contains { $0.tags.contains("VB") }
        }
        if words.coordinators.contains(toks[i]), i + 1 < toks.count {
            return finiteClauseFollows(i + 1, toks)
        }
        return false
    }

    /// A finite verb within the next three words ("and | cargo was unloaded", "but | talks failed").
    private func finiteClauseFollows(_ j: Int, _ toks: [Token]) -> Bool {
        for k in j..<min(toks.count, j + 4) {
            if words.punctuation.contains(toks[k]) { return false }
            let r = lexicon.verbReadings(toks[k])
            if r.contains(where: { $0.tags.contains("VBD") || $0.tags.contains("VBZ") || $0.tags.contains("VBP") || $0.tags.contains("MD") })
                || words.auxiliaries.contains(toks[k])
            {
                return k > j || !r.contains { $0.tags.contains("NN") || $0.tags.contains("NNS") }
            }
        }
        return false
    }
}
