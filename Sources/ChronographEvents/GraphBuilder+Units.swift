import ChronographCore

/// One document as the merger sees it: its timeline mentions and the day it was written.
public struct MergeDocument: Sendable, Hashable {
    public var id: String
    public var date: Day?
    public var mentions: [EventMention]

    public init(id: String, date: Day?, mentions: [EventMention]) {
        self.id = id
        self.date = date
        self.mentions = mentions
    }
}

/// The merger's steps, for a store that merges documents into the events of earlier ones as they
/// arrive (`ChronographStore`). ``build(_:filter:)`` runs the same steps on all documents at once:
///
/// 1. ``units(of:)``: each document's mentions grouped into units (within-document clusters);
/// 2. ``blockingKeys(_:_:)``: two units are compared only when they share a key that at most
///    ``commonKeyLimit`` units of the corpus have (a sentence key: while some unit names that person);
/// 3. ``link(_:_:)``: whether two compared units may be one happening, and how strongly;
/// 4. ``merge(_:links:)``: the units merged along their links, the strongest first.
///
/// Steps 1–3 depend on the units involved alone; step 4 on the links of one connected component at a
/// time. So merging the components a new document touches, with the links kept from before, gives the
/// groups merging everything at once gives, whatever order the documents came in.
extension GraphBuilder {
    /// The family of an event type (`protest` → `unrest`).
    public func family(_ type: String) -> String { lexicon?.family(type) ?? type }

    /// The most units a blocking key may have and still make its units candidates of each other.
    public static var commonKeyLimit: Int { EventMerger.commonKeyLimit }

    /// The units of the documents (each document's in one piece; documents in ``canonicalOrder(_:)``
    /// for unit indices that follow the graph's order).
    public func units(of documents: [MergeDocument]) -> MergeUnits {
        var merger = EventMerger(lexicon: lexicon, rules: rules)
        for d in documents { if let day = d.date { merger.documentDates[d.id] = day } }
        return merger.units(documents.flatMap(\.mentions))
    }

    /// The keys a unit is found by (see ``BlockingKeys``).
    public func blockingKeys(_ units: MergeUnits, _ unit: Int) -> BlockingKeys {
        EventMerger(lexicon: lexicon, rules: rules).blockingKeys(units, unit)
    }

    /// How strongly two units of different documents look like one happening; nil when they do not.
    /// `a` is the unit that comes first in the graph's order (its document first, or its first mention).
    public func link(_ a: UnitRecord, _ b: UnitRecord) -> Double? {
        EventMerger(lexicon: lexicon, rules: rules).link(a, b)
    }

    /// The units merged along the links (indices into `units`, which are in the graph's order): groups of
    /// unit indices (ascending), in the order of their first units.
    public func merge(_ units: [UnitState], links: [UnitLink]) -> [[Int]] {
        EventMerger(lexicon: lexicon, rules: rules).merge(units, links: links)
    }
}
