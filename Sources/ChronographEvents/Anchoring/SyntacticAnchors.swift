import ChronographCore
import ChronographSyntax

/// Which time expression dates which event, read off the sentence's dependency tree rather than
/// word distances: a date dates the event it depends on ("seized power on Wednesday",
/// "Saturday's elections", "the Oct. 23 killing"), reached through the nouns it modifies
/// ("in the early hours of Wednesday" -> the verb those hours modify) but never across a clause
/// of its own; an event conjoined with a dated one (sharing its subject), or a happening that is the
/// subject or object of a dated non-reporting verb ("imposed a curfew on Wednesday"), shares its date.
///
/// Bounds ("until March", "since 2011", "by Friday", "before the vote") are no dates of the event.
struct SyntacticAnchors {
    /// Relations through which a date reaches up from a noun it modifies to what that noun modifies.
    static let nominal: Set<String> = ["nmod", "obl", "compound", "appos", "flat", "advmod", "amod", "nummod", "det", "list", "dep"]
    /// Relations of an argument of a verb that names a happening of the same time (a noun event). Not an
    /// oblique: "linked the sites struck overnight with the embassy attacks" names an earlier one.
    static let argument: Set<String> = ["obj", "iobj", "nsubj"]

    let tree: DependencyTree
    /// The tree word each draft stands on (its head word), by draft index.
    let wordOf: [Int: Int]
    /// Draft indices by tree word.
    let draftAt: [Int: Int]

    /// `indices` are the sentence's drafts; their offsets are placed on the tree's words.
    init(tree: DependencyTree, drafts: [Draft], indices: [Int]) {
        self.tree = tree
        var wordOf: [Int: Int] = [:]
        var draftAt: [Int: Int] = [:]
        for k in indices {
            guard let w = Self.head(of: drafts[k].start..<drafts[k].end, in: tree) else { continue }
            wordOf[k] = w
            if draftAt[w] == nil { draftAt[w] = k }
        }
        self.wordOf = wordOf
        self.draftAt = draftAt
    }

    /// The word of the span (scalar offsets) whose head lies outside it: the span's head.
    static func head(of span: Range<Int>, in tree: DependencyTree) -> Int? {
        let inside = tree.words.indices.filter { tree.words[$0].start < span.upperBound && tree.words[$0].end > span.lowerBound }
        return inside.first { w in tree.head(of: w).map { !inside.contains($0) } ?? true } ?? inside.first
    }

    /// The draft a time expression dates, if the tree says so, with the number of steps from the
    /// date to it (1: the date depends on the event itself).
    func datedDraft(_ t: Timex, bounds: (String) -> Bool) -> (draft: Int, steps: Int)? {
        guard let h = Self.head(of: t.start..<t.end, in: tree) else { return nil }
        // A bound ("until 2028", "since Monday") or an ordering ("before the vote") is not the event's time.
        let span = t.start..<t.end
        if tree.dependents(of: h).contains(where: { d in
            tree.universalRelation(of: d) == "case" && !span.contains(tree.words[d].start) && bounds(tree.words[d].form.lowercased())
        }) { return nil }
        // ("hit by Monday's earthquakes": a possessive date's preposition is its noun's.)
        if span.lowerBound > 0, tree.relation(of: h) != "nmod:poss", let before = tree.words.lastIndex(where: { $0.end <= span.lowerBound }),
            bounds(tree.words[before].form.lowercased()), tree.head(of: before) == h || tree.words[before].upos == "ADP"
        { return nil }
        // "The election was on Saturday": the date is the predicate of an event subject.
        if let subject = tree.dependents(of: h, ["nsubj"]).first(where: { draftAt[$0] != nil }) { return (draftAt[subject]!, 1) }
        var w = h
        var steps = 0
        while let g = tree.head(of: w), steps < 6 {
            steps += 1
            if let d = draftAt[g] { return (d, steps) }
            if tree.words[g].upos == "VERB" || tree.words[g].upos == "AUX" {
                // "the election held on Saturday", "the movement, which began a week ago": a verb that is no
                // event of its own describes the noun it modifies, which takes the date.
                if ["acl"].contains(tree.universalRelation(of: g)), let noun = tree.head(of: g) {
                    if let d = draftAt[noun] { return (d, steps + 1) }
                }
                // "The death toll rose on Monday", "Sentencing will be set for March 28": a verb that is no event
                // dates the happening that is its subject or object.
                if let d = tree.dependents(of: g).first(where: { ["nsubj", "obj"].contains(tree.universalRelation(of: $0)) && draftAt[$0] != nil }) {
                    return (draftAt[d]!, steps + 1)
                }
                return nil
            }
            // Up through a noun the date modifies, not out of a clause.
            guard Self.nominal.contains(tree.universalRelation(of: w)), !tree.isPredicate(g) else { return nil }
            w = g
        }
        return nil
    }

    /// Drafts that share the date of draft `k`: conjoined events of the same kind of word,
    /// happenings that are arguments of a non-reporting verb (not those it is ordered against:
    /// "suspended Gabon following the coup"), and the main clause of a "when" clause and back.
    func sharers(of k: Int, drafts: [Draft], ordering: (String) -> Bool, simultaneous: (String) -> Bool) -> [Int] {
        guard let w = wordOf[k] else { return [] }
        var out: [Int] = []
        for c in tree.dependents(of: w) {
            guard let d = draftAt[c], d != k else { continue }
            let r = tree.universalRelation(of: c)
            if r == "conj" && drafts[d].isVerb == drafts[k].isVerb {
                // A conjoined clause with a subject of its own tells another happening ("arrived on April 2, and
                // Reno ordered ..."); one that shares the subject tells the same moment ("took control and ousted").
                guard !drafts[d].isVerb || tree.dependents(of: c, ["nsubj", "nsubj:pass", "expl"]).isEmpty else { continue }
                out.append(d)
            } else if Self.argument.contains(r) && drafts[k].isVerb && !drafts[d].isVerb
                && ![.reporting, .perception, .iState, .iAction].contains(drafts[k].eventClass)
                && !tree.dependents(of: c, ["case"]).contains(where: { ordering(tree.words[$0].form.lowercased()) })
            {
                out.append(d)
            } else if r == "advcl", markedSimultaneous(c, simultaneous) {
                out.append(d)
            }
        }
        // A "when" clause dated: its main clause shares the date.
        if tree.universalRelation(of: w) == "advcl", markedSimultaneous(w, simultaneous), let g = tree.head(of: w), let d = draftAt[g] {
            out.append(d)
        }
        return out
    }

    private func markedSimultaneous(_ w: Int, _ simultaneous: (String) -> Bool) -> Bool {
        tree.dependents(of: w, ["mark", "advmod"]).contains { simultaneous(tree.words[$0].form.lowercased()) }
    }
}
