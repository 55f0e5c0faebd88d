import ChronographCore
import ChronographSyntax

/// An event noun that is the subject of a verb in the future ("Sentencing will be set for March 28",
/// "the vote will take place on Sunday") has not happened yet: it is planned. The word rules read
/// factuality cues before a trigger; a subject stands before its verb's "will", so the parse tells it.
struct FutureSubjects {
    let lexicon: EventLexicon

    func mark(_ drafts: inout [Draft], views: [SentenceView]) {
        let modals = lexicon.rules.futureModals
        // (A gerund subject, "Sentencing", tags as a verb: it is the subject relation that counts.)
        for k in drafts.indices where drafts[k].factuality == .asserted {
            guard let tree = views[drafts[k].sentence].syntax?.tree,
                let w = SyntacticAnchors.head(of: drafts[k].start..<drafts[k].end, in: tree),
                tree.universalRelation(of: w) == "nsubj", let verb = tree.head(of: w)
            else { continue }
            let future = tree.dependents(of: verb).contains { d in
                tree.universalRelation(of: d) == "aux" && modals.contains(tree.words[d].form.lowercased())
            }
            if future { drafts[k].factuality = .planned }
        }
    }
}
