import ChronographCore

/// Finds actors (people with titles, organizations, countries, groups) and places in a
/// sentence, and links repeated mentions of one actor within a document.
struct ParticipantFinder {
    let lexicon: EventLexicon

    /// Actors seen so far in the document, for linking "Masimov" to "Karim Masimov".
    final class DocumentActors {
        var known: [Actor] = []
        /// The organization named last in the sentences read so far ("the automaker" stands for it).
        var lastOrganization: Actor?
        /// Capitalized words the document writes inside a sentence, after another word ("to buy Twitter"): names,
        /// even where a sentence opens with one that is also a common word ("Twitter said ...").
        var namesInside: Set<String> = []

        /// Reads ``namesInside`` off the document's sentences, leaving out those in title case (more than half
        /// the words capitalized: a headline's "Board Agrees To Sale" are no names).
        func readNamesInside(_ views: [SentenceView]) {
            for v in views {
                let words = v.tokens.filter { $0.kind == .word }
                guard words.count >= 3, words.filter(\.isCapitalized).count * 2 <= words.count else { continue }
                for k in v.tokens.indices.dropFirst() where v.tokens[k].isCapitalized && v.tokens[k - 1].kind == .word {
                    namesInside.insert(v.tokens[k].text)
                }
            }
        }
        /// `known`'s names and aliases lower-cased, refreshed when they change (link runs for
        /// every name in a document: lower-casing every known name each time was quadratic).
        private var lowerNames: [String] = []
        private var lowerAliases: [[String]] = []
        private var namesWithSpace: [Bool] = []
        /// " " + each lower-cased name (the suffix a longer name of the same person ends with).
        private var spacedNames: [String] = []

        /// Refreshes the lower-cased forms of `known[k]` (after it was added or renamed).
        private func lowered(_ k: Int) {
            while lowerNames.count <= k {
                lowerNames.append("")
                lowerAliases.append([])
                namesWithSpace.append(false)
                spacedNames.append("")
            }
            lowerNames[k] = known[k].name.lowercased()
            spacedNames[k] = " " + lowerNames[k]
            namesWithSpace[k] = lowerNames[k].unicodeScalars.contains(" ")
            lowerAliases[k] = known[k].aliases.map { $0.lowercased() }
        }

        /// The known actor this name refers to, or the actor itself after recording it. `surnameFirst`: the name is
        /// one word after a form of address ("Mr Yoon"), a surname, which some names write first.
        func link(_ a: Actor, surnameFirst: Bool = false) -> Actor {
            let lower = a.name.lowercased()
            let spacedLower = " " + lower
            let lowerHasSpace = lower.unicodeScalars.contains(" ")
            for k in known.indices {
                // Aliases are also added from outside (`find`): a changed count means a stale entry.
                if k >= lowerNames.count || lowerAliases[k].count != known[k].aliases.count { lowered(k) }
                let bl = lowerNames[k]
                let bKind = known[k].kind
                if bl == lower || lowerAliases[k].contains(lower) {
                    if known[k].title == nil, let t = a.title { known[k].title = t }
                    return known[k]
                }
                // An acronym links to the organization whose initials it spells ("GM" -> "General Motors"), and
                // the other way round (the full name becomes the canonical one).
                if a.kind != .person && bKind != .person && bKind != .country && a.kind != .country {
                    if Self.isAcronym(a.name, of: known[k].name) {
                        if !known[k].aliases.contains(a.name) { known[k].aliases.append(a.name) }
                        return known[k]
                    }
                    if Self.isAcronym(known[k].name, of: a.name) {
                        var up = a
                        up.aliases = [known[k].name] + known[k].aliases.filter { $0 != a.name }
                        known[k] = up
                        lowered(k)
                        return up
                    }
                }
                // A surname alone links to the full name ("Masimov" -> "Karim Masimov").
                if a.kind == .person && bKind == .person && !lowerHasSpace && bl.hasSuffix(spacedLower) {
                    if !known[k].aliases.contains(a.name) { known[k].aliases.append(a.name) }
                    return known[k]
                }
                // One word that opens a known person's name: a given name used alone ("Elon then announced", read as
                // a company by default), or a surname written first after a form of address ("Mr Yoon" for Yoon Suk Yeol).
                if bKind == .person && !lowerHasSpace && bl.hasPrefix(lower + " ") && (a.kind == .organization && a.title == nil || surnameFirst) {
                    if !known[k].aliases.contains(a.name) { known[k].aliases.append(a.name) }
                    return known[k]
                }
                if a.kind == .person && !namesWithSpace[k] && bKind != .country && lower.hasSuffix(spacedNames[k]) {
                    // The earlier mention was the short form: upgrade the canonical name.
                    var up = known[k]
                    up.aliases.append(up.name)
                    up.name = a.name
                    up.id = a.id
                    up.kind = .person
                    if up.title == nil { up.title = a.title }
                    known[k] = up
                    lowered(k)
                    return up
                }
            }
            known.append(a)
            return a
        }

        /// Whether `short` (two or more capitals, "GM", "AU") spells the initials of the capitalized words of
        /// `name` ("General Motors", "African Union"; "of" and "the" skipped).
        static func isAcronym(_ short: String, of name: String) -> Bool {
            let letters = Array(short.unicodeScalars)
            guard letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) else { return false }
            let initials = name.split(separator: " ").compactMap { w -> Unicode.Scalar? in
                guard let f = w.unicodeScalars.first, f.properties.isUppercase else { return nil }
                return f
            }
            return initials.count >= 2 && initials == letters
        }

        /// The one known person whose title has the word `title` ("President" for "the president"), if exactly one has.
        func onlyPersonTitled(_ title: String) -> Int? {
            var found: Int?
            for (k, b) in known.enumerated() where b.kind == .person {
                guard let t = b.title, t.lowercased().split(separator: " ").contains(Substring(title)) else { continue }
                guard found == nil || known[found!].id == b.id else { return nil }
                found = k
            }
            return found
        }

        /// A known person whose title mentions one of `words` ("the former KNB chief").
        func personTitled(_ words: [String]) -> Int? {
            for (k, b) in known.enumerated() where b.kind == .person {
                guard let t = b.title else { continue }
                let tw = Set(Tokenizer.tokenize(ScalarText(t)).map(\.text))
                if words.contains(where: { tw.contains($0) }) { return k }
            }
            return nil
        }
    }

    func find(_ view: SentenceView, doc: DocumentActors) -> (actors: [ActorSpan], places: [(Int, Place)]) {
        let toks = view.tokens
        // A headline in title case capitalizes every word: "Gabon Military Declares ..." is no company's name.
        let words = toks.filter { $0.kind == .word }
        let titleCase = words.filter(\.isCapitalized).count * 2 > words.count
        var actors: [ActorSpan] = []
        var places: [(Int, Place)] = []
        var i = 0
        while i < toks.count {
            let t = toks[i]
            if t.kind != .word { i += 1; continue }
            let lower = t.lower
            let actorWord = lexicon.facts(t).actorWord
            if !t.isCapitalized {
                if i > 0, toks[i - 1].lower == "the", lexicon.noun(lower, isIn: "@company"), !lower.hasSuffix("s") || lexicon.nounClasses["@company"]?.contains(lower) == true,
                    i + 1 >= toks.count || !toks[i + 1].isCapitalized,
                    let company = actors.last(where: { $0.actor.kind == .organization })?.actor ?? doc.lastOrganization
                {
                    // "General Motors ... The automaker agreed to sell Hummer": a company noun after "the" stands for
                    // the company named last (not a plural: "the companies" are several).
                    actors.append(ActorSpan(tokStart: i - 1, tokEnd: i + 1, actor: company))
                } else if lexicon.facts(t).isInstitution, i > 0, ["the", "a", "an"].contains(toks[i - 1].lower), i + 1 >= toks.count || !toks[i + 1].isCapitalized {
                    // "the government", "the opposition": an unnamed institution (a group, so it never merges events by itself).
                    actors.append(ActorSpan(tokStart: i, tokEnd: i + 1, actor: Actor(id: "actor:" + Slug.make(lower), name: lower, kind: .group)))
                } else if actorWord == "group" {
                    var a = i
                    if i > 0, toks[i - 1].kind == .word, !toks[i - 1].isCapitalized, lexicon.verbReadings(toks[i - 1]).isEmpty,
                        lexicon.facts(toks[i - 1]).actorWord == nil, !["the", "a", "an", "of", "and", "their", "its", "by", "with", "to", "from"].contains(toks[i - 1].lower),
                        lexicon.clauseWords?.boundaries.contains(toks[i - 1]) != true  // "where police": a clause's first word, no modifier
                    { a = i - 1 }
                    let name = ScalarJoin.join(toks[a...i])
                    actors.append(ActorSpan(tokStart: a, tokEnd: i + 1, actor: Actor(id: "actor:" + Slug.make(name), name: name, kind: .group)))
                } else if actorWord == "title", i + 1 < toks.count, ["chief", "head", "chairman", "leader", "director"].contains(toks[i].lower) == true,
                    i > 0, toks[i - 1].isCapitalized
                {
                    // "the former KNB chief": a title standing for a person already named.
                    if let k = doc.personTitled([toks[i - 1].text]) {
                        var start = i - 1
                        while start > 0 && ["former", "the"].contains(toks[start - 1].lower) { start -= 1 }
                        let alias = ScalarJoin.join(toks[start...i])
                        if !doc.known[k].aliases.contains(alias) { doc.known[k].aliases.append(alias) }
                        actors.append(ActorSpan(tokStart: start, tokEnd: i + 1, actor: doc.known[k]))
                    }
                } else if let title = Self.titleWord(lower, actorWord: actorWord, lexicon: lexicon),
                    i > 0, toks[i - 1].lower == "the" || (i > 1 && toks[i - 1].lower == "former" && toks[i - 2].lower == "the"),
                    i + 1 >= toks.count || (!toks[i + 1].isCapitalized && toks[i + 1].lower != "of"),
                    let k = doc.onlyPersonTitled(title)
                {
                    // "the president", "the former president": the one person the document has named with that title
                    // (not "the president of the commission", another one, nor "the president Ali Bongo", named here).
                    let start = toks[i - 1].lower == "the" ? i - 1 : i - 2
                    actors.append(ActorSpan(tokStart: start, tokEnd: i + 1, actor: doc.known[k]))
                }
                i += 1
                continue
            }
            if let (p, n) = lexicon.place(at: i, in: toks), !(p.kind == .country && !titleCase && opensCompany(after: i + n, toks)) {
                places.append((i, p))
                if p.kind == .country {
                    actors.append(ActorSpan(tokStart: i, tokEnd: i + n, actor: doc.link(Actor(id: "actor:" + Slug.make(p.name), name: p.name, kind: .country))))
                }
                i += n
                continue
            }
            if let (p, n) = possessivePlace(i, toks) {
                places.append((i, p))
                if p.kind == .country {
                    actors.append(ActorSpan(tokStart: i, tokEnd: i + n, actor: doc.link(Actor(id: "actor:" + Slug.make(p.name), name: p.name, kind: .country))))
                }
                i += n
                continue
            }
            // "Police arrested ...": a group noun capitalized only because it opens the sentence.
            if actorWord == "group", i == 0 || toks[i - 1].kind == .punctuation, i + 1 >= toks.count || !toks[i + 1].isCapitalized {
                actors.append(ActorSpan(tokStart: i, tokEnd: i + 1, actor: Actor(id: "actor:" + Slug.make(lower), name: lower, kind: .group)))
                i += 1
                continue
            }
            // A run of capitalized words (with inner "of", "for", "and").
            if actorWord == "nonname" || (i == 0 && isCommonWord(lower) && !opensCompanyName(toks) && !doc.namesInside.contains(t.text)) { i += 1; continue }
            var j = i + 1
            while j < toks.count {
                if toks[j - 1].text.hasSuffix("'s") || toks[j - 1].text.hasSuffix("\u{2019}s") { break }
                if toks[j].kind == .word && toks[j].isCapitalized && lexicon.facts(toks[j]).actorWord != "nonname" { j += 1; continue }
                if ["of", "for"].contains(toks[j].lower) && j + 1 < toks.count && toks[j + 1].isCapitalized
                    && lexicon.facts(toks[j + 1]).actorWord != "nonname" && lexicon.place(at: j + 1, in: toks) == nil
                {
                    j += 2
                    continue
                }
                break
            }
            if let span = classify(i, j, toks, view: view, doc: doc) { actors.append(span) }
            i = j
        }
        // ("the company" itself stands for that company: it leaves the last one as it was.)
        if let last = actors.last(where: { $0.actor.kind == .organization }) { doc.lastOrganization = last.actor }
        return (actors, places)
    }

    /// A title word, also in the possessive ("president's" -> "president"), else nil.
    static func titleWord(_ lower: String, actorWord: String?, lexicon: EventLexicon) -> String? {
        if actorWord == "title" { return lower }
        for suffix in ["'s", "\u{2019}s"] where lower.hasSuffix(suffix) {
            let bare = String(lower.dropLast(2))
            if lexicon.actorWords[bare] == "title" { return bare }
        }
        return nil
    }

    /// Endings of nationality adjectives ("Georgian police", "Syrian scenario").
    static let demonymSuffixes = ["ian", "ean", "ese", "ish", "an", "i", "ic"]

    /// "Kazakhstan's" as a place.
    private func possessivePlace(_ i: Int, _ toks: [Token]) -> (Place, Int)? {
        let t = toks[i].text
        for suffix in ["'s", "\u{2019}s"] where t.hasSuffix(suffix) {
            if let p = lexicon.places[String(t.dropLast(2))] { return (p, 1) }
        }
        return nil
    }

    /// "Singapore Airlines", "Kenya National Commission": a country's name followed by a capitalized plural or
    /// two capitalized words that are no title, place or name-opener is part of a longer name, a body of that
    /// country ("Kazakhstan President Tokayev" is not).
    private func opensCompany(after j: Int, _ toks: [Token]) -> Bool {
        func nameWord(_ k: Int) -> Bool {
            guard k < toks.count, toks[k].kind == .word, toks[k].isCapitalized, lexicon.place(at: k, in: toks) == nil else { return false }
            let word = lexicon.facts(toks[k]).actorWord
            return word == nil || word == "org"
        }
        // A plural ("Airlines", "Airways") or two such words; one other word may be a person's name after a
        // first name that is also a country's ("Jordan Belfort"), left as it was.
        return nameWord(j) && (toks[j].lower.hasSuffix("s") || nameWord(j + 1))
    }

    /// "Ford Motor Co. reported": a sentence's first word, common as it is ("ford"), opens a name when the
    /// capitalized words after it end in a company's legal form.
    private func opensCompanyName(_ toks: [Token]) -> Bool {
        var j = 1
        while j < toks.count && toks[j].kind == .word && toks[j].isCapitalized {
            if isLegalForm(toks[j]) { return true }
            j += 1
        }
        return false
    }

    /// A model's designation: one to three capitals, an optional hyphen, three or more digits and
    /// optionally letters ("A380", "B737", "A320neo"); not "G20" or "M23" (groups more often than models).
    static func isDesignation(_ word: String) -> Bool {
        let s = Array(word.unicodeScalars)
        var i = 0
        while i < s.count && i < 3 && ScalarProperties.isUppercase(s[i]) { i += 1 }
        guard i >= 1 else { return false }
        if i < s.count && s[i] == "-" { i += 1 }
        var digits = 0
        while i < s.count && s[i].value >= 0x30 && s[i].value <= 0x39 { i += 1; digits += 1 }
        guard digits >= 3 else { return false }
        while i < s.count && ScalarProperties.isAlphabetic(s[i]) { i += 1 }
        return i == s.count
    }

    /// "Corp", "Co." ("Co" before its full stop, as the tokenizer leaves it): a company's legal form.
    private func isLegalForm(_ t: Token) -> Bool {
        lexicon.actorWords[t.lower] == "legal" || lexicon.actorWords[t.lower + "."] == "legal"
    }

    private func isCommonWord(_ lower: String) -> Bool {
        !lexicon.verbReadings(lower).isEmpty || lexicon.nounTriggers[lower] != nil || lexicon.cues[lower] != nil
            || lexicon.actorWords[lower] == "group" || lexicon.forms.contains(lower)
    }

    private func classify(_ a: Int, _ b: Int, _ toks: [Token], view: SentenceView, doc: DocumentActors) -> ActorSpan? {
        // "General Motors Corp.": a company's legal form ends the name; "General" is no title there.
        if b - a >= 2, isLegalForm(toks[b - 1]) {
            let name = ScalarJoin.join(toks[a..<(b - 1)])
            var company = Actor(id: "actor:" + Slug.make(name), name: name, kind: .organization)
            company.aliases.append(ScalarJoin.join(toks[a..<b]))
            return ActorSpan(tokStart: a, tokEnd: b, actor: doc.link(company))
        }
        var s = a
        // Leading title words ("President", "Prime Minister") become the title.
        while s < b {
            // "General Motors", "General Mills": a title before one common English word names a company, not a
            // person by rank ("General Petraeus").
            if lexicon.facts(toks[s]).actorWord == "title", s + 2 == b, isCommonWord(toks[b - 1].lower) { break }
            if lexicon.facts(toks[s]).actorWord == "title" { s += 1; continue }
            // "Secretary of State Madeleine Albright", "Minister of Defence X": the office's domain.
            if s > a && toks[s].lower == "of" && s + 2 < b { s += 2; continue }
            break
        }
        if let name = nameAfterInnerTitle(a, s, b, toks) { s = name }
        var text = ScalarJoin.join(toks[s..<b])
        for suffix in ["'s", "\u{2019}s"] where text.hasSuffix(suffix) { text = String(text.dropLast(2)) }
        guard !text.isEmpty else { return nil }
        let words = Array(toks[s..<b])
        // A country's name before a plural or two more words ("Singapore Airlines", "Kenya National Commission")
        // names a body of that country; before one word it may be a person's first name ("Jordan Belfort").
        let countryLed = lexicon.place(at: s, in: toks)?.0.kind == .country && (words.count >= 3 || words.count == 2 && words[1].lower.hasSuffix("s"))
        let isOrg = words.contains { lexicon.facts($0).actorWord == "org" } || countryLed
            || (words.count == 2 && lexicon.facts(words[0]).actorWord == "title" && isCommonWord(words[1].lower))
        let acronym = words.count == 1 && words[0].text.count >= 2 && words[0].text.unicodeScalars.allSatisfy { $0.properties.isUppercase }
        // A single capitalized word modifying a common noun ("TV channel", "Syrian scenario") is no actor; with the
        // tagger's word classes, only a noun's modifier ("The AU also condemned": "also" is no noun).
        let nextIsNoun = b >= toks.count || view.syntax.map { syntax in
            syntax.words.first { $0.start == toks[b].start }.map { ["NOUN", "PROPN", "ADJ", "NUM", "X"].contains($0.upos) } ?? true
        } ?? true
        // A model's designation is a name whatever it modifies ("its first A380 superjumbo").
        let designation = words.count == 1 && Self.isDesignation(words[0].text)
        if words.count == 1 && s == a && b < toks.count && toks[b].kind == .word && !toks[b].isCapitalized && nextIsNoun && !designation
            && (lexicon.facts(toks[b]).actorWord != nil || (lexicon.verbReadings(toks[b]).isEmpty && lexicon.cue(at: b, in: toks) == nil))
            && !(a > 0 && lexicon.facts(toks[a - 1]).actorWord == "org")
        { return nil }
        // "Now it was announced": a word capitalized because it opens the sentence, which the tagger reads as no
        // noun, names no one.
        if words.count == 1, s == a, a == 0 || toks[a - 1].kind == .punctuation,
            let upos = view.syntax?.words.first(where: { $0.start == toks[a].start })?.upos, !["NOUN", "PROPN", "X", "NUM"].contains(upos)
        { return nil }
        var kind: ActorKind
        // A multi-word name ending in a common English word ("Georgian Dream") is no person's name.
        let commonLast = words.count >= 2 && !lexicon.verbReadings(words[words.count - 1]).isEmpty
            || words.count >= 2 && words.contains { w in w.text.count >= 2 && w.text.unicodeScalars.allSatisfy { $0.properties.isUppercase } || w.lower.hasSuffix("-led") || w.lower.hasSuffix("-backed") }
        if designation {
            kind = .product
        } else if s > a && !isOrg && !acronym {
            // Named after a title ("Attorney General Merrick Garland"): a person, whatever words the name is.
            kind = .person
        } else if isOrg || acronym || commonLast {
            kind = .organization
        } else if words.count >= 2 {
            kind = .person
        } else if s > a || doc.known.contains(where: { [spaced = " " + text] in $0.kind == .person && $0.name.hasSuffix(spaced) }) {
            kind = .person
        } else {
            // One unknown capitalized word is a company or a body more often than a person: news names a person
            // in full first ("Boeing said", "Reuters reported"; "Masimov said" links to "Karim Masimov" above,
            // and a headline's "Ruto says" becomes the person when "William Ruto" follows).
            kind = .organization
        }
        var title: String?
        if kind == .person {
            title = titleBefore(a, s, toks)
        } else if a > 0, lexicon.facts(toks[a - 1]).actorWord == "org" {
            // "state TV channel Khabar": the descriptor before the name.
            var k = a - 1
            while k > 0 && toks[k - 1].kind == .word && !toks[k - 1].text.hasSuffix("'s") && !["the", "a", "an", "by", "of"].contains(toks[k - 1].lower) { k -= 1 }
            title = ScalarJoin.join(toks[k..<a])
        }
        var actor = Actor(id: "actor:" + Slug.make(text), name: text, kind: kind, title: title)
        // "(KNB)" after an organization: an alias.
        if kind == .organization, b + 2 < toks.count, toks[b].text == "(", toks[b + 2].text == ")" {
            actor.aliases.append(toks[b + 1].text)
        }
        let addressed = s == a + 1 && b == s + 1 && lexicon.nounClasses["@address"]?.contains(Self.bare(toks[a].lower)) == true
        let linked = doc.link(actor, surnameFirst: kind == .person && addressed)
        return ActorSpan(tokStart: a, tokEnd: b, actor: linked)
    }

    /// Where the name starts in a run of capitalized words that ends in a title and a name: "US District Judge
    /// Lewis Kaplan", "Tesla CEO Elon Musk", "Attorney General Merrick Garland", "Mr Bankman-Fried" (the words
    /// before the name are the person's title). nil when the run has no such title.
    ///
    /// The title is the last word of an office (`@title`, from WordNet's classes of office holders) or an
    /// abbreviated form of address (`@address`: "Mr", "Ms") that has only capitalized name words after it, no
    /// organization's word ("Crypto Council for Innovation CEO Sheila Warren", not "Chief Executive Office"):
    /// two or more of them, or one that is no common English word ("Judge Kaplan", not "General Motors").
    /// An office word opening the run is a title only in the hand list (``titleBefore``'s words): WordNet's
    /// offices include given names ("Dean Smith"); a form of address opens it as well.
    private func nameAfterInnerTitle(_ a: Int, _ s: Int, _ b: Int, _ toks: [Token]) -> Int? {
        func nameWord(_ t: Token) -> Bool {
            t.kind == .word && t.isCapitalized && lexicon.facts(t).actorWord == nil && !lexicon.noun(t.lower, isIn: "@title")
                && !lexicon.noun(t.lower, isIn: "@address") && !t.text.unicodeScalars.allSatisfy { $0.properties.isUppercase }
        }
        var k = b - 2
        while k >= s {
            let t = toks[k]
            let address = lexicon.nounClasses["@address"]?.contains(Self.bare(t.lower)) == true
            let office = k > a && (lexicon.nounClasses["@title"]?.contains(t.lower) == true || lexicon.facts(t).actorWord == "title")
            if t.kind == .word && t.isCapitalized && (address || office) {
                let name = toks[(k + 1)..<b]
                guard name.allSatisfy(nameWord), lexicon.place(at: k + 1, in: toks) == nil else { return nil }
                return name.count >= 2 || !isCommonWord(name.first!.lower) ? k + 1 : nil
            }
            k -= 1
        }
        return nil
    }

    /// A word without its abbreviation's full stop ("mr." -> "mr").
    static func bare(_ lower: String) -> String { lower.hasSuffix(".") ? String(lower.dropLast()) : lower }

    /// The title before a person's name: leading title words inside the name span, or a
    /// title phrase ending right before it ("former chairman of X's Y (Z), Karim Masimov").
    private func titleBefore(_ a: Int, _ s: Int, _ toks: [Token]) -> String? {
        if s > a {
            var k = a
            // "Kazakhstan President": a country right before the title belongs to it.
            if k > 0, lexicon.place(at: k - 1, in: toks) != nil || possessivePlace(k - 1, toks) != nil { k -= 1 }
            return ScalarJoin.join(toks[k..<s])
        }
        var end = a
        while end > 0 && toks[end - 1].text == "," { end -= 1 }
        var k = end - 1
        var found: Int?
        while k >= 0 && end - k <= 12 {
            let l = toks[k].lower
            if [".", ";", ":", "\""].contains(l) { break }
            // A title is contiguous with the name or its apposition commas: "the new president, a week after
            // her predecessor Jorge Tavares" gives Tavares no title.
            if l == "," { break }
            if lexicon.actorWords[l] == "title" { found = k }
            k -= 1
        }
        guard let f = found, f < end else { return nil }
        var st = f
        while st > 0 && lexicon.facts(toks[st - 1]).actorWord == "title" { st -= 1 }
        let t = ScalarJoin.join(toks[st..<end])
        return t.isEmpty ? nil : t
    }
}
