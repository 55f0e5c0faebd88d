import ChronographCore

/// Which events the extractor reports.
public enum TriggerMode: String, Sendable {
    /// The timeline's events: every event found, those of no salient type of the taxonomy marked
    /// minor (kept in the graph's data, left off the timeline image and the brief); events absorbed
    /// into others (a phase's description, a plan's noun) are not reported on their own.
    case salient
    /// Every TimeML-style event (verbs and eventive nouns), for TimeML export and evaluation.
    case timeml
}

/// Finds event triggers among a sentence's tokens: lexicon phrases, inflected lexicon
/// verbs and nouns, and (in TimeML mode) any other verb or deverbal noun.
struct TriggerDetector {
    let lexicon: EventLexicon
    let mode: TriggerMode

    /// The `trigger.*` lists of `rule-words.tsv`: auxiliary and light-verb lemmas TimeML does not mark as
    /// events, words that make the next word a noun (`noun-opener`), event-noun and adjective suffixes, and
    /// the words before a verb that keep it a verb (`verb-opener`).
    /// (Stored: read through the lexicon for every token, the getter copied the whole lexicon.)
    private let words: RuleWords
    /// Suffix look-alikes that name things, not happenings ("government", "station"): words that end like
    /// an event noun but are none, from `suffix-lookalikes.txt`; a word ending in one of them is no event.
    var suffixLookAlikes: [String] = []

    init(lexicon: EventLexicon, mode: TriggerMode, suffixLookAlikes: [String] = []) {
        self.lexicon = lexicon
        self.mode = mode
        self.words = lexicon.rules
        self.suffixLookAlikes = suffixLookAlikes
    }

    /// The lexicon facts of a sentence's tokens (by their word ids: ``EventLexicon/facts(_:)-(Token)``).
    struct ReadingMemo {
        init(count: Int) {}
        func facts(_ i: Int, _ toks: [Token], _ lexicon: EventLexicon) -> WordFacts {
            lexicon.facts(toks[i])
        }
        mutating func verbReadings(_ i: Int, _ toks: [Token], _ lexicon: EventLexicon) -> [(lemma: String, tags: Set<String>)] {
            facts(i, toks, lexicon).verbReadings
        }
    }

    /// The triggers of one sentence (the lexicon remembers what it looks up per process:
    /// ``EventLexicon/facts(_:)``).
    func detect(_ view: SentenceView) -> [Draft] {
        let toks = view.tokens
        var memo = ReadingMemo(count: toks.count)
        var out: [Draft] = []
        var i = 0
        while i < toks.count {
            let t = toks[i]
            guard t.kind == .word else { i += 1; continue }
            if let (entry, len) = phrase(at: i, toks, memo.facts(i, toks, lexicon).phrases) {
                let resolved = resolve(entry, after: i + len, toks, start: i)
                // "step down", "pull out": phrasal verbs; "state of emergency": nouns.
                // (verbReadings has only readings with a VB* tag.)
                let verbal = !memo.verbReadings(i, toks, lexicon).isEmpty
                    && !memo.facts(i, toks, lexicon).isNounTrigger && !looksNominal(i, toks, &memo)
                out.append(make(view, i, i + len, lemma: entry.form, isVerb: verbal, entry: resolved, rule: "LexiconPhrase"))
                i += len
                continue
            }
            if let d = single(view, i, &memo) { out.append(d) }
            i += 1
        }
        return out
    }

    /// The phrase trigger that starts at token `i`; `candidates` are the phrases that start
    /// with its word.
    private func phrase(at i: Int, _ toks: [Token], _ candidates: [(words: [String], entry: TriggerEntry)]?) -> (TriggerEntry, Int)? {
        guard let cands = candidates else { return nil }
        for c in cands where i + c.words.count <= toks.count {
            var ok = true
            for (k, w) in c.words.enumerated() {
                let tl = toks[i + k].lower
                if tl != w && !(k == c.words.count - 1 && lexicon.nounLemmas(tl).contains(w)) { ok = false; break }
            }
            if ok { return (c.entry, c.words.count) }
        }
        return nil
    }

    /// A lemma can have several entries told apart by their object words ("withdraw troops" is a
    /// withdrawal, "withdraw the bill" legislation): the first entry whose constraint holds, else the first.
    private func resolve(_ entries: [TriggerEntry], after j: Int, _ toks: [Token], start: Int) -> TriggerEntry {
        for e in entries where e.type != "other" {
            let r = resolve(e, after: j, toks, start: start)
            if r.type == e.type { return r }
        }
        return resolve(entries[0], after: j, toks, start: start)
    }

    /// Words after which what follows is no longer the verb's direct object.
    static let objectEnds: Set<String> = ["on", "at", "in", "into", "from", "with", "to", "upon", "toward", "towards", "across", "over", "by", "for", "after", ".", ",", ";"]

    /// Applies an entry's object constraint: without the object word the trigger is type `other`.
    private func resolve(_ e: TriggerEntry, after j: Int, _ toks: [Token], start: Int? = nil) -> TriggerEntry {
        if let not = e.notAfter, let s = start, s > 0, not.contains(toks[s - 1].lower) {
            var o = e
            o.type = "other"
            return o
        }
        guard let obj = e.objectWords else { return e }
        var k = j
        // `@person`, `@office`: a noun of the class before any preposition ("fired the CEO", not "fired tear gas at
        // protesters"; "named a new leader").
        var classes = obj.filter { $0.hasPrefix("@") }.sorted()
        while k < min(toks.count, j + 6) {
            let w = toks[k].lower
            if obj.contains(w) { return e }
            if Self.objectEnds.contains(w) { classes = [] }
            if classes.contains(where: { lexicon.noun(w, isIn: $0) }) { return e }
            k += 1
        }
        var o = e
        o.type = "other"
        return o
    }

    /// Whether the context makes a word a noun ("the rallies", "of arson") rather than a verb.
    private func looksNominal(_ i: Int, _ toks: [Token], _ memo: inout ReadingMemo) -> Bool {
        guard i > 0 else { return true }
        let prev = toks[i - 1].lower
        if words.triggerVerbOpeners.contains(toks[i - 1]) { return false }
        if words.triggerNounOpeners.contains(toks[i - 1]) || prev.hasSuffix("'s") || prev == "and" && i > 1 && words.triggerNounOpeners.contains(toks[i - 2]) { return true }
        if toks[i - 1].kind == .word && memo.verbReadings(i - 1, toks, lexicon).isEmpty && !toks[i - 1].isCapitalized { return true }
        return false
    }

    private func single(_ view: SentenceView, _ i: Int, _ memo: inout ReadingMemo) -> Draft? {
        let toks = view.tokens
        let t = toks[i]
        let lower = t.lower
        let facts = memo.facts(i, toks, lexicon)
        let readings = facts.verbReadings
        let nominal = looksNominal(i, toks, &memo)
        // Capitalized mid-sentence words are names ("Air Force", "March"), not triggers.
        if t.isCapitalized && i > 0 && ![":", "\"", "\u{201C}", "-", "("].contains(toks[i - 1].text) && mode == .salient { return nil }
        // Lexicon verbs through their inflections.
        // (Most words are neither: the hits, entries with strings and sets, are copied only when there are some.)
        var verbHit: (String, TriggerEntry)?
        var nounHit: (String, TriggerEntry)?
        if facts.verbHit != nil || facts.nounHit != nil {
            verbHit = facts.verbHit.map { ($0.lemma, $0.entry) }
            nounHit = facts.nounHit.map { ($0.lemma, $0.entry) }
            // Homographs listed as non-events are no events unless the taxonomy gives them a type.
            if facts.isNonEvent {
                if verbHit?.1.type == "other" { verbHit = nil }
                if nounHit?.1.type == "other" { nounHit = nil }
            }
        }
        if let v = verbHit, nounHit == nil || !nominal {
            if lower.hasSuffix("ing") && nominal && nounHit == nil && mode == .salient && v.1.type == "other" { return nil }
            let e = resolve(lexicon.verbTriggers[v.0] ?? [v.1], after: i + 1, toks, start: i)
            return make(view, i, i + 1, lemma: v.0, isVerb: true, entry: e, rule: "LexiconVerb")
        }
        // Capitalized mid-sentence words are names ("March", "Air Force"), not triggers.
        if t.isCapitalized && i > 0 && ![":", "\"", "\u{201C}", "-", "("].contains(toks[i - 1].text) { return nil }
        // A noun trigger read as an infinitive or after a modal ("the deadliest earthquake to strike the country",
        // "could strike") is the verb, which the lexicon does not type: an event of no salient type, if any.
        if nounHit != nil, i > 0, words.infinitive.contains(toks[i - 1]) || words.future.contains(toks[i - 1]) || words.modals.contains(toks[i - 1]),
            readings.contains(where: { $0.tags.contains("VB") })
        {
            nounHit = nil
        }
        if let n = nounHit {
            // A capitalized noun inside a name ("Security Committee") is no event.
            if t.isCapitalized && i > 0 && !view.tokens[i - 1].lower.hasSuffix(".") && toks[i - 1].isCapitalized { return nil }
            let e = resolve(lexicon.nounTriggers[n.0] ?? [n.1], after: i + 1, toks, start: i)
            return make(view, i, i + 1, lemma: n.0, isVerb: false, entry: e, rule: "LexiconNoun")
        }
        // Every other verb and event noun too, in both modes (the timeline marks those of no salient type minor).
        guard t.kind == .word, !t.isCapitalized || i == 0, !facts.isNonEvent else { return nil }
        if i + 1 < toks.count && lower == "going" && toks[i + 1].lower == "to" { return nil }
        // Nouns with an event suffix ("acquisition", "departure", "approval") after a determiner or adjective.
        if readings.isEmpty || nominal && !readings.contains(where: { $0.tags.contains("VBD") || $0.tags.contains("VBZ") }) {
            if nominal && i > 0 && words.triggerEventSuffixes.contains(where: { lower.hasSuffix($0) && lower.count > $0.count + 3 }) && !suffixLookAlikes.contains(where: { lower.hasSuffix($0) }) {
                let e = TriggerEntry(form: lower, pos: .noun, type: "other", eventClass: .occurrence, objectWords: nil)
                return make(view, i, i + 1, lemma: lower, isVerb: false, entry: e, rule: "EventNounSuffix")
            }
        }
        // Any other verb form, or a deverbal noun after a determiner.
        guard let r = readings.first, !words.triggerAuxiliaryLemmas.contains(r.lemma) else { return nil }
        let verbTags = r.tags.filter { $0.hasPrefix("VB") }
        let isNoun = r.tags.contains("NN") || r.tags.contains("NNS")
        // A noun spelled like a verb ("the source", "a volley") is rarely an event on its own:
        // eventive ones are in the trigger lexicon (measured on TimeBank: 89 right, 602 wrong).
        if nominal && isNoun { return nil }
        guard !verbTags.isEmpty, !nominal || verbTags.contains("VBD") || verbTags.contains("VBN") || verbTags.contains("VBZ") else { return nil }
        if lower.count < 2 { return nil }
        // Noun/verb homographs ("talks", "cut", "control"): after a preposition, a number or an
        // adjective they are nouns; a finite verb needs a subject-like word before it.
        if isNoun && !verbTags.contains("VBD") && !verbTags.contains("VBN") && i > 0 {
            let prev = toks[i - 1]
            if words.triggerPrepositions.contains(prev) && !(prev.lower == "to" && verbTags.contains("VB")) { return nil }
            if prev.kind == .number || words.triggerAdjectiveSuffixes.contains(where: { prev.lower.hasSuffix($0) && prev.lower.count > $0.count + 2 }) && memo.verbReadings(i - 1, toks, lexicon).isEmpty { return nil }
        }
        // After a determiner or adjective, a plural or base form is a noun, not a verb ("the shares").
        if nominal && i > 0 && (words.triggerNounOpeners.contains(toks[i - 1]) || toks[i - 1].kind == .number) && !verbTags.contains("VBN") && !verbTags.contains("VBD") { return nil }
        let e = TriggerEntry(form: r.lemma, pos: .verb, type: "other", eventClass: .occurrence, objectWords: nil)
        return make(view, i, i + 1, lemma: r.lemma, isVerb: true, entry: e, rule: "AnyVerb")
    }

    private func make(_ view: SentenceView, _ a: Int, _ b: Int, lemma: String, isVerb: Bool, entry: TriggerEntry, rule: String) -> Draft {
        let toks = view.tokens
        let text = ScalarJoin.join(toks[a..<b])
        return Draft(
            sentence: view.index, tokStart: a, tokEnd: b, start: toks[a].start, end: toks[b - 1].end, text: text,
            lemma: lemma, isVerb: isVerb, type: entry.type, eventClass: entry.eventClass,
            salient: lexicon.isSalient(entry.type), rule: rule)
    }
}
