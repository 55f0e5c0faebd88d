import ChronographSyntax

/// Where the parse reads a clause's words wrongly in ways a headline shows, and what they are: word
/// indices of the tree, for the labeler to write as phrases. Each reading follows from the grammar
/// (a pronoun has no subject; a gerund with a determiner and no object is a noun), not from words.
enum MisreadClauses {
    /// "Sentencing will be set": a gerund the parse makes a subject, object or a preposition's noun, with no
    /// subject, object, auxiliary or conjunction of its own, names a happening as a noun does.
    static func gerundAsNoun(_ w: Int, _ t: DependencyTree) -> Bool {
        guard t.words[w].xpos == "VBG", ["nsubj", "obj", "obl", "nmod"].contains(t.universalRelation(of: w)) else { return false }
        return !t.dependents(of: w).contains { ["nsubj", "obj", "iobj", "ccomp", "xcomp", "mark", "aux", "expl"].contains(t.universalRelation(of: $0)) }
    }

    /// "Some 5,000 police officers will be deployed ..., announced the Interior Ministry": a verb after the comma
    /// that ends a clause, with no subject of its own and its "object" running to the sentence's end, is a
    /// saying whose subject follows it (quotative inversion), and the clause before it is what it says; the parse
    /// makes the saying a conjunct or parataxis of that clause. The subject's word, or nil.
    static func invertedSubject(_ v: Int, _ t: DependencyTree) -> Int? {
        guard v > 0, t.words[v].upos == "VERB", ["conj", "parataxis"].contains(t.universalRelation(of: v)), let h = t.head(of: v), h < v,
            t.words[v - 1].upos == "PUNCT", [",", "\u{201D}", "\""].contains(t.words[v - 1].form)
        else { return nil }
        let deps = t.dependents(of: v)
        guard !deps.contains(where: { ["nsubj", "nsubj:pass", "csubj", "cc", "mark", "aux"].contains(t.universalRelation(of: $0)) }),
            let o = deps.first(where: { t.universalRelation(of: $0) == "obj" && $0 > v })
        else { return nil }
        // The subject ends the sentence: nothing after it but punctuation.
        guard ((t.span(of: o).upperBound + 1)..<t.words.count).allSatisfy({ t.words[$0].upos == "PUNCT" }) else { return nil }
        return o
    }

    static let relativePronouns: Set<String> = ["which", "who", "whom", "that"]

    /// "..., Bloomberg reported", "As BFMTV reported, there were clashes", "... will be deployed, announced the
    /// Ministry": a saying with no object or complement of its own that the parse hangs on the clause it frames
    /// (as a parataxis, an "as" clause, or a conjunct whose subject follows it) says that clause, its head. A
    /// saying that heads the sentence frames its parataxis instead ("Musk said, adding that ..." is not one).
    static func framedClause(of v: Int, _ t: DependencyTree, inverted: Bool) -> Int? {
        let deps = t.dependents(of: v)
        guard !deps.contains(where: { ["obj", "ccomp", "xcomp"].contains(t.universalRelation(of: $0)) }) || inverted,
            let h = t.head(of: v), t.words[h].upos == "VERB" || t.words[h].upos == "AUX" || t.dependents(of: h).contains(where: { t.relation(of: $0) == "cop" })
        else { return nil }
        switch t.universalRelation(of: v) {
        case "parataxis": return h
        case "advcl": return deps.contains { t.relation(of: $0) == "mark" && t.words[$0].form.lowercased() == "as" } && v < h ? h : nil
        case "conj": return inverted ? h : nil
        default: return nil
        }
    }

    /// "in which President Ali Bongo Ondimba, whose family has ruled for 55 years, had been declared the winner",
    /// parsed with the name as the subject of "which": no pronoun has a subject, so the name is the subject of
    /// the first clause after it that has none, here `v`'s (a relative pronoun before the name: "what a great
    /// day" is an exclamation's noun, no subject).
    static func strandedSubject(before v: Int, _ t: DependencyTree) -> Int? {
        func hungOnPronoun(_ k: Int) -> Bool {
            guard ["nsubj", "nsubj:pass"].contains(t.relation(of: k)), let h = t.head(of: k) else { return false }
            return t.words[h].upos == "PRON" && relativePronouns.contains(t.words[h].form.lowercased()) && h < k
        }
        guard let k = (0..<v).last(where: hungOnPronoun) else { return nil }
        let clauseWithoutSubject = { (u: Int) in
            t.words[u].upos == "VERB" && t.universalRelation(of: u) != "amod"
                && !t.dependents(of: u).contains { ["nsubj", "csubj"].contains(t.universalRelation(of: $0)) }
        }
        guard clauseWithoutSubject(v), !((k + 1)..<v).contains(where: clauseWithoutSubject) else { return nil }
        return k
    }

    /// "India has shut down the Attari-Wagah border crossing", parsed as "India has shut down" and a clause
    /// "[the Attari-Wagah border] crossing ...": a noun and a gerund right after a verb that has no object, with no
    /// conjunction or auxiliary of their own, are a compound noun and the verb's object. The noun, then the gerund.
    static func compoundObject(of v: Int, _ t: DependencyTree) -> (noun: Int, gerund: Int)? {
        let deps = t.dependents(of: v)
        guard !deps.contains(where: { ["obj", "ccomp", "xcomp"].contains(t.universalRelation(of: $0)) }) else { return nil }
        var next = v + 1
        if let particle = deps.first(where: { t.relation(of: $0) == "compound:prt" }), particle == next { next += 1 }
        for x in deps where t.universalRelation(of: x) == "advcl" && t.words[x].xpos == "VBG" {
            let own = t.dependents(of: x)
            guard !own.contains(where: { ["mark", "aux", "aux:pass", "cop"].contains(t.relation(of: $0)) }),
                let noun = own.first(where: { t.relation(of: $0) == "nsubj" }), noun + 1 == x, t.words[noun].upos == "NOUN",
                t.span(of: noun).lowerBound == next
            else { continue }
            return (noun, x)
        }
        return nil
    }

    /// "threatened to send clients or counterparties fleeing": a participle right after its head's object (no
    /// comma, no conjunction between) says what the object does; its subject is that object.
    static func secondaryPredicateSubject(_ v: Int, _ t: DependencyTree) -> Int? {
        guard t.universalRelation(of: v) == "advcl", t.words[v].xpos == "VBG", let h = t.head(of: v),
            !t.dependents(of: v).contains(where: { ["mark", "nsubj", "aux"].contains(t.universalRelation(of: $0)) }),
            let o = t.dependents(of: h).first(where: { t.relation(of: $0) == "obj" }), t.span(of: o).upperBound + 1 == v
        else { return nil }
        return o
    }

    /// "the deadliest earthquake to strike the country", parsed as a purpose clause of the sentence's verb: an
    /// infinitive right after a noun with a superlative or an ordinal ("the first woman to win") describes that
    /// noun, as a relative clause does. The noun.
    static func superlativeNoun(_ v: Int, _ t: DependencyTree) -> Int? {
        guard t.universalRelation(of: v) == "advcl", t.words[v].xpos == "VB", let h = t.head(of: v),
            let mark = t.dependents(of: v).first(where: { t.relation(of: $0) == "mark" && t.words[$0].form.lowercased() == "to" }), mark + 1 == v
        else { return nil }
        guard let n = t.dependents(of: h).first(where: { ["obl", "obj", "nsubj", "nsubj:pass"].contains(t.relation(of: $0)) && t.span(of: $0).upperBound + 1 == mark }),
            ["NOUN", "PROPN"].contains(t.words[n].upos),
            t.dependents(of: n).contains(where: { ["amod"].contains(t.relation(of: $0)) && (t.words[$0].xpos == "JJS" || t.words[$0].upos == "ADJ" && t.words[$0].feats.contains("NumType=Ord")) })
        else { return nil }
        return n
    }

    /// "Before sunset, bus and tram services in the Paris region, the focus of Wednesday's riots, were shut down",
    /// parsed with the services as an apposition of "sunset": a finite verb with no subject whose fronted
    /// adverbial has a noun in apposition, right before the verb, has that noun as its subject.
    static func appositiveSubject(_ v: Int, _ t: DependencyTree) -> Int? {
        let deps = t.dependents(of: v)
        guard t.universalRelation(of: v) == "root",
            !deps.contains(where: { ["nsubj", "csubj", "expl"].contains(t.universalRelation(of: $0)) }),
            ["VBD", "VBZ", "VBP"].contains(t.words[v].xpos)
                || deps.contains(where: { ["aux", "aux:pass"].contains(t.relation(of: $0)) && $0 < v && ["VBD", "VBZ", "VBP", "MD"].contains(t.words[$0].xpos) })
        else { return nil }
        for o in deps where t.universalRelation(of: o) == "obl" && o < v {
            guard let a = t.dependents(of: o).first(where: { t.universalRelation(of: $0) == "appos" && $0 > o }), ["NOUN", "PROPN"].contains(t.words[a].upos)
            else { continue }
            let end = t.span(of: o).upperBound
            guard end < v, ((end + 1)..<v).allSatisfy({ ["PUNCT", "AUX", "ADV"].contains(t.words[$0].upos) }) else { continue }
            return a
        }
        return nil
    }
}
