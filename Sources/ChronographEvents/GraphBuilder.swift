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
        let docs = analyses.map {
            DocumentSummary(
                id: $0.document.id, title: $0.document.title, dct: $0.dct, source: $0.document.source, url: $0.document.url,
                path: $0.document.path, language: $0.document.language, eventsExtracted: $0.eventsExtracted)
        }
        let sourceOf = Dictionary(analyses.map { ($0.document.id, $0.document.source) }, uniquingKeysWith: { a, _ in a })
        let urlOf = Dictionary(analyses.map { ($0.document.id, $0.document.url) }, uniquingKeysWith: { a, _ in a })
        let docOrder = Dictionary(analyses.enumerated().map { ($1.document.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Timeline events only: salient types (the TimeML mode emits everything).
        let rules = self.rules
        let lexicon = self.lexicon
        // The death of one person is the attack that killed them ("Dr. Smith was killed" and "the shooting
        // of Dr. Smith" are one event, of the attack's type).
        let mentions = analyses.flatMap(\.mentions).filter { lexicon?.isSalient($0.type) ?? ($0.type != "other") }.map { m in
            guard let type = rules.attackType(ofDeath: m, lexicon: lexicon) else { return m }
            var m = m
            m.type = type
            return m
        }
        var merger = EventMerger(lexicon: lexicon, rules: rules)
        for a in analyses { if let day = a.dct.day { merger.documentDates[a.document.id] = day } }
        let clusters = merger.cluster(mentions)

        var events: [Event] = []
        var conflicts: [Conflict] = []
        var eventOfMention: [String: Int] = [:]
        for (ci, cluster) in clusters.enumerated() {
            let ms = cluster.map { mentions[$0] }
            for m in ms { eventOfMention[m.id] = ci }
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
            // then the first mention.
            let support = Self.documentSupport(ms)
            // Each mention's sort key computed once (parsing a time is not free).
            let keys = ms.enumerated().map { k, m in
                (rank(m), -(m.time.flatMap { support[$0.value] } ?? 0), m.time?.dayRange?.lengthInDays ?? 100000, k)
            }
            let best = ms[keys.min { $0 < $1 }!.3]
            // Distinct explicit dates from different sources: keep all, flag a conflict.
            var alternatives: [SourcedTime] = []
            let explicit = ms.filter { $0.time?.certainty == .explicit }
            var seenValues: [String] = []
            for m in explicit where !seenValues.contains(m.time!.value) {
                seenValues.append(m.time!.value)
                alternatives.append(SourcedTime(time: m.time!, doc: m.doc, source: m.attribution?.source ?? sourceOf[m.doc] ?? nil))
            }
            // Sources disagree when dates from different documents exclude each other.
            var disagree = explicit.contains { a in explicit.contains { b in a.doc != b.doc && !EventMerger.compatible(a.time, b.time) } }
            var spanTime: EventTime?
            // Incidents alone (an attack, a blast) form no span: different days for one incident are a conflict.
            let incidents = ms.filter { rules.incidentNumber($0, lexicon: lexicon) != .none }.count
            let lasting = 2 * incidents <= ms.count
            if disagree, lasting, lexicon?.family(best.type) == "unrest" {
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
            let refs = ms.map { MentionRef(id: $0.id, doc: $0.doc, start: $0.start, end: $0.end, text: $0.text, sentence: $0.sentence, source: sourceOf[$0.doc] ?? nil, url: urlOf[$0.doc] ?? nil) }
            let attribution = ms.first { $0.factuality == factuality && $0.attribution != nil }?.attribution
            // A one-word label ("Documentary") gives way to the fullest label another mention of the same kind has.
            var label = best.label
            if !label.contains(" "), let fuller = ms.filter({ $0.type == best.type && $0.label.contains(" ") }).max(by: { ($0.label.count, 0) < ($1.label.count, 0) }) {
                label = fuller.label
            }
            var event = Event(
                id: "", type: best.type, eventClass: best.eventClass, label: label, time: spanTime ?? best.time, alternativeTimes: alternatives,
                factuality: factuality, actors: actors, location: Self.mostCited(ms.compactMap(\.location)), parent: nil,
                phaseIndex: best.phaseIndex, attribution: attribution, mentions: refs)
            event.parent = best.parent  // a mention id for now
            events.append(event)
            if disagree {
                conflicts.append(Conflict(kind: .date, events: [], description: "sources give different dates for \"\(best.label)\": " + alternatives.map { "\($0.time.value) (\($0.source ?? $0.doc))" }.joined(separator: ", "), times: alternatives))
                conflicts[conflicts.count - 1].events = ["#\(ci)"]
            }
        }
        // Deterministic ids: by time, then document order, then position.
        // Start days parsed once, not at every comparison.
        let startDay = events.map { $0.time?.dayRange?.start.julianDay ?? Int.max }
        let order = events.indices.sorted { a, b in
            let ta = startDay[a], tb = startDay[b]
            let ma = events[a].mentions[0], mb = events[b].mentions[0]
            return (ta, docOrder[ma.doc] ?? 0, ma.start) < (tb, docOrder[mb.doc] ?? 0, mb.start)
        }
        var newId: [Int: String] = [:]
        for (n, k) in order.enumerated() { newId[k] = "e\(n + 1)" }
        for k in events.indices {
            events[k].id = newId[k]!
            if let p = events[k].parent { events[k].parent = eventOfMention[p].flatMap { newId[$0] } }
        }
        for k in conflicts.indices { conflicts[k].events = conflicts[k].events.map { newId[Int($0.dropFirst())!]! } }

        // Relations: the documents' relations mapped to events, then order by time anchors.
        var relations: [Relation] = []
        var seen = Set<String>()
        func add(_ r: Relation) {
            guard r.from != r.to, seen.insert("\(r.from)|\(r.to)|\(r.type.rawValue)").inserted else { return }
            relations.append(r)
        }
        let byId = Dictionary(uniqueKeysWithValues: events.map { ($0.id, $0) })
        var anchored: [Relation] = []
        // Top-level events that happened and are anchored in time, by start day (then position in `events`).
        let placed: [(index: Int, range: DayRange)] = events.indices.compactMap { k in
            let e = events[k]
            guard e.parent == nil, !e.factuality.isUnrealized, e.time?.certainty != .relation, let r = e.time?.dayRange else { return nil }
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
        for b in events where b.parent == nil && !b.factuality.isUnrealized {
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
        var textual: [Relation] = []
        for an in analyses {
            for r in an.relations {
                guard let f = eventOfMention[r.from].flatMap({ newId[$0] }), let t = eventOfMention[r.to].flatMap({ newId[$0] }) else { continue }
                textual.append(Relation(from: f, to: t, type: r.type, rule: r.rule, derived: r.derived))
            }
        }
        var closure = TemporalClosure()
        closure.add(anchored + textual)
        for r in closure.accepted { add(r) }
        conflicts += closure.conflicts
        if includeDerived { for r in closure.derived() where !seen.contains("\(r.from)|\(r.to)|before") { add(r) } }

        // Events bounded only by relations get an interval from their neighbours.
        var predecessors: [String: [String]] = [:]
        var successors: [String: [String]] = [:]
        for r in relations where r.type == .before {
            predecessors[r.to, default: []].append(r.from)
            successors[r.from, default: []].append(r.to)
        }
        for k in events.indices where events[k].time == nil {
            let id = events[k].id
            let after = (predecessors[id] ?? []).compactMap { byId[$0]?.time?.dayRange?.start }.max()
            let before = (successors[id] ?? []).compactMap { byId[$0]?.time?.dayRange?.end }.min()
            if after != nil || before != nil {
                var t = EventTime(value: "PAST_REF", inferred: true, certainty: .relation, text: nil)
                t.start = after?.description
                t.end = before?.description
                events[k].time = t
            }
        }

        var graph = EventGraph(documents: docs, events: events.sorted { $0.id.dropFirst().count != $1.id.dropFirst().count ? $0.id.count < $1.id.count : $0.id < $1.id }, relations: sortRelations(relations), conflicts: conflicts)
        if let focus, !focus.isEmpty { graph = Self.focused(graph, on: focus) }
        return graph
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

    private func sortRelations(_ rs: [Relation]) -> [Relation] {
        func n(_ id: String) -> Int { Int(id.dropFirst()) ?? 0 }
        return rs.sorted { (n($0.from), n($0.to), $0.type.rawValue) < (n($1.from), n($1.to), $1.type.rawValue) }
    }

    /// The events an actor takes part in (name, alias or title, case-insensitive), with the relations among them.
    static func focused(_ g: EventGraph, on focus: String) -> EventGraph {
        let f = focus.lowercased()
        let keep = Set(g.events.filter { e in
            e.actors.contains { a in a.name.lowercased().contains(f) || a.aliases.contains { $0.lowercased().contains(f) } || (a.title?.lowercased().contains(f) ?? false) }
        }.map(\.id))
        var out = g
        out.events = g.events.filter { keep.contains($0.id) }
        out.relations = g.relations.filter { keep.contains($0.from) && keep.contains($0.to) }
        out.conflicts = g.conflicts.filter { $0.events.allSatisfy(keep.contains) }
        return out
    }
}
