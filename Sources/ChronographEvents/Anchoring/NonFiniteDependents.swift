import ChronographCore
import ChronographSyntax

/// A verb with no tense of its own (an infinitive, a gerund, a participle) that depends in the parse on
/// a dated event happened with it: "seized power on Wednesday, placing the president under arrest and
/// naming a new leader", "agreed by unanimous vote to appoint General X", "was ordered to forfeit $11
/// billion". It takes that event's time as context. What was only wanted or planned ("vowed to appeal")
/// is left to the plans' own dating, and a complement clause with a tense of its own ("said he had
/// ordered") keeps its own.
struct NonFiniteDependents {
    /// The relations through which a non-finite verb depends on the event it goes with.
    static let relations: Set<String> = ["xcomp", "advcl", "conj"]
    /// How many such steps up the tree a date is looked for ("agreed to try to appoint").
    static let reach = 2

    func pass(views: [SentenceView], drafts: inout [Draft], bySentence: [Int: [Int]]) {
        for view in views {
            guard let indices = bySentence[view.index], let tree = view.syntax?.tree else { continue }
            let anchors = SyntacticAnchors(tree: tree, drafts: drafts, indices: indices)
            for k in indices where drafts[k].time == nil && drafts[k].isVerb && drafts[k].tense == "none"
                && !drafts[k].factuality.isUnrealized && drafts[k].parent == nil
            {
                guard var w = anchors.wordOf[k] else { continue }
                for _ in 0..<Self.reach {
                    guard Self.relations.contains(tree.universalRelation(of: w)), let h = tree.head(of: w) else { break }
                    if let d = anchors.draftAt[h], d != k {
                        if var t = drafts[d].time, t.certainty != .relation, !drafts[d].factuality.isUnrealized {
                            if t.certainty == .explicit { t.certainty = .context }
                            drafts[k].time = t
                        }
                        break
                    }
                    w = h
                }
            }
        }
    }
}
