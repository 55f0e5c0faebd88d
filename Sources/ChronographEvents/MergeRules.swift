import ChronographCore
import Foundation

/// What the merger knows about trigger words and event types (`Resources/<lang>/merging.tsv`):
/// which triggers name one bounded incident (an attack, a blast) rather than a lasting episode,
/// and which types an actor repeats on other days (statements).
struct MergeRules: Sendable {
    /// Lemmas of triggers that name one bounded incident.
    var incidents: Set<String> = []
    /// Types whose events recur: different days are different events.
    var recurring: Set<String> = []
    /// Types whose parties are often countries (a treaty, talks): a shared country is evidence of one event.
    var parties: Set<String> = []

    init(incidents: Set<String> = [], recurring: Set<String> = [], parties: Set<String> = []) {
        self.incidents = incidents
        self.recurring = recurring
        self.parties = parties
    }

    static func load(language: String) -> MergeRules {
        var rules = MergeRules()
        for line in ResourceFile.lines(named: "merging.tsv", language: language, bundle: .module) {
            let f = ResourceFile.fields(line)
            guard f.count >= 2 else { continue }
            switch f[0] {
            case "incident": rules.incidents.insert(f[1].lowercased())
            case "recurring": rules.recurring.insert(f[1])
            case "parties": rules.parties.insert(f[1])
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
    enum Number: Sendable { case none, singular, plural }

    /// `.none` when the trigger names no incident; `.plural` when it is the plural of an incident
    /// noun ("bombings", "attacks"), a set of incidents; else `.singular`.
    func incidentNumber(_ m: EventMention, lexicon: EventLexicon?) -> Number {
        guard !incidents.isEmpty else { return .none }
        let head = m.text.split(separator: " ").last.map { $0.lowercased() } ?? m.text.lowercased()
        if incidents.contains(head) { return .singular }
        guard let lexicon else { return .none }
        for lemma in lexicon.nounLemmas(head) where lemma != head && incidents.contains(lemma) {
            // A form that is also a past or present participle ("attacked") is a verb, not a plural.
            return lexicon.verbReadings(head).contains { $0.tags.contains("VBD") || $0.tags.contains("VBN") || $0.tags.contains("VBG") } ? .singular : .plural
        }
        if lexicon.verbReadings(head).contains(where: { incidents.contains($0.lemma) }) { return .singular }
        return .none
    }
}
