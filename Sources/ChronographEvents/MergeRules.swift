import ChronographCore
import Foundation

/// What the merger knows about trigger words and event types (`Resources/<lang>/merging.tsv`):
/// which triggers name one bounded incident (an attack, a blast) rather than a lasting episode,
/// and which types an actor repeats on other days (statements).
struct MergeRules: Sendable {
    /// Lemmas of triggers that name one bounded incident.
    var incidents: Set<String> = []
    /// Types every trigger of which names one bounded incident (`disaster`: an earthquake, a crash).
    var incidentTypes: Set<String> = []
    /// Types whose events recur: different days are different events.
    var recurring: Set<String> = []
    /// Types whose parties are often countries (a treaty, talks): a shared country is evidence of one event.
    var parties: Set<String> = []
    /// Types a country has one of at a time (a coup, a state of emergency, a general election): two mentions
    /// in one country a day or two apart are one event, however little else they share.
    var national: Set<String> = []
    /// The kind of incident a word names (`bombing` → explosive, `sniper` → firearm): incidents of different
    /// kinds are different incidents. Words without a kind ("attack") fit every kind.
    var kinds: [String: String] = [:]
    /// Lemmas of a death ("kill", "die") → the type of the attack a death of one person is (`violence`):
    /// "a sniper killed Dr. Smith" names the attack itself, not a death toll.
    var fatal: [String: String] = [:]
    /// The `fatal` lemmas whose object is the victim ("killed a doctor"); after others ("died of a heart attack")
    /// a noun phrase names no victim.
    var transitiveFatal: Set<String> = []
    /// Types of deaths and casualties (`death_toll`), the mentions `fatal` applies to.
    var deathTypes: Set<String> = []
    /// Words that make a noun phrase definite ("the", "this", "their"): "the blast" refers to a blast already told of.
    var definite: Set<String> = []
    /// Named closed-class word lists (`words<TAB>name<TAB>w1 w2 ...`): auxiliaries, relative pronouns, the
    /// prepositions of a cause ("killed in the blast"), ... (see merging.tsv).
    var lists: [String: Set<String>] = [:]

    /// The words of a named list (empty when the language has none).
    func words(_ name: String) -> Set<String> { lists[name] ?? [] }

    init(incidents: Set<String> = [], recurring: Set<String> = [], parties: Set<String> = []) {
        self.incidents = incidents
        self.recurring = recurring
        self.parties = parties
    }

    static func load(language: String) -> MergeRules {
        var rules = MergeRules()
        // The hand-written rules, then those derived from WordNet with the types (Scripts/build-event-types.py).
        let lines = ResourceFile.lines(named: "merging.tsv", language: language, bundle: .module)
            + ResourceFile.lines(named: "merging-wordnet.tsv", language: language, bundle: .module)
        for line in lines {
            let f = ResourceFile.fields(line)
            guard f.count >= 2 else { continue }
            switch f[0] {
            case "incident": rules.incidents.insert(f[1].lowercased())
            case "incident-type": rules.incidentTypes.insert(f[1])
            case "recurring": rules.recurring.insert(f[1])
            case "parties": rules.parties.insert(f[1])
            case "national": rules.national.insert(f[1])
            case "kind" where f.count >= 3: rules.kinds[f[1].lowercased()] = f[2]
            case "fatal" where f.count >= 3:
                rules.fatal[f[1].lowercased()] = f[2]
                if f.count >= 4 && f[3] == "transitive" { rules.transitiveFatal.insert(f[1].lowercased()) }
            case "deaths": rules.deathTypes.insert(f[1])
            case "definite": rules.definite.insert(f[1].lowercased())
            case "words" where f.count >= 3:
                rules.lists[f[1], default: []].formUnion(f[2].lowercased().split(separator: " ").map(String.init))
            default: continue
            }
        }
        return rules
    }

    /// One loaded rule set per language for the whole process.
    static func shared(language: String) -> MergeRules {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        return cached(language)
    }

    /// Notes which language a loaded lexicon is for, so that the rules can be found from the lexicon alone.
    static func register(language: String, for store: LexiconStore) {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        cache.languageOfStore[ObjectIdentifier(store)] = language
    }

    /// The rules of the language a lexicon was registered for (none when it never was).
    static func shared(for store: LexiconStore) -> MergeRules {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        guard let language = cache.languageOfStore[ObjectIdentifier(store)] else { return MergeRules() }
        return cached(language)
    }

    private static func cached(_ language: String) -> MergeRules {
        if let r = cache.rules[language] { return r }
        let r = load(language: language)
        cache.rules[language] = r
        return r
    }

    private final class Cache: @unchecked Sendable {
        var rules: [String: MergeRules] = [:]
        var languageOfStore: [ObjectIdentifier: String] = [:]
    }
    private static let cache = Cache()
    private static let cacheLock = NSLock()

    /// How a mention's trigger counts for merging.
    enum Number: Sendable, Codable { case none, singular, plural }

    /// The lemmas a trigger word can have, as a noun or a verb (the word itself first).
    static func lemmas(_ word: String, lexicon: EventLexicon?) -> [String] {
        guard let lexicon else { return [word] }
        var out = lexicon.nounLemmas(word)
        for r in lexicon.verbReadings(word) where !out.contains(r.lemma) { out.append(r.lemma) }
        return out
    }

    /// The kinds of incident a mention names: by its trigger and the two words before it ("car bomb
    /// attack", "missile strikes", "the sniper attack"). Empty when nothing tells the kind.
    func incidentKinds(_ m: EventMention, lexicon: EventLexicon?) -> Set<String> {
        guard !kinds.isEmpty else { return [] }
        var words = m.text.lowercased().split(separator: " ").map(String.init)
        let text = ScalarText(m.sentence)
        let offset = m.start - m.sentenceStart
        if offset > 0 && offset <= text.scalars.count {
            let before = Tokenizer.tokenize(text, from: max(0, offset - 40), to: offset)
            words += before.suffix(2).filter { $0.kind == .word }.map(\.lower)
        }
        return incidentKinds(words: words, lexicon: lexicon)
    }

    /// The kinds the words (lower case: a trigger and the words before it) name.
    func incidentKinds(words: [String], lexicon: EventLexicon?) -> Set<String> {
        guard !kinds.isEmpty else { return [] }
        var out = Set<String>()
        for w in words {
            if let k = kinds[w] { out.insert(k); continue }
            for l in Self.lemmas(w, lexicon: lexicon) { if let k = kinds[l] { out.insert(k); break } }
        }
        return out
    }

    /// The attack type a death of one named person is ("Dr. Smith was killed", "killing a doctor"), or
    /// nil: a death toll ("killed 40 people", "dozens died") or an injury stays what it is.
    func attackType(ofDeath m: EventMention, lexicon: EventLexicon?) -> String? {
        guard !fatal.isEmpty, deathTypes.contains(m.type) else { return nil }
        let head = m.text.split(separator: " ").last.map { $0.lowercased() } ?? m.text.lowercased()
        let lemmas = Self.lemmas(head, lexicon: lexicon)
        guard let type = lemmas.lazy.compactMap({ self.fatal[$0] }).first, type != m.type else { return nil }
        let transitive = lemmas.contains { transitiveFatal.contains($0) }
        let text = ScalarText(m.sentence)
        let offset = m.end - m.sentenceStart
        let startOffset = m.start - m.sentenceStart
        guard offset >= 0 && offset <= text.scalars.count && startOffset >= 0 else { return nil }
        // A death an incident caused ("the bombing that killed a guard", "the blast killed a doctor") belongs to
        // that incident, not an attack of its own.
        // In a relative clause ("the 1998 bombing of a clinic that killed a guard") the incident may stand further back.
        let preceding = Tokenizer.tokenize(text, from: max(0, startOffset - 120), to: startOffset).filter { $0.kind == .word }
        let relative = preceding.last(where: { !words("auxiliary").contains($0.lower) })
            .map { words("relative").contains($0.lower) } ?? false
        for w in preceding.suffix(relative ? 12 : 5) where Self.lemmas(w.lower, lexicon: lexicon).contains(where: { incidents.contains($0) }) { return nil }
        // "killed in the bombing", "killed by the blast": so too a death in a named incident.
        let following = Tokenizer.tokenize(text, from: offset, to: min(text.scalars.count, offset + 60)).filter { $0.kind == .word }.prefix(6)
        if let p = following.first, words("cause").contains(p.lower),
            following.dropFirst().contains(where: { w in Self.lemmas(w.lower, lexicon: lexicon).contains { incidents.contains($0) } })
        { return nil }
        // One named person who is not the killer.
        let persons = m.actors.filter { $0.kind == .person && $0.role != "agent" }
        if persons.count == 1 && !m.actors.contains(where: { $0.kind == .group && $0.role != "agent" }) { return type }
        // Or one person named right after the trigger: a full name ("killed Dr. Jane Smith"), or a singular
        // noun phrase ("killing a doctor", "the killing of the doctor").
        guard transitive else { return nil }
        let after = Tokenizer.tokenize(text, from: offset, to: min(text.scalars.count, offset + 60))
        var k = 0
        if k < after.count && words("of").contains(after[k].lower) { k += 1 }
        var names = 0
        var n = k
        while n < after.count && (after[n].isCapitalized && after[n].kind == .word || after[n].text == ".") {
            if after[n].kind == .word { names += 1 }
            n += 1
        }
        if names >= 2 && !Self.isPlural(after[n - 1].lower, lexicon: lexicon) { return type }
        guard k < after.count, words("victim-determiner").contains(after[k].lower) else { return nil }
        k += 1
        // The noun phrase's head: the last word before a preposition, a comma or a verb-like boundary.
        var head2: Token?
        while k < after.count && after[k].kind == .word && !words("phrase-end").contains(after[k].lower) {
            head2 = after[k]
            k += 1
        }
        // A singular head ("doctor", not "doctors").
        guard let h = head2, !Self.isPlural(h.lower, lexicon: lexicon) else { return nil }
        return type
    }

    /// Whether a word is a plural noun: by the word list's tags when it knows the word ("doctors"), so that
    /// surnames ending in -s ("Jones", "Harris") stay singular; by its ending only without a lexicon.
    static func isPlural(_ lower: String, lexicon: EventLexicon?) -> Bool {
        if let lexicon, let readings = lexicon.forms[lower] {
            return readings.contains { $0.tags.contains("NNS") } && !readings.contains { $0.tags.contains("NN") }
        }
        if lexicon != nil { return false }
        return lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us")
    }

    /// `.none` when the trigger names no incident; `.plural` when it is the plural of an incident
    /// noun ("bombings", "attacks"), a set of incidents; else `.singular`.
    func incidentNumber(_ m: EventMention, lexicon: EventLexicon?) -> Number {
        incidentNumber(trigger: m.text, type: m.type, lexicon: lexicon)
    }

    /// ``incidentNumber(_:lexicon:)`` for a trigger as written and its type.
    func incidentNumber(trigger: String, type: String, lexicon: EventLexicon?) -> Number {
        guard !incidents.isEmpty || !incidentTypes.isEmpty else { return .none }
        let head = trigger.split(separator: " ").last.map { $0.lowercased() } ?? trigger.lowercased()
        if incidents.contains(head) { return .singular }
        if incidentTypes.contains(type) {
            // "earthquakes": a plural noun is a set of incidents; "crashed", "flooded" are verbs.
            guard let lexicon, lexicon.nounLemmas(head).contains(where: { $0 != head }),
                !lexicon.verbReadings(head).contains(where: { $0.tags.contains("VBD") || $0.tags.contains("VBN") || $0.tags.contains("VBG") })
            else { return .singular }
            return .plural
        }
        // The attack on one person named by the death it caused ("Smith was killed").
        if Self.lemmas(head, lexicon: lexicon).contains(where: { fatal[$0] == type }) { return .singular }
        guard let lexicon else { return .none }
        for lemma in lexicon.nounLemmas(head) where lemma != head && incidents.contains(lemma) {
            // A form that is also a past or present participle ("attacked") is a verb, not a plural.
            return lexicon.verbReadings(head).contains { $0.tags.contains("VBD") || $0.tags.contains("VBN") || $0.tags.contains("VBG") } ? .singular : .plural
        }
        if lexicon.verbReadings(head).contains(where: { incidents.contains($0.lemma) }) { return .singular }
        return .none
    }
}
