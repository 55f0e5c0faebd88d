import ChronographCore

/// The day a narrative stands at: the last day a time expression named before a position, in its
/// sentence or in the two sentences before it of the same paragraph ("June 25, 2024. There were
/// abductions. The masses protested."). A story told day by day moves its reference time forward
/// (Reichenbach's reference time): an undated part of an episode happened on the day the narrative
/// stands at, not on the day the episode began.
struct NarrativeReference {
    private let days: [Int: [Timex]]
    private let paragraphOf: [Int: Int]
    /// How many sentences back a named day still holds.
    static let reach = 2

    /// `timexesBySentence`: the event stage's time expressions (datelines left out), by sentence index.
    init(views: [SentenceView], timexesBySentence: [Int: [Timex]]) {
        var days: [Int: [Timex]] = [:]
        var paragraphOf: [Int: Int] = [:]
        for v in views {
            paragraphOf[v.index] = v.paragraph
            let named = (timexesBySentence[v.index] ?? []).filter { t in
                TimeAnchorer.anchorable(t) && t.mod == nil && t.dayRange?.lengthInDays == 1
            }
            if !named.isEmpty { days[v.index] = named.sorted { $0.start < $1.start } }
        }
        self.days = days
        self.paragraphOf = paragraphOf
    }

    /// The day named last before scalar offset `offset` of sentence `sentence` (within ``reach`` sentences of
    /// one paragraph), or nil.
    func day(before offset: Int, sentence: Int) -> Timex? {
        if let t = days[sentence]?.last(where: { $0.end <= offset }) { return t }
        guard let paragraph = paragraphOf[sentence] else { return nil }
        for s in stride(from: sentence - 1, through: max(0, sentence - Self.reach), by: -1) {
            guard paragraphOf[s] == paragraph else { return nil }
            if let t = days[s]?.last { return t }
        }
        return nil
    }
}
