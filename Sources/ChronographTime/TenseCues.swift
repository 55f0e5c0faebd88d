import ChronographCore

/// Cue words for the tense of a sentence (`tense.tsv`): whole words, and `*suffix` entries
/// ("*ed" = PAST) for regular forms. The cue nearest to an expression decides. (The words are in
/// ``WordMap``s and ``WordSet``s: every token near an expression is asked, and their hash is
/// cheaper than `String`'s.)
struct TenseCues: Sendable {
    private var words = WordMap<Tense>()
    private var suffixes: [(String, Tense)] = []
    /// Past perfect auxiliaries (one or two words) that turn a following future cue into the past ("had been due
    /// to", "had planned to"); "have been scheduled for" stays future.
    private var backshift = WordSet()
    /// Two-word cues ("is to", "set to"): the pair decides where neither word does alone; found at
    /// their second word.
    private var pairs = WordMap<Tense>()
    /// The second words of `pairs`, asked first so that most tokens cost no string joining.
    private var pairEnds = WordSet()
    /// Future cues that are past-tense verbs: after the expression, with no auxiliary before them, they tell when
    /// something was planned, not for when ("On Friday, the government planned to pay the claims"): a third
    /// column `PAST`.
    private var pastAfter = WordSet()
    /// Auxiliaries (a third column `AUX`): before a future cue they leave the tense to it.
    private var auxiliaries = WordSet()
    /// Future auxiliaries (a third column `FORE`) that make a past-tense cue right after them a future one ("будет
    /// запущен 8 апреля": a participle of a completed action, in the future).
    private var foreshift = WordSet()

    /// The tense of each verb form of an inflected language (`verb-tense.tsv`, generated from a
    /// dictionary: "заявил" PAST, "состоится" FUTURE, "проходит" PRESENT); asked after the written cues.
    private var verbForms: KeyedLines?

    init(lines: [String], verbForms: KeyedLines? = nil) {
        if let v = verbForms, v.count > 0 { self.verbForms = v }
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
            if cols.count >= 3 && cols[2] == "PAST" { pastAfter.insert(cols[0]) }
            if cols.count >= 3 && cols[2] == "AUX" { auxiliaries.insert(cols[0]) }
            if cols.count >= 3 && cols[2] == "FORE" { foreshift.insert(cols[0]) }
            if cols[0].hasPrefix("*") {
                suffixes.append((String(cols[0].dropFirst()), t))
            } else if cols[0].contains(" ") {
                pairs[cols[0]] = t
                pairEnds.insert(String(cols[0].split(separator: " ").last!))
            } else {
                words[cols[0]] = t
            }
        }
    }

    func cue(_ w: String) -> Tense? {
        if let t = words[w] { return t }
        if let v = verbForms, let e = v.firstEntry(forKey: w) {
            // The second field, read by its first two bytes: PAST, PRESENT, FUTURE.
            let f = v.fieldRanges(e)
            guard f.count > 1, f[1].count >= 2 else { return Tense.none }
            let a = v.bytes[f[1].lowerBound], b = v.bytes[f[1].lowerBound + 1]
            if a == UInt8(ascii: "F") { return .future }
            if a == UInt8(ascii: "P") { return b == UInt8(ascii: "A") ? .past : .present }
            return Tense.none
        }
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
        return !(k > 0 && (notAfter.contains { $0.contains(tokens[k - 1].lower) } || foreshift.contains(tokens[k - 1].lower)))
    }

    /// Whether a past-tense verb governs the expression: walking back through its clause, a past-tense
    /// cue ("Since KKR bought RJR in February") comes before any word that looks ahead ("agreed to acquire
    /// the bank in January", "loans through January") or a present or future cue ("when the case is heard
    /// in May"); an expression that opens its sentence takes the first cue after it ("In January, the
    /// company brought in a new chief"). Participles after a present auxiliary are no past, nor are
    /// adjectives after a determiner ("on a still unspecified date in January").
    func pastGoverns(_ tokens: [TToken], from: Int, to: Int, lists: WordLists) -> Bool {
        func verdict(_ k: Int) -> Tense? {
            let w = tokens[k].lower
            if lists.lookAhead.contains(w) { return .future }
            guard !tokens[k].isNumber, let c = cue(w), c != .none else { return nil }
            if c == .past && k > 0 && lists.presentAux.contains(tokens[k - 1].lower) { return .present }
            if c == .past && k > 0 && foreshift.contains(tokens[k - 1].lower) { return .future }
            if c == .past && (max(0, k - 2)..<k).contains(where: { lists.determiner.contains(tokens[$0].lower) }) { return nil }
            return c
        }
        var k = from - 1
        while k >= 0 && k >= from - 12 {
            if lists.clauseEdge.contains(tokens[k].lower) { return false }
            if let t = verdict(k) { return t == .past }
            k -= 1
        }
        // Only the sentence's opening phrase looks after itself.
        guard k < 0 else { return false }
        var j = to
        if j < tokens.count && lists.clauseEdge.contains(tokens[j].lower) { j += 1 }
        while j < tokens.count && j < to + 12 {
            if lists.clauseEdge.contains(tokens[j].lower) { return false }
            if let t = verdict(j) { return t == .past }
            j += 1
        }
        return false
    }

    func tense(of tokens: [TToken], from: Int, to: Int) -> Tense {
        var best: (Int, Tense)?
        // A window around the expression keeps this linear on run-on "sentences".
        let window = 40
        for k in max(0, from - window)..<min(tokens.count, to + window) where k < from || k >= to {
            let tok = tokens[k]
            let pair = k == 0 || !pairEnds.contains(tok.lower) ? nil : pairs[tokens[k - 1].lower + " " + tok.lower]
            guard !tok.isNumber, var t = pair ?? cue(tok.lower), t != .none else { continue }
            // An auxiliary in the past before a future cue leaves the tense to it ("were planning to drive on
            // Monday", "was expected Friday"); a past perfect does not ("had planned to": BACKSHIFT).
            if t == .past, pair == nil, k + 1 < tokens.count, k + 1 < from || k + 1 >= to, auxiliaries.contains(tok.lower),
                cue(tokens[k + 1].lower) == .future
            {
                continue
            }
            if t == .future, k >= to, pastAfter.contains(tok.lower), k == 0 || cue(tokens[k - 1].lower) == nil { t = .past }
            if t == .past, pair == nil, k > 0, foreshift.contains(tokens[k - 1].lower) { t = .future }
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
