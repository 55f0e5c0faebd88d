import ChronographCore

/// Merges per-document analyses into one event graph: coreferent mentions become one event
/// (with every mention kept as provenance), dates that sources disagree on are kept and
/// flagged, temporal relations are closed and contradictions reported.
public struct GraphBuilder: Sendable {
    private let store: LexiconStore?
    /// The merge rules of the lexicon's language (kept beside the lexicon, not in this struct: its layout stays stable).
    var rules: MergeRules { store.map(MergeRules.shared(for:)) ?? MergeRules() }
    var lexicon: EventLexicon? { store?.lexicon }
    /// Also output the before relations implied by closure (marked `derived`).
    public var includeDerived: Bool

    public init(language: String = "en", includeDerived: Bool = false) {
        self.store = try? LexiconStore.shared(language: language)
        if let store { MergeRules.register(language: language, for: store) }
        self.includeDerived = includeDerived
    }

    /// `focus` keeps only the events an actor (name or alias, case-insensitive) takes part in.
    public func build(_ analyses: [DocumentAnalysis], focus: String? = nil) -> EventGraph {
        build(analyses, filter: EventFilter(focus: focus))
    }

    /// The graph of the documents, or with a filter the graph of the events it keeps (``EventFilter``).
    /// The documents are taken in ``canonicalOrder(_:)``: the graph is the same whatever order they came in.
    public func build(_ analyses: [DocumentAnalysis], filter: EventFilter) -> EventGraph {
        build(analyses, filter: filter, commonKeyLimit: Self.commonKeyLimit)
    }

    /// ``build(_:filter:)`` with another limit on the units a blocking key may have (tests: a small corpus
    /// that crosses the limit).
    func build(_ analyses: [DocumentAnalysis], filter: EventFilter, commonKeyLimit: Int) -> EventGraph {
        let analyses = Self.canonicalOrder(analyses)
        let documents = analyses.map(Self.summary)
        let merging = analyses.map(mergeDocument)
        var merger = EventMerger(lexicon: lexicon, rules: rules)
        for d in merging { if let day = d.date { merger.documentDates[d.id] = day } }
        let mentions = merging.flatMap(\.mentions)
        let sources = DocumentSources(documents)
        let events = merger.cluster(mentions, commonKeyLimit: commonKeyLimit).map { cluster in makeEvent(cluster.map { mentions[$0] }, sources: sources) }
        let rank = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ids = Self.eventIDs(events.map(\.event)) { rank[$0] ?? 0 }
        var eventOfMention: [String: String] = [:]
        for (k, e) in events.enumerated() { for m in e.event.mentions { eventOfMention[m.id] = ids[k] } }
        var kept: [IdentifiedEvent] = []
        for (k, e) in events.enumerated() where filter.keeps(e.event, family: family) {
            kept.append(IdentifiedEvent(id: ids[k], assembled: e))
        }
        let cited = filter.isEmpty ? documents : Self.cited(by: kept.map(\.assembled.event), in: documents)
        return graph(documents: cited, events: kept, relations: analyses.flatMap(\.relations)) { eventOfMention[$0] }
    }

    /// Documents in the order graphs take them: by id (in UTF-8 byte order, as a database sorts text), the
    /// input order kept among documents of the same id.
    public static func canonicalOrder(_ analyses: [DocumentAnalysis]) -> [DocumentAnalysis] {
        analyses.enumerated().sorted { x, y in
            // Ids compared as bytes throughout (Swift's == would take canonically equivalent ids for one).
            if x.element.document.id.utf8.elementsEqual(y.element.document.id.utf8) { return x.offset < y.offset }
            return precedes(x.element.document.id, y.element.document.id)
        }.map(\.element)
    }

    /// Whether one document id comes before another in ``canonicalOrder(_:)``.
    public static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// What the graph says about a document.
    public static func summary(_ a: DocumentAnalysis) -> DocumentSummary {
        DocumentSummary(
            id: a.document.id, title: a.document.title, dct: a.dct, source: a.document.source, url: a.document.url,
            path: a.document.path, language: a.document.language, eventsExtracted: a.eventsExtracted)
    }

    /// The documents the events' mentions stand in, in the order of `documents`.
    static func cited(by events: [Event], in documents: [DocumentSummary]) -> [DocumentSummary] {
        let docs = Set(events.flatMap { $0.mentions.map(\.doc) })
        return documents.filter { docs.contains($0.id) }
    }

    /// A document as the merger sees it: its timeline events and the day it was written.
    public func mergeDocument(_ analysis: DocumentAnalysis) -> MergeDocument {
        MergeDocument(id: analysis.document.id, date: analysis.dct.day, mentions: analysis.mentions.compactMap(timelineMention))
    }

    /// A mention as the graph has it, or nil when it is neither of a salient type nor marked minor (the
    /// TimeML mode's records, which carry no mark). The death of one person is the attack that killed them
    /// ("Dr. Smith was killed" and "the shooting of Dr. Smith" are one event, of the attack's type).
    public func timelineMention(_ m: EventMention) -> EventMention? {
        guard m.minor == true || lexicon?.isSalient(m.type) ?? (m.type != "other") else { return nil }
        guard let type = rules.attackType(ofDeath: m, lexicon: lexicon) else { return m }
        var m = m
        m.type = type
        return m
    }

    /// The source and URL of each document, for the mentions' provenance.
    public struct DocumentSources: Sendable {
        var source: [String: String?] = [:]
        var url: [String: String?] = [:]

        public init(_ documents: [DocumentSummary]) {
            for d in documents { add(d) }
        }

        /// Adds a document (the first of an id is kept).
        public mutating func add(_ d: DocumentSummary) {
            guard source[d.id] == nil else { return }
            source[d.id] = .some(d.source)
            url[d.id] = .some(d.url)
        }

        /// Whether the document is known.
        public func contains(_ id: String) -> Bool { source[id] != nil }
    }

    /// An event made of a cluster of mentions, before it has its id, and the date conflict when its
    /// sources disagree. `event.parent` is still the id of the mention it is a phase of.
    public struct AssembledEvent: Sendable {
        public var event: Event
        public var conflict: Conflict?
    }

    /// An assembled event with its id in the graph.
    public struct IdentifiedEvent: Sendable {
        public var id: String
        public var assembled: AssembledEvent

        public init(id: String, assembled: AssembledEvent) {
            self.id = id
            self.assembled = assembled
        }
    }

    /// The event a cluster of mentions (in merging order) makes: its time, label, standing, participants
    /// and place from its mentions, every mention kept as provenance.
    public func makeEvent(_ ms: [EventMention], sources: DocumentSources) -> AssembledEvent {
        let rules = self.rules
        let lexicon = self.lexicon
        let rank: (EventMention) -> Int = { m in
            switch m.time?.certainty {
            case .explicit: return 0
            case .context: return 1
            case .documentDate: return 2
            case .relation: return 3
            case nil: return 4
            }
        }
        // The most certain, then the time most documents give (when sources differ, the majority is
        // likelier right than the first one read), then the most precise time (a day beats its month),
        // then the first mention. Among times read from nothing but the reports' own days, the earliest
        // report's: what several reports tell happened by the day the first of them was written.
        let support = Self.documentSupport(ms)
        // Each mention's sort key computed once (parsing a time is not free).
        let keys = ms.enumerated().map { k, m in
            let second = m.time?.certainty == .documentDate
                ? m.time?.dayRange?.start.julianDay ?? Int.max
                : -(m.time.flatMap { support[$0.value] } ?? 0)
            return (rank(m), second, m.time?.dayRange?.lengthInDays ?? 100000, k)
        }
        let best = ms[keys.min { $0 < $1 }!.3]
        // What the event is (type, label, phase) its salient mentions say, where minor ones joined them
        // ("the AU suspended Gabon" with "the suspension of Gabon", a restriction); its time the most certain.
        let head = best.minor == true ? keys.filter { ms[$0.3].minor != true }.min { $0 < $1 }.map { ms[$0.3] } ?? best : best
        // Distinct explicit dates from different sources: keep all, flag a conflict.
        var alternatives: [SourcedTime] = []
        let explicit = ms.filter { $0.time?.certainty == .explicit }
        var seenValues: [String] = []
        for m in explicit where !seenValues.contains(m.time!.value) {
            seenValues.append(m.time!.value)
            alternatives.append(SourcedTime(time: m.time!, doc: m.doc, source: m.attribution?.source ?? sources.source[m.doc] ?? nil))
        }
        // Sources disagree when dates from different documents exclude each other.
        var disagree = explicit.contains { a in explicit.contains { b in a.doc != b.doc && !EventMerger.compatible(a.time, b.time) } }
        var spanTime: EventTime?
        // Incidents alone (an attack, a blast) form no span: different days for one incident are a conflict.
        let incidents = ms.filter { rules.incidentNumber($0, lexicon: lexicon) != .none }.count
        let lasting = 2 * incidents <= ms.count
        if disagree, lasting, lexicon?.family(head.type) == "unrest" {
            // An episode (protests, riots) lasts: its dated mentions are parts of one span, not a disagreement.
            disagree = false
            let ranges = explicit.compactMap { $0.time?.dayRange }
            if let lo = ranges.map(\.start).min(), let hi = ranges.map(\.end).max() {
                // The value names the month when the span stays in one, else the day it began.
                let g: Granularity = lo.year == hi.year && lo.month == hi.month ? .month : .day
                var t = EventTime(timex3: TemporalValue.format(lo, granularity: g), inferred: explicit.contains { $0.time!.inferred }, certainty: .explicit, text: nil)
                t.start = lo.description
                t.end = hi.description
                spanTime = t
            }
        }
        if !disagree { alternatives = [] }
        let factuality: Factuality = {
            if ms.contains(where: { $0.factuality == .asserted }) { return .asserted }
            if ms.contains(where: { $0.factuality == .reported }) { return .reported }
            for f in [Factuality.prevented, .negated, .planned, .intended, .hypothetical] where ms.contains(where: { $0.factuality == f }) { return f }
            return .asserted
        }()
        var actors: [Actor] = []
        for m in ms {
            for a in m.actors {
                if let k = actors.firstIndex(where: { $0.id == a.id || $0.name == a.name }) {
                    for al in a.aliases where !actors[k].aliases.contains(al) { actors[k].aliases.append(al) }
                    if actors[k].title == nil { actors[k].title = a.title }
                } else {
                    actors.append(a)
                }
            }
        }
        let refs = ms.map { MentionRef(id: $0.id, doc: $0.doc, start: $0.start, end: $0.end, text: $0.text, sentence: $0.sentence, source: sources.source[$0.doc] ?? nil, url: sources.url[$0.doc] ?? nil) }
        let attribution = ms.first { $0.factuality == factuality && $0.attribution != nil }?.attribution
        // A one-word label ("Documentary") gives way to the fullest label another mention of the same kind has.
        var label = head.label
        if !label.contains(" "), let fuller = ms.filter({ $0.type == head.type && $0.label.contains(" ") }).max(by: { ($0.label.count, 0) < ($1.label.count, 0) }) {
            label = fuller.label
        }
        let location = Self.mostCited(ms.compactMap(\.location))
        // Still one word ("Earthquake", "Trial"): the place or the participants the mentions give say which.
        if !label.contains(" ") {
            if let place = location?.name, place.lowercased() != label.lowercased() {
                label += " in " + place
            } else if !actors.isEmpty {
                label += ": " + actors.prefix(2).map(\.name).joined(separator: ", ")
            }
        }
        var event = Event(
            id: "", type: head.type, eventClass: head.eventClass, label: label, time: spanTime ?? best.time, alternativeTimes: alternatives,
            factuality: factuality, actors: actors, location: location, parent: nil,
            phaseIndex: head.phaseIndex, attribution: attribution, mentions: refs)
        event.parent = head.parent  // a mention id for now
        if ms.allSatisfy({ $0.minor == true }) { event.minor = true }
        let conflict = disagree
            ? Conflict(kind: .date, events: [], description: "sources give different dates for \"\(head.label)\": " + alternatives.map { "\($0.time.value) (\($0.source ?? $0.doc))" }.joined(separator: ", "), times: alternatives)
            : nil
        return AssembledEvent(event: event, conflict: conflict)
    }

    /// Where an event stands in the graph's order of ids: by the day its time starts (undated last), then
    /// by its first mention's document (`documentRank`) and position. Two events of equal keys keep their order.
    public static func orderKey(_ event: Event, documentRank: Int) -> (Int, Int, Int) {
        (event.time?.dayRange?.start.julianDay ?? Int.max, documentRank, event.mentions[0].start)
    }

    /// Deterministic ids ("e1", "e2", ...) for events in merging order: by ``orderKey(_:documentRank:)``.
    static func eventIDs(_ events: [Event], documentRank: (String) -> Int) -> [String] {
        // Start days parsed once, not at every comparison.
        let keys = events.map { orderKey($0, documentRank: documentRank($0.mentions[0].doc)) }
        let order = events.indices.sorted { a, b in (keys[a].0, keys[a].1, keys[a].2, a) < (keys[b].0, keys[b].1, keys[b].2, b) }
        var ids = Array(repeating: "", count: events.count)
        for (n, k) in order.enumerated() { ids[k] = "e\(n + 1)" }
        return ids
    }

    /// The graph of events that have their ids (in merging order): the documents' own relations mapped to the
    /// events, the order of their time anchors, closed, with the contradictions reported; times for the
    /// events that only relations bound. `eventOf` names the event a mention is part of (for relations and
    /// phases); relations to events not in `events` are left out.
    public func graph(documents: [DocumentSummary], events identified: [IdentifiedEvent], relations documentRelations: [Relation], eventOf: (String) -> String?) -> EventGraph {
        var events: [Event] = []
        var conflicts: [Conflict] = []
        for e in identified {
            events.append(named(e, eventOf: eventOf))
            if let c = Self.conflict(of: e) { conflicts.append(c) }
        }
        let present = Set(events.map(\.id))
        var textual: [Relation] = []
        for r in documentRelations {
            guard let f = eventOf(r.from), let t = eventOf(r.to), present.contains(f), present.contains(t) else { continue }
            textual.append(Relation(from: f, to: t, type: r.type, rule: r.rule, derived: r.derived))
        }
        let byId = Dictionary(uniqueKeysWithValues: events.map { ($0.id, $0) })
        let frame = frame(events: events, textual: textual, conflicts: conflicts) { byId[$0]?.time?.dayRange }
        for k in events.indices { frame.bound(&events[k]) }
        return EventGraph(documents: documents, events: events.sorted { $0.id.dropFirst().count != $1.id.dropFirst().count ? $0.id.count < $1.id.count : $0.id < $1.id }, relations: frame.relations, conflicts: frame.conflicts)
    }

    /// An assembled event as the graph has it: its id, and its phase's episode named by the episode's id.
    public func named(_ e: IdentifiedEvent, eventOf: (String) -> String?) -> Event {
        var event = e.assembled.event
        event.id = e.id
        if let p = event.parent { event.parent = eventOf(p) }
        return event
    }

    /// The date conflict of an event, naming it.
    public static func conflict(of e: IdentifiedEvent) -> Conflict? {
        guard var c = e.assembled.conflict else { return nil }
        c.events = [e.id]
        return c
    }

    /// What a graph says beside its events (``GraphFrame``). `events` are the graph's events with their ids, in
    /// merging order; minor events may be left out (time anchors do not order them). `textual` are the
    /// documents' relations between events of the graph, `conflicts` the events' date conflicts in merging
    /// order, and `dayRange` gives the days of any event of the graph (its time before relations bound it).
    public func frame(events: [Event], textual: [Relation], conflicts eventConflicts: [Conflict], dayRange: (String) -> DayRange?) -> GraphFrame {
        var conflicts = eventConflicts
        // Relations: the documents' relations mapped to events, then order by time anchors.
        var relations: [Relation] = []
        var seen = Set<RelationKey>()
        func add(_ r: Relation) {
            guard r.from != r.to, seen.insert(RelationKey(from: r.from, to: r.to, type: r.type)).inserted else { return }
            relations.append(r)
        }
        var anchored: [Relation] = []
        // Top-level events of the timeline that happened and are anchored in time, by start day (then position in
        // `events`). Minor events are left out: their dates order them, and every minor event of a day before
        // every one of the next would make relations by the million.
        let placed: [(index: Int, range: DayRange)] = events.indices.compactMap { k in
            let e = events[k]
            guard e.parent == nil, e.minor != true, !e.factuality.isUnrealized, e.time?.certainty != .relation, let r = e.time?.dayRange else { return nil }
            return (k, r)
        }.sorted { ($0.range.start.julianDay, $0.index) < ($1.range.start.julianDay, $1.index) }
        let starts = placed.map(\.range.start.julianDay)
        for a in placed {
            // The nearest later events (those starting first after a ends): a binary search in the sorted starts.
            var lo = 0, hi = starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if starts[mid] <= a.range.end.julianDay { lo = mid + 1 } else { hi = mid }
            }
            guard lo < starts.count else { continue }
            var k = lo
            while k < starts.count && starts[k] == starts[lo] {
                anchored.append(Relation(from: events[a.index].id, to: events[placed[k].index].id, type: .before, rule: "OrderByTimeAnchors"))
                k += 1
            }
        }
        // An episode dated coarsely includes the events dated inside it (the unrest of January 2022
        // includes an arrest on 8 January 2022): each event goes to the smallest such episode.
        // Episodes are indexed by the months they cover, so each event meets only the episodes of its month.
        var episodesByMonth: [Int: [Int]] = [:]
        for p in placed where lexicon?.family(events[p.index].type) == "unrest" {
            let first = p.range.start.year * 12 + p.range.start.month
            let last = p.range.end.year * 12 + p.range.end.month
            for month in first...min(last, first + 240) { episodesByMonth[month, default: []].append(p.index) }
        }
        for b in events where b.parent == nil && b.minor != true && !b.factuality.isUnrealized {
            guard let rb = b.time?.dayRange, b.time?.certainty != .relation else { continue }
            let month = rb.start.year * 12 + rb.start.month
            let containers = (episodesByMonth[month] ?? []).map { events[$0] }.filter { a in
                a.id != b.id
                    && (a.time?.dayRange.map { $0.contains(rb) && $0.lengthInDays > rb.lengthInDays } ?? false)
                    && Self.related(a, b)
            }
            if let a = containers.min(by: { ($0.time!.dayRange!.lengthInDays, $0.id.count, $0.id) < ($1.time!.dayRange!.lengthInDays, $1.id.count, $1.id) }) {
                anchored.append(Relation(from: a.id, to: b.id, type: .includes, rule: "IncludesByTimeAnchors"))
            }
        }
        // The anchors' relations first, then the documents'; each kept as the closure accepts it (not gathered
        // first: a large store has hundreds of thousands), and the closure and the keys let go once done.
        do {
            var closure = TemporalClosure()
            for r in anchored where closure.accept(r) { add(r) }
            anchored = []
            for r in textual where closure.accept(r) { add(r) }
            conflicts += closure.conflicts
            if includeDerived { for r in closure.derived() where !seen.contains(RelationKey(from: r.from, to: r.to, type: .before)) { add(r) } }
        }
        seen = []
        let bounds = Self.bounds(relations, dayRange: dayRange)
        sortRelations(&relations)
        return GraphFrame(relations: relations, conflicts: conflicts, bounds: bounds)
    }

    /// Events bounded only by relations get an interval from their neighbours: after the latest start of
    /// the events before them, before the earliest end of those after them.
    static func bounds(_ relations: [Relation], dayRange: (String) -> DayRange?) -> [String: EventTime] {
        var limits: [String: (after: Day?, before: Day?)] = [:]
        for r in relations where r.type == .before {
            if let start = dayRange(r.from)?.start {
                limits[r.to, default: (nil, nil)].after = limits[r.to]?.after.map { max($0, start) } ?? start
            }
            if let end = dayRange(r.to)?.end {
                limits[r.from, default: (nil, nil)].before = limits[r.from]?.before.map { min($0, end) } ?? end
            }
        }
        var bounds: [String: EventTime] = [:]
        for (id, limit) in limits {
            var t = EventTime(value: "PAST_REF", inferred: true, certainty: .relation, text: nil)
            t.start = limit.after?.description
            t.end = limit.before?.description
            bounds[id] = t
        }
        return bounds
    }

    /// Whether two events are told together (a document in common) or share a named participant or place.
    static func related(_ a: Event, _ b: Event) -> Bool {
        if !Set(a.mentions.map(\.doc)).isDisjoint(with: b.mentions.map(\.doc)) { return true }
        let named: (Event) -> Set<String> = { e in Set(e.actors.filter { $0.kind != .group }.map(\.id)) }
        if !named(a).isDisjoint(with: named(b)) { return true }
        if let pa = a.location?.name, pa == b.location?.name { return true }
        if let ca = a.location?.country, ca == b.location?.country { return true }
        return false
    }

    /// For each explicit time value of a cluster's mentions, how many documents give it.
    /// A coarser time that contains a finer one agrees with it ("October 1998" supports "23 October 1998"), so
    /// documents giving the month count for the day too, not against it.
    static func documentSupport(_ ms: [EventMention]) -> [String: Int] {
        var docs: [String: Set<String>] = [:]
        var ranges: [String: DayRange] = [:]
        for m in ms where m.time?.certainty == .explicit {
            docs[m.time!.value, default: []].insert(m.doc)
            if ranges[m.time!.value] == nil, let r = m.time!.dayRange { ranges[m.time!.value] = r }
        }
        var support: [String: Int] = [:]
        for (v, own) in docs {
            var all = own
            if let r = ranges[v] {
                for (w, other) in docs where w != v {
                    if let q = ranges[w], q.contains(r), q != r { all.formUnion(other) }
                }
            }
            support[v] = all.count
        }
        return support
    }

    /// The place most mentions give (the first of them on a tie); when that is a country, the most cited
    /// city or region inside it wins, since it says more ("Minsk" over "Belarus").
    static func mostCited(_ places: [Place]) -> Place? {
        var counts: [String: Int] = [:]
        for p in places { counts[p.name, default: 0] += 1 }
        // A place some mention names beats the same place only inferred for others.
        guard let top = counts.values.max(),
            let first = places.first(where: { counts[$0.name] == top && $0.inferred != true }) ?? places.first(where: { counts[$0.name] == top })
        else { return nil }
        guard first.kind == .country else { return first }
        let code = first.country ?? first.name
        return mostCited(places.filter { $0.kind != .country && $0.country == code }) ?? first
    }

    private func sortRelations(_ rs: inout [Relation]) {
        func n(_ id: String) -> Int { Int(id.dropFirst()) ?? 0 }
        rs.sort { (n($0.from), n($0.to), $0.type.rawValue) < (n($1.from), n($1.to), $1.type.rawValue) }
    }
}
