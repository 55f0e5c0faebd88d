import ChronographCore

/// The merger's first pass over a set of documents: each document's mentions grouped into
/// within-document clusters ("units"), with what the cross-document pass compares, blocks on and
/// tracks of each unit.
///
/// A unit depends on its own document alone (its mentions and the day it was written), so a
/// document's units are the same whatever other documents are merged with it: a store can keep the
/// links between units and merge new documents into old ones without reading the whole corpus.
public struct MergeUnits: Sendable {
    /// The mentions of every document, each document's together.
    public let mentions: [EventMention]
    /// Each unit's mentions (indices into ``mentions``, ascending); units in the order of their first mentions.
    public let groups: [[Int]]
    /// What the second pass compares and tracks of each unit.
    public let records: [UnitRecord]
    /// Per mention: participant keys, content words, persons a single incident names, capitalized words of its sentence.
    let keys: [Set<String>]
    let words: [Set<String>]
    let persons: [Set<String>]
    let sentenceWords: [Set<String>]

    /// How many units there are.
    public var count: Int { groups.count }

    /// The id of the document a unit is part of.
    public func document(of unit: Int) -> String { mentions[groups[unit][0]].doc }
}

/// What the merger's second pass needs of a unit, without its mentions: what linking compares (its
/// summary) and what merging tracks (``UnitState``). A store keeps it to link units without reading
/// their documents again.
public struct UnitRecord: Sendable, Codable {
    /// The id of the document the unit is part of.
    public let document: String
    let summary: EventMerger.ClusterSummary
    public let state: UnitState
}

/// What merging tracks of a unit as it joins others: the type of its first mention, the days of its
/// mentions' explicit dates, where its single incidents happened and their kinds. Small, so that a
/// large connected component of links can be merged at once.
public struct UnitState: Sendable, Codable {
    let firstType: String
    let dated: [DayRange]
    let places: IncidentPlaces?
    let kinds: Set<String>?
}

/// Two units of different documents that may be one happening, and how much they share (links with
/// more evidence merge first). `a < b`: indices into one ``MergeUnits``.
public struct UnitLink: Sendable, Hashable {
    public var a: Int
    public var b: Int
    public var strength: Double

    public init(_ a: Int, _ b: Int, strength: Double) {
        self.a = a
        self.b = b
        self.strength = strength
    }

    /// The order links are merged in: the strongest first, then by their units' order.
    static func mergesFirst(_ x: UnitLink, _ y: UnitLink) -> Bool {
        (y.strength, x.a, x.b) < (x.strength, y.a, y.b)
    }
}

/// The keys two units must share to be compared at all (see ``GraphBuilder/blockingKeys(_:_:)``). Each
/// starts with the unit's kind, standing and phase, so that only units of one kind share keys.
public struct BlockingKeys: Sendable, Hashable {
    /// Keys of its participants, places, content words, incident country and (episodes) period.
    public var keys: Set<String>
    /// Keys of the persons (last names) its single incidents name, with the name.
    public var names: [String: String]
    /// Keys of the capitalized words of its sentences, with the word: such a key counts only while some
    /// unit of the corpus has the same name among its ``names`` ("the shooting of Dr. Smith" beside
    /// "Smith was charged"). None is also among its ``names``.
    public var sentenceNames: [String: String]
}

/// Union-find over clusters, with what merging tracks of each: the days of its explicit dates (so that
/// an undated mention never bridges two different dates), where its single incidents happened and
/// their kinds. Entries are kept under each cluster's root (its smallest element).
struct MergeState {
    private var parent: [Int]
    var dated: [Int: [DayRange]] = [:]
    var places: [Int: IncidentPlaces] = [:]
    var kinds: [Int: Set<String>] = [:]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Whether every explicit date of one cluster overlaps every explicit date of the other.
    mutating func datesCompatible(_ a: Int, _ b: Int) -> Bool {
        let ta = dated[find(a)] ?? [], tb = dated[find(b)] ?? []
        return ta.allSatisfy { x in tb.allSatisfy { y in x.overlaps(y) } }
    }

    /// Whether the places of the two clusters' single incidents can be one place.
    mutating func placesAgree(_ a: Int, _ b: Int) -> Bool {
        guard let pa = places[find(a)], let pb = places[find(b)] else { return true }
        return pa.agrees(with: pb)
    }

    /// Whether the two clusters name a kind of incident in common (or one names none).
    mutating func kindsAgree(_ a: Int, _ b: Int) -> Bool {
        guard let ka = kinds[find(a)], let kb = kinds[find(b)] else { return true }
        return !ka.isDisjoint(with: kb)
    }

    /// Joins the two clusters, with their dates, places and kinds.
    mutating func merge(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return }
        let mergedPlaces = IncidentPlaces.merge(places[ra], places[rb])
        let mergedKinds: Set<String>? = switch (kinds[ra], kinds[rb]) {
        // Clusters of disjoint kinds joined by other evidence keep both kinds, so that either fits later.
        case let (x?, y?): x.isDisjoint(with: y) ? x.union(y) : x.intersection(y)
        case let (x, y): x ?? y
        }
        let times = (dated[ra] ?? []) + (dated[rb] ?? [])
        parent[max(ra, rb)] = min(ra, rb)
        let root = min(ra, rb)
        dated[root] = times
        places[root] = mergedPlaces
        kinds[root] = mergedKinds
    }
}
