import ChronographCore
import ChronographSyntax

/// The participant a pronoun subject most likely stands for. First the parse: the subject of what a
/// named speaker says, plans or is reported to do stands for the speaker ("Emirates, the largest
/// customer for the A380, said it would seek compensation": it = Emirates, not the A380 named last).
/// Else the last one named before it, within the sentence and the two before (in an earlier sentence,
/// that sentence's subject when one fits), of a kind the pronoun can refer to ("he", "she", "him",
/// "her": a person; "they": a group, organization or country; "it": an organization or country).
/// For labels, and the participants they name: "He said ..." reads better as "Moussa Faki said ..."
/// when the text has just named him.
struct PronounAntecedents {
    private var named: [(offset: Int, sentence: Int, actor: Actor)] = []
    private var sentenceOf: [(start: Int, index: Int)] = []
    private let views: [SentenceView]
    private let spans: [[ActorSpan]]

    init(views: [SentenceView], spans: [[ActorSpan]]) {
        self.views = views
        self.spans = spans
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
        case "he", "she", "him", "her": kinds = [.person]
        // ("them" is left alone: as an object it stands for people the text counts more often than for a name.)
        case "they": kinds = [.group, .organization, .country]
        case "it": kinds = [.organization, .country]
        default: return nil
        }
        let here = sentenceOf.last { $0.start <= offset }?.index ?? 0
        if let speaker = speaker(of: offset, sentence: here, kinds: kinds) { return speaker }
        guard let last = named.last(where: { $0.offset < offset && here - $0.sentence <= 2 && kinds.contains($0.actor.kind) }) else { return nil }
        // A pronoun opening a new sentence continues with the one the sentence before was about, its subject, rather
        // than whoever it named last ("Musk fired the chief financial officer, Ned Segal. He accused them ...": Musk).
        guard last.sentence < here else { return last.actor }
        let candidates = named.filter { $0.sentence == last.sentence && kinds.contains($0.actor.kind) }
        return candidates.first { isSubject(at: $0.offset, sentence: $0.sentence) }?.actor ?? last.actor
    }

    /// Whether the name starting at `offset` is the subject of a clause in its sentence's parse.
    private func isSubject(at offset: Int, sentence n: Int) -> Bool {
        guard n < views.count, let tree = views[n].syntax?.tree, var w = tree.word(at: offset) else { return false }
        var steps = 0
        while ["flat", "compound", "nmod:desc"].contains(tree.relation(of: w)), let h = tree.head(of: w), steps < 4 {
            w = h
            steps += 1
        }
        return ["nsubj", "nsubj:pass"].contains(tree.relation(of: w))
    }

    /// When the pronoun at `offset` is the subject of a complement clause ("said it would", "announced
    /// that they had"), the named subject of the verb the clause completes, if of a fitting kind and the
    /// clause follows the verb (indirect speech).
    private func speaker(of offset: Int, sentence n: Int, kinds: Set<ActorKind>) -> Actor? {
        guard n < views.count, let tree = views[n].syntax?.tree, let w = tree.word(at: offset),
            tree.universalRelation(of: w) == "nsubj", let clause = tree.head(of: w),
            tree.universalRelation(of: clause) == "ccomp", let verb = tree.head(of: clause),
            // A quotation told before its speaker ("\"he will see the light of day,\" said his lawyer") is the speaker's
            // own words, where he would say "I": its "he" is someone else.
            clause > verb,
            let subject = tree.dependents(of: verb).first(where: { tree.relation(of: $0) == "nsubj" })
        else { return nil }
        // The subject's head word inside a name (the whole name, not a title before it).
        let toks = views[n].tokens
        let start = tree.words[subject].start
        guard let span = spans[n].first(where: { s in
            s.tokStart < toks.count && s.tokEnd <= toks.count && toks[s.tokStart].start <= start && start < toks[s.tokEnd - 1].end
        }) else { return nil }
        return kinds.contains(span.actor.kind) ? span.actor : nil
    }
}
