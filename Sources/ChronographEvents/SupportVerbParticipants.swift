import ChronographCore

/// "General Motors filed for bankruptcy", "soldiers staged a coup", "the party held a rally": an
/// event noun that is an argument of a verb with no type of its own (a support verb: the noun says
/// what happened, the verb only that someone did it) takes the verb's agents as its own when its
/// phrase names none. A verb that is an event of its kind ("condemned the coup", "protested the
/// verdict") or says, plans or perceives something keeps its agents: who condemns a coup did not
/// stage it.
struct SupportVerbParticipants {
    /// Prepositions that introduce what the verb's agent does rather than where it goes.
    static let prepositions: Set<String> = ["for", "on", "in", "into"]

    func pass(views: [SentenceView], drafts: inout [Draft]) {
        var bySentence: [Int: [Int]] = [:]
        for k in drafts.indices { bySentence[drafts[k].sentence, default: []].append(k) }
        for view in views {
            guard let indices = bySentence[view.index], let tree = view.syntax?.tree else { continue }
            let anchors = SyntacticAnchors(tree: tree, drafts: drafts, indices: indices)
            for k in indices where !drafts[k].isVerb && drafts[k].salient && drafts[k].actors.isEmpty {
                // "filed for bankruptcy protection": through the noun the event noun is a compound of.
                guard var w = anchors.wordOf[k] else { continue }
                if tree.universalRelation(of: w) == "compound", let h = tree.head(of: w) { w = h }
                // An object, or what a preposition of doing introduces ("filed for bankruptcy", "went on strike", "took
                // part in the protests"), not a goal ("introducing a new dimension to the unrest").
                let relation = tree.universalRelation(of: w)
                let preposition = tree.dependents(of: w, ["case"]).first.map { tree.words[$0].form.lowercased() }
                guard relation == "obj" || (relation == "obl" && preposition.map(Self.prepositions.contains) == true),
                    let g = tree.head(of: w), let v = anchors.draftAt[g], v != k
                else { continue }
                let verb = drafts[v]
                // A finite verb: a participle's or gerund's agent is often only guessed from the clause around it.
                guard verb.isVerb, !verb.salient, verb.eventClass == .occurrence, !verb.passive, verb.tense != "none" else { continue }
                let agents = verb.actors.filter { $0.role == "agent" }
                if !agents.isEmpty { drafts[k].actors = agents }
            }
        }
    }
}

