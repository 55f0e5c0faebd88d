import ChronographCore

/// Groups mentions into real-world events: coreferent mentions of one document ("the unrest",
/// "the riots", "the coup attempt") and mentions of the same happening in different documents.
struct EventMerger {
    let lexicon: EventLexicon?
    var rules = MergeRules()
    /// The day each document was written (by document id), for undated incidents reported after a dated one.
    var documentDates: [String: Day] = [:]

    func family(_ type: String) -> String { lexicon?.family(type) ?? type }

    /// Whether two times can describe the same happening (overlap, or one unknown).
    static func compatible(_ a: EventTime?, _ b: EventTime?) -> Bool {
        compatible(mergingRange(a), mergingRange(b))
    }

    /// Whether a bound ("on or before the report's day") rules out a happening on `days`.
    static func boundExcludes(_ bound: EventTime?, _ days: DayRange?) -> Bool {
        guard let bound, bound.mod == .onOrBefore, let last = bound.dayRange?.end, let days else { return false }
        return days.start > last
    }

    /// The days a time puts an event on, for merging: none for a mere bound ("on or before the report"),
    /// which says nothing of which happening it is.
    static func mergingRange(_ t: EventTime?) -> DayRange? {
        guard let t, t.mod != .onOrBefore else { return nil }
        return t.dayRange
    }

    static func compatible(_ a: DayRange?, _ b: DayRange?) -> Bool {
        guard let a, let b else { return true }
        return a.overlaps(b)
    }

    /// The days a time read from nothing but the report's own day (`document_date`) can stand for: that day and
    /// the one before. News tells what happened yesterday as often as what happened today (a story filed
    /// overnight, another time zone), so "has been found guilty" in a report of 3 November can be the verdict
    /// another report dates 2 November. Any other time stands for its own days.
    static func newsDayRange(_ t: EventTime?, _ r: DayRange?) -> DayRange? {
        guard let r, t?.certainty == .documentDate, r.lengthInDays == 1 else { return r }
        return DayRange(start: r.start.adding(days: -1), end: r.end)
    }

    /// The days a cluster's one known day can be: that day, or for a time read from the report's own day
    /// that day and the one before (``newsDayRange(_:_:)``); nil for a cluster dated by a longer span or not at all.
    static func oneNewsDay(_ c: ClusterSummary) -> DayRange? {
        guard let r = c.range, r.lengthInDays == 1 else { return nil }
        return newsDayRange(c.time, r)
    }

    /// Whether the days two clusters' one known days can be (``oneNewsDay(_:)``) have one in common.
    static func newsDaysOverlap(_ a: ClusterSummary, _ b: ClusterSummary) -> Bool {
        guard let da = oneNewsDay(a), let db = oneNewsDay(b) else { return false }
        return da.overlaps(db)
    }

    /// For a cluster with no day of its own (what a news report tells as done, bounded only by its date), the
    /// report's news day: the day it was written or the one before, as for ``newsDayRange(_:_:)``.
    static func reportedNewsDay(_ c: ClusterSummary) -> DayRange? {
        guard c.range == nil, let day = c.reported else { return nil }
        return DayRange(start: day.adding(days: -1), end: day)
    }

    /// Whether two times are close enough for sources to disagree about one event (within 31 days).
    /// Two exact days further apart than three days are two events (a treaty signed on 10 February and
    /// the accession on 12 March), not sources disagreeing: a time zone or a report date moves a day or two.
    static func near(_ a: DayRange?, _ b: DayRange?) -> Bool {
        guard let a, let b else { return true }
        let gap = abs(a.start.julianDay - b.start.julianDay)
        if a.lengthInDays == 1 && b.lengthInDays == 1 { return gap <= 3 }
        return gap <= 31
    }

    static func contentWords(_ s: String) -> Set<String> {
        Set(Tokenizer.tokenize(ScalarText(s)).filter { $0.kind == .word && $0.text.count > 3 }.map(\.lower))
    }

    /// Names of the mention's participants (persons also by last name). `countries: false` leaves
    /// countries out: in news about one story the same countries stand in almost every sentence
    /// ("condemned the bombings of the U.S. embassies in Kenya and Tanzania"), so across documents a
    /// shared country says nothing about two mentions being one event, except for the types whose
    /// parties countries are (`parties` in merging.tsv: a treaty, talks).
    static func actorKeys(_ m: EventMention, countries: Bool = true) -> Set<String> {
        var keys = Set<String>()
        for a in m.actors where a.kind != .group && (countries || a.kind != .country) {
            // Hyphens as spaces: reports write one name "Yoon Suk-yeol" and "Yoon Suk Yeol".
            keys.insert(EventFilter.nameKey(a.name))
            if a.kind == .person, let last = a.name.split(separator: " ").last { keys.insert(EventFilter.nameKey(String(last))) }
            for al in a.aliases { keys.insert(EventFilter.nameKey(al)) }
        }
        return keys
    }

    /// Clusters of mention indices; each cluster is one event, clusters in the order of their first mentions.
    ///
    /// Two passes: within each document (``units(_:)``), then across documents, where the document
    /// clusters ("units") that can be one happening are linked (``candidatePairs(_:)``, ``link(_:_:)``)
    /// and merged the best-linked first (``merge(_:links:)``). The result depends on the order of the
    /// mentions only through the order of the units: given mentions sorted by document id (as
    /// ``GraphBuilder`` sorts them), it is the same whatever order the documents came in.
    func cluster(_ mentions: [EventMention], commonKeyLimit: Int = EventMerger.commonKeyLimit) -> [[Int]] {
        let units = units(mentions)
        var links: [UnitLink] = []
        for (a, b) in candidatePairs(units, commonKeyLimit: commonKeyLimit) {
            if let strength = link(units.records[a], units.records[b]) { links.append(UnitLink(a, b, strength: strength)) }
        }
        return merge(units.records.map(\.state), links: links).map { group in group.flatMap { units.groups[$0] }.sorted() }
    }

    /// The first pass: each document's mentions grouped into within-document clusters, with what the
    /// second pass needs of each.
    func units(_ mentions: [EventMention]) -> MergeUnits {
        var state = MergeState(count: mentions.count)
        // Dated mentions of each cluster, so that undated mentions never bridge two different dates of one document.
        // Day ranges are parsed once here: the pair loops below compare them many times.
        let ranges: [DayRange?] = mentions.map { Self.mergingRange($0.time) }
        for i in mentions.indices where mentions[i].time?.certainty == .explicit {
            state.dated[i] = ranges[i].map { [$0] } ?? []
        }
        let keys = mentions.map { Self.actorKeys($0) }
        let families = mentions.map { lexicon?.wordFamily($0.text) ?? $0.text.lowercased() }
        let namedKeys = mentions.map { Self.actorKeys($0, countries: rules.parties.contains($0.type)) }
        let words = mentions.map { Self.contentWords($0.label + " " + $0.text) }
        let speakers = mentions.map { $0.eventClass == .reporting ? Self.subjectKeys($0) : [] }
        let number = mentions.map { rules.incidentNumber($0, lexicon: lexicon) }
        // Last names of the persons a singular incident names, and the words of its sentence.
        // (for single incidents and for other kinds of event that no one repeats: "Marsh was charged", "the charge of murder").
        let named = mentions.indices.map { i in number[i] == .singular || (number[i] == .none && !rules.recurring.contains(mentions[i].type)) }
        let persons: [Set<String>] = mentions.indices.map { i in
            guard named[i] else { return [] }
            return Set(mentions[i].actors.filter { $0.kind == .person }.compactMap { $0.name.split(separator: " ").last.map { String($0).lowercased() } })
        }
        // Tokenized once per sentence (several mentions share one).
        var wordsOfSentence: [String: Set<String>] = [:]
        let sentenceWords: [Set<String>] = mentions.indices.map { i in
            guard named[i] else { return [] }
            let key = mentions[i].doc + "#" + String(mentions[i].sentenceStart)
            if let w = wordsOfSentence[key] { return w }
            let w = Set(Tokenizer.tokenize(ScalarText(mentions[i].sentence)).filter { $0.kind == .word && $0.isCapitalized }.map(\.lower))
            wordsOfSentence[key] = w
            return w
        }
        // Where the singular incidents of each cluster happened, so that a mention without a place
        // never bridges a blast in one city and a blast in another.
        for i in mentions.indices where number[i] == .singular {
            if let p = IncidentPlaces(mentions[i].location) { state.places[i] = p }
        }
        // The kinds of incident each cluster names (explosive, firearm, ...): a cluster of one kind never takes
        // a mention of another, so "the shooting" does not join "the bombing" through an "attack" of neither kind.
        for i in mentions.indices where number[i] != .none {
            let k = rules.incidentKinds(mentions[i], lexicon: lexicon)
            if !k.isEmpty { state.kinds[i] = k }
        }
        // Within a document (pairs of the same document only, so the work grows with document size, not corpus size).
        var byDocument: [String: [Int]] = [:]
        var documentOrder: [String] = []
        for i in mentions.indices {
            if byDocument[mentions[i].doc] == nil { documentOrder.append(mentions[i].doc) }
            byDocument[mentions[i].doc, default: []].append(i)
        }
        for doc in documentOrder {
            let members = byDocument[doc]!
            // The pairs that may corefer, then merged the best-evidenced first: a mention that could join either
            // of two clusters whose dates exclude each other joins the one it is likelier the same as.
            var pairs: [(i: Int, j: Int, incident: Bool, strength: Int, order: Int)] = []
            for (x, i) in members.enumerated() {
                for j in members[(x + 1)...] {
                let a = mentions[i], b = mentions[j]
                guard a.parent == nil, b.parent == nil else { continue }
                // A minor mention joins a salient one only when both tell one verb of the same participants
                // ("the AU suspended Gabon", "the suspension of Gabon" typed a restriction), or one verb of the
                // same known day (``sameVerbOfOneDay(_:_:_:_:)``).
                let mixed = (a.minor == true) != (b.minor == true)
                if Self.oneSaying(a, b, speakers[i], speakers[j], ranges[i], ranges[j]) {
                    // Told in other words ("said", "added", "warned"), one speaker's words of one day are one statement.
                } else if mixed {
                    guard families[i] == families[j], Self.compatible(ranges[i], ranges[j]),
                        !keys[i].isDisjoint(with: keys[j]) || Self.sameVerbOfOneDay(a, b, ranges[i], ranges[j])
                    else { continue }
                } else {
                    guard family(a.type) == family(b.type) else { continue }
                    if a.minor == true {
                        guard Self.sameMinorHappening(a, b, families[i], families[j], keys[i], keys[j], ranges[i], ranges[j]), Self.compatible(ranges[i], ranges[j]) else { continue }
                    }
                }
                guard a.phaseIndex == nil && b.phaseIndex == nil else { continue }
                // What the report bounds ("on or before" its date) is not what happens after it.
                guard !Self.boundExcludes(a.time, ranges[j]), !Self.boundExcludes(b.time, ranges[i]) else { continue }
                let ua = a.factuality.isUnrealized, ub = b.factuality.isUnrealized
                let condition = (ua && a.factuality == .hypothetical) || (ub && b.factuality == .hypothetical)
                guard ua == ub || condition else { continue }
                // An event noun no time expression of its own dates ("the vote", dated only by the day the story tells)
                // names a happening the document tells: a dated one of its type may be it.
                guard Self.compatible(ranges[i], ranges[j]) || (sameSalientType(a, b) && (Self.softlyDated(a) || Self.softlyDated(b))) else { continue }
                // Incidents (an attack, a blast) are not parts of a lasting episode: they merge like other events,
                // a set of incidents ("the bombings") stays apart from one of them ("the blast in Nairobi"),
                // and incidents in different places stay apart.
                let incident = number[i] != .none || number[j] != .none
                let incidentPair = number[i] == .singular && number[j] == .singular
                if incident {
                    guard number[i] == number[j] || number[i] == .none || number[j] == .none else { continue }
                }
                let lasting = family(a.type) == "unrest" && !incident
                let episode = lasting || family(a.type) == "broadcast"
                let sameType = a.type == b.type
                // A person one names stands in the other's sentence ("the shooting death of Dr. Smith" and
                // "Smith was killed"): participants are often missed, names in the text are not.
                let shared = !keys[i].isDisjoint(with: keys[j]) || (incidentPair && (Self.namedIn(persons[i], words: sentenceWords[j]) || Self.namedIn(persons[j], words: sentenceWords[i])))
                let noActors = keys[i].isEmpty || keys[j].isEmpty
                // Two incidents of one kind and number, in places and at times that agree: "a massive blast damaged
                // the embassy ... the ambassador was injured in the blast". Who they hit does not tell them apart.
                let sameIncident = number[i] != .none && number[i] == number[j]
                guard mixed || episode || ua && ub || (sameType && (shared || noActors || sameIncident)) else { continue }
                var strength = 0
                if let ri = ranges[i], let rj = ranges[j], ri.lengthInDays == 1, ri == rj { strength += 2 }
                if a.text.lowercased() == b.text.lowercased() { strength += 1 }
                if shared { strength += 1 }
                pairs.append((i, j, incident, strength, pairs.count))
                }
            }
            pairs.sort { ($1.strength, $0.order) < ($0.strength, $1.order) }
            for p in pairs {
                if p.incident { guard state.placesAgree(p.i, p.j), state.kindsAgree(p.i, p.j) else { continue } }
                // An episode too: its undated mentions never bridge two days its dated ones tell apart (the riots of
                // Tuesday night and Thursday's march, joined by "the violence" of a headline).
                guard state.datesCompatible(p.i, p.j) else { continue }
                state.merge(p.i, p.j)
            }
        }
        // What the second pass compares of each cluster: its representative mentions.
        var groups: [Int: [Int]] = [:]
        for i in mentions.indices { groups[state.find(i), default: []].append(i) }
        let roots = groups.keys.sorted()
        let summaries: [ClusterSummary] = roots.map { r in
            let g = groups[r]!
            var summary = ClusterSummary(g, mentions, namedKeys, words, ranges, number, families, speakers: rules.recurring.contains(mentions[Self.head(g, mentions)].type))
            // The persons a single incident names, and the capitalized words of its sentences: reports name the victim
            // where the participant finder missed them ("the shooting of Dr. Smith").
            summary.persons = g.reduce(into: Set<String>()) { $0.formUnion(persons[$1]) }
            summary.sentenceNames = g.reduce(into: Set<String>()) { $0.formUnion(sentenceWords[$1]) }
            summary.kinds = state.kinds[r] ?? []
            summary.incidentPlaces = state.places[r]
            summary.reported = documentDates[mentions[g[0]].doc]
            return summary
        }
        let records = roots.enumerated().map { u, r in
            UnitRecord(
                document: mentions[r].doc, summary: summaries[u],
                state: UnitState(firstType: mentions[Self.head(groups[r]!, mentions)].type, dated: state.dated[r] ?? [], places: state.places[r], kinds: state.kinds[r]))
        }
        return MergeUnits(
            mentions: mentions, groups: roots.map { groups[$0]! }, records: records,
            keys: keys, words: words, persons: persons, sentenceWords: sentenceWords)
    }

    /// Whether two units of different documents look like one happening, and how strongly (nil: they do not);
    /// `a` is the unit that comes first. It depends on the two units alone, so a link once found holds whatever
    /// else is merged.
    func link(_ a: UnitRecord, _ b: UnitRecord) -> Double? {
        guard a.document != b.document else { return nil }
        // Dates that already exclude each other can only stay so as clusters grow: skip the comparison.
        let recurs = rules.recurring.contains(a.summary.first.type)
        guard a.state.dated.allSatisfy({ x in b.state.dated.allSatisfy { y in x.overlaps(y) || (!recurs && Self.near(x, y)) } }) else { return nil }
        return sameHappening(a.summary, b.summary) ? Self.strength(a.summary, b.summary) : nil
    }

    /// The second pass: units merged along their links, the strongest link first (then the link whose units
    /// come first): when a cluster could join either of two clusters that exclude each other (an arrest
    /// dated 1998 and one dated 1999), the one it shares most with wins, not the one met first.
    /// Returns groups of unit indices (ascending), in the order of their first units.
    ///
    /// Units that no chain of links joins never affect each other here: merging each connected component
    /// of the links on its own gives the same groups as merging all at once.
    func merge(_ units: [UnitState], links: [UnitLink]) -> [[Int]] {
        var state = MergeState(count: units.count)
        for (u, r) in units.enumerated() {
            state.dated[u] = r.dated
            state.places[u] = r.places
            state.kinds[u] = r.kinds
        }
        for l in links.sorted(by: UnitLink.mergesFirst) {
            let (ra, rb) = (l.a, l.b)
            guard state.find(ra) != state.find(rb) else { continue }
            // However they were linked, clusters whose dates lie far apart are different happenings.
            // Recurring kinds (statements) on different days are different events, not a disagreement.
            let recurs = rules.recurring.contains(units[ra].firstType)
            let da = state.dated[state.find(ra)] ?? [], db = state.dated[state.find(rb)] ?? []
            guard da.allSatisfy({ x in db.allSatisfy { y in x.overlaps(y) || (!recurs && Self.near(x, y)) } }) else { continue }
            // Clusters already merged are compared through their first clusters' summaries; their places must still agree.
            guard state.placesAgree(ra, rb), state.kindsAgree(ra, rb) else { continue }
            state.merge(ra, rb)
        }
        var out: [Int: [Int]] = [:]
        for u in units.indices { out[state.find(u), default: []].append(u) }
        return out.keys.sorted().map { out[$0]! }
    }

    /// The most units a blocking key may have and still propose pairs: a key shared by more units (a word
    /// such as "police") proposes no pairs by itself; alone it could not make two units the same happening
    /// in a corpus that large.
    static let commonKeyLimit = 400

    /// The keys ``candidatePairs(_:)`` finds a unit's candidates by: ``link(_:_:)`` never links units of
    /// different kinds, standing or phase, nor units that share no actor, place, content word or (for
    /// episodes) period.
    func blockingKeys(_ units: MergeUnits, _ u: Int) -> BlockingKeys {
        let g = units.groups[u]
        let m = units.mentions
        let a = m[Self.head(g, m)]
        let block = "\(family(a.type))|\(a.factuality.isUnrealized)|\(a.phaseIndex ?? 0)|"
        // Minor units link only to minor units telling the same verb, on one day, with a participant in common.
        if let trigger = units.records[u].summary.first.minorTrigger {
            return Self.minorKeys(units.records[u].summary, trigger: trigger, block: block)
        }
        var keys = Set<String>()
        var persons = Set<String>()
        var sentenceWords = Set<String>()
        let incidentCountry = rules.incidentNumber(a, lexicon: lexicon) == .singular
        for i in g {
            for k in units.keys[i] { keys.insert(block + "a:" + k) }
            for w in units.words[i] { keys.insert(block + "w:" + w) }
            if let place = m[i].location?.name { keys.insert(block + "p:" + place) }
            // A person one names and the other's sentence names ("Tom Marsh indicted", "... Marsh faces a charge").
            persons.formUnion(units.persons[i])
            sentenceWords.formUnion(units.sentenceWords[i])
            // Single incidents in one country ("the blast in Mombasa", "the Kenya embassy bombing").
            if incidentCountry, let country = m[i].location?.country { keys.insert(block + "c:" + country) }
            if family(a.type) == "unrest", let v = m[i].time?.value { keys.insert(block + "t:" + v) }
        }
        var names: [String: String] = [:]
        for n in persons { names[block + "n:" + n] = n }
        var sentenceNames: [String: String] = [:]
        for n in sentenceWords where names[block + "n:" + n] == nil { sentenceNames[block + "n:" + n] = n }
        return BlockingKeys(keys: keys, names: names, sentenceNames: sentenceNames)
    }

    /// A minor unit's keys: the verb it tells (its word family), its one known day (or its report's news day,
    /// ``reportedNewsDay(_:)``) and one of its participants, the three things
    /// ``link(_:_:)`` requires two minor units to share. So minor events (most of the events of a corpus)
    /// are compared only with what can be the same happening, and a minor unit without a known day or a
    /// participant has no key at all: it stays the event of its own document.
    /// A day read from nothing but the report's date stands for that day and the one before (``newsDayRange(_:_:)``):
    /// the unit has keys on both.
    static func minorKeys(_ summary: ClusterSummary, trigger: String, block: String) -> BlockingKeys {
        guard !summary.keys.isEmpty, let days = oneNewsDay(summary) ?? reportedNewsDay(summary) else {
            return BlockingKeys(keys: [], names: [:], sentenceNames: [:])
        }
        var keys = Set<String>()
        for day in days.start.julianDay...days.end.julianDay {
            let prefix = block + "m:" + trigger + "|" + String(day) + "|"
            for k in summary.keys { keys.insert(prefix + k) }
        }
        return BlockingKeys(keys: keys, names: [:], sentenceNames: [:])
    }

    /// The pairs of units (a < b) that can be the same happening at all, in ascending order: an inverted index
    /// over their ``blockingKeys(_:_:)`` finds the candidates, so a corpus does not cost a comparison of every pair.
    /// A key counts when at most ``commonKeyLimit`` units have it; a sentence key only when some unit
    /// names a person of that name (of the sentence's capitalized words only the names of persons some mention has).
    func candidatePairs(_ units: MergeUnits, commonKeyLimit: Int = EventMerger.commonKeyLimit) -> [(Int, Int)] {
        let blocking = units.groups.indices.map { blockingKeys(units, $0) }
        let allPersons = blocking.reduce(into: Set<String>()) { $0.formUnion($1.names.values) }
        var postings: [String: [Int]] = [:]
        for (x, b) in blocking.enumerated() {
            for k in b.keys { postings[k, default: []].append(x) }
            for k in b.names.keys { postings[k, default: []].append(x) }
            for (k, name) in b.sentenceNames where allPersons.contains(name) { postings[k, default: []].append(x) }
        }
        var pairs = Set<Int64>()
        for list in postings.values where list.count > 1 && list.count <= commonKeyLimit {
            for (p, x) in list.enumerated() {
                for y in list[(p + 1)...] { pairs.insert(Int64(x) << 32 | Int64(y)) }
            }
        }
        return pairs.sorted().map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
    }

    /// What the cross-document pass compares of a cluster, computed once per cluster.
    struct ClusterSummary: Sendable, Codable {
        /// What the pass reads of the cluster's first mention.
        struct Head: Sendable, Codable {
            var type: String
            var factuality: Factuality
            var phaseIndex: Int?
            /// The verb a minor cluster tells (``EventLexicon/wordFamily(_:)``; nil when a mention is salient).
            var minorTrigger: String? = nil
        }

        var first: Head
        var keys: Set<String>
        var words: Set<String>
        var places: Set<String>
        var countries: Set<String>
        /// Every country the cluster's mentions name, as participants or as places.
        var namedCountries: Set<String>
        /// The first time a mention's own date gives (else the first time any mention gives), and its days.
        var time: EventTime?
        var range: DayRange?
        /// Keys of the participants named before the trigger in a mention's label (its subject: "Iran condemned
        /// the bombing"), for statements the speaker.
        var speakers: Set<String>
        /// Whether the cluster is a set of incidents ("the bombings"), one incident ("the blast"), or neither
        /// (its first incident mention decides).
        var number: MergeRules.Number
        /// Last names of the persons the cluster's single incidents name, and the capitalized words of their sentences.
        var persons: Set<String> = []
        var sentenceNames: Set<String> = []
        /// The kinds of incident it names, where its single incidents happened, and the day its document was written.
        var kinds: Set<String> = []
        var incidentPlaces: IncidentPlaces?
        var reported: Day?

        /// Whether this cluster names no speaker, or one of its speakers is a participant of `other`.
        func speakerTakesPart(in other: ClusterSummary) -> Bool {
            speakers.isEmpty || speakers.contains { other.speakers.contains($0) || other.keys.contains($0) }
                || other.namedCountries.contains { speakers.contains($0.lowercased()) }
        }

        init(_ g: [Int], _ m: [EventMention], _ keys: [Set<String>], _ words: [Set<String>], _ ranges: [DayRange?], _ numbers: [MergeRules.Number], _ families: [String], speakers withSpeakers: Bool) {
            let h = EventMerger.head(g, m)
            first = Head(type: m[h].type, factuality: m[h].factuality, phaseIndex: m[h].phaseIndex, minorTrigger: m[h].minor == true ? families[h] : nil)
            number = g.lazy.map { numbers[$0] }.first { $0 != .none } ?? .none
            speakers = withSpeakers ? g.reduce(into: Set<String>()) { $0.formUnion(EventMerger.subjectKeys(m[$1])) } : []
            self.keys = g.reduce(into: Set<String>()) { $0.formUnion(keys[$1]) }
            self.words = g.reduce(into: Set<String>()) { $0.formUnion(words[$1]) }
            // A shared country is no evidence of one event (the story's countries recur); shared cities or regions are.
            places = Set(g.compactMap { m[$0].location.flatMap { $0.kind == .country ? nil : $0.name } })
            countries = Set(g.compactMap { m[$0].location?.country })
            namedCountries = Set(g.flatMap { i in
                m[i].actors.filter { $0.kind == .country }.map(\.name) + (m[i].location.flatMap { $0.kind == .country ? [$0.name] : nil } ?? [])
            })
            // The time a mention's own date gives first (the one the event will show), else the first: a report's
            // headline noun ("Morocco earthquake: death toll rises") takes its news day, its "September 8" says when.
            let timed = g.first { m[$0].time?.certainty == .explicit && EventMerger.mergingRange(m[$0].time) != nil }
                ?? g.first { EventMerger.mergingRange(m[$0].time) != nil }
            time = timed.flatMap { m[$0].time }
            range = timed.flatMap { ranges[$0] }
        }
    }

    /// Keys of the participants named in the mention's label before its trigger: the label starts with the
    /// subject ("Philippine President Joseph Estrada condemned the bombings"), whose speaker a statement is.
    static func subjectKeys(_ m: EventMention) -> Set<String> {
        let label = m.label.lowercased()
        guard let trigger = label.range(of: m.text.lowercased()) else { return [] }
        let before = label[..<trigger.lowerBound]
        var keys = Set<String>()
        for a in m.actors where a.kind != .group && before.contains(a.name.lowercased()) {
            keys.insert(a.name.lowercased())
            if a.kind == .person, let last = a.name.split(separator: " ").last { keys.insert(String(last).lowercased()) }
        }
        return keys
    }

    /// "The Kenya embassy bombing" in an article a week after a bombing in Kenya: an undated single incident of a
    /// known kind, in a known country, reported within a month after a dated incident of the same type, kind and
    /// country, is that incident (news names the recent one; an older one it dates).
    static func reportedAfter(undated u: ClusterSummary, dated d: ClusterSummary) -> Bool {
        guard u.time == nil, let range = d.range, u.number == .singular, d.number == .singular, u.first.type == d.first.type,
            !u.kinds.isEmpty, !u.kinds.isDisjoint(with: d.kinds),
            let pu = u.incidentPlaces, let pd = d.incidentPlaces, pu.agrees(with: pd), !pu.countries.isDisjoint(with: pd.countries),
            let day = u.reported
        else { return false }
        let gap = day.julianDay - range.start.julianDay
        return gap >= 0 && gap <= 31
    }

    /// Whether one of the names is among the words.
    static func namedIn(_ names: Set<String>, words: Set<String>) -> Bool {
        !names.isEmpty && !names.isDisjoint(with: words)
    }

    /// How many elements two sets share, without building their intersection.
    static func shared(_ a: Set<String>, _ b: Set<String>) -> Int {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var n = 0
        for x in small where large.contains(x) { n += 1 }
        return n
    }

    /// Shared elements over all elements (0 for two empty sets).
    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let both = shared(a, b)
        let all = a.count + b.count - both
        return all == 0 ? 0 : Double(both) / Double(all)
    }

    /// How much two clusters share: named participants, places, words, and the same day.
    static func strength(_ a: ClusterSummary, _ b: ClusterSummary) -> Double {
        var s = Double(shared(a.keys, b.keys) + shared(a.places, b.places)) + jaccard(a.words, b.words)
        if let ra = a.range, let rb = b.range, ra.lengthInDays == 1, ra == rb { s += 1 }
        return s
    }

    /// Minor events (verbs and nouns of no salient type) of one document are one happening only when told
    /// alike: both minor, telling the same verb ("collapsed", "the collapse"), and a participant in common, or,
    /// for happenings rather than sayings, both on one known day (``sameVerbOfOneDay(_:_:_:_:)``: "some buildings
    /// collapsed ... several buildings collapsed in Turkey", whatever participants each was given). Without that,
    /// every "said" and "met" of a story would become one event.
    static func sameMinorHappening(
        _ a: EventMention, _ b: EventMention, _ fa: String, _ fb: String, _ ka: Set<String>, _ kb: Set<String>, _ ra: DayRange?, _ rb: DayRange?
    ) -> Bool {
        guard a.minor == true, b.minor == true, fa == fb else { return false }
        if !ka.isDisjoint(with: kb) { return true }
        return sameVerbOfOneDay(a, b, ra, rb)
    }

    /// "William Ruto disclosed this on Wednesday ... he said ... the president added": in one report, the
    /// sayings of one named speaker on one known day are the one statement (an address, an interview, a
    /// press release) told piece by piece, whatever verb tells each piece.
    static func oneSaying(_ a: EventMention, _ b: EventMention, _ sa: Set<String>, _ sb: Set<String>, _ ra: DayRange?, _ rb: DayRange?) -> Bool {
        guard a.eventClass == .reporting, b.eventClass == .reporting, !sa.isDisjoint(with: sb), let ra, let rb else { return false }
        return ra.lengthInDays == 1 && ra == rb
    }

    /// Two mentions of one document telling the same verb (the caller compares their word families) on the
    /// same one known day, neither reporting speech; here a minor mention and a salient one: "the African Union suspended Gabon"
    /// and "suspended" typed a restriction, "New Delhi shuts borders" and "India shut down the border crossing"
    /// of that day. The participants found for each need not agree (a capital for its country, an actor missed):
    /// one report seldom tells one verb of two happenings of one day. Sayings are left to ``oneSaying(_:_:_:_:_:_:)``:
    /// different speakers "said" different things the same day.
    static func sameVerbOfOneDay(_ a: EventMention, _ b: EventMention, _ ra: DayRange?, _ rb: DayRange?) -> Bool {
        guard a.eventClass != .reporting, b.eventClass != .reporting, let ra, let rb else { return false }
        return ra.lengthInDays == 1 && ra == rb
    }

    /// An event noun (no tense) of a salient type whose time was not read in its own clause.
    static func softlyDated(_ m: EventMention) -> Bool {
        m.minor != true && (m.tense == nil || m.tense == "none") && m.time?.certainty != .explicit
    }

    /// Both salient and of one type.
    private func sameSalientType(_ a: EventMention, _ b: EventMention) -> Bool {
        a.minor != true && b.minor != true && a.type == b.type
    }

    /// One event of a type a country has one of at a time (`national` in merging.tsv), placed in one country by both.
    private func sameNational(_ ca: ClusterSummary, _ cb: ClusterSummary) -> Bool {
        rules.national.contains(ca.first.type) && ca.first.type == cb.first.type && !ca.countries.isEmpty && !ca.countries.isDisjoint(with: cb.countries)
    }

    /// The mention a unit is typed and compared by: its first salient mention, else its first.
    static func head(_ g: [Int], _ m: [EventMention]) -> Int {
        g.first { m[$0].minor != true } ?? g[0]
    }

    private func sameHappening(_ ca: ClusterSummary, _ cb: ClusterSummary) -> Bool {
        let a = ca.first, b = cb.first
        guard family(a.type) == family(b.type), a.factuality.isUnrealized == b.factuality.isUnrealized else { return false }
        if a.minorTrigger != nil || b.minorTrigger != nil {
            // Across documents a minor event must also fall on one known day in both (for a day read from the
            // report's date, that day or the one before: "India has suspended the treaty" the morning after).
            // A minor event a report tells as done with no day of its own ("UBS agreed to buy Credit Suisse" in a
            // headline, bounded by the report's date) is of the report's news day (``reportedNewsDay(_:)``).
            guard a.minorTrigger == b.minorTrigger, !ca.keys.isDisjoint(with: cb.keys),
                let da = Self.oneNewsDay(ca) ?? Self.reportedNewsDay(ca), let db = Self.oneNewsDay(cb) ?? Self.reportedNewsDay(cb), da.overlaps(db)
            else { return false }
        }
        guard (a.phaseIndex == nil) == (b.phaseIndex == nil), a.phaseIndex == b.phaseIndex else { return false }
        // A set of incidents is not one of them.
        if ca.number != .none && cb.number != .none && ca.number != cb.number { return false }
        let incident = ca.number != .none || cb.number != .none
        let recurs = rules.recurring.contains(a.type)
        // Places in different countries: different happenings, however alike the words. A set of incidents
        // ("the bombings in Kenya and Tanzania") lies in several countries: the place a mention is given is
        // one of them, so sets are told apart by all the countries they name instead.
        // The parties of a treaty (countries, for `parties` types) outweigh where each report placed it.
        let sets = ca.number == .plural && cb.number == .plural
        let sharedParties = rules.parties.contains(a.type) && !ca.keys.isDisjoint(with: cb.keys)
        let (na, nb) = sets ? (ca.namedCountries, cb.namedCountries) : (ca.countries, cb.countries)
        // A report that names both countries ("the toll in Turkey and Syria") may be placed in either: only
        // reports whose named countries have none in common are told apart by place.
        if !sharedParties && !na.isEmpty && !nb.isEmpty && na.isDisjoint(with: nb) && ca.namedCountries.isDisjoint(with: cb.namedCountries) { return false }
        let sharedActor = !ca.keys.isDisjoint(with: cb.keys)
            || (ca.number != .plural && cb.number != .plural && !recurs
                && (Self.namedIn(ca.persons, words: cb.sentenceNames) || Self.namedIn(cb.persons, words: ca.sentenceNames)))
        let similarity = Self.jaccard(ca.words, cb.words)
        let ta = ca.time, tb = cb.time
        // Statements of different speakers are different statements, whoever else they name: a named
        // speaker must take part in the other statement too.
        if recurs && !(ca.speakerTakesPart(in: cb) && cb.speakerTakesPart(in: ca)) { return false }
        if Self.compatible(Self.newsDayRange(ta, ca.range), Self.newsDayRange(tb, cb.range)) {
            // One report names who took part, the other no one ("a jury found Bankman-Fried guilty", "the
            // verdict by the jury"): of a kind that happens once in a story (no statement, no incident), told
            // of the same day in words they share, nothing tells them apart.
            if a.type == b.type, a.minorTrigger == nil, b.minorTrigger == nil, !incident, ca.keys.isEmpty || cb.keys.isEmpty,
               let ra = Self.oneNewsDay(ca) ?? Self.reportedNewsDay(ca), let rb = Self.oneNewsDay(cb) ?? Self.reportedNewsDay(cb),
               ra.overlaps(rb), similarity > 0 { return true }
            if ta == nil || tb == nil {
                if sharedActor && (a.type == b.type || similarity >= 0.2) { return true }
                return Self.reportedAfter(undated: ca, dated: cb) || Self.reportedAfter(undated: cb, dated: ca)
            }
            // One episode named alike by its period ("the January 2022 riots", "the unrest in January 2022").
            if family(a.type) == "unrest", !incident, let va = ta?.value, va == tb?.value, (ta?.granularity ?? .day) <= .month { return true }
            // Someone who speaks every day: only a shared speaker (or other named participant) makes two statements one.
            if recurs { return sharedActor }
            // The same kind of incident on the same day in the same country (both known): one incident,
            // however differently the reports word it ("the bombings", "the blasts", "the explosions").
            if incident, a.type == b.type, ca.number == cb.number, let ra = ca.range, let rb = cb.range,
               ra.lengthInDays == 1, rb.lengthInDays == 1,
               sets ? !ca.namedCountries.isDisjoint(with: cb.namedCountries) : !ca.countries.isDisjoint(with: cb.countries) { return true }
            if sameNational(ca, cb) { return true }
            // A death toll counts the dead of one episode: the tolls two reports give for one day in one country
            // are one toll, however they word the rest.
            if rules.deathTypes.contains(a.type), a.type == b.type, let ra = ca.range, let rb = cb.range, ra.lengthInDays == 1, ra == rb,
               !ca.countries.isDisjoint(with: cb.countries) { return true }
            return sharedActor || !ca.places.isDisjoint(with: cb.places) || similarity >= 0.3
        }
        // Sources that disagree on the date: only the same kind of event with the same actors, or the same
        // kind of incident in the same city within a day or two (reports often differ by a day: time zones,
        // the day it happened against the day it was reported).
        guard !recurs, a.type == b.type, ta?.granularity == .day || tb?.granularity == .day else { return false }
        if sameNational(ca, cb) && Self.near(ca.range, cb.range) { return true }
        if sharedActor && Self.near(ca.range, cb.range) { return true }
        if incident, ca.number == cb.number, let ra = ca.range, let rb = cb.range {
            let gap = abs(ra.start.julianDay - rb.start.julianDay)
            if !ca.places.isDisjoint(with: cb.places) { return gap <= 2 }
            // A disaster of one kind in one country (an earthquake in Morocco) told a day apart: the night it
            // struck and the day after, or two time zones; one country seldom has two of a kind in two days.
            return gap <= 1 && rules.incidentTypes.contains(a.type) && !ca.kinds.isEmpty && !ca.kinds.isDisjoint(with: cb.kinds)
                && !ca.countries.isEmpty && !ca.countries.isDisjoint(with: cb.countries)
        }
        return false
    }
}
