/// TimeML event classes.
public enum EventClass: String, Sendable, Hashable, Codable, CaseIterable {
    case occurrence = "OCCURRENCE", reporting = "REPORTING", state = "STATE", iAction = "I_ACTION"
    case iState = "I_STATE", aspectual = "ASPECTUAL", perception = "PERCEPTION"
}

/// Whether an event happened, according to the text.
public enum Factuality: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stated as fact by the article itself.
    case asserted
    /// Happened according to someone the article cites.
    case reported
    /// Someone planned it; nothing says it happened.
    case planned
    /// Someone wanted or intended it.
    case intended
    /// Conditional or speculative ("in case of", "could", "would").
    case hypothetical
    /// Said not to have happened.
    case negated
    /// Planned, and stopped before it happened.
    case prevented

    /// True for events that must never be drawn as having happened.
    public var isUnrealized: Bool {
        switch self {
        case .planned, .intended, .hypothetical, .negated, .prevented: return true
        case .asserted, .reported: return false
        }
    }
}

/// Who claims an event, and on whose authority.
public struct Attribution: Sendable, Hashable, Codable {
    /// The claimant ("the film's authors", "TASS", "the Prosecutor General"): as written, or the full name
    /// of the person a surname or pronoun refers to (then `writtenAs` keeps the text's word).
    public var source: String
    /// Whose data the claimant cites, if said ("the republic's law enforcement agencies").
    public var citing: String?
    /// The reporting word that makes it a claim ("claim", "says", "according to").
    public var cue: String?
    /// The claimant as the sentence writes it ("he", "Clark") when `source` names whom it refers to; nil
    /// when `source` is the text's own wording.
    public var writtenAs: String?
    public init(source: String, citing: String? = nil, cue: String? = nil, writtenAs: String? = nil) {
        self.source = source
        self.citing = citing
        self.cue = cue
        self.writtenAs = writtenAs
    }
}

public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, country, group
    /// A product or model named by its designation ("A380", "B737").
    case product
}

/// A participant: a person (with title), an organization, a country or a group.
public struct Actor: Sendable, Hashable, Codable {
    /// Stable id within the graph (`actor:karim-masimov`).
    public var id: String
    /// Canonical name, the longest form seen ("Karim Masimov").
    public var name: String
    public var kind: ActorKind
    /// Title or description ("former chairman of Kazakhstan's National Security Committee (KNB)").
    public var title: String?
    /// Other forms seen for the same actor ("Masimov", "the former KNB chief").
    public var aliases: [String]
    /// Semantic role in the event where known ("agent", "patient").
    public var role: String?
    public init(id: String, name: String, kind: ActorKind, title: String? = nil, aliases: [String] = [], role: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.title = title
        self.aliases = aliases
        self.role = role
    }
}

public enum PlaceKind: String, Sendable, Hashable, Codable, CaseIterable {
    case country, region, city, other
}

/// A place from the gazetteer.
public struct Place: Sendable, Hashable, Codable {
    public var name: String
    public var kind: PlaceKind
    /// ISO 3166-1 alpha-2 country code.
    public var country: String?
    public var geonameid: Int?
    public var lat: Double?
    public var lon: Double?
    /// True when no mention names the place: Chronograph took the country every other located event of
    /// the article lies in (see `DocumentCountry`). Nil (absent in JSON) when the text names it.
    public var inferred: Bool?
    public init(name: String, kind: PlaceKind, country: String? = nil, geonameid: Int? = nil, lat: Double? = nil, lon: Double? = nil, inferred: Bool? = nil) {
        self.name = name
        self.kind = kind
        self.country = country
        self.geonameid = geonameid
        self.lat = lat
        self.lon = lon
        self.inferred = inferred
    }
}

/// How an event's time was established.
public enum AnchorCertainty: String, Sendable, Hashable, Codable {
    /// A time expression in the event's own clause.
    case explicit
    /// Inherited from the surrounding text (previous sentence, the episode it belongs to).
    case context
    /// Only bounded by relations to other events.
    case relation
    /// The document's creation time (reports, broadcasts, statements of the day).
    case documentDate = "document_date"
}

/// When an event happened.
public struct EventTime: Sendable, Hashable, Codable {
    /// TIMEX3 value at the granularity the text gives (`2022-01`).
    public var value: String
    /// First and last day covered (`2022-01-01` ... `2022-01-31`).
    public var start: String?
    public var end: String?
    public var granularity: Granularity?
    public var mod: TemporalModifier?
    /// True when the value (or its year) was inferred rather than read.
    public var inferred: Bool
    public var certainty: AnchorCertainty
    /// The expression it came from ("In April 2023").
    public var text: String?

    public init(
        value: String, start: String? = nil, end: String? = nil, granularity: Granularity? = nil,
        mod: TemporalModifier? = nil, inferred: Bool, certainty: AnchorCertainty, text: String? = nil
    ) {
        self.value = value
        self.start = start
        self.end = end
        self.granularity = granularity
        self.mod = mod
        self.inferred = inferred
        self.certainty = certainty
        self.text = text
    }

    /// A time from a TIMEX3 value, with start and end filled from the value's span.
    public init(timex3 value: String, mod: TemporalModifier? = nil, inferred: Bool, certainty: AnchorCertainty, text: String? = nil) {
        let parsed = TemporalValue(timex3: value)
        self.init(
            value: value, start: parsed.range?.start.description, end: parsed.range?.end.description,
            granularity: parsed.granularity, mod: mod, inferred: inferred, certainty: certainty, text: text)
    }

    public var dayRange: DayRange? {
        guard let s = start.flatMap({ TemporalValue(timex3: $0).range?.start }),
            let e = end.flatMap({ TemporalValue(timex3: $0).range?.end })
        else { return nil }
        return DayRange(start: s, end: e)
    }
}

/// One mention of an event in one document: the trigger and what the sentence says about it.
public struct EventMention: Sendable, Hashable, Codable {
    /// Unique within the run (`<doc>#e<start>`).
    public var id: String
    public var doc: String
    /// Trigger span: Unicode scalar offsets, end exclusive.
    public var start: Int
    public var end: Int
    /// The trigger as written ("sentenced", "riots").
    public var text: String
    /// The sentence the trigger stands in, for briefs and tooltips.
    public var sentence: String
    public var sentenceStart: Int
    public var eventClass: EventClass
    /// Domain type from the taxonomy (`protest`, `sentencing`, `broadcast`, ...).
    public var type: String
    /// A short headline for the event ("Karim Masimov sentenced for treason").
    public var label: String
    public var factuality: Factuality
    public var attribution: Attribution?
    public var actors: [Actor]
    public var location: Place?
    public var time: EventTime?
    /// Grammatical tense of the trigger where it is a verb ("past", "past_perfect", "present", "future", "none").
    public var tense: String?
    /// The id of the mention this one is a phase of ("the third wave" of the unrest).
    public var parent: String?
    /// Position among sibling phases (1, 2, 3), when ordered by the text.
    public var phaseIndex: Int?
    /// The rule that found it.
    public var rule: String
    /// True for an event of no salient type (a verb or event noun found for completeness): in the
    /// graph's data, not on the timeline image or in the brief. Absent (nil) for salient events.
    public var minor: Bool?

    public init(
        id: String, doc: String, start: Int, end: Int, text: String, sentence: String, sentenceStart: Int,
        eventClass: EventClass, type: String, label: String, factuality: Factuality = .asserted,
        attribution: Attribution? = nil, actors: [Actor] = [], location: Place? = nil, time: EventTime? = nil,
        tense: String? = nil, parent: String? = nil, phaseIndex: Int? = nil, rule: String, minor: Bool? = nil
    ) {
        self.minor = minor
        self.id = id
        self.doc = doc
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.sentenceStart = sentenceStart
        self.eventClass = eventClass
        self.type = type
        self.label = label
        self.factuality = factuality
        self.attribution = attribution
        self.actors = actors
        self.location = location
        self.time = time
        self.tense = tense
        self.parent = parent
        self.phaseIndex = phaseIndex
        self.rule = rule
    }
}
