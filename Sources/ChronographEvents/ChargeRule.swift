import ChronographCore

/// "opened an investigation against Castillo for rebellion", "arrested on charges of inciting riots": what
/// follows `for`, `on charges of` or `accused of` after a justice trigger in its clause is the charge, not an
/// event of its own. (Right after the trigger, `absorbDependents` already does this.)
enum ChargeRule {
    static let justiceTypes: WordSet = ["trial", "sentencing", "arrest", "appeal"]
    static let chargeWords: WordSet = ["for", "charges", "charge", "accused", "suspicion"]
    /// Words that end the charge: a new clause begins ("after clashes erupted", "as riots spread").
    static let chargeEnd: WordSet = [".", ";", "but", "while", "after", "before", "when", "as", "because", "since", "until"]
    static let clauseEnd: WordSet = [".", ";", ",", "and", "but", "while", "after", "before", "when"]

    static func apply(views: [SentenceView], drafts: inout [Draft]) {
        var bySentence: [Int: [Int]] = [:]
        for k in drafts.indices { bySentence[drafts[k].sentence, default: []].append(k) }
        for k in drafts.indices where justiceTypes.contains(drafts[k].type) && !drafts[k].absorbed {
            let toks = views[drafts[k].sentence].tokens
            var j = drafts[k].tokEnd
            var charge: Int?
            while j < toks.count && j < drafts[k].tokEnd + 6 && !clauseEnd.contains(toks[j].lower) {
                if chargeWords.contains(toks[j].lower) { charge = j; break }
                j += 1
            }
            guard let c = charge else { continue }
            var e = c + 1
            while e < toks.count && !chargeEnd.contains(toks[e].lower) && !(toks[e].text == "," && e > c + 8) { e += 1 }
            for o in bySentence[drafts[k].sentence] ?? [] where o != k && drafts[o].tokStart > c && drafts[o].tokStart < e && !justiceTypes.contains(drafts[o].type) {
                drafts[o].absorbed = true
            }
        }
    }
}
