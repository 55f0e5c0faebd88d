import ChronographCore
import ChronographSyntax

/// What an incident did happened when the incident did, however many days later a report tells it:
/// "at least 50,000 houses collapsed in the earthquake", "the death toll of the September 8 earthquake
/// has risen to 2,960", "thousands were swept away by the floods", "the earthquake has caused material
/// damage". An event that depends in the parse on a dated incident noun through "in", "during", "by" or
/// "from" (a death toll also through "of"), or a verb whose subject it is, and has no date of its own but
/// the report's day or the narrative's, takes the incident's.
///
/// The incident itself is dated by a relative clause it is the subject of ("the earthquake that struck
/// Morocco on September 8", "the bombing which killed 12 on Friday"): it happened when that did.
///
/// A death toll that names no incident ("Death toll rises to 2,960") counts the dead of the one disaster
/// its report dates (an earthquake, a flood: `incident-type` in merging.tsv), when the report dates one
/// only, and an undated mention of a disaster there is that one. Not an attack's or a war's: a toll in a
/// report on fighting counts weeks of it.
struct IncidentConsequences {
    let rules: MergeRules
    /// The prepositions through which an event depends on the incident it was part of.
    static let cause: Set<String> = ["in", "during", "by", "from"]
    /// Whether a time is none or only what the report's day or the narrative gives (never a date of the
    /// event's own, nor a relation): what the incident's date may replace.
    static func undatedByItself(_ t: EventTime?) -> Bool {
        guard let t else { return true }
        return t.certainty == .documentDate || t.certainty == .context
    }

    /// The relative pronouns a clause about its noun opens with.
    static let relative: Set<String> = ["that", "which"]

    /// Dates incident nouns, and other event nouns of a salient type, by the relative clause they are the subject
    /// of (before the incidents' anaphors take their antecedents' dates: "the earthquake that struck Morocco on
    /// September 8 ... collapsed in the earthquake"), or by the participle that describes them ("the general
    /// elections, held last weekend").
    func dateByRelativeClauses(views: [SentenceView], drafts: inout [Draft], bySentence: [Int: [Int]], incidents: [Int: Set<String>]) {
        for view in views {
            guard let indices = bySentence[view.index], let tree = view.syntax?.tree else { continue }
            let anchors = SyntacticAnchors(tree: tree, drafts: drafts, indices: indices)
            for i in indices where (incidents[i] != nil || drafts[i].salient) && !drafts[i].isVerb && !drafts[i].factuality.isUnrealized
                && Self.undatedByItself(drafts[i].time)
            {
                guard let w = anchors.wordOf[i] else { continue }
                for x in tree.dependents(of: w) where Self.describes(x, tree: tree) {
                    guard let d = anchors.draftAt[x], var t = drafts[d].time, t.certainty == .explicit, t.mod == nil,
                        !drafts[d].factuality.isUnrealized
                    else { continue }
                    t.certainty = .context
                    drafts[i].time = t
                    break
                }
            }
        }
    }

    /// Whether the clause at word `x` describes the noun it depends on as its subject: a relative clause whose
    /// subject is "that" or "which", or a past participle ("held last weekend", "staged on Monday").
    static func describes(_ x: Int, tree: DependencyTree) -> Bool {
        switch tree.relation(of: x) {
        case "acl:relcl":
            return tree.dependents(of: x).contains { tree.relation(of: $0) == "nsubj" && relative.contains(tree.words[$0].form.lowercased()) }
        case "acl":
            return tree.words[x].xpos == "VBN"
        default:
            return false
        }
    }

    /// `incidents`: the drafts that name one incident or a set of them (their kinds, as ``TimeAnchorer`` reads them).
    func pass(views: [SentenceView], drafts: inout [Draft], bySentence: [Int: [Int]], incidents: [Int: Set<String>]) {
        func open(_ k: Int) -> Bool {
            guard !drafts[k].factuality.isUnrealized, drafts[k].parent == nil, incidents[k] == nil else { return false }
            return Self.undatedByItself(drafts[k].time)
        }
        func dated(_ i: Int) -> EventTime? {
            guard incidents[i] != nil, !drafts[i].isVerb, !drafts[i].factuality.isUnrealized, var t = drafts[i].time,
                t.certainty == .explicit || t.certainty == .context, t.mod == nil, t.dayRange != nil
            else { return nil }
            t.certainty = .context
            return t
        }
        // The report's one dated disaster (an earthquake, a flood), if it dates one only.
        var disasterTimes: [EventTime] = []
        for i in incidents.keys.sorted() where rules.incidentTypes.contains(drafts[i].type) {
            guard let t = dated(i), (t.granularity ?? .year) >= .day else { continue }
            // ("Friday night" and "Friday" are one date here.)
            if !disasterTimes.contains(where: { $0.dayRange?.start == t.dayRange?.start }) { disasterTimes.append(t) }
        }
        let disaster = disasterTimes.count == 1 ? disasterTimes[0] : nil
        // The disaster itself where the report names it without a date ("Morocco earthquake: death toll rises", a
        // headline's noun; "the earthquake has caused damage" before its antecedent was dated): a report tells of one earthquake.
        if let disaster {
            for k in incidents.keys.sorted() where rules.incidentTypes.contains(drafts[k].type) && !drafts[k].factuality.isUnrealized
                && drafts[k].parent == nil && Self.undatedByItself(drafts[k].time)
            {
                drafts[k].time = disaster
            }
        }
        for view in views {
            guard let indices = bySentence[view.index], let tree = view.syntax?.tree else { continue }
            let anchors = SyntacticAnchors(tree: tree, drafts: drafts, indices: indices)
            for k in indices where open(k) {
                guard let w = anchors.wordOf[k] else { continue }
                let toll = rules.deathTypes.contains(drafts[k].type)
                // The incident as the verb's subject: "the earthquake has caused material damage".
                if drafts[k].isVerb, let x = tree.dependents(of: w).first(where: { tree.relation(of: $0) == "nsubj" }),
                    let i = anchors.draftAt[x], i != k, let t = dated(i)
                {
                    drafts[k].time = t
                    continue
                }
                for x in tree.dependents(of: w) where ["obl", "nmod"].contains(tree.universalRelation(of: x)) {
                    guard let i = anchors.draftAt[x], i != k, let t = dated(i),
                        let preposition = tree.dependents(of: x).first(where: { tree.relation(of: $0) == "case" }).map({ tree.words[$0].form.lowercased() }),
                        Self.cause.contains(preposition) || (toll && preposition == "of")
                    else { continue }
                    drafts[k].time = t
                    break
                }
            }
        }
        // Tolls without their incident: the dead of the report's one disaster.
        if let disaster {
            for k in drafts.indices where rules.deathTypes.contains(drafts[k].type) && open(k) { drafts[k].time = disaster }
        }
    }
}
