import ChronographCore

/// A one-word headline ("Earthquake", "Trial") with no place of its own says where by the place most of
/// the article's placed events share, when one place has most of them; else who by the participants the
/// article's events name most ("Trial: Elon Musk, Twitter"), when some are named by more than one event:
/// the timeline's events, else (an article whose timeline names no one twice) all the events it tells.
enum OneWordHeadlines {
    static func place(_ drafts: inout [Draft]) {
        let placed = drafts.filter(told).compactMap(\.location)
        let counts = Dictionary(placed.map { ($0.name, 1) }, uniquingKeysWith: +)
        if let (name, n) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), 2 * n > placed.count {
            for k in drafts.indices where oneWord(drafts[k]) {
                drafts[k].label += " in " + name
            }
        }
        var names = mainParticipants(drafts)
        if names.isEmpty { names = mainParticipants(drafts, among: shown) }
        guard !names.isEmpty else { return }
        for k in drafts.indices where oneWord(drafts[k]) && drafts[k].actors.isEmpty {
            drafts[k].label += ": " + names.joined(separator: ", ")
        }
    }

    /// A salient event the graph shows.
    private static func told(_ d: Draft) -> Bool { d.salient && shown(d) }

    /// An event the graph shows, salient or minor.
    private static func shown(_ d: Draft) -> Bool { !d.untold && !d.absorbed }

    /// A shown event whose headline is one word and that has no place (the graph adds its own place or participants).
    private static func oneWord(_ d: Draft) -> Bool {
        told(d) && d.location == nil && !d.label.isEmpty && !d.label.contains(" ")
    }

    /// The (at most two) people, organizations or countries the most of the article's `counted` events name,
    /// each named by two events or more: the article's story is theirs.
    static func mainParticipants(_ drafts: [Draft], among counted: (Draft) -> Bool = told) -> [String] {
        var counts: [String: Int] = [:]
        for d in drafts where counted(d) {
            for name in Set(d.actors.filter { [.person, .organization, .country].contains($0.kind) }.map(\.name)) { counts[name, default: 0] += 1 }
        }
        return counts.filter { $0.value >= 2 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2).map(\.key)
    }
}
