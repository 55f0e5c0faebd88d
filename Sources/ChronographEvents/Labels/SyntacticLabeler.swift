import ChronographCore
import ChronographSyntax

/// Headlines for events written from the parse, as an analyst would: "Actor verb object (in
/// place)" for a verb ("Protesters stormed the mayor's office in Almaty", "Karim Masimov
/// sentenced for treason", "Officers said they had seized power"), "Noun of X (in place)" for an
/// event noun ("Removal of Ali Bongo", "Military coup in Gabon"). Phrases are whole phrases of
/// the tree (never cut mid-phrase), names are the participants' canonical names, a subject the
/// clause leaves out is taken from the clause it depends on ("seized power and placed the
/// president under arrest": one subject), and dates stay out of labels (the time is shown apart).
struct SyntacticLabeler {
    let lexicon: EventLexicon

    /// Dependents written with the word they modify: determiners, adjectives, compounds, numbers,
    /// name parts, possessors, and (for adjectives and numbers) their adverbs.
    static let phraseParts: Set<String> = ["det", "amod", "compound", "nummod", "flat", "fixed", "nmod:poss", "goeswith"]
    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "these", "those"]
    static let relativePronouns: Set<String> = ["who", "which", "that", "whom", "whose"]
    /// Possessive pronouns and the subject pronoun whose antecedent they share.
    static let possessivePronouns: [String: String] = ["his": "he", "her": "she", "its": "it", "their": "they"]
    static let placePrepositions: Set<String> = ["in", "at"]
    /// The words that negate a verb, "n't" with either apostrophe.
    static let negations: Set<String> = ["not", "n't", "n\u{2019}t", "never"]
    static let argumentPrepositions: Set<String> = ["for", "to", "of", "on", "against", "with", "from", "into", "under", "as"]

    /// What the labeler needs of the sentence: the tree, the participants' spans (scalar ranges with
    /// their actors), and the scalar ranges of its time expressions.
    struct Context {
        var tree: DependencyTree
        var names: [(range: Range<Int>, actor: Actor)]
        var times: [Range<Int>]
        /// The name a pronoun at a scalar offset stands for, if the text before it settles it.
        var antecedent: (Int, String) -> String?
    }

    func label(_ d: Draft, _ c: Context) -> String? {
        guard let w = SyntacticAnchors.head(of: d.start..<d.end, in: c.tree) else { return nil }
        // "Sentencing will be set": a gerund read as a noun is told as one ("Plan to sentence" told it as a verb
        // without its subject); its one word stays, for the article's place or participants to complete it.
        if MisreadClauses.gerundAsNoun(w, c.tree) {
            guard let text = nounLabel(w, d, c, keepOneWord: true) else { return nil }
            return text.prefix(1).uppercased() + text.dropFirst()
        }
        let text = d.isVerb || c.tree.words[w].upos == "VERB" ? verbLabel(w, d, c) : nounLabel(w, d, c)
        guard let text, !text.isEmpty else { return nil }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    // MARK: Verbs

    private func verbLabel(_ v: Int, _ d: Draft, _ c: Context) -> String? {
        let t = c.tree
        let deps = t.dependents(of: v)
        // A plan never carried out is told as the plan ("Plan to enlist militants from Afghanistan and Syria").
        if [.planned, .intended, .prevented].contains(d.factuality), t.universalRelation(of: v) != "root", t.words[v].xpos == "VB" {
            // "Bankman-Fried has vowed to appeal": who intends it, when the controlling verb says so.
            // The infinitive as written: "to be identified" for a passive, else the verb's base form.
            let infinitive = deps.contains { t.relation(of: $0) == "aux:pass" } ? "be " + t.words[v].form : t.words[v].lemma
            var parts = ["Plan to", infinitive]
            if t.universalRelation(of: v) == "xcomp", let h = t.head(of: v), t.words[h].upos == "VERB",
                let s = t.dependents(of: h).first(where: { t.relation(of: $0) == "nsubj" }), let subject = phrase(s, c, max: 5, subject: true)
            {
                parts = [subject, t.words[h].form, "to", infinitive]
            } else if d.factuality != .prevented,
                let subject = deps.first(where: { t.relation(of: $0) == "nsubj" }).flatMap({ phrase($0, c, max: 5, subject: true) })
                    ?? (t.universalRelation(of: v) == "acl" ? nil : inheritedSubject(v, c)),
                !Self.pronouns.contains(subject.lowercased()), !["i", "me", "us"].contains(subject.lowercased())
            {
                // Who is to do it, as headlines tell what is to come ("Musk to buy Twitter"); a pronoun the text
                // does not resolve ("we") names no one; the noun an infinitive describes ("a plan to hire") is not who
                // plans it. A plan stopped before it happened stays "Plan to ...".
                parts = [subject, "to", infinitive]
            }
            if let o = deps.first(where: { t.relation(of: $0) == "obj" }), let p = phrase(o, c, max: 7, withArgument: true, argument: true) { parts.append(p) }
            if let o = deps.first(where: { t.relation(of: $0).hasPrefix("obl") && !isTime($0, c) && caseWord($0, c).map(Self.argumentPrepositions.contains) == true }),
                let p = phrase(o, c, max: 4, argument: true)
            {
                parts.append(caseWord(o, c)! + " " + p)
            }
            return parts.joined(separator: " ")
        }
        func rel(_ x: Int) -> String { t.relation(of: x) }
        let passive = deps.contains { rel($0) == "nsubj:pass" || rel($0) == "aux:pass" }
        // A clause has one subject: of two the parse gives, one that names a person or an organization ("date
        // 2024-03-28 Sam Bankman-Fried was sentenced", a page's date line run into the sentence), else the first.
        let subjects = deps.filter { ["nsubj", "nsubj:pass", "csubj"].contains(rel($0)) && !isClause($0, c) }
        let named = subjects.count > 1
            ? subjects.first { s in c.names.contains { $0.range.contains(t.words[s].start) && [.person, .organization].contains($0.actor.kind) } } : nil
        var subject = (named ?? subjects.first).flatMap { phrase($0, c, max: 6, subject: true) }
        // "Remains of tear gas cartridges lie on the ground": a subject that is a bare noun says what it is with its
        // argument ("Remains lie" tells nothing).
        if let s = named ?? subjects.first, let one = subject, !TextSearch.contains(" ", in: one), t.words[s].upos == "NOUN",
            let whole = phrase(s, c, max: 6, subject: true, withArgument: true)
        {
            subject = whole
        }
        // "..., announced the Interior Ministry": the saying's subject follows it.
        let inverted = subjects.isEmpty ? MisreadClauses.invertedSubject(v, t) : nil
        if subject == nil, let o = inverted { subject = phrase(o, c, max: 6, subject: true) }
        if subject == nil {
            subject = inheritedSubject(v, c) ?? adjacentName(before: v, c)
                ?? (MisreadClauses.strandedSubject(before: v, t) ?? MisreadClauses.appositiveSubject(v, t)).flatMap { phrase($0, c, max: 6, subject: true) }
        }
        // A name the tagger stretched over the verb ("Foreign Militant Involvement Revealed" in a headline) is no subject.
        if let s = subject, c.names.contains(where: { $0.range.contains(t.words[v].start) && $0.actor.name == s }) { subject = nil }
        var parts: [String] = []
        if let subject { parts.append(subject) }
        // An object pronoun is never the clause's own subject ("Blinken was working with him" is not with Blinken):
        // resolved to the subject's name, it is resolved wrongly and left out, as a pronoun the text does not
        // resolve is.
        func argument(_ x: Int, _ p: String?) -> String? {
            p == subject && t.words[x].upos == "PRON" ? nil : p
        }
        // Negation and modality stay with the verb ("did not attend", "would send").
        let neg = deps.filter { rel($0) == "advmod" && Self.negations.contains(t.words[$0].form.lowercased()) }
        if !neg.isEmpty {
            // A contracted "is" ("it's not living up") is left out, as headlines leave out "is".
            let aux = deps.filter { ["aux"].contains(rel($0)) && $0 < v && !contractedBe($0, c) }
            parts.append(contentsOf: (aux + neg).sorted().map { auxiliaryWritten($0, c) })
        }
        var verb = t.words[v].form
        // A perfect whose participle is no past form keeps its auxiliary ("Acme has taken control of Beta", not
        // "Acme taken control"); "had fired" reads as "fired", as headlines leave auxiliaries out.
        if neg.isEmpty, !passive, t.words[v].xpos == "VBN",
            let have = deps.last(where: { rel($0) == "aux" && $0 < v && t.words[$0].lemma.lowercased() == "have" }),
            !lexicon.forms.readings(verb.lowercased(), verbalOnly: true).contains(where: { $0.tags.contains("VBD") })
        {
            verb = t.words[have].form.lowercased() + " " + verb
        }
        if let prt = deps.first(where: { rel($0) == "compound:prt" }) { verb += " " + t.words[prt].form }
        // "vowed to appeal", "the deadliest earthquake to strike": the controlled or describing verb keeps its "to".
        if t.universalRelation(of: v) == "xcomp" || MisreadClauses.superlativeNoun(v, t) != nil, let mark = deps.first(where: { rel($0) == "mark" && t.words[$0].form.lowercased() == "to" }) {
            // ... with its auxiliaries ("wanted to be identified").
            let auxiliaries = deps.filter { ["aux", "aux:pass"].contains(rel($0)) && mark < $0 && $0 < v }.map { t.words[$0].form.lowercased() }
            verb = ([t.words[mark].form.lowercased()] + auxiliaries + [verb]).joined(separator: " ")
        }
        parts.append(verb)
        // "found him guilty", "declared Tinubu the winner": an object with what it is said to be (a pronoun
        // there still says who).
        let predicative = deps.first { rel($0) == "xcomp" && ["ADJ", "NOUN", "PROPN"].contains(t.words[$0].upos) }
        if let o = deps.first(where: { rel($0) == "obj" && $0 != inverted }),
            let p = argument(o, phrase(o, c, max: 7, subject: true, withArgument: true, argument: true))
                ?? (predicative != nil && t.words[o].upos == "PRON" ? t.words[o].form.lowercased() : nil)
        {
            parts.append(p)
            if let x = predicative, x > o, let q = phrase(x, c, max: 4, argument: true) { parts.append(q) }
        } else if passive, let x = predicative, x > v, let q = phrase(x, c, max: 4, argument: true) {
            // "Sam Bankman-Fried was found guilty", "Bongo was declared the winner": a passive's predicate says what
            // the subject was found or declared to be ("found" alone tells nothing).
            parts.append(q)
        } else if let x = deps.first(where: { ["ccomp", "xcomp"].contains(rel($0)) }), let clause = complement(x, c, mainSubject: subject) {
            parts.append(clause)
        } else if let (noun, gerund) = MisreadClauses.compoundObject(of: v, t), let p = phrase(noun, c, max: 6, argument: true) {
            parts.append(p + " " + t.words[gerund].form)
        } else if d.eventClass == .reporting, let said = MisreadClauses.framedClause(of: v, t, inverted: inverted != nil),
            let clause = complement(said, c, mainSubject: subject), !Self.firstOrSecondPerson(said, t), saysWho(said, c)
        {
            // "..., Bloomberg reported", "As BFMTV reported, there were clashes": a saying is told with what it says
            // (when that clause says who: "The film says prevented the Syrian scenario" tells nothing).
            parts.append(clause)
        }
        if passive, let agent = deps.first(where: { rel($0) == "obl:agent" }), let p = phrase(agent, c, max: 5, argument: true) {
            parts.append("by " + p)
        }
        // One short argument after a preposition ("sentenced for treason", "fled to Chad").
        if parts.count <= 3, let o = deps.first(where: { rel($0).hasPrefix("obl") && !rel($0).hasPrefix("obl:tmod") && caseWord($0, c).map(Self.argumentPrepositions.contains) == true && !isTime($0, c) }),
            let p = argument(o, phrase(o, c, max: 4, argument: true))
        {
            parts.append(caseWord(o, c)! + " " + p)
        }
        if let place = placePhrase(deps, c), !parts.joined(separator: " ").contains(place) { parts.append("in " + place) }
        // A clause without its subject is no headline ("Stormed the set of a TV channel"): told from its object, as
        // headlines do ("Set of a TV channel stormed"), when the verb is a past form; else nil, and the caller decides.
        if subject == nil, !passive, neg.isEmpty, ["VBD", "VBN"].contains(t.words[v].xpos), parts.count >= 2, parts[0] == verb,
            let o = deps.first(where: { rel($0) == "obj" }), parts[1] == phrase(o, c, max: 7, subject: true, withArgument: true, argument: true),
            let object = phrase(o, c, max: 7, subject: true, dropArticle: true, withArgument: true)
        {
            return ([object, verb] + parts.dropFirst(2)).joined(separator: " ")
        }
        guard subject != nil, parts.count >= 2 else { return nil }
        return parts.joined(separator: " ")
    }

    /// The subject of a clause that has none of its own: a conjoined or controlled verb's (the first
    /// conjunct's, the controlling verb's object or subject), a relative clause's noun, or a
    /// participle's noun.
    private func inheritedSubject(_ v: Int, _ c: Context) -> String? {
        let t = c.tree
        guard let h = t.head(of: v) else { return nil }
        let r = t.universalRelation(of: v)
        switch r {
        case "conj", "xcomp", "advcl":
            let hd = t.dependents(of: h)
            if let n = MisreadClauses.superlativeNoun(v, t) ?? MisreadClauses.secondaryPredicateSubject(v, t) { return phrase(n, c, max: 5, subject: true) }
            if r == "xcomp", let o = hd.first(where: { t.relation(of: $0) == "obj" }), let p = phrase(o, c, max: 5) { return p }
            if let s = hd.first(where: { ["nsubj", "nsubj:pass"].contains(t.relation(of: $0)) && !isClause($0, c) }) { return phrase(s, c, max: 6, subject: true) }
            return r == "advcl" ? nil : inheritedSubject(h, c)
        case "acl":
            // "soldiers who seized power": the noun the clause describes (a verb the parse hung it on describes no one:
            // "The decision came after a meeting, chaired by ..." is not "Came chaired").
            return Self.nominal.contains(t.words[h].upos) ? phrase(h, c, max: 5, subject: true) : nil
        default:
            return nil
        }
    }

    /// An auxiliary or a negation as a headline writes it: "n't" as "not", and the clipped half of a contraction
    /// ("ca", "wo" of "can't", "won't"), which is no word alone, as its lemma ("can not", "will not").
    private func auxiliaryWritten(_ a: Int, _ c: Context) -> String {
        let w = c.tree.words[a]
        let form = w.form.lowercased()
        if ["n't", "n\u{2019}t"].contains(form) { return "not" }
        if a + 1 < c.tree.words.count, ["n't", "n\u{2019}t"].contains(c.tree.words[a + 1].form.lowercased()), w.end == c.tree.words[a + 1].start,
            !w.lemma.isEmpty, w.lemma.lowercased() != form, lexicon.forms.readings(form, verbalOnly: true).isEmpty
        {
            return w.lemma.lowercased()
        }
        return w.form
    }

    /// Whether a clause has a subject the label can write, or is existential ("there were clashes").
    private func saysWho(_ x: Int, _ c: Context) -> Bool {
        let t = c.tree
        return t.dependents(of: x).contains {
            t.relation(of: $0) == "expl" || ["nsubj", "nsubj:pass"].contains(t.relation(of: $0)) && phrase($0, c, max: 5, subject: true) != nil
        }
    }

    /// Whether a clause's subject is "I", "we" or "you": a quotation's own voice, which a headline told in the
    /// third person ("Ruto declared ...") cannot repeat as written.
    static func firstOrSecondPerson(_ x: Int, _ t: DependencyTree) -> Bool {
        t.dependents(of: x).contains { ["nsubj", "nsubj:pass"].contains(t.relation(of: $0)) && ["i", "we", "you"].contains(t.words[$0].form.lowercased()) }
    }

    /// "Hundreds were trapped, AP reported", told "AP reported hundreds were trapped": a phrase that opens the
    /// sentence loses the capital the sentence gave it, unless its first word is a name, an acronym or "I".
    static func sentenceCapitalDropped(_ phrase: String, _ h: Int, _ t: DependencyTree) -> String {
        guard let first = t.words.indices.first(where: { t.words[$0].upos != "PUNCT" }), t.span(of: h).lowerBound == first,
            !["PROPN"].contains(t.words[first].upos), t.words[first].form != "I", phrase.hasPrefix(t.words[first].form),
            !t.words[first].form.dropFirst().contains(where: \.isUppercase)  // "UBS", "BFMTV": an acronym keeps its capitals
        else { return phrase }
        return phrase.prefix(1).lowercased() + phrase.dropFirst()
    }

    /// Parts of speech that head a noun phrase, the ones a relative or participle clause can describe.
    static let nominal: Set<String> = ["NOUN", "PROPN", "PRON", "NUM"]

    /// A subject the parse gives that is a past verb ("who was killed ..., began": "killed" as the subject of
    /// "began"): a clause, no one who does anything. A gerund ("Rioting spread") reads as a noun, and a plural the
    /// tagger read as a present verb ("clashes broke out") is one.
    private func isClause(_ x: Int, _ c: Context) -> Bool {
        let w = c.tree.words[x]
        return w.upos == "AUX" || w.upos == "VERB" && ["VBD", "VBN"].contains(w.xpos)
    }

    /// "a crisis that threatened to spread", "the decision, which will cover 10 provinces": the noun a relative
    /// pronoun stands for, when the pronoun is the subject of a verb whose clause describes a noun (an object "that"
    /// is as often a conjunction the parse misread: "told the judge that customers had suffered").
    private func relativeAntecedent(_ pronoun: Int, _ c: Context, max: Int) -> String? {
        let t = c.tree
        guard ["nsubj", "nsubj:pass"].contains(t.relation(of: pronoun)), let clause = t.head(of: pronoun), t.words[clause].upos == "VERB",
            t.relation(of: clause) == "acl:relcl", let noun = t.head(of: clause), ["NOUN", "PROPN"].contains(t.words[noun].upos)
        else { return nil }
        return phrase(noun, c, max: max, subject: true)
    }

    /// "’s", "'re" read as "is", "are": a form of "be" written as a contraction, which a headline leaves out
    /// ("army not withdrawing"; "'ll", "'d" stay, and so does "'s" before another auxiliary: "it's been", a "has").
    private func contractedBe(_ x: Int, _ c: Context) -> Bool {
        let w = c.tree.words[x]
        guard (w.form.first == "'" || w.form.first == "\u{2019}") && w.lemma == "be", let h = c.tree.head(of: x) else { return false }
        return !c.tree.dependents(of: h).contains { $0 > x && ["aux", "aux:pass", "cop"].contains(c.tree.relation(of: $0)) }
    }

    /// A participant named right before the verb, with nothing but punctuation and adverbs between
    /// ("Moussa Faki Mahamat, "strongly" condemned"): the subject a parse that attached the name
    /// elsewhere left out.
    private func adjacentName(before v: Int, _ c: Context) -> String? {
        let t = c.tree
        var k = v - 1
        while k >= 0 {
            let w = t.words[k]
            if let name = c.names.first(where: { $0.range.contains(w.start) }) {
                return [.person, .organization, .country].contains(name.actor.kind) ? name.actor.name : nil
            }
            guard ["PUNCT", "ADV"].contains(w.upos) else { return nil }
            k -= 1
        }
        return nil
    }

    /// A complement clause in short: "(that) officers had seized power", "to leave the country".
    private func complement(_ x: Int, _ c: Context, mainSubject: String? = nil) -> String? {
        let t = c.tree
        let deps = t.dependents(of: x)
        var parts: [String] = []
        let subject = deps.first(where: { ["nsubj", "nsubj:pass"].contains(t.relation(of: $0)) })
        // "there were no plans": an existential clause tells its subject after the verb.
        let existential = deps.contains { t.relation(of: $0) == "expl" && t.words[$0].form.lowercased() == "there" }
        if t.relation(of: x) == "xcomp" {
            if let mark = deps.first(where: { t.relation(of: $0) == "mark" }) { parts.append(t.words[mark].form.lowercased()) }
        } else if existential {
            parts.append("there")
        } else if subject == nil, let e = deps.first(where: { t.relation(of: $0) == "expl" }) {
            // "It is not yet necessary to declare ...": the "it" a clause puts first stays as its subject.
            parts.append(t.words[e].form.lowercased())
        } else if let s = subject, let p = phrase(s, c, max: 5, subject: true) {
            // "Clinton said he had ordered the strikes": a pronoun for the speaker stays a pronoun.
            parts.append(p == mainSubject && t.words[s].upos == "PRON" ? t.words[s].form.lowercased() : Self.sentenceCapitalDropped(p, s, t))
        }
        // Auxiliaries, copula and negation in the order written ("it would not be proper", "it's never been"), a
        // contraction written on the word before it ("it's").
        let negations = deps.filter { t.relation(of: $0) == "advmod" && Self.negations.contains(t.words[$0].form.lowercased()) }
        let verbal = deps.filter { ["aux", "aux:pass", "cop"].contains(t.relation(of: $0)) && $0 < x && !contractedBe($0, c) } + negations.filter { $0 < x }
        for a in verbal.sorted() {
            let w = auxiliaryWritten(a, c)
            if let last = parts.last, a > 0, w.first == "'" || w.first == "\u{2019}", t.words[a].start == t.words[a - 1].end {
                parts[parts.count - 1] = last + w
            } else {
                parts.append(w.lowercased())
            }
        }
        // A predicate after a copula is a phrase ("the decision was final", "he was a spy"), a verb a word.
        if deps.contains(where: { t.relation(of: $0) == "cop" }) {
            guard var p = phrase(x, c, max: 5, argument: true) else { return nil }
            // Its negation is written with the copula already ("not yet necessary": "is not yet necessary", once).
            for n in negations where n < x {
                let form = t.words[n].form
                if p.lowercased().hasPrefix(form.lowercased() + " ") { p = String(p.dropFirst(form.count + 1)) }
            }
            // "Ned Segal and Parag Agrawal were at Twitter's headquarters": a place or state after the copula keeps
            // its preposition.
            // ("out of power": every word of a compound preposition).
            parts.append(contentsOf: deps.filter { t.relation(of: $0) == "case" && $0 < x }.map { t.words[$0].form.lowercased() })
            parts.append(p)
        } else {
            // A clause whose head is an auxiliary says nothing without what it leaves out.
            guard t.words[x].upos != "AUX" || existential else { return nil }
            parts.append(contentsOf: negations.filter { $0 > x }.map { auxiliaryWritten($0, c) })
            parts.append(t.words[x].form)
        }
        if existential, let s = subject, let p = phrase(s, c, max: 6, argument: true) { parts.append(p) }
        if let o = deps.first(where: { t.relation(of: $0) == "obj" }), let p = phrase(o, c, max: 5, argument: true) {
            // "Musk said Twitter had misled him": the speaker as object stays a pronoun too.
            parts.append(p == mainSubject && t.words[o].upos == "PRON" ? t.words[o].form.lowercased() : p)
        }
        // "sparked off rioting", "kept fighting": a gerund the verb takes says what it is alone.
        let gerund = t.relation(of: x) == "xcomp" && t.words[x].xpos == "VBG" && parts == [t.words[x].form]
        return parts.count >= 2 || gerund ? parts.joined(separator: " ") : nil
    }

    // MARK: Nouns

    /// `keepOneWord`: a salient noun the sentence gives no place or participant keeps its one word (for
    /// ``OneWordHeadlines`` to complete) rather than none.
    private func nounLabel(_ n: Int, _ d: Draft, _ c: Context, keepOneWord: Bool = false) -> String? {
        let t = c.tree
        guard var core = phrase(n, c, max: 5, dropArticle: true, happening: true) else { return nil }
        let deps = t.dependents(of: n)
        // "Mr Musk's $44 billion purchase": a participant who owns the happening is told after it, as a pronoun owner is
        // ("$44 billion purchase of Elon Musk", as "his trial" is "Trial of ..."): the phrase, a happening's, is no
        // person ("Elon Musk"), and a name before the noun would read as who did what the label tells.
        // (With an "of" of its own, the owner stays before it: "the Executive's capture of Parliament".)
        let ownerAfter = !deps.contains { t.universalRelation(of: $0) == "nmod" && caseWord($0, c) == "of" }
        if let owner = namedOwner(n, c), !core.contains(owner), !c.names.contains(where: { $0.actor.name == core }) { core = ownerAfter ? core + " of " + owner : owner + "'s " + core }
        // "a documentary aired by Khabar": the participle that says who did it.
        if let acl = deps.first(where: { t.universalRelation(of: $0) == "acl" && t.words[$0].xpos == "VBN" }),
            let agent = t.dependents(of: acl).first(where: { t.relation(of: $0) == "obl:agent" }), let p = phrase(agent, c, max: 4)
        {
            return core + " " + t.words[acl].form + " by " + p
        }
        if let o = deps.first(where: { t.universalRelation(of: $0) == "nmod" && t.relation(of: $0) != "nmod:poss" && !isTime($0, c)
            && caseWord($0, c).map { ["of", "against", "by", "on", "over"].contains($0) } == true }),
            var p = phrase(o, c, max: 5)
        {
            // "the death of his father, Omar Bongo": a name in apposition to the happening, after its argument, names
            // that argument (a happening is no person).
            if let a = deps.first(where: { t.universalRelation(of: $0) == "appos" && $0 > o && t.words[o].upos == "NOUN" }), let name = personName(a, c) { p = name }
            core += " " + caseWord(o, c)! + " " + p
        }
        if let place = placePhrase(deps, c) {
            if !core.contains(place) { core += " in " + place }
        } else if let loc = d.location?.name, !core.contains(loc), d.location?.inferred != true {
            core += " in " + loc
        }
        // "his trial", "their protest": the possessor a pronoun stands for ("Trial of Sam Bankman-Fried").
        if let poss = deps.first(where: { t.relation(of: $0) == "nmod:poss" && t.words[$0].upos == "PRON" }),
            let pronoun = Self.possessivePronouns[t.words[poss].form.lowercased()], let name = c.antecedent(t.words[poss].start, pronoun)
        {
            let form = t.words[poss].form
            if core.lowercased().hasPrefix(form.lowercased() + " ") { core = String(core.dropFirst(form.count + 1)) }
            core += " of " + name
        }
        // A bare noun ("Deal") names the happening of whoever a light verb gives it to ("soldiers staged a coup").
        if !TextSearch.contains(" ", in: core), let h = t.head(of: n), t.words[h].upos == "VERB", ["obj", "nsubj"].contains(t.universalRelation(of: n)),
            let s = t.dependents(of: h).first(where: { ["nsubj"].contains(t.relation(of: $0)) && $0 != n }), let p = phrase(s, c, max: 5, subject: true)
        {
            core += " by " + p
        }
        // A noun alone ("Deal", "Order") is no headline: a salient one says where or who, a minor one is not told.
        if !TextSearch.contains(" ", in: core) && d.salient {
            if let place = d.location?.name { return core + " in " + place }
            var names = d.actors.prefix(2).map(\.name)
            // Else who the sentence names: "Trial: Sam Bankman-Fried".
            if names.isEmpty {
                for n in c.names where [.person, .organization, .country].contains(n.actor.kind) && !names.contains(n.actor.name) && names.count < 2 {
                    names.append(n.actor.name)
                }
            }
            if !names.isEmpty { return core + ": " + names.joined(separator: ", ") }
        }
        // A noun alone whose phrase a name stands in ("Tesla founder Elon Musk") says who, as a salient one does.
        if !TextSearch.contains(" ", in: core), !keepOneWord || !d.salient, let name = phrase(n, c, max: 5, dropArticle: true), name != core,
            c.names.contains(where: { $0.actor.name == name })
        {
            return core + ": " + name
        }
        return TextSearch.contains(" ", in: core) || keepOneWord && d.salient ? core : nil
    }

    // MARK: Phrases

    /// The phrase a word heads, written as in the text: its name when it is a participant's, else the
    /// word with its determiners, modifiers, compounds, numbers, possessors (dates left out).
    /// `argument`: the phrase is an object or an agent, where a pronoun the text does not resolve to a name
    /// ("approved by it", "disclosed this") tells the reader nothing and is left out.
    /// `happening`: the phrase is an event noun's, which names no one: a name beside it, over it or inside it
    /// ("Mr Musk's purchase", "the death ..., Omar Bongo", "Gen Z protests" taken for a group's name) stays one of
    /// its words, never the whole phrase. (A noun right before the name it describes, "state TV channel Khabar", is
    /// that name still: it describes, and happens to no one.)
    private func phrase(_ h: Int, _ c: Context, max: Int, subject: Bool = false, dropArticle: Bool = false, withArgument: Bool = false, argument: Bool = false, happening: Bool = false) -> String? {
        let t = c.tree
        let word = t.words[h]
        if isTime(h, c) { return nil }
        // A title or description with the name beside it ("former chairman ..., Karim Masimov"): the name.
        if !happening, let named = t.dependents(of: h).first(where: { ["appos", "flat"].contains(t.universalRelation(of: $0)) && personName($0, c) != nil }) {
            return coordinated(h, personName(named, c)!, c)
        }
        if !happening, let person = personName(h, c) { return coordinated(h, person + (withArgument ? argumentTail(h, c) : ""), c) }
        if !happening, let named = c.names.first(where: { $0.range.contains(word.start) }) {
            let first = t.words.firstIndex { $0.start == named.range.lowerBound } ?? h
            return coordinated(h, afterConjunct(first, named.actor.name + (withArgument ? argumentTail(h, c) : ""), c), c)
        }
        // "state TV channel Khabar", "opposition leader X": a common noun right before a name it
        // describes (close apposition, often parsed apart) is that name.
        if word.upos == "NOUN", h + 1 < t.words.count, t.words[h + 1].upos == "PROPN",
            let name = c.names.first(where: { $0.range.lowerBound == t.words[h + 1].start })
        {
            return coordinated(h, name.actor.name, c)
        }
        let lower = word.form.lowercased()
        // "Neither of these two sources", "some of the protesters": a quantity says who with what it counts.
        if ["PRON", "DET"].contains(word.upos), !Self.pronouns.contains(lower), !Self.relativePronouns.contains(lower),
            let of = t.dependents(of: h).first(where: { t.universalRelation(of: $0) == "nmod" && caseWord($0, c) == "of" }),
            let p = phrase(of, c, max: 4, argument: argument)
        {
            return word.form + " of " + p
        }
        // A conjunction, preposition, auxiliary, particle or article heads no phrase ("reported that ...", parsed as
        // an object; "there was a" where the text breaks off).
        if ["SCONJ", "CCONJ", "ADP", "AUX", "PART", "DET"].contains(word.upos) { return nil }
        if word.upos == "PRON" {
            if Self.relativePronouns.contains(lower) { return subject ? relativeAntecedent(h, c, max: max) : nil }
            if subject || argument, let a = c.antecedent(word.start, lower) { return a }
            return !argument && Self.pronouns.contains(lower) ? word.form : nil
        }
        var members = [h]
        var queue = [h]
        while let x = queue.popLast() {
            for dep in t.dependents(of: x) {
                let r = t.relation(of: dep)
                // "bus and tram services": a coordination inside a compound modifier is the phrase's (the head's own
                // conjuncts are told as a pair, by `coordinated`).
                let inCompound = x != h && (r == "conj" && t.relation(of: x) == "compound"
                    || r == "cc" && t.relation(of: x) == "conj" && t.head(of: x).map { $0 != h && t.relation(of: $0) == "compound" } == true)
                if happening, x == h, r == "nmod:poss", namedOwner(h, c) != nil,
                    !t.dependents(of: h).contains(where: { t.universalRelation(of: $0) == "nmod" && caseWord($0, c) == "of" }) { continue }
                guard Self.phraseParts.contains(r) || inCompound || (r == "case" && t.relation(of: x) == "nmod:poss") || (r == "advmod" && ["ADJ", "NUM"].contains(t.words[x].upos))
                    || Self.oneWritten(dep, x, t),
                    !isTime(dep, c)
                else { continue }
                members.append(dep)
                queue.append(dep)
            }
        }
        // A word written with hyphens is whole in the phrase ("free-for-all", whose "for" the parse makes a case).
        for m in members {
            var k = m
            while k > 0 && Self.oneWritten(k - 1, k, t) { k -= 1; if !members.contains(k) { members.append(k) } }
            k = m
            while k + 1 < t.words.count && Self.oneWritten(k, k + 1, t) { k += 1; if !members.contains(k) { members.append(k) } }
        }
        // A person named inside the phrase ("Kazakhstan President Kassym-Jomart Tokayev") is who it names.
        if !happening, let person = members.lazy.compactMap({ self.personName($0, c) }).first { return coordinated(h, person, c) }
        members.sort()
        // Contiguous around the head, at most `max` words (modifiers furthest from the head go first).
        // (Words as written: "long-standing" is one.)
        func written(_ m: [Int]) -> Int { m.indices.filter { $0 == 0 || m[$0 - 1] != m[$0] - 1 || !Self.oneWritten(m[$0] - 1, m[$0], t) }.count }
        while written(members) > max {
            if members.first! != h && (members.last! == h || h - members.first! >= members.last! - h) { members.removeFirst() } else { members.removeLast() }
        }
        // A possessive's "'s" without its possessor goes with it, and so does a part of a hyphenated word cut off
        // from the rest ("-standing" of "long-standing").
        while let f = members.first, f != h, t.relation(of: f) == "case" || Self.isHyphen(t.words[f]) || f > 0 && Self.oneWritten(f - 1, f, t) && !members.contains(f - 1) {
            members.removeFirst()
        }
        while let l = members.last, l != h, Self.isHyphen(t.words[l]) || l + 1 < t.words.count && Self.oneWritten(l, l + 1, t) && !members.contains(l + 1) {
            members.removeLast()
        }
        if dropArticle, let f = members.first, f != h, t.relation(of: f) == "det", ["the", "a", "an"].contains(t.words[f].form.lowercased()) {
            members.removeFirst()
        }
        // "Hundreds of buildings", "3,549 of them": a number or quantity says little without what it counts.
        var tail = ""
        if ["NUM"].contains(word.upos) || word.xpos == "NNS" && word.lemma.hasSuffix("hundred") || ["hundreds", "thousands", "dozens", "millions", "scores"].contains(lower),
            let of = t.dependents(of: h).first(where: { t.universalRelation(of: $0) == "nmod" && caseWord($0, c) == "of" }),
            let p = phrase(of, c, max: 3)
        {
            tail = " of " + p
        }
        // Names inside the phrase are written as the participants' names.
        var out = ""
        var lastEnd = -1
        var k = 0
        while k < members.count {
            let wd = t.words[members[k]]
            if let name = c.names.first(where: { $0.range.contains(wd.start) }), !(happening && name.range.contains(word.start)) {
                // "the Indus water treaty", the treaty's name told in part: a name that ends in the happening's own noun
                // is the happening.
                if happening, name.actor.name.split(separator: " ").last.map({ $0.lowercased() == word.form.lowercased() }) == true {
                    return coordinated(h, name.actor.name, c)
                }
                if !out.isEmpty { out += " " }
                out += name.actor.name
                lastEnd = name.range.upperBound
                // A possessive's "'s" the name took in ("the Tesla CEO's protracted case") stays with it.
                var possessive = false
                while k < members.count && name.range.contains(t.words[members[k]].start) {
                    possessive = possessive || t.relation(of: members[k]) == "case" && ["'s", "\u{2019}s"].contains(t.words[members[k]].form.lowercased())
                    k += 1
                }
                if possessive && !out.hasSuffix("s") { out += "'s" }
                continue
            }
            if !out.isEmpty && wd.start != lastEnd { out += " " }
            // A sentence's capital on a determiner is not the phrase's ("by The jury").
            out += k == 0 && t.relation(of: members[k]) == "det" ? wd.form.lowercased() : wd.form
            lastEnd = wd.end
            k += 1
        }
        guard !out.isEmpty else { return nil }
        if withArgument, tail.isEmpty { tail = argumentTail(h, c) }
        return coordinated(h, afterConjunct(members[0], out + tail, c), c)
    }

    /// The participant (a person, organization or country) named as an event noun's possessor, if any.
    private func namedOwner(_ n: Int, _ c: Context) -> String? {
        let t = c.tree
        guard let poss = t.dependents(of: n).first(where: { t.relation(of: $0) == "nmod:poss" && t.words[$0].upos != "PRON" }) else { return nil }
        return c.names.first { $0.range.contains(t.words[poss].start) && [.person, .organization, .country].contains($0.actor.kind) }?.actor.name
    }

    /// Whether words `a` and `b` are written as one, with no space between them ("long-standing", "water-sharing"
    /// are three words each to the parse): a dependent so written belongs to its head's phrase.
    static func oneWritten(_ a: Int, _ b: Int, _ t: DependencyTree) -> Bool {
        let (x, y) = (min(a, b), max(a, b))
        return (x...y).contains { isHyphen(t.words[$0]) } && (x..<y).allSatisfy { t.words[$0].end == t.words[$0 + 1].start }
            && (x...y).allSatisfy { t.words[$0].upos != "PUNCT" || isHyphen(t.words[$0]) }
    }

    /// A hyphen (or a non-breaking one) between the parts of one written word.
    static func isHyphen(_ w: SyntaxWord) -> Bool { w.form == "-" || w.form == "\u{2010}" || w.form == "\u{2011}" }

    /// "X, and other officials": "other" points back to the conjunct before it, a name the parse may
    /// have left outside the phrase that starts at word `first`.
    private func afterConjunct(_ first: Int, _ phrase: String, _ c: Context) -> String {
        let t = c.tree
        guard t.words[first].form.lowercased() == "other", first >= 2, t.words[first - 1].form.lowercased() == "and" else { return phrase }
        let last = t.words[first - 2].form == "," ? first - 3 : first - 2
        guard last >= 0, let name = c.names.first(where: { $0.range.upperBound == t.words[last].end }), name.actor.name != phrase else { return phrase }
        return name.actor.name + " and " + phrase
    }

    /// "militants from Afghanistan and Syria": one short argument of a head noun (" from ..."), or "".
    private func argumentTail(_ h: Int, _ c: Context) -> String {
        let t = c.tree
        guard let arg = t.dependents(of: h).first(where: { t.universalRelation(of: $0) == "nmod" && t.relation(of: $0) != "nmod:poss" && !isTime($0, c)
                && caseWord($0, c).map { ["from", "of", "in", "to", "against"].contains($0) } == true }),
            let p = phrase(arg, c, max: 4)
        else { return "" }
        return " " + caseWord(arg, c)! + " " + p
    }

    /// The name of the person a word stands in, if any.
    private func personName(_ w: Int, _ c: Context) -> String? {
        c.names.first { $0.range.contains(c.tree.words[w].start) && $0.actor.kind == .person }?.actor.name
    }

    /// A phrase with what it is coordinated with ("Karim Masimov and other officials"): only a pair, as a
    /// longer list cut to two would misstate it.
    private func coordinated(_ h: Int, _ first: String, _ c: Context) -> String {
        let conjuncts = c.tree.dependents(of: h).filter { c.tree.universalRelation(of: $0) == "conj" }
        guard conjuncts.count == 1, let other = conjuncts.first, ["NOUN", "PROPN"].contains(c.tree.words[other].upos),
            !isTime(other, c), let p = phrase(other, c, max: 4), p != first
        else { return first }
        // "clients or counterparties": an "or" the text has stays ("nor" needs the "neither" the phrase leaves out).
        let or = c.tree.dependents(of: other).contains { c.tree.relation(of: $0) == "cc" && c.tree.words[$0].form.lowercased() == "or" }
        return first + (or ? " or " : " and ") + p
    }

    private func caseWord(_ x: Int, _ c: Context) -> String? {
        c.tree.dependents(of: x).first { c.tree.relation(of: $0) == "case" }.map { c.tree.words[$0].form.lowercased() }
    }

    private func isTime(_ x: Int, _ c: Context) -> Bool {
        let w = c.tree.words[x]
        return c.times.contains { $0.contains(w.start) }
    }

    /// "in Almaty", "at the parliament": a place the clause names after "in" or "at" (a country's
    /// name, or a proper noun's phrase).
    private func placePhrase(_ deps: [Int], _ c: Context) -> String? {
        for x in deps where ["obl", "nmod"].contains(c.tree.universalRelation(of: x)) && caseWord(x, c).map(Self.placePrepositions.contains) == true
            && !isTime(x, c)
        {
            if let name = c.names.first(where: { $0.range.contains(c.tree.words[x].start) }), name.actor.kind == .country { return name.actor.name }
            if c.tree.words[x].upos == "PROPN" { return phrase(x, c, max: 4) }
        }
        return nil
    }
}
