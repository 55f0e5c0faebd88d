import ChronographCore

/// The event graph as the interactive page reads it: compact (short keys, repeated strings and dates in
/// tables, days as numbers) and with every wording the static renderings use already made here (dates in
/// words, standing, claimant, place, conflicts), so the page and the image, brief and tooltips agree.
///
/// It holds every event, minor ones too (``Event/minor``, flagged `mi`): the page shows the timeline
/// (``EventGraph/timeline()``) until its "Minor events" filter is ticked. As there, an event that is not
/// minor is no phase of a minor one (its `pa` and `ph` are left out), so turning minor events on adds
/// them without moving the others. Minor events can be numerous, and most of their relations are the
/// order of their dates (an article's every verb before every later one); a minor event's `before` or
/// `after` relation that its days on the axis already show is left out here (graph.json has it).
///
/// Keys (mirrored in `model.js`, which documents them again where it reads them):
/// - top level: `title`, `docs`, `types`, `actors`, `places`, `sources`, `text` (sentence table),
///   `times` (time table), `phrases` (claimants and roles), `labels` (minor events' labels),
///   `standings` (factuality -> standing in words), `events`, `relations` (`[from, to, kind, rule,
///   derived]`, indices), `kinds` (relation kinds), `rules`, `conflicts`.
/// - time: `s`/`e` first day and the day after the last (days since 1970-01-01; absent when the event
///   is not on the axis), `h` minutes of the day when the time has a clock time, `w` date in words, `q`
///   qualifier, `c` certainty, `x` the time expression, `v` the TIMEX3 value.
/// - event: `id`, `l` label, `t` type, `f` factuality (absent: asserted), `tm` time, `cl` claimant and
///   `cw` the claimant as written (phrases), `a` actors, `ar` their roles (phrases), `p` place, `pa`
///   parent, `ph` phase index, `m` mentions, `al` other sources' dates, `cf` conflicts.
/// - a minor event is an array instead, as they are many: `[id, label (in labels), type, time,
///   mentions]`, and as a sixth element an object with whichever of the other keys it has.
/// - mention: `[document, sentence, trigger as written, source, link]`, the last two only when they
///   differ from the document's (a source of `null` when only the link does).
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

    struct TimeData: Encodable {
        var s: Int?
        var e: Int?
        var h: [Int]?
        var w: String
        var q: String?
        var c: String?
        var x: String?
        var v: String?
    }

    struct Mention: Encodable {
        var d: Int
        var x: Int
        var tr: String
        var s: Int?
        var u: String?

        func encode(to encoder: Encoder) throws {
            var c = encoder.unkeyedContainer()
            try c.encode(d)
            try c.encode(x)
            try c.encode(tr)
            guard s != nil || u != nil else { return }
            if let s { try c.encode(s) } else { try c.encodeNil() }
            if let u { try c.encode(u) }
        }
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
        var f: String?
        var tm: Int
        var cl: Int?
        var cw: Int?
        var a: [Int]?
        var ar: [Int]?
        var p: Int?
        var pa: Int?
        var ph: Int?
        var m: [Mention]
        var al: [Alternative]?
        var cf: [Int]?
    }

    /// A minor event: `[id, label, type, time, mentions, more]` (see the type's comment).
    struct MinorEventData: Encodable {
        struct More: Encodable {
            var f: String?
            var cl: Int?
            var cw: Int?
            var a: [Int]?
            var ar: [Int]?
            var p: Int?
            var pa: Int?
            var ph: Int?
            var al: [Alternative]?
            var cf: [Int]?
            var isEmpty: Bool {
                f == nil && cl == nil && cw == nil && a == nil && ar == nil && p == nil && pa == nil && ph == nil && al == nil && cf == nil
            }
        }
        var id: String
        var l: Int
        var t: Int
        var tm: Int
        var m: [Mention]
        var more: More

        func encode(to encoder: Encoder) throws {
            var c = encoder.unkeyedContainer()
            try c.encode(id)
            try c.encode(l)
            try c.encode(t)
            try c.encode(tm)
            try c.encode(m)
            if !more.isEmpty { try c.encode(more) }
        }
    }

    enum EventEntry: Encodable {
        case event(EventData)
        case minor(MinorEventData)
        func encode(to encoder: Encoder) throws {
            switch self {
            case .event(let e): try e.encode(to: encoder)
            case .minor(let e): try e.encode(to: encoder)
            }
        }
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
    var times: [TimeData] = []
    var phrases: [String] = []
    var labels: [String] = []
    var standings: [String: String] = [:]
    var events: [EventEntry] = []
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
        var sources = Table(), sentences = Table(), places = Table(), rules = Table(), phrases = Table(), labels = Table()
        var eventTimes: [Int] = []
        var timeIndex: [EventTime?: Int] = [:]
        /// The time table's entry of a time (each distinct time once).
        func time(_ t: EventTime?) -> Int {
            if let k = timeIndex[t] { return k }
            let (s, e, minutes) = Self.axisSpan(t)
            timeIndex[t] = times.count
            times.append(TimeData(
                s: s, e: e, h: minutes, w: DateText.plain(t), q: DateText.qualifier(t), c: t?.certainty.rawValue,
                x: nonEmpty(t?.text), v: t?.value))
            return times.count - 1
        }
        for f in Factuality.allCases {
            if let text = EventText.standing(f) { standings[f.rawValue] = text }
        }
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
            let minor = e.minor == true
            var parent = e.parent.flatMap { eventIndex[$0] }.flatMap { $0 == i ? nil : $0 }
            var phase = e.phaseIndex
            if let p = parent, !minor, graph.events[p].minor == true {
                // As in EventGraph.timeline(): the timeline's events are no phases of minor events.
                parent = nil
                phase = nil
            }
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
            let alternatives = e.alternativeTimes.map { alt -> Alternative in
                let (as_, ae, _) = Self.axisSpan(alt.time)
                return Alternative(w: DateText.full(alt.time), s: as_, e: ae, d: doc(alt.doc), src: nonEmpty(alt.source).map { sources.id($0) })
            }
            let tm = time(e.time)
            eventTimes.append(tm)
            let full = EventData(
                id: e.id, l: Escaping.singleLine(e.label), t: t, f: e.factuality == .asserted ? nil : e.factuality.rawValue, tm: tm,
                cl: EventText.claimant(e.attribution).map { phrases.id($0) }, cw: nonEmpty(e.attribution?.writtenAs).map { phrases.id($0) },
                a: a.isEmpty ? nil : a, ar: roles.contains { !$0.isEmpty } ? roles.map { phrases.id($0) } : nil,
                p: EventText.place(e.location).map { places.id($0) },
                pa: parent, ph: phase,
                m: mentions, al: alternatives.isEmpty ? nil : alternatives, cf: conflictsOf[i])
            if minor {
                events.append(.minor(MinorEventData(
                    id: full.id, l: labels.id(full.l), t: full.t, tm: full.tm, m: full.m,
                    more: .init(f: full.f, cl: full.cl, cw: full.cw, a: full.a, ar: full.ar, p: full.p, pa: full.pa, ph: full.ph, al: full.al, cf: full.cf))))
            } else {
                events.append(.event(full))
            }
        }

        for type in RelationType.allCases {
            let style = RelationStyle(type)
            let dash = style.style == "bold" ? "bold" : style.style
            kinds.append(RelationKind(id: type.rawValue, l: style.label, c: style.color, d: dash, a: style.arrowhead))
        }
        let kindIndex = Dictionary(uniqueKeysWithValues: RelationType.allCases.enumerated().map { ($1, $0) })
        for r in graph.relations {
            guard let a = eventIndex[r.from], let b = eventIndex[r.to], a != b else { continue }
            if graph.events[a].minor == true || graph.events[b].minor == true, Self.shownByTheAxis(r.type, times[eventTimes[a]], times[eventTimes[b]]) {
                continue
            }
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
        self.phrases = phrases.values
        self.labels = labels.values
    }

    /// Whether the days of two events on the axis already show that the first is before (or after) the
    /// second: the one ends on or before the day the other begins.
    static func shownByTheAxis(_ type: RelationType, _ a: TimeData, _ b: TimeData) -> Bool {
        guard let aStart = a.s, let aEnd = a.e, let bStart = b.s, let bEnd = b.e else { return false }
        switch type {
        case .before: return aEnd <= bStart
        case .after: return bEnd <= aStart
        default: return false
        }
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
