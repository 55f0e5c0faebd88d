import ChronographCore
import ChronographSyntax

/// A date that went to a verb left out of the output (it tells no headline), or to a minor verb the
/// parse gives no subject ("the blast in Mombasa on 3 March destroyed the embassy", parsed with the date
/// as the subject of "destroyed"), also dates the nearest salient event of its sentence that has no date
/// read in the text. Not a saying's date ("said on Monday the bombing"): what is said of is older.
struct LeftOutDates {
    let lexicon: EventLexicon

    func pass(_ drafts: inout [Draft], views: [SentenceView], timexesBySentence: [Int: [Timex]]) {
        for k in drafts.indices where drafts[k].untold || subjectless(k, drafts, views, timexesBySentence) {
            guard let t = drafts[k].time, t.certainty == .explicit, drafts[k].eventClass != .reporting,
                lexicon.family(drafts[k].type) != "statement"
            else { continue }
            let near = drafts.indices.filter { d in
                drafts[d].sentence == drafts[k].sentence && d != k && drafts[d].salient && !drafts[d].untold && !drafts[d].absorbed
                    && drafts[d].parent == nil && abs(drafts[d].tokStart - drafts[k].tokStart) <= 8
                    && (drafts[d].time == nil || drafts[d].time?.certainty == .documentDate)
            }
            if let d = near.min(by: { abs(drafts[$0].tokStart - drafts[k].tokStart) < abs(drafts[$1].tokStart - drafts[k].tokStart) }) {
                drafts[d].time = t
            }
        }
    }

    /// A minor verb whose parse has no nominal subject (a date parsed as its subject does not count).
    private func subjectless(_ k: Int, _ drafts: [Draft], _ views: [SentenceView], _ timexesBySentence: [Int: [Timex]]) -> Bool {
        guard drafts[k].isVerb, !drafts[k].salient, let tree = views[drafts[k].sentence].syntax?.tree,
            let w = SyntacticAnchors.head(of: drafts[k].start..<drafts[k].end, in: tree)
        else { return false }
        let times = (timexesBySentence[views[drafts[k].sentence].index] ?? []).map { $0.start..<$0.end }
        return !tree.dependents(of: w).contains { d in
            tree.universalRelation(of: d) == "nsubj" && !times.contains { $0.contains(tree.words[d].start) }
        }
    }
}
