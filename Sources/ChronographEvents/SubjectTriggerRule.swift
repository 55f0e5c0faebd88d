import ChronographCore

/// "Protesters returned on Wednesday", "troops arrived": verbs that are events of a type only with a
/// certain subject (`subject-triggers.tsv`). The verb's draft (type `other`) takes the type.
struct SubjectTriggerRule {
    let lexicon: EventLexicon
    let resources: GenreResources

    /// Words that may stand between a subject and its verb: auxiliaries, adverbs, a coordinated noun.
    private static let between: Set<String> = [
        "had", "have", "has", "were", "was", "are", "is", "been", "also", "then", "later", "again", "already",
        "finally", "eventually", "reportedly", "and", "began", "started", "continued", "to",
    ]
    /// Words that end the subject's clause.
    private static let boundary: Set<String> = [",", ".", ";", ":", "that", "who", "which", "when", "after", "before", "as", "while", "\""]

    func apply(views: [SentenceView], drafts: inout [Draft]) {
        guard !resources.subjectTriggers.isEmpty else { return }
        for k in drafts.indices where drafts[k].isVerb && drafts[k].type == "other" && !drafts[k].absorbed {
            guard let entries = resources.subjectTriggers[drafts[k].lemma] else { continue }
            let toks = views[drafts[k].sentence].tokens
            guard let entry = entries.first(where: { hasSubject(toks, before: drafts[k].tokStart, in: $0.subjects) }) else { continue }
            drafts[k].type = entry.type
            drafts[k].eventClass = entry.eventClass
            drafts[k].salient = lexicon.isSalient(entry.type)
            drafts[k].rule = "SubjectTrigger"
        }
    }

    /// Whether one of `subjects` stands right before the verb (within five words, in its clause, with no
    /// other verb between: "police told protesters to return" is no protest by the police).
    private func hasSubject(_ toks: [Token], before i: Int, in subjects: Set<String>) -> Bool {
        var j = i - 1
        while j >= 0 && i - j <= 5 {
            let l = toks[j].lower
            if Self.boundary.contains(l) { return false }
            if lexicon.nounLemmas(l).contains(where: { subjects.contains($0) }) { return true }
            if !Self.between.contains(l) && lexicon.verbReadings(l).contains(where: { $0.tags.contains("VBD") || $0.tags.contains("VBZ") }) { return false }
            j -= 1
        }
        return false
    }
}
