import ChronographCore

/// Groups mentions into real-world events: coreferent mentions of one document ("the unrest",
/// "the riots", "the coup attempt") and mentions of the same happening in different documents.
struct EventMerger {
    let lexicon: EventLexicon?

    func family(_ type: String) -> String { lexicon?.family(type) ?? type }

    /// Whether two times can describe the same happening (overlap, or one unknown).
    static func compatible(_ a: EventTime?, _ b: EventTime?) -> Bool {
        guard let ra = a?.dayRange, let rb = b?.dayRange else { return true }
        return ra.overlaps(rb)
    }

    /// Whether two times are close enough for sources to disagree about one event (within 31 days).
    static func near(_ a: EventTime?, _ b: EventTime?) -> Bool {
        guard let ra = a?.dayRange, let rb = b?.dayRange else { return true }
        return abs(ra.start.julianDay - rb.start.julianDay) <= 31
    }

    static func contentWords(_ s: String) -> Set<String> {
        Set(Tokenizer.tokenize(ScalarText(s)).filter { $0.kind == .word && $0.text.count > 3 }.map(\.lower))
    }

    static func actorKeys(_ m: EventMention) -> Set<String> {
        var keys = Set<String>()
        for a in m.actors where a.kind != .group {
            keys.insert(a.name.lowercased())
            if a.kind == .person, let last = a.name.split(separator: " ").last { keys.insert(String(last).lowercased()) }
            for al in a.aliases { keys.insert(al.lowercased()) }
        }
        return keys
    }

    /// Clusters of mention indices; each cluster is one event.
    func cluster(_ mentions: [EventMention]) -> [[Int]] {
        var parent = Array(mentions.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        // Dated mentions of each cluster, so that undated mentions never bridge two different dates of one document.
        var dated: [Int: [EventTime]] = [:]
        for i in mentions.indices where mentions[i].time?.certainty == .explicit { dated[i] = [mentions[i].time!] }
        func compatibleClusters(_ a: Int, _ b: Int) -> Bool {
            let ta = dated[find(a)] ?? [], tb = dated[find(b)] ?? []
            return ta.allSatisfy { x in tb.allSatisfy { y in Self.compatible(x, y) } }
        }
        func unionDated(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            guard ra != rb else { return }
            let times = (dated[ra] ?? []) + (dated[rb] ?? [])
            union(a, b)
            dated[find(a)] = times
        }
        let keys = mentions.map(Self.actorKeys)
        let words = mentions.map { Self.contentWords($0.label + " " + $0.text) }
        // Within a document.
        for i in mentions.indices {
            for j in mentions.indices where j > i && mentions[i].doc == mentions[j].doc {
                let a = mentions[i], b = mentions[j]
                guard a.parent == nil, b.parent == nil, family(a.type) == family(b.type) else { continue }
                guard a.phaseIndex == nil && b.phaseIndex == nil else { continue }
                let ua = a.factuality.isUnrealized, ub = b.factuality.isUnrealized
                let condition = (ua && a.factuality == .hypothetical) || (ub && b.factuality == .hypothetical)
                guard ua == ub || condition else { continue }
                guard Self.compatible(a.time, b.time) else { continue }
                let episode = family(a.type) == "unrest" || family(a.type) == "broadcast"
                let sameType = a.type == b.type
                let shared = !keys[i].isDisjoint(with: keys[j])
                let noActors = keys[i].isEmpty || keys[j].isEmpty
                guard family(a.type) == "unrest" || compatibleClusters(i, j) else { continue }
                if episode || ua && ub || (sameType && (shared || noActors)) { unionDated(i, j) }
            }
        }
        // Across documents: compare clusters' representative mentions.
        var groups: [Int: [Int]] = [:]
        for i in mentions.indices { groups[find(i), default: []].append(i) }
        let roots = groups.keys.sorted()
        for (x, ra) in roots.enumerated() {
            for rb in roots[(x + 1)...] {
                let ga = groups[ra]!, gb = groups[rb]!
                guard mentions[ga[0]].doc != mentions[gb[0]].doc else { continue }
                guard find(ra) != find(rb) else { continue }
                // However they were linked, clusters whose dates lie far apart are different happenings.
                let da = dated[find(ra)] ?? [], db = dated[find(rb)] ?? []
                guard da.allSatisfy({ x in db.allSatisfy { y in Self.compatible(x, y) || Self.near(x, y) } }) else { continue }
                if sameHappening(ga, gb, mentions, keys, words) { unionDated(ra, rb) }
            }
        }
        var out: [Int: [Int]] = [:]
        for i in mentions.indices { out[find(i), default: []].append(i) }
        return out.keys.sorted().map { out[$0]! }
    }

    private func sameHappening(_ ga: [Int], _ gb: [Int], _ m: [EventMention], _ keys: [Set<String>], _ words: [Set<String>]) -> Bool {
        let a = m[ga[0]], b = m[gb[0]]
        guard family(a.type) == family(b.type), a.factuality.isUnrealized == b.factuality.isUnrealized else { return false }
        guard (a.phaseIndex == nil) == (b.phaseIndex == nil), a.phaseIndex == b.phaseIndex else { return false }
        let ka = ga.reduce(into: Set<String>()) { $0.formUnion(keys[$1]) }
        let kb = gb.reduce(into: Set<String>()) { $0.formUnion(keys[$1]) }
        let wa = ga.reduce(into: Set<String>()) { $0.formUnion(words[$1]) }
        let wb = gb.reduce(into: Set<String>()) { $0.formUnion(words[$1]) }
        let places = Set(ga.compactMap { m[$0].location?.name }).intersection(gb.compactMap { m[$0].location?.name })
        // Places in different countries: different happenings, however alike the words.
        let ca = Set(ga.compactMap { m[$0].location?.country }), cb = Set(gb.compactMap { m[$0].location?.country })
        if !ca.isEmpty && !cb.isEmpty && ca.isDisjoint(with: cb) { return false }
        let sharedActor = !ka.isDisjoint(with: kb)
        let union = wa.union(wb).count
        let similarity = union == 0 ? 0 : Double(wa.intersection(wb).count) / Double(union)
        let ta = ga.compactMap { m[$0].time }.first, tb = gb.compactMap { m[$0].time }.first
        if Self.compatible(ta, tb) {
            if ta == nil || tb == nil { return sharedActor && (a.type == b.type || similarity >= 0.2) }
            // One episode named alike by its period ("the January 2022 riots", "the unrest in January 2022").
            if family(a.type) == "unrest", let va = ta?.value, va == tb?.value, (ta?.granularity ?? .day) <= .month { return true }
            return sharedActor || !places.isEmpty || similarity >= 0.3
        }
        // Sources that disagree on the date: only the same kind of event with the same actors.
        return a.type == b.type && sharedActor && Self.near(ta, tb) && (ta?.granularity == .day || tb?.granularity == .day)
    }
}
