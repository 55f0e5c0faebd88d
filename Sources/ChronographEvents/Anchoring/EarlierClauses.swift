import ChronographCore
import ChronographSyntax

/// "The president removed his predecessor on Wednesday after protesters stormed government buildings":
/// what a clause of "after" tells happened by the time of the dated event it depends on in the parse.
/// It takes that day as a bound (on or before it), which says more than the report's own day does:
/// the event lies between whatever came before and the dated event, never after it.
///
/// So does an event noun the dated event follows ("took office in 2009 after the death of his father"):
/// it happened by that time, whatever its length (a year here), and is no part of the story's news day.
struct EarlierClauses {
    let lexicon: EventLexicon

    func pass(views: [SentenceView], drafts: inout [Draft], bySentence: [Int: [Int]]) {
        for view in views {
            guard let indices = bySentence[view.index], let tree = view.syntax?.tree else { continue }
            let anchors = SyntacticAnchors(tree: tree, drafts: drafts, indices: indices)
            for k in indices where drafts[k].time == nil && !drafts[k].factuality.isUnrealized && drafts[k].parent == nil {
                let clause = drafts[k].isVerb && ["past", "past_perfect"].contains(drafts[k].tense)
                let noun = !drafts[k].isVerb && drafts[k].tense == "none"
                guard clause || noun, let w = anchors.wordOf[k] else { continue }
                if clause {
                    guard tree.universalRelation(of: w) == "advcl", marked(w, ["mark"], tree: tree, tokens: view.tokens) else { continue }
                } else {
                    guard ["obl", "nmod"].contains(tree.universalRelation(of: w)), marked(w, ["case"], tree: tree, tokens: view.tokens) else { continue }
                }
                guard let h = tree.head(of: w), let d = anchors.draftAt[h], d != k, !drafts[d].factuality.isUnrealized,
                    var t = drafts[d].time, t.certainty == .explicit, t.mod == nil, let days = t.dayRange, noun || days.lengthInDays == 1
                else { continue }
                t.certainty = .context
                t.mod = .onOrBefore
                drafts[k].time = t
            }
        }
    }

    /// Whether the word's subordinator (`mark`) or preposition (`case`) is an "after" cue ("after", "following").
    private func marked(_ w: Int, _ relations: Set<String>, tree: DependencyTree, tokens: [Token]) -> Bool {
        tree.dependents(of: w, relations).contains { m in
            guard let i = tokens.firstIndex(where: { $0.start == tree.words[m].start }) else { return false }
            return lexicon.cue(at: i, in: tokens)?.kind == "after"
        }
    }
}
