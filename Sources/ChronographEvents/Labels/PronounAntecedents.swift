import ChronographCore

/// The participant a pronoun subject most likely stands for: the last one named before it, within
/// the sentence and the two before, of a kind the pronoun can refer to ("he", "she": a person;
/// "they": a group, organization or country; "it": an organization or country). Only for labels:
/// "He said ..." reads better as "Moussa Faki said ..." when the text has just named him.
struct PronounAntecedents {
    private var named: [(offset: Int, sentence: Int, actor: Actor)] = []
    private var sentenceOf: [(start: Int, index: Int)] = []

    init(views: [SentenceView], spans: [[ActorSpan]]) {
        for (n, view) in views.enumerated() {
            sentenceOf.append((view.sentence.start, n))
            for s in spans[n] where s.tokStart < view.tokens.count {
                named.append((view.tokens[s.tokStart].start, n, s.actor))
            }
        }
        named.sort { $0.offset < $1.offset }
    }

    func name(before offset: Int, pronoun: String) -> String? {
        actor(before: offset, pronoun: pronoun)?.name
    }

    /// The participant itself (``name(before:pronoun:)`` gives its name).
    func actor(before offset: Int, pronoun: String) -> Actor? {
        let kinds: Set<ActorKind>
        switch pronoun {
        case "he", "she": kinds = [.person]
        case "they": kinds = [.group, .organization, .country]
        case "it": kinds = [.organization, .country]
        default: return nil
        }
        let here = sentenceOf.last { $0.start <= offset }?.index ?? 0
        return named.last { $0.offset < offset && here - $0.sentence <= 2 && kinds.contains($0.actor.kind) }?.actor
    }
}
