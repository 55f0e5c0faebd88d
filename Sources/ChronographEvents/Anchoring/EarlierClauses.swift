import ChronographCore
import ChronographSyntax

/// "The president removed his predecessor on Wednesday after protesters stormed government buildings":
/// what a clause of "after" tells happened by the time of the dated event it depends on in the parse.
/// It takes that day as a bound (on or before it), which says more than the report's own day does:
/// the event lies between whatever came before and the dated event, never after it.
struct EarlierClauses {
    let lexicon: EventLexicon

    func pass(views: [SentenceView], drafts: inout [Draft], bySentence: [Int: [Int]]) {
        for view in views {
            guard let indices = bySentence[view.index], let tree = view.syntax?.tree else { continue }
            let anchors = SyntacticAnchors(tree: tree, drafts: drafts, indices: indices)
            for k in indices where drafts[k].time == nil && drafts[k].isVerb && !drafts[k].factuality.isUnrealized && drafts[k].parent == nil
                && ["past", "past_perfect"].contains(drafts[k].tense)
            {
                guard let w = anchors.wordOf[k], tree.universalRelation(of: w) == "advcl", markedAfter(w, tree: tree, tokens: view.tokens),
                    let h = tree.head(of: w), let d = anchors.draftAt[h], d != k, !drafts[d].factuality.isUnrealized,
                    var t = drafts[d].time, t.certainty == .explicit, t.mod == nil, t.dayRange?.lengthInDays == 1
                else { continue }
                t.certainty = .context
                t.mod = .onOrBefore
                drafts[k].time = t
            }
        }
    }

    /// Whether the clause's subordinator is an "after" cue ("after", "following").
    private func markedAfter(_ w: Int, tree: DependencyTree, tokens: [Token]) -> Bool {
        tree.dependents(of: w, ["mark"]).contains { m in
            guard let i = tokens.firstIndex(where: { $0.start == tree.words[m].start }) else { return false }
            return lexicon.cue(at: i, in: tokens)?.kind == "after"
        }
    }
}
