import ChronographCore

/// What the trigger detector asks the lexicon about one lower-case word form, looked up
/// together and remembered per process (``EventLexicon/facts(_:)``).
///
/// The detector used to probe six tables per token (verb forms, verb and noun triggers,
/// phrases, non-events, noun-lemma candidates); with large tables each probe is a cache miss,
/// so one probe for all of them is what makes the per-token cost small. The later stages ask
/// for verb readings and cues through the same entry, which the detector has just touched.
final class WordFacts: Sendable {
    /// The form's verb readings (lemma and Penn tags, only readings with a `VB*` tag).
    let verbReadings: [(lemma: String, tags: Set<String>)]
    /// The first verb trigger reached through the verb readings (a lemma whose reading is not
    /// noun-only), else the form's own verb-trigger entry: (lemma, first entry).
    let verbHit: (lemma: String, entry: TriggerEntry)?
    /// ``EventLexicon/firstNounTrigger(_:)``.
    let nounHit: (lemma: String, entry: TriggerEntry)?
    /// Whether the form itself is a noun trigger.
    let isNounTrigger: Bool
    /// Listed in `nonevents.txt`.
    let isNonEvent: Bool
    /// The phrase triggers that start with the form, longest first.
    let phrases: [(words: [String], entry: TriggerEntry)]?
    /// The cue phrases that start with the form, longest first.
    let cues: [(words: [String], kind: String)]?
    /// The form's kind in `actors.tsv` (group, title, org, nonname ...), if listed.
    let actorWord: String?
    /// Listed in `actors.tsv` as an institution ("the government").
    let isInstitution: Bool
    /// The `rule-words.tsv` and `clauses.tsv` lists the form is in (``RuleList/contains(_:)-(Token)``).
    let ruleLists: RuleBits

    init(_ lower: String, lexicon: EventLexicon) {
        let readings = lexicon.forms.readings(lower, verbalOnly: true)
        verbReadings = readings
        var verbHit: (lemma: String, entry: TriggerEntry)?
        for r in readings {
            if let es = lexicon.verbTriggers[r.lemma], let e = es.first {
                let nounOnly = r.tags.isSubset(of: ["NN", "NNS"])
                if !nounOnly { verbHit = (r.lemma, e); break }
            }
        }
        if verbHit == nil, let es = lexicon.verbTriggers[lower], let e = es.first { verbHit = (lower, e) }
        self.verbHit = verbHit
        nounHit = lexicon.firstNounTrigger(lower)
        isNounTrigger = lexicon.nounTriggers[lower] != nil
        isNonEvent = lexicon.nonEvents.contains(lower)
        phrases = lexicon.phraseTriggers[lower]
        cues = lexicon.cues[lower]
        actorWord = lexicon.actorWords[lower]
        isInstitution = lexicon.institutions.contains(lower)
        var lists = lexicon.rules.bitsByWord[lower] ?? RuleBits()
        if let clause = lexicon.clauseWords?.bitsByWord[lower] { lists = lists.union(clause) }
        ruleLists = lists
    }
}
