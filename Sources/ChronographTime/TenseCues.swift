/// Cue words for the tense of a sentence (`tense.tsv`): whole words, and `*suffix` entries
/// ("*ed" = PAST) for regular forms. The cue nearest to an expression decides.
struct TenseCues: Sendable {
    private var words: [String: Tense] = [:]
    private var suffixes: [(String, Tense)] = []
    /// Past perfect auxiliaries (one or two words) that turn a following future cue into the past ("had been due
    /// to", "had planned to"); "have been scheduled for" stays future.
    private var backshift: Set<String> = []
    /// Two-word cues ("is to", "set to"): the pair decides where neither word does alone; found at
    /// their second word.
    private var pairs: [String: Tense] = [:]

    init(lines: [String]) {
        for line in lines {
            let cols = line.split(separator: "\t").map(String.init)
            guard cols.count >= 2 else { continue }
            if cols[1] == "BACKSHIFT" { backshift.insert(cols[0]); continue }
            let t: Tense
            switch cols[1] {
            case "PAST": t = .past
            case "FUTURE": t = .future
            case "PRESENT": t = .present
            default: t = .none
            }
            if cols[0].hasPrefix("*") {
                suffixes.append((String(cols[0].dropFirst()), t))
            } else if cols[0].contains(" ") {
                pairs[cols[0]] = t
            } else {
                words[cols[0]] = t
            }
        }
    }

    func cue(_ w: String) -> Tense? {
        if let t = words[w] { return t }
        for (s, t) in suffixes where w.count > s.count + 2 && w.hasSuffix(s) { return t }
        return nil
    }

    /// A past-tense verb right before an expression ("ended Jan. 31", "was shot on Oct. 23"): the
    /// date is one that has passed, whatever the rest of the sentence says.
    /// (Not a participle after a present or future auxiliary, "will be paid Dec. 14", "to be completed", nor
    /// one used as an adjective after a determiner, "the postponed Dec. 14 vote": `notAfter`.)
    func pastRightBefore(_ tokens: [TToken], from: Int, linking: SuffixWordSet, notAfter: [SuffixWordSet]) -> Bool {
        var k = from - 1
        if k >= 0 && linking.contains(tokens[k].lower) { k -= 1 }
        guard k >= 0, !tokens[k].isNumber, cue(tokens[k].lower) == .past else { return false }
        return !(k > 0 && notAfter.contains { $0.contains(tokens[k - 1].lower) })
    }

    func tense(of tokens: [TToken], from: Int, to: Int) -> Tense {
        var best: (Int, Tense)?
        // A window around the expression keeps this linear on run-on "sentences".
        let window = 40
        for k in max(0, from - window)..<min(tokens.count, to + window) where k < from || k >= to {
            let tok = tokens[k]
            let pair = pairs.isEmpty || k == 0 ? nil : pairs[tokens[k - 1].lower + " " + tok.lower]
            guard !tok.isNumber, let t = pair ?? cue(tok.lower), t != .none else { continue }
            // Cues before the expression govern it more often than cues after it.
            let d = k < from ? from - k : 2 * (k - to + 1)
            if best == nil || d < best!.0 { best = (d, t == .future && backshifted(tokens, cue: k) ? .past : t) }
        }
        return best?.1 ?? .none
    }

    /// Whether the one or two words before the cue at `k` are a BACKSHIFT entry.
    private func backshifted(_ tokens: [TToken], cue k: Int) -> Bool {
        guard k > 0 else { return false }
        let one = tokens[k - 1].lower
        if k > 1 && backshift.contains(tokens[k - 2].lower + " " + one) { return true }
        return backshift.contains(one)
    }
}
