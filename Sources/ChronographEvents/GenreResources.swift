import ChronographCore
import Foundation

/// Resources of one language loaded beside the lexicon (`subject-triggers.tsv`, `gazetteer-alternatives.tsv`,
/// `suffix-lookalikes.txt`), once per process and shared, like the lexicon.
struct GenreResources: Sendable {
    /// A verb that is an event of `type` only when one of `subjects` is its subject, or (with `after`)
    /// when one of those words follows later in its clause ("serve ... years in a prison colony").
    struct SubjectTrigger: Sendable {
        var type: String
        var eventClass: EventClass
        var subjects: Set<String>
        var after: Set<String> = []
    }

    /// Subject-conditioned triggers by verb lemma.
    var subjectTriggers: [String: [SubjectTrigger]] = [:]
    /// Other places of ambiguous gazetteer names, most populous first.
    var alternativePlaces: [String: [Place]] = [:]
    /// Words that end like event nouns but name things (`suffix-lookalikes.txt`).
    var suffixLookAlikes: [String] = []

    static func load(language: String) -> GenreResources {
        var r = GenreResources()
        for line in ResourceFile.lines(named: "subject-triggers.tsv", language: language, bundle: .module) {
            let f = ResourceFile.fields(line)
            guard f.count >= 4, let cls = EventClass(rawValue: f[2]) else { continue }
            let subjects = f[3] == "-" ? [] : Set(f[3].split(separator: "|").map(String.init))
            let after = f.count > 4 && f[4].hasPrefix("after=") ? Set(f[4].dropFirst(6).split(separator: "|").map(String.init)) : []
            r.subjectTriggers[f[0], default: []].append(SubjectTrigger(type: f[1], eventClass: cls, subjects: subjects, after: after))
        }
        for line in ResourceFile.lines(named: "gazetteer-alternatives.tsv", language: language, bundle: .module) {
            let f = ResourceFile.fields(line)
            guard f.count >= 4, let kind = PlaceKind(rawValue: f[1]) else { continue }
            let place = Place(name: f[0], kind: kind, country: f[2].isEmpty ? nil : f[2], geonameid: Int(f[3]), lat: f.count > 4 ? Double(f[4]) : nil, lon: f.count > 5 ? Double(f[5]) : nil)
            r.alternativePlaces[f[0], default: []].append(place)
        }
        r.suffixLookAlikes = ResourceFile.lines(named: "suffix-lookalikes.txt", language: language, bundle: .module)
        return r
    }

    static func shared(language: String) -> GenreResources {
        cache.value(for: language) { load(language: $0) }
    }

    private static let cache = LanguageCache<GenreResources>()
}

extension EventExtractor {
    /// Rules of political and security news applied once participants are known and before factuality:
    /// subject-conditioned triggers, charges and attributive participles that are no events of their own, the
    /// wire agency out of the participants,
    /// places chosen by the document's countries.
    func refineForGenre(views: [SentenceView], drafts: inout [Draft], document: Document) {
        let resources = GenreResources.shared(language: language)
        SubjectTriggerRule(lexicon: lexicon, resources: resources).apply(views: views, drafts: &drafts, extractor: self)
        ChargeRule.apply(views: views, drafts: &drafts, words: lexicon.rules)
        AttributiveParticiples.apply(views: views, drafts: &drafts, lexicon: lexicon)
        WireAgency.removeFromParticipants(views: views, drafts: &drafts, document: document)
        PlaceDisambiguation(lexicon: lexicon, resources: resources).apply(views: views, drafts: &drafts)
    }
}
