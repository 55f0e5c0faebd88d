import ChronographCore

/// Which events a graph keeps: those an actor takes part in, in a time window, of some types, told by
/// some sources. A filtered graph is the graph of the kept events: their ids are those of the whole
/// graph, its relations are those among them (ordered by their own time anchors), and its documents
/// are the ones they are mentioned in.
public struct EventFilter: Sendable, Hashable {
    /// An actor's name, alias or title, or part of one (case-insensitive): "Masimov".
    public var focus: String?
    /// Events whose days reach into `from ... to` (either may be open); undated events are left out
    /// when either is set.
    public var from: Day?
    public var to: Day?
    /// Event types or type families (`sentencing`, `unrest`), case-insensitive; empty keeps every type.
    public var types: Set<String>
    /// Publishers (a document's `source`, case-insensitive) at least one of whose documents mentions
    /// the event; empty keeps every source.
    public var sources: Set<String>

    public init(focus: String? = nil, from: Day? = nil, to: Day? = nil, types: Set<String> = [], sources: Set<String> = []) {
        self.focus = focus.flatMap { $0.isEmpty ? nil : $0 }
        self.from = from
        self.to = to
        self.types = Set(types.map { $0.lowercased() })
        self.sources = Set(sources.map { $0.lowercased() })
    }

    /// True when it keeps every event.
    public var isEmpty: Bool { focus == nil && from == nil && to == nil && types.isEmpty && sources.isEmpty }

    /// Whether an assembled event (its mentions' `source` filled in) is kept. `family` names a type's family.
    public func keeps(_ event: Event, family: (String) -> String) -> Bool {
        if let focus {
            let f = Self.nameKey(focus)
            // "General Motors" also follows "GM" and "New GM": a word of the name that spells its initials.
            let initials = Self.initials(focus)
            // An actor takes part in an event; where it happened ("in Turkey", role "location") is its place.
            // "Sam Bankman-Fried" also follows "Bankman-Fried" alone (a report that never gives the first name).
            let surname = Self.surname(focus).map(Self.nameKey)
            guard event.actors.contains(where: { a in
                a.role != "location" && ([a.name] + a.aliases).contains { n in
                    let lower = Self.nameKey(n)
                    return lower.contains(f) || lower == surname || initials.map { i in n.split(separator: " ").contains { $0 == i } } ?? false
                } || (a.title.map { Self.nameKey($0).contains(f) } ?? false)
            }) else { return false }
        }
        if from != nil || to != nil {
            guard let days = event.time?.dayRange else { return false }
            if let from, days.end < from { return false }
            if let to, days.start > to { return false }
        }
        if !types.isEmpty {
            guard types.contains(event.type.lowercased()) || types.contains(family(event.type).lowercased()) else { return false }
        }
        if !sources.isEmpty {
            guard event.mentions.contains(where: { $0.source.map { sources.contains($0.lowercased()) } ?? false }) else { return false }
        }
        return true
    }

    /// A name as focus compares it: lower case, a hyphen as a space. Names are romanized and hyphenated
    /// differently from one report to the next ("Yoon Suk-yeol", "Yoon Suk Yeol").
    public static func nameKey(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.map { ["-", "\u{2010}", "\u{2011}"].contains($0) ? " " : $0 }))
    }

    /// The last word of a name of two or three capitalized words, lower-cased ("Sam Bankman-Fried" -> "bankman-fried"), if
    /// it is one: the name a report uses once it has named the person in full, or when another report has.
    public static func surname(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard (2...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }), let last = words.last, last.count >= 3 else { return nil }
        return last.lowercased()
    }

    /// The initials of a name of two or more capitalized words ("General Motors" -> "GM"), if it is one.
    public static func initials(_ name: String) -> Substring? {
        let words = name.split(separator: " ").filter { $0.first?.isUppercase == true }
        guard words.count >= 2, words.count == name.split(separator: " ").filter({ !["of", "the", "and"].contains($0) }).count else { return nil }
        return Substring(String(words.compactMap(\.first)))
    }
}
