import ChronographCore

/// The event graph as the interactive page reads it: compact (short keys, repeated strings in tables,
/// days as numbers) and with every wording the static renderings use already made here (dates in words,
/// standing, claimant, place, conflicts), so the page and the image, brief and tooltips agree.
///
/// Keys (mirrored in `timeline.js`, which documents them again where it reads them):
/// - top level: `title`, `docs`, `types`, `actors`, `places`, `sources`, `text` (sentence table),
///   `events`, `relations` (`[from, to, kind, rule, derived]`, indices), `kinds` (relation kinds),
///   `rules`, `conflicts`.
/// - event: `id`, `l` label, `t` type, `f` factuality, `s`/`e` first day and the day after the last
///   (days since 1970-01-01; absent when the event is not on the axis), `h` minutes of the day when the
///   time has a clock time, `w` date in words, `q` qualifier, `c` certainty, `x` the time expression,
///   `v` the TIMEX3 value, `st` standing, `cl` claimant, `cw` the claimant as written, `a` actors,
///   `ar` their roles, `p` place, `pa` parent, `ph` phase index, `m` mentions, `al` other sources'
///   dates, `cf` conflicts.
/// - mention: `d` document, `x` sentence, `tr` trigger as written, `s` source and `u` link (only when
///   they differ from the document's).
struct TimelinePageData: Encodable {
    struct Doc: Encodable {
        var id: String
        var t: String?
        var s: Int?
        var u: String?
        /// The document's date in words ("5 January 2024 (inferred)").
        var w: String?
    }

    struct TypeStyle: Encodable {
        /// The taxonomy name (`coup_attempt`).
        var id: String
        /// As shown (`coup attempt`).
        var n: String
        /// Colour and mark shape, from ``EventStyle``.
        var c: String
        var s: String
        /// The tint of reported events.
        var r: String
    }

    struct ActorInfo: Encodable {
        var n: String
        var k: String
        var t: String?
    }

    struct Mention: Encodable {
        var d: Int
        var x: Int
        var tr: String
        var s: Int?
        var u: String?
    }

    struct Alternative: Encodable {
        var w: String
        var s: Int?
        var e: Int?
        var d: Int
        var src: Int?
    }

    struct EventData: Encodable {
        var id: String
        var l: String
        var t: Int
        var f: String
        var s: Int?
        var e: Int?
        var h: [Int]?
        var w: String
        var q: String?
        var c: String?
        var x: String?
        var v: String?
        var st: String?
        var cl: String?
        var cw: String?
        var a: [Int]?
        var ar: [String]?
        var p: Int?
        var pa: Int?
        var ph: Int?
        var m: [Mention]
        var al: [Alternative]?
        var cf: [Int]?
    }

    struct RelationKind: Encodable {
        var id: String
        /// Label, colour, line style (`solid`, `dashed`, `dotted`, `bold`) and arrowhead from ``RelationStyle``.
        var l: String
        var c: String
        var d: String
        var a: String
    }

    struct ConflictData: Encodable {
        struct Time: Encodable {
            var w: String
            var d: Int
            var src: Int?
            var x: String?
        }
        var k: String
        var ev: [Int]
        var d: String
        var tm: [Time]
    }

    var title: String
    var docs: [Doc] = []
    var types: [TypeStyle] = []
    var actors: [ActorInfo] = []
    var places: [String] = []
    var sources: [String] = []
    var text: [String] = []
    var events: [EventData] = []
    var relations: [[Int]] = []
    var kinds: [RelationKind] = []
    var rules: [String] = []
    var conflicts: [ConflictData] = []

    /// Strings kept once, referred to by index.
    struct Table {
        private(set) var values: [String] = []
        private var index: [String: Int] = [:]
        mutating func id(_ s: String) -> Int {
            if let i = index[s] { return i }
            index[s] = values.count
            values.append(s)
            return values.count - 1
        }
    }

    /// Days since 1970-01-01 (Julian day 2440588), the page's time unit.
    static func epochDay(_ d: Day) -> Int { d.julianDay - 2_440_588 }

    init(graph: EventGraph, options: RenderOptions) {
        title = EventText.title(graph, options: options)
        var sources = Table(), sentences = Table(), places = Table(), rules = Table()
        var typeIndex: [String: Int] = [:]
        var actorIndex: [String: Int] = [:]

        var docIndex: [String: Int] = [:]
        for d in graph.documents where docIndex[d.id] == nil {
            docIndex[d.id] = docs.count
            let when = d.dct.value.flatMap { DateText.value($0) }.map { $0 + (d.dct.inferred ? " (inferred)" : "") }
            docs.append(Doc(id: d.id, t: nonEmpty(d.title), s: nonEmpty(d.source).map { sources.id($0) }, u: nonEmpty(d.url), w: when))
        }
        /// A mention may name a document the graph does not list (a graph built elsewhere): it gets an entry.
        func doc(_ id: String) -> Int {
            if let i = docIndex[id] { return i }
            docIndex[id] = docs.count
            docs.append(Doc(id: id))
            return docs.count - 1
        }

        var eventIndex: [String: Int] = [:]
        for (i, e) in graph.events.enumerated() where eventIndex[e.id] == nil { eventIndex[e.id] = i }
        var conflictsOf: [Int: [Int]] = [:]
        for (k, c) in graph.conflicts.enumerated() {
            for id in c.events { if let i = eventIndex[id], conflictsOf[i]?.last != k { conflictsOf[i, default: []].append(k) } }
        }

        for (i, e) in graph.events.enumerated() {
            let t: Int
            if let known = typeIndex[e.type] {
                t = known
            } else {
                let style = EventStyle(type: e.type)
                t = types.count
                typeIndex[e.type] = t
                types.append(TypeStyle(
                    id: e.type, n: e.type.replacingOccurrences(of: "_", with: " "), c: style.color, s: style.shape,
                    r: EventStyle.tint(style.color, amount: 0.55)))
            }
            var a: [Int] = [], roles: [String] = []
            for actor in e.actors {
                let key = actor.id.isEmpty ? actor.name : actor.id
                let k: Int
                if let known = actorIndex[key] {
                    k = known
                } else {
                    k = actors.count
                    actorIndex[key] = k
                    actors.append(ActorInfo(n: actor.name, k: actor.kind.rawValue, t: nonEmpty(actor.title)))
                }
                a.append(k)
                roles.append(actor.role ?? "")
            }
            var mentions: [Mention] = []
            for m in e.mentions {
                let d = doc(m.doc)
                let docSource = docs[d].s.map { sources.values[$0] }
                let source = nonEmpty(m.source).flatMap { $0 == docSource ? nil : sources.id($0) }
                let url = nonEmpty(m.url).flatMap { $0 == docs[d].u ? nil : $0 }
                mentions.append(Mention(d: d, x: sentences.id(m.sentence), tr: m.text, s: source, u: url))
            }
            let (s, end, minutes) = Self.axisSpan(e.time)
            let alternatives = e.alternativeTimes.map { alt -> Alternative in
                let (as_, ae, _) = Self.axisSpan(alt.time)
                return Alternative(w: DateText.full(alt.time), s: as_, e: ae, d: doc(alt.doc), src: nonEmpty(alt.source).map { sources.id($0) })
            }
            events.append(EventData(
                id: e.id, l: Escaping.singleLine(e.label), t: t, f: e.factuality.rawValue, s: s, e: end, h: minutes,
                w: DateText.plain(e.time), q: DateText.qualifier(e.time), c: e.time?.certainty.rawValue,
                x: nonEmpty(e.time?.text), v: e.time?.value, st: EventText.standing(e.factuality),
                cl: EventText.claimant(e.attribution), cw: nonEmpty(e.attribution?.writtenAs),
                a: a.isEmpty ? nil : a, ar: roles.contains { !$0.isEmpty } ? roles : nil,
                p: EventText.place(e.location).map { places.id($0) },
                pa: e.parent.flatMap { eventIndex[$0] }.flatMap { $0 == i ? nil : $0 }, ph: e.phaseIndex,
                m: mentions, al: alternatives.isEmpty ? nil : alternatives, cf: conflictsOf[i]))
        }

        for type in RelationType.allCases {
            let style = RelationStyle(type)
            let dash = style.style == "bold" ? "bold" : style.style
            kinds.append(RelationKind(id: type.rawValue, l: style.label, c: style.color, d: dash, a: style.arrowhead))
        }
        let kindIndex = Dictionary(uniqueKeysWithValues: RelationType.allCases.enumerated().map { ($1, $0) })
        for r in graph.relations {
            guard let a = eventIndex[r.from], let b = eventIndex[r.to], a != b else { continue }
            relations.append([a, b, kindIndex[r.type]!, rules.id(r.rule), r.derived ? 1 : 0])
        }

        for c in graph.conflicts {
            conflicts.append(ConflictData(
                k: c.kind.rawValue, ev: c.events.compactMap { eventIndex[$0] }, d: Escaping.singleLine(c.description),
                tm: c.times.map { ConflictData.Time(w: DateText.full($0.time), d: doc($0.doc), src: nonEmpty($0.source).map { sources.id($0) }, x: nonEmpty($0.time.text)) }))
        }
        self.sources = sources.values
        self.text = sentences.values
        self.places = places.values
        self.rules = rules.values
    }

    /// Where an event goes on the axis: first day, the day after its last (both days since 1970-01-01),
    /// and for a clock time its minutes within the first day. Nil for undated events and for windows only
    /// bounded by related events (drawing those as bars would say they lasted that long).
    static func axisSpan(_ time: EventTime?) -> (Int?, Int?, [Int]?) {
        guard let time, time.certainty != .relation, let r = time.dayRange else { return (nil, nil, nil) }
        let s = epochDay(r.start), e = epochDay(r.end) + 1
        guard time.granularity == .time, let clock = time.value.split(separator: "T", maxSplits: 1).dropFirst().first else { return (s, e, nil) }
        return (s, e, minutes(String(clock)))
    }

    /// Minutes of the day a TIMEX3 clock time covers: `14:30` is [870, 871], `EV` (evening) [1080, 1320].
    static func minutes(_ clock: String) -> [Int]? {
        let parts = ["MO": [360, 720], "MI": [690, 780], "AF": [720, 1080], "EV": [1080, 1320], "NI": [1260, 1440], "DT": [480, 1080]]
        if let p = parts[clock.uppercased()] { return p }
        var text = Substring(clock)
        if let zone = text.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) { text = text[..<zone] }
        let fields = text.split(separator: ":")
        guard let h = fields.first.flatMap({ Int($0) }), (0...23).contains(h) else { return nil }
        guard fields.count > 1 else { return [h * 60, h * 60 + 60] }
        guard let m = Int(fields[1].prefix(2)), (0...59).contains(m) else { return nil }
        return [h * 60 + m, h * 60 + m + 1]
    }
}

private func nonEmpty(_ s: String?) -> String? {
    guard let s, !s.isEmpty else { return nil }
    return s
}
