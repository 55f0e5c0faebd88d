import ChronographCore
import ChronographSyntax

/// The participant a pronoun subject most likely stands for. First the parse: the subject of what a
/// named speaker says, plans or is reported to do stands for the speaker ("Emirates, the largest
/// customer for the A380, said it would seek compensation": it = Emirates, not the A380 named last).
/// Else the last one named before it, within the sentence and the two before (in an earlier sentence,
/// that sentence's subject when one fits), of a kind the pronoun can refer to ("he", "she", "him",
/// "her": a person; "they": a group, organization or country; "it": an organization or country).
/// Inside a quotation, "he" and "she" are never its speaker, who would say "I" (""He knew it was
/// wrong," Kaplan said of Bankman-Fried. "He regrets ...": not Kaplan).
/// For labels, and the participants they name: "He said ..." reads better as "Moussa Faki said ..."
/// when the text has just named him.
struct PronounAntecedents {
    private var named: [(offset: Int, sentence: Int, actor: Actor)] = []
    private var sentenceOf: [(start: Int, index: Int)] = []
    private let views: [SentenceView]
    private let spans: [[ActorSpan]]
    /// The quotation each token stands in (by sentence, then token; nil outside quotations), and the ids of
    /// each quotation's speakers.
    private var quotationOf: [[Int?]] = []
    private var speakersOfQuotation: [Set<String>] = []

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
        readQuotations()
    }

    /// Numbers the quotations (runs of quoted tokens, across sentences of a paragraph), and finds each one's
    /// speakers: the persons named as subjects outside it, in the sentences where it opens and where it closes
    /// (""...," Kaplan said", "Kaplan said: "..."), or in the sentence before, when that one quotes too.
    private mutating func readQuotations() {
        var open: Int?
        var sentencesOf: [[Int]] = []
        for (n, view) in views.enumerated() {
            var marks: [Int?] = []
            for k in view.tokens.indices {
                let quoted = k < view.quoted.count && view.quoted[k]
                if quoted && open == nil {
                    open = sentencesOf.count
                    sentencesOf.append([])
                } else if !quoted && view.tokens[k].kind != .punctuation {
                    open = nil
                }
                if quoted, let q = open, sentencesOf[q].last != n { sentencesOf[q].append(n) }
                marks.append(quoted ? open : nil)
            }
            quotationOf.append(marks)
            if n + 1 < views.count, views[n + 1].paragraph != view.paragraph { open = nil }
        }
        speakersOfQuotation = sentencesOf.map { sentences in
            var ids = Set<String>()
            // A quotation that goes on after its attribution (""...," Kaplan said. "..."): that sentence's speaker too.
            var attributions = [sentences.first, sentences.last].compactMap { $0 }
            if let first = sentences.first, first > 0, views[first - 1].paragraph == views[first].paragraph,
                quotationOf[first - 1].contains(where: { $0 != nil })
            { attributions.append(first - 1) }
            for n in attributions {
                for span in spans[n] where span.actor.kind == .person && span.tokStart < views[n].tokens.count {
                    guard quotationOf[n][span.tokStart] == nil else { continue }
                    if isSubject(at: views[n].tokens[span.tokStart].start, sentence: n) { ids.insert(span.actor.id) }
                }
            }
            return ids
        }
    }

    /// The speakers of the quotation the word at `offset` stands in (empty outside quotations).
    private func quotationSpeakers(at offset: Int, sentence n: Int) -> Set<String> {
        guard n < views.count, let k = views[n].tokens.firstIndex(where: { $0.start == offset }), let q = quotationOf[n][k] else { return [] }
        return speakersOfQuotation[q]
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
        let speakers = kinds == [.person] ? quotationSpeakers(at: offset, sentence: here) : []
        guard let last = named.last(where: { $0.offset < offset && here - $0.sentence <= 2 && kinds.contains($0.actor.kind) && !speakers.contains($0.actor.id) })
        else { return nil }
        // A pronoun opening a new sentence continues with the one the sentence before was about, its subject, rather
        // than whoever it named last ("Musk fired the chief financial officer, Ned Segal. He accused them ...": Musk).
        guard last.sentence < here else { return last.actor }
        let candidates = named.filter { $0.sentence == last.sentence && kinds.contains($0.actor.kind) && !speakers.contains($0.actor.id) }
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
