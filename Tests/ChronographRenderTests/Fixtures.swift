import ChronographCore

/// Graphs built in code for the renderer tests: a seed-like news chronology, hostile labels, and
/// synthetic graphs of any size for the layout benchmark.
enum Fixtures {
    static let doc = "tass-2024-01-05"
    static let url = "https://tass.com/world/1730000"

    static func mention(_ id: String, _ trigger: String, _ sentence: String, source: String = "TASS", doc: String = doc, url: String? = url) -> MentionRef {
        MentionRef(id: "\(doc)#\(id)", doc: doc, start: 0, end: trigger.unicodeScalars.count, text: trigger, sentence: sentence, source: source, url: url)
    }

    static let kazakhstan = Place(name: "Kazakhstan", kind: .country, country: "KZ", geonameid: 1_522_867)

    /// Like the seed article: a broadcast in January 2024 (year inferred), the January 2022 unrest with
    /// three waves, a prevented plan attributed to the film, Tokayev's statement, Masimov's sentencing in
    /// April 2023, plus a second source that dates the sentencing differently and a Cyrillic label.
    static func seedLike() -> EventGraph {
        let film = Attribution(source: "the film's authors", citing: "the republic's law enforcement agencies", cue: "claim")
        let waves = "Before that, the directors of the failed coup attempt planned and implemented three waves of events."
        let events = [
            Event(
                id: "ev:broadcast", type: "broadcast", eventClass: .occurrence, label: "Khabar airs documentary on the January 2022 unrest",
                time: EventTime(timex3: "2024-01", inferred: true, certainty: .documentDate, text: "recent"),
                factuality: .asserted, actors: [Actor(id: "actor:khabar", name: "Khabar", kind: .organization, title: "Kazakhstan's state TV channel")],
                location: kazakhstan, attribution: nil,
                mentions: [mention("e10", "aired", "A recent documentary aired by Kazakhstan's state TV channel Khabar has shed light on the intricate details of the failed coup attempt in January 2022.")]),
            Event(
                id: "ev:unrest", type: "unrest", eventClass: .occurrence, label: "Mass unrest and failed coup attempt in Kazakhstan",
                time: EventTime(timex3: "2022-01", inferred: false, certainty: .explicit, text: "January 2022"),
                factuality: .asserted, actors: [], location: kazakhstan, attribution: nil,
                mentions: [mention("e20", "coup attempt", "A recent documentary aired by Kazakhstan's state TV channel Khabar has shed light on the intricate details of the failed coup attempt in January 2022.")]),
            Event(
                id: "ev:wave1", type: "protest", eventClass: .occurrence, label: "First wave: peaceful rallies without violent clashes",
                time: EventTime(timex3: "2022-01", inferred: false, certainty: .context), factuality: .reported,
                actors: [], location: kazakhstan, parent: "ev:unrest", phaseIndex: 1, attribution: film, mentions: [mention("e30", "rallies", waves)]),
            Event(
                id: "ev:wave2", type: "riot", eventClass: .occurrence, label: "Second wave: pogroms and arson",
                time: EventTime(timex3: "2022-01", inferred: false, certainty: .context), factuality: .reported,
                actors: [], location: kazakhstan, parent: "ev:unrest", phaseIndex: 2, attribution: film, mentions: [mention("e31", "pogroms", waves)]),
            Event(
                id: "ev:wave3", type: "attack", eventClass: .occurrence, label: "Third wave: criminals and terrorists",
                time: EventTime(timex3: "2022-01", inferred: false, certainty: .context), factuality: .reported,
                actors: [Actor(id: "actor:perpetrators", name: "criminals and terrorists", kind: .group)], location: kazakhstan,
                parent: "ev:unrest", phaseIndex: 3, attribution: film, mentions: [mention("e32", "third wave", waves)]),
            Event(
                id: "ev:fighters", type: "plan", eventClass: .iAction, label: "Foreign fighters from Afghanistan and Syria to be sent to Kazakhstan",
                time: EventTime(timex3: "2022-01", inferred: false, certainty: .context), factuality: .prevented,
                actors: [Actor(id: "actor:leaders", name: "leaders of terrorist organizations from Afghanistan and Syria", kind: .group)],
                location: kazakhstan, attribution: film,
                mentions: [mention("e40", "send", "A number of leaders of terrorist organizations from Afghanistan and Syria were going to send their trained fighters to Kazakhstan in case of continued unrest.")]),
            Event(
                id: "ev:statement", type: "statement", eventClass: .reporting, label: "Tokayev calls the riots an attempted coup d'état",
                time: nil, factuality: .asserted,
                actors: [Actor(id: "actor:tokayev", name: "Kassym-Jomart Tokayev", kind: .person, title: "President of Kazakhstan")],
                location: nil, attribution: nil,
                mentions: [mention("e50", "characterized", "Kazakhstan President Kassym-Jomart Tokayev had previously characterized the mass riots as an attempted coup d'état.")]),
            Event(
                id: "ev:sentencing", type: "sentencing", eventClass: .occurrence, label: "Karim Masimov sentenced for treason",
                time: EventTime(timex3: "2023-04", inferred: false, certainty: .explicit, text: "In April 2023"),
                alternativeTimes: [
                    SourcedTime(time: EventTime(timex3: "2023-04", inferred: false, certainty: .explicit), doc: doc, source: "TASS"),
                    SourcedTime(time: EventTime(timex3: "2023-05", inferred: false, certainty: .explicit), doc: "other-1", source: "Example Wire"),
                ],
                factuality: .asserted,
                actors: [Actor(id: "actor:masimov", name: "Karim Masimov", kind: .person, title: "former chairman of Kazakhstan's National Security Committee (KNB)")],
                location: kazakhstan, attribution: nil,
                mentions: [
                    mention("e60", "sentenced", "In April 2023, former chairman of Kazakhstan's National Security Committee (KNB), Karim Masimov, and other officials were sentenced for treason, forcible seizure of power, and abuse of power."),
                    mention("e1", "sentenced", "Masimov was sentenced in May 2023.", source: "Example Wire", doc: "other-1", url: nil),
                ]),
            Event(
                id: "ev:emergency", type: "state_of_emergency", eventClass: .state, label: "Режим чрезвычайного положения в Алматы",
                time: EventTime(value: "2022-01-05", start: "2022-01-05", end: "2022-01-19", granularity: .day, inferred: false, certainty: .explicit, text: "с 5 по 19 января"),
                factuality: .asserted, actors: [], location: Place(name: "Алматы", kind: .city, country: "KZ"), attribution: nil,
                mentions: [mention("e1", "режим", "В Алматы с 5 по 19 января действовал режим чрезвычайного положения.", source: "Интерфакс", doc: "ru-1", url: nil)]),
        ]
        let relations = [
            Relation(from: "ev:wave1", to: "ev:unrest", type: .phaseOf, rule: "PhaseOfEpisode"),
            Relation(from: "ev:wave2", to: "ev:unrest", type: .phaseOf, rule: "PhaseOfEpisode"),
            Relation(from: "ev:wave3", to: "ev:unrest", type: .phaseOf, rule: "PhaseOfEpisode"),
            Relation(from: "ev:wave1", to: "ev:wave2", type: .before, rule: "OrderPhasesBySignals"),
            Relation(from: "ev:wave2", to: "ev:wave3", type: .before, rule: "OrderPhasesBySignals"),
            Relation(from: "ev:wave1", to: "ev:wave3", type: .before, rule: "Closure", derived: true),
            Relation(from: "ev:unrest", to: "ev:fighters", type: .prevents, rule: "PreventedBy"),
            Relation(from: "ev:broadcast", to: "ev:unrest", type: .about, rule: "FilmAbout"),
            Relation(from: "ev:statement", to: "ev:unrest", type: .about, rule: "StatementAbout"),
            Relation(from: "ev:unrest", to: "ev:sentencing", type: .before, rule: "OrderByTimeAnchors"),
            Relation(from: "ev:unrest", to: "ev:sentencing", type: .causes, rule: "CausalCue"),
        ]
        let conflicts = [
            Conflict(kind: .date, events: ["ev:sentencing"], description: "TASS says April 2023, Example Wire says May 2023",
                     times: [
                        SourcedTime(time: EventTime(timex3: "2023-04", inferred: false, certainty: .explicit), doc: doc, source: "TASS"),
                        SourcedTime(time: EventTime(timex3: "2023-05", inferred: false, certainty: .explicit), doc: "other-1", source: "Example Wire"),
                     ])
        ]
        let docs = [
            DocumentSummary(id: doc, title: "Foreign Militant Involvement Revealed in Kazakhstan Coup Plot",
                            dct: DocumentCreationTime(value: "2024-01-05", inferred: true, origin: .datelineYearInferred, evidence: "dateline 05 January; latest year in text 2023"),
                            source: "TASS", url: url, path: "seeds/000.txt"),
            DocumentSummary(id: "other-1", title: nil, dct: DocumentCreationTime(value: "2023-05-20", inferred: false, origin: .metadata), source: "Example Wire", url: nil, path: nil),
            DocumentSummary(id: "ru-1", title: nil, dct: .unknown, source: "Интерфакс", url: nil, path: nil),
        ]
        return EventGraph(documents: docs, events: events, relations: relations, conflicts: conflicts)
    }

    /// Every trap for every format in labels, names, sentences and ids.
    static let hostile = "He said \"no\" <script>alert(1)</script> & {x} | a\\b \\N ]]> *bold* [link](javascript:x) # : ; %% `code` \n2019-03-01 -> node"

    static func hostileGraph() -> EventGraph {
        let e = Event(
            id: "2019-03-01", type: "protest", eventClass: .occurrence, label: hostile,
            time: EventTime(timex3: "2019-03-01", inferred: false, certainty: .explicit),
            factuality: .asserted, actors: [Actor(id: "actor:x", name: "A|B \"C\" <D>", kind: .person, title: "]]> & ]]")],
            location: Place(name: "x{y}z", kind: .city), attribution: Attribution(source: "a \"quoted\" source, with comma"),
            mentions: [MentionRef(id: "d#1", doc: "../evil/doc id", start: 0, end: 3, text: "<b>", sentence: hostile, source: "S&P <src>", url: "https://example.org/a b?x=1&y=<2>")])
        let f = Event(
            id: "node", type: "graph", eventClass: .occurrence, label: "edge -- subgraph {}",
            time: EventTime(timex3: "2019-03-02", inferred: false, certainty: .explicit),
            factuality: .negated, actors: [], location: nil, attribution: nil, mentions: [])
        return EventGraph(
            documents: [DocumentSummary(id: "../evil/doc id", title: hostile, dct: .unknown, source: "S&P", url: nil, path: nil)],
            events: [e, f], relations: [Relation(from: "2019-03-01", to: "node", type: .before, rule: "r\"1")])
    }

    /// A synthetic chronology of `n` events over a few years: days, months, intervals, episodes with
    /// phases, claims and prevented plans, undated events and relations, deterministic for a given `n`.
    static func synthetic(_ n: Int) -> EventGraph {
        let types = ["protest", "riot", "arrest", "trial", "sentencing", "broadcast", "statement", "meeting", "election", "plan"]
        let facts: [Factuality] = [.asserted, .asserted, .asserted, .reported, .planned, .prevented]
        var events: [Event] = []
        var relations: [Relation] = []
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        let base = Day(year: 2018, month: 1, day: 1).julianDay
        var lastEpisode: String? = nil
        var phase = 0
        for i in 0..<n {
            let d = Day(julianDay: base + next() % (365 * 5))
            let time: EventTime?
            switch i % 10 {
            case 0: time = EventTime(timex3: TemporalValue.format(d, granularity: .month), inferred: false, certainty: .explicit)
            case 1: time = EventTime(value: d.description, start: d.description, end: d.adding(days: 3 + next() % 20).description, granularity: .day, inferred: false, certainty: .explicit)
            case 7 where i % 70 == 7: time = nil
            default: time = EventTime(timex3: d.description, inferred: i % 13 == 0, certainty: .explicit)
            }
            var parent: String? = nil
            var phaseIndex: Int? = nil
            if i % 10 == 0 {
                lastEpisode = "ev\(i)"
                phase = 0
            } else if i % 10 <= 3, let ep = lastEpisode {
                parent = ep
                phase += 1
                phaseIndex = phase
            }
            let type = types[next() % types.count]
            let e = Event(
                id: "ev\(i)", type: type, eventClass: .occurrence, label: "Synthetic \(type) number \(i) in a city",
                time: parent != nil ? events.last(where: { $0.id == parent })?.time : time,
                factuality: facts[next() % facts.count], actors: [], location: nil, parent: parent, phaseIndex: phaseIndex,
                attribution: i % 6 == 3 ? Attribution(source: "officials") : nil,
                mentions: [MentionRef(id: "d#\(i)", doc: "d\(i % 50)", start: 0, end: 1, text: "x", sentence: "Sentence \(i).")])
            events.append(e)
            if let parent { relations.append(Relation(from: e.id, to: parent, type: .phaseOf, rule: "synthetic")) }
            if i > 0 && i % 4 == 0 { relations.append(Relation(from: "ev\(next() % i)", to: e.id, type: [.before, .causes, .about][next() % 3], rule: "synthetic")) }
        }
        let docs = (0..<min(n, 50)).map { DocumentSummary(id: "d\($0)", title: $0 == 0 ? "Synthetic chronology" : nil, dct: .unknown, source: "Source \($0)", url: nil, path: nil) }
        return EventGraph(documents: docs, events: events, relations: relations)
    }
}
