import ChronographCore
import ChronographSyntax

/// The participants the parse names that the clause window left out: the subject, object or agent of
/// a verb event, and the subject a verb shares with the one it is conjoined with or controlled by
/// ("FTX, founded in 2019, grew rapidly but collapsed": FTX grew and collapsed, though another event
/// stands between the name and the verbs). A name is taken when the argument's head word lies in it.
struct SyntacticParticipants {
    /// Relations of a verb's arguments and the role each gives (for an active verb).
    static let roles: [String: String] = ["nsubj": "agent", "nsubj:pass": "patient", "obj": "patient", "iobj": "patient", "obl:agent": "agent"]

    func add(_ d: inout Draft, view: SentenceView, spans: [ActorSpan]) {
        guard d.isVerb, let tree = view.syntax?.tree, !spans.isEmpty,
            let v = SyntacticAnchors.head(of: d.start..<d.end, in: tree), tree.words[v].upos == "VERB"
        else { return }
        var arguments: [(word: Int, role: String)] = []
        for x in tree.dependents(of: v) {
            guard let role = Self.roles[tree.relation(of: x)] else { continue }
            arguments.append((x, d.passive && role == "agent" && tree.relation(of: x) == "nsubj" ? "patient" : role))
        }
        // A conjoined or controlled verb without a subject of its own shares its head verb's.
        if !arguments.contains(where: { ["nsubj", "nsubj:pass"].contains(tree.relation(of: $0.word)) }),
            ["conj", "xcomp"].contains(tree.universalRelation(of: v)), let h = tree.head(of: v), tree.words[h].upos == "VERB",
            let s = tree.dependents(of: h).first(where: { tree.relation(of: $0) == "nsubj" })
        {
            arguments.append((s, d.passive ? "patient" : "agent"))
        }
        let toks = view.tokens
        // A name inside a person's title ("Kazakhstan President Kassym-Jomart Tokayev") describes the person.
        let titled = ParticipantAssigner.titledPersons(spans)
        for (w, role) in arguments {
            let offset = tree.words[w].start
            guard let span = spans.first(where: { s in
                s.tokStart < toks.count && s.tokEnd <= toks.count && toks[s.tokStart].start <= offset && offset < toks[s.tokEnd - 1].end
            }), !ParticipantAssigner.inTitle(span, titled: titled), !d.actors.contains(where: { $0.id == span.actor.id || $0.name == span.actor.name }) else { continue }
            var actor = span.actor
            actor.role = role
            d.actors.append(actor)
        }
    }
}
