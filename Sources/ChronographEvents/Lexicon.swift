import ChronographCore
import Foundation

/// One entry of the taxonomy (`taxonomy.json`): a domain event type with its GDELT/ACLED mapping.
public struct EventTypeInfo: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    /// Types of one family can be one real-world episode ("the unrest", "the riots", "the coup attempt").
    public var family: String
    /// CAMEO root codes (GDELT).
    public var cameo: [String]
    /// ACLED event types.
    public var acled: [String]
    /// Whether events of this type belong on an analyst's timeline.
    public var salient: Bool
}

/// A trigger lexicon entry (`triggers.tsv`).
struct TriggerEntry: Sendable, Hashable {
    enum POS: String, Sendable { case verb, noun, phrase }
    var form: String
    var pos: POS
    var type: String
    var eventClass: EventClass
    /// When set, the type only holds if one of these words follows closely.
    var objectWords: Set<String>?
    /// The type does not hold right after one of these words.
    var notAfter: Set<String>? = nil
}

/// Holds a loaded lexicon by reference, so that the public stage structs keep one stable
/// memory layout however the lexicon grows (clients compiled against an older layout would
/// otherwise misread it after an incremental build), and copies of a stage share one lexicon.
final class LexiconStore: Sendable {
    let lexicon: EventLexicon
    init(_ lexicon: EventLexicon) { self.lexicon = lexicon }

    /// One loaded lexicon per language for the whole process (the extractor and the graph
    /// builder share it; loading parses ~30,000 resource lines).
    static func shared(language: String) throws -> LexiconStore {
        try cache.value(for: language) { LexiconStore(try EventLexicon.load(language: $0)) }
    }

    private static let cache = LanguageCache<LexiconStore>()
}

/// Everything a language contributes to event extraction, loaded from `Resources/<lang>/`.
///
/// A class: every stage holds the lexicon and many of their helpers and closures capture it, and
/// a struct of some twenty tables was copied there (a retain and a release per table) again and
/// again per token. Its tables are only filled by ``load(language:)``, before it is shared.
final class EventLexicon: @unchecked Sendable {
    var types: [String: EventTypeInfo] = [:]
    /// Single-word triggers by lemma, verb and noun entries.
    var verbTriggers = WordMap<[TriggerEntry]>()
    var nounTriggers = WordMap<[TriggerEntry]>()
    /// Multi-word triggers by first word, longest first.
    var phraseTriggers = WordMap<[(words: [String], entry: TriggerEntry)]>()
    /// Inflected form -> (lemma, Penn tags).
    var forms = InflectionTable(KeyedLines(bytes: [], nfc: { $0 }))
    /// Event noun -> the verb whose act it names (`nominalizations.tsv`, from WordNet).
    var nominalizations: [String: String] = [:]
    /// Noun classes of `obj=` constraints, from WordNet: `@person` (`person-nouns.txt`: "ceo", "prosecutor")
    /// and `@office` (`office-nouns.txt`: holders of an office, "minister", "governor"); `@company`
    /// (`company-nouns.txt`: "company", "automaker") is what "the company" after a named one stands for;
    /// `@title` (`title-nouns.txt`: "judge", "ceo") and `@address` (`address-forms.txt`: "mr", "ms") make the
    /// capitalized words before a name its title; `@thing` (`thing-nouns.txt`: "window", "ear", "court") names
    /// no act, so a verb's spelling the tagger reads as that noun is no event.
    var nounClasses: [String: WordSet] = [:]
    /// Cue phrases by first word, longest first: (words, kind).
    var cues = WordMap<[(words: [String], kind: String)]>()
    var actorWords = WordMap<String>()
    /// Homographs that are not events (`nonevents.txt`), for the all-events mode.
    var nonEvents = WordSet()
    var multiTitles: [[String]] = []
    /// Lower-case nouns that name an unnamed institution after "the" ("the government").
    var institutions = WordSet()
    /// Gazetteer: name -> place; multi-word names by first word.
    var places = Gazetteer(KeyedLines(bytes: [], nfc: { $0 }))
    /// The closed-class word lists of the rules (`rule-words.tsv`).
    var rules = RuleWords.empty
    /// The clause words (`clauses.tsv`), answering tokens by their word ids.
    var clauseWords: ClauseWords?
    var placeFirstWords: [String: [[String]]] { places.namesByFirstWord }
    /// ``facts(_:)`` per word form, for the whole process.
    let factsCache = WordCache<WordFacts>()

    static func load(language: String) throws -> EventLexicon {
        let lex = EventLexicon()
        struct TaxonomyFile: Decodable { var types: [EventTypeInfo] }
        let taxonomy = try ResourceFile.json(TaxonomyFile.self, named: "taxonomy.json", language: language, bundle: .module)
        for t in taxonomy.types { lex.types[t.id] = t }
        let triggerLines = ResourceFile.lines(named: "triggers.tsv", language: language, bundle: .module)
        if triggerLines.isEmpty { throw ResourceError.missing("Resources/\(language)/triggers.tsv") }
        // The hand-written lexicon, then the types derived from WordNet (Scripts/build-event-types.py).
        let derived = ResourceFile.lines(named: "triggers-wordnet.tsv", language: language, bundle: .module)
        for (file, line) in triggerLines.map({ ("triggers.tsv", $0) }) + derived.map({ ("triggers-wordnet.tsv", $0) }) {
            let f = ResourceFile.fields(line)
            guard f.count >= 4, let pos = TriggerEntry.POS(rawValue: f[1]), let cls = EventClass(rawValue: f[3]) else {
                throw ResourceError.invalid("Resources/\(language)/\(file)", line)
            }
            guard lex.types[f[2]] != nil else { throw ResourceError.invalid("Resources/\(language)/\(file)", "unknown type \(f[2])") }
            var obj: Set<String>?
            var notAfter: Set<String>?
            if f.count >= 5, f[4].hasPrefix("obj=") { obj = Set(f[4].dropFirst(4).split(separator: "|").map(String.init)) }
            if f.count >= 5, f[4].hasPrefix("!prev=") { notAfter = Set(f[4].dropFirst(6).split(separator: "|").map(String.init)) }
            let e = TriggerEntry(form: f[0], pos: pos, type: f[2], eventClass: cls, objectWords: obj, notAfter: notAfter)
            switch pos {
            case .verb: lex.verbTriggers.update(f[0], default: []) { $0.append(e) }
            case .noun: lex.nounTriggers.update(f[0], default: []) { $0.append(e) }
            case .phrase:
                let words = f[0].split(separator: " ").map(String.init)
                lex.phraseTriggers.update(words[0], default: []) { $0.append((words, e)) }
            }
        }
        for e in 0..<lex.phraseTriggers.count { lex.phraseTriggers.modifyValue(atEntry: e) { $0.sort { $0.words.count > $1.words.count } } }
        lex.forms = InflectionTable(ResourceFile.keyedLines(named: "verb-forms.tsv", language: language, bundle: .module))
        for line in ResourceFile.lines(named: "nominalizations.tsv", language: language, bundle: .module) {
            let f = ResourceFile.fields(line)
            if f.count == 2 { lex.nominalizations[f[0]] = f[1] }
        }
        for line in ResourceFile.lines(named: "cues.tsv", language: language, bundle: .module) {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 2 else { continue }
            let words = f[0].split(separator: " ").map(String.init)
            lex.cues.update(words[0], default: []) { $0.append((words, f[1])) }
        }
        for e in 0..<lex.cues.count { lex.cues.modifyValue(atEntry: e) { $0.sort { $0.words.count > $1.words.count } } }
        for line in ResourceFile.lines(named: "actors.tsv", language: language, bundle: .module) {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 2 else { continue }
            if f[1] == "institution" { lex.institutions.insert(f[0]); continue }
            if f[0].contains(" ") { lex.multiTitles.append(f[0].split(separator: " ").map(String.init)) }
            else if lex.actorWords[f[0]] == nil { lex.actorWords[f[0]] = f[1] }
        }
        lex.nonEvents = WordSet(ResourceFile.lines(named: "nonevents.txt", language: language, bundle: .module))
        for (name, file) in [
            ("@person", "person-nouns.txt"), ("@office", "office-nouns.txt"), ("@company", "company-nouns.txt"),
            ("@title", "title-nouns.txt"), ("@address", "address-forms.txt"), ("@thing", "thing-nouns.txt"),
        ] {
            lex.nounClasses[name] = WordSet(ResourceFile.lines(named: file, language: language, bundle: .module))
        }
        lex.places = Gazetteer(ResourceFile.keyedLines(named: "gazetteer.tsv", language: language, bundle: .module))
        lex.rules = try RuleWords.load(language: language, facts: lex.factsCache)
        lex.clauseWords = ClauseWords(language: language, facts: lex.factsCache, firstBit: lex.rules.listCount)
        return lex
    }

    func type(_ id: String) -> EventTypeInfo? { types[id] }

    /// Whether a lower-case word (singular or plural) is a noun of a class (`@person`: "executives", "ceo").
    func noun(_ word: String, isIn nounClass: String) -> Bool {
        guard let set = nounClasses[nounClass] else { return false }
        if set.contains(word) { return true }
        guard word.hasSuffix("s") else { return false }
        return set.contains(String(word.dropLast())) || (word.hasSuffix("es") && set.contains(String(word.dropLast(2))))
            || forms.nounLemmas(word).contains { set.contains($0) }
    }

    /// The verb a trigger tells, lower-case: a verb's lemma ("collapsed" -> "collapse"), the verb an event
    /// noun names the act of ("testimony" -> "testify", "celebrations" -> "celebrate"), else the noun's
    /// singular or the word itself. Two mentions of one family tell the same kind of happening.
    func wordFamily(_ trigger: String) -> String {
        let w = trigger.lowercased()
        if let verb = forms.readings(w, verbalOnly: true).first { return verb.lemma }
        // The noun's lemma, the word itself, and for a plural the word without "s" or "es" ("celebrations").
        let plural = w.hasSuffix("s") ? [String(w.dropLast())] + (w.hasSuffix("es") ? [String(w.dropLast(2))] : []) : []
        for noun in forms.nounLemmas(w) + [w] + plural {
            if let verb = nominalizations[noun] { return verb }
        }
        return forms.nounLemmas(w).first ?? w
    }
    func family(_ id: String) -> String { types[id]?.family ?? id }
    /// How intense a type of conflict is on the CAMEO scale: its most intense code, as a number whose
    /// digits after the root count as tenths ("141" demonstrate < "145" protest violently, riot < "18"
    /// assault). 0 for types without a CAMEO code.
    func intensity(_ id: String) -> Double {
        (types[id]?.cameo ?? []).map { code -> Double in
            let digits = code.compactMap(\.wholeNumberValue)
            guard digits.count >= 2 else { return 0 }
            let root = Double(digits[0] * 10 + digits[1])
            return root + (digits.count > 2 ? Double(digits[2]) / 10 : 0)
        }.max() ?? 0
    }

    func isSalient(_ id: String) -> Bool { types[id]?.salient ?? false }

    /// Lemmas a word form can have as a verb (with tags) and whether it can be a noun.
    func verbReadings(_ lower: String) -> [(lemma: String, tags: Set<String>)] {
        // Through the word's facts: one table for every per-word question, so that the stages
        // after the trigger detector find the word's entry still in the cache.
        facts(lower).verbReadings
    }

    /// What the trigger detector needs to know about a lower-case word form.
    func facts(_ lower: String) -> WordFacts {
        if let i = factsCache.id(lower) { return factsCache.value(id: i) }
        let f = WordFacts(lower, lexicon: self)
        _ = factsCache.add(lower, f)
        return f
    }

    /// The id of a lower-case word form's facts (``Token/wordID``; -1 when the per-process
    /// cache is full).
    func wordID(_ lower: String) -> Int32 {
        if let i = factsCache.id(lower) { return i }
        return factsCache.add(lower, WordFacts(lower, lexicon: self)) ?? -1
    }

    /// ``facts(_:)`` of a token's lower-case form, by the token's ``Token/wordID`` when it has one.
    @inline(__always) func facts(_ t: Token) -> WordFacts {
        t.wordID >= 0 ? factsCache.value(id: t.wordID) : facts(t.lower)
    }

    /// ``verbReadings(_:)`` of a token's lower-case form.
    @inline(__always) func verbReadings(_ t: Token) -> [(lemma: String, tags: Set<String>)] {
        facts(t).verbReadings
    }

    /// Singular candidates for a plural noun form ("rallies" -> "rally", "pogroms" -> "pogrom").
    func nounLemmas(_ lower: String) -> [String] {
        var out = [lower]
        out.append(contentsOf: forms.nounLemmas(lower))
        if lower.hasSuffix("ies") { out.append(String(lower.dropLast(3)) + "y") }
        if lower.hasSuffix("es") { out.append(String(lower.dropLast(2))) }
        if lower.hasSuffix("s") && !lower.hasSuffix("ss") { out.append(String(lower.dropLast())) }
        return out
    }

    /// The first of ``nounLemmas(_:)`` that is a noun trigger, with its first entry; the
    /// candidates are made one by one, only as far as needed.
    func firstNounTrigger(_ lower: String) -> (lemma: String, entry: TriggerEntry)? {
        if let e = nounTriggers[lower]?.first { return (lower, e) }
        for l in forms.nounLemmas(lower) { if let e = nounTriggers[l]?.first { return (l, e) } }
        if lower.hasSuffix("ies") {
            let l = String(lower.dropLast(3)) + "y"
            if let e = nounTriggers[l]?.first { return (l, e) }
        }
        if lower.hasSuffix("es") {
            let l = String(lower.dropLast(2))
            if let e = nounTriggers[l]?.first { return (l, e) }
        }
        if lower.hasSuffix("s") && !lower.hasSuffix("ss") {
            let l = String(lower.dropLast())
            if let e = nounTriggers[l]?.first { return (l, e) }
        }
        return nil
    }

    /// The cue that starts at token `i`, if any: (kind, token count).
    func cue(at i: Int, in tokens: [Token]) -> (kind: String, length: Int)? {
        // Most callers scan every token of a span: by the token's word id when it has one,
        // else in the (small) cue table itself rather than the per-process facts behind a lock.
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        guard let cands = t.wordID >= 0 ? factsCache.value(id: t.wordID).cues : cues[t.lower] else { return Self.contractedNegation(t) }
        for c in cands where i + c.words.count <= tokens.count {
            var ok = true
            for (k, w) in c.words.enumerated() where tokens[i + k].lower != w { ok = false; break }
            if ok { return (c.kind, c.words.count) }
        }
        return Self.contractedNegation(t)
    }

    /// "didn't", "won’t", "wasn't": an auxiliary with its negation written into it (the tokenizer keeps a
    /// contraction one token) negates as "not" does, with either apostrophe.
    static func contractedNegation(_ t: Token) -> (kind: String, length: Int)? {
        let l = t.lower
        // Both endings end in a plain "t", which no other last character is: most tokens are
        // answered by their last byte, without counting their characters.
        guard l.utf8.last == UInt8(ascii: "t") else { return nil }
        return l.count > 3 && (l.hasSuffix("n't") || l.hasSuffix("n\u{2019}t")) ? ("negation", 1) : nil
    }

    /// The gazetteer place that starts at token `i`, if any, with its token count.
    func place(at i: Int, in tokens: [Token]) -> (Place, Int)? {
        guard i < tokens.count, tokens[i].isCapitalized else { return nil }
        // Datelines write places in capitals ("TBILISI"): compare those case-insensitively.
        // (Cheap tests first: a name with a lower-case letter is no capitals, whatever its length.)
        let text = tokens[i].text
        let caps = text.utf8.count > 3
            && text.unicodeScalars.allSatisfy { $0.value < 0x80 ? !($0.value >= 0x61 && $0.value <= 0x7A) : !$0.properties.isLowercase }
            && text.count > 3
        let first = caps ? tokens[i].text.prefix(1) + tokens[i].text.dropFirst().lowercased() : tokens[i].text
        guard let cands = placeFirstWords[first] else { return nil }
        for words in cands where i + words.count <= tokens.count {
            var ok = true
            for (k, w) in words.enumerated() where tokens[i + k].text != w && !(caps && tokens[i + k].text.lowercased() == w.lowercased()) { ok = false; break }
            if ok, let p = places[words.joined(separator: " ")] {
                return (p, words.count)
            }
        }
        return nil
    }
}

/// Joins tokens back into text with single spaces, except before punctuation and after `'s` style joins.
enum ScalarJoin {
    static func join<C: Collection>(_ tokens: C) -> String where C.Element == Token {
        var out = ""
        var prevEnd: Int?
        for t in tokens {
            if let p = prevEnd, t.start > p { out += " " }
            out += t.text
            prevEnd = t.end
        }
        return out
    }
}
