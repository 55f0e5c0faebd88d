import ChronographCore

/// "opened an investigation against Castillo for rebellion", "arrested on charges of inciting riots": what
/// follows `for`, `on charges of` or `accused of` after a justice trigger in its clause is the charge, not an
/// event of its own. (Right after the trigger, `absorbDependents` already does this.)
enum ChargeRule {
    /// Taxonomy types whose triggers take a charge.
    static let justiceTypes: WordSet = ["trial", "verdict", "sentencing", "arrest", "appeal"]

    /// The words are `charge.*` in `rule-words.tsv`: `charge.opener` starts the charge within the trigger's
    /// clause (searched up to `charge.search-end`); `charge.end` ends it, a new clause begins ("after clashes
    /// erupted", "as riots spread").
    static func apply(views: [SentenceView], drafts: inout [Draft], words: RuleWords) {
        var bySentence: [Int: [Int]] = [:]
        for k in drafts.indices { bySentence[drafts[k].sentence, default: []].append(k) }
        for k in drafts.indices where justiceTypes.contains(drafts[k].type) && !drafts[k].absorbed {
            let toks = views[drafts[k].sentence].tokens
            var j = drafts[k].tokEnd
            var charge: Int?
            while j < toks.count && j < drafts[k].tokEnd + 6 && !words.chargeSearchEnd.contains(toks[j]) {
                if words.chargeOpeners.contains(toks[j]) { charge = j; break }
                j += 1
            }
            guard let c = charge else { continue }
            var e = c + 1
            while e < toks.count && !words.chargeEnd.contains(toks[e]) && !(toks[e].text == "," && e > c + 8) { e += 1 }
            for o in bySentence[drafts[k].sentence] ?? [] where o != k && drafts[o].tokStart > c && drafts[o].tokStart < e && !justiceTypes.contains(drafts[o].type) {
                if namesAHappening(drafts[o], views[drafts[k].sentence], words: words) { continue }
                drafts[o].absorbed = true
            }
        }
    }

    /// A charge is a kind of deed ("for treason", "on charges of inciting riots"); a noun with a definite
    /// determiner or a possessor names one happening the text can date ("for the murders of his wife and son",
    /// "for the June 7, 2021 murders", "for his role in the attack"): an event of its own.
    static func namesAHappening(_ d: Draft, _ view: SentenceView, words: RuleWords) -> Bool {
        guard !d.isVerb, let syntax = view.syntax, let w = syntax.word(at: d.start) else { return false }
        let tree = syntax.tree
        return tree.dependents(of: w).contains { x in
            tree.relation(of: x) == "nmod:poss" || tree.universalRelation(of: x) == "det" && words.definiteDeterminers.contains(tree.words[x].form.lowercased())
        }
    }
}
