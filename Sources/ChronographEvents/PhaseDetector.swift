import ChronographCore

/// Finds the ordered parts of a larger event: "three waves of events - first X, then Y,
/// and then, in the third wave, Z". Each part becomes a phase mention (`phase_of` the episode)
/// and the sequence words order them.
struct PhaseDetector {
    let lexicon: EventLexicon
    /// The `phase.*` lists of `rule-words.tsv`: ordinal words, and the words trimmed from a phase's segment
    /// and description.
    /// (Stored, not read through the lexicon per use: that getter copied the whole lexicon.)
    private let words: RuleWords

    init(lexicon: EventLexicon) {
        self.lexicon = lexicon
        words = lexicon.rules
    }

    /// Returns the phase drafts created (indices into `drafts`), in order.
    func detect(_ view: SentenceView, text: ScalarText, drafts: inout [Draft]) -> [Int] {
        let toks = view.tokens
        guard let p = toks.indices.first(where: { lexicon.cue(at: $0, in: toks)?.kind == "phase" }) else { return [] }
        let phaseNoun = toks[p].lower
        // Segment starts: sequence words after the phase noun.
        var starts: [Int] = []
        var k = p + 1
        while k < toks.count {
            if lexicon.cue(at: k, in: toks)?.kind == "sequence" {
                // "and then, in the third wave": one segment boundary, not two.
                if let last = starts.last, k - last <= 5, !drafts.contains(where: { $0.sentence == view.index && $0.tokStart > last && $0.tokStart < k }) {
                    k += 1
                    continue
                }
                starts.append(k)
            }
            k += 1
        }
        guard starts.count >= 2 else { return [] }
        // The episode: the nearest salient trigger of the sentence before the phase noun.
        let parent = drafts.indices.last { drafts[$0].sentence == view.index && drafts[$0].tokStart < p && drafts[$0].salient && !drafts[$0].factuality.isUnrealized && lexicon.family(drafts[$0].type) == "unrest" }
            ?? drafts.indices.first { drafts[$0].sentence < view.index && drafts[$0].salient && lexicon.family(drafts[$0].type) == "unrest" && !drafts[$0].factuality.isUnrealized }
        var made: [Int] = []
        for (n, s) in starts.enumerated() {
            let e = n + 1 < starts.count ? starts[n + 1] : toks.count
            var segEnd = e
            while segEnd > s && words.phaseSegmentTrim.contains(toks[segEnd - 1]) { segEnd -= 1 }
            let inside = drafts.indices.filter { drafts[$0].sentence == view.index && drafts[$0].tokStart >= s && drafts[$0].tokStart < segEnd }
            let head = inside.first { drafts[$0].salient }
            // The phase is of the kind its description names at its most intense ("the protest turn in a
            // radical direction with pogroms and arson" is the riot phase), on the taxonomy's CAMEO scale;
            // what the description denies ("rallies without violent clashes") does not count.
            let strongest = inside.filter { k in
                drafts[k].salient && !(max(s, drafts[k].tokStart - 3)..<drafts[k].tokStart).contains { words.withoutWords.contains(toks[$0]) }
            }.max { lexicon.intensity(drafts[$0].type) < lexicon.intensity(drafts[$1].type) }
            let index = n + 1
            // Words describing the phase: the segment without its sequence words and phase noun.
            var w = s
            while w < segEnd && (lexicon.cue(at: w, in: toks)?.kind == "sequence" || words.phaseLeadWords.contains(toks[w]) || [phaseNoun, String(phaseNoun.dropLast())].contains(toks[w].lower) || words.phaseOrdinals[toks[w].lower] != nil) { w += 1 }
            var desc = Array(toks[w..<segEnd])
            if head == nil, let dash = desc.lastIndex(where: { ["-", "\u{2013}", "\u{2014}", ":"].contains($0.text) }) { desc = Array(desc[(dash + 1)...]) }
            if let h = head, let hk = desc.firstIndex(where: { $0.start >= drafts[h].start }) {
                var from = hk
                while from > 0 && desc[from - 1].kind == .word && !words.phaseDescriptionStop.contains(desc[from - 1]) && lexicon.cue(at: 0, in: [desc[from - 1]]) == nil { from -= 1 }
                desc = Array(desc[from...])
            }
            var described = Array(desc.prefix(10))
            while let l = described.last, self.words.phaseDescriptionTrim.contains(l.lower) { described.removeLast() }
            let description = ScalarJoin.join(described)
            let singular = phaseNoun.hasSuffix("s") ? String(phaseNoun.dropLast()) : phaseNoun
            // Renderers number phases themselves ("Phase 2: ..."); the label says what happened in it.
            let phaseLabel = description.isEmpty
                ? "\(singular.prefix(1).uppercased())\(singular.dropFirst()) \(index)"
                : description.prefix(1).uppercased() + description.dropFirst()
            var d: Int
            if let h = head {
                d = h
            } else {
                let a = s
                var b = a + 1
                if let pn = (s..<segEnd).first(where: { toks[$0].lower == phaseNoun || toks[$0].lower + "s" == phaseNoun }) { b = pn + 1 }
                let first = toks[a]
                let last = toks[b - 1]
                drafts.append(Draft(
                    sentence: view.index, tokStart: a, tokEnd: b, start: first.start, end: last.end, text: text.slice(first.start, last.end),
                    lemma: singular, isVerb: false, type: parent.map { drafts[$0].type } ?? "other", eventClass: .occurrence, salient: true,
                    factuality: .asserted, rule: "PhaseWithoutTrigger"))
                d = drafts.count - 1
            }
            if let k = strongest, lexicon.intensity(drafts[k].type) > lexicon.intensity(drafts[d].type) {
                drafts[d].type = drafts[k].type
                drafts[d].eventClass = drafts[k].eventClass
            }
            drafts[d].parent = parent
            drafts[d].phaseIndex = index
            drafts[d].phaseLabel = phaseLabel
            drafts[d].rule = drafts[d].rule + "+PhaseList"
            // Other triggers of the segment describe the phase.
            for o in inside where o != d { drafts[o].absorbed = true }
            made.append(d)
        }
        return made
    }
}
