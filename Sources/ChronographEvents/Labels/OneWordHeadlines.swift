import ChronographCore

/// A one-word headline ("Earthquake", "Trial") with no place of its own says where by the place most of
/// the article's placed events share, when one place has most of them.
enum OneWordHeadlines {
    static func place(_ drafts: inout [Draft]) {
        let placed = drafts.filter { $0.salient && !$0.untold && !$0.absorbed }.compactMap(\.location)
        let counts = Dictionary(placed.map { ($0.name, 1) }, uniquingKeysWith: +)
        guard let (name, n) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), 2 * n > placed.count else { return }
        for k in drafts.indices where drafts[k].salient && drafts[k].location == nil && !drafts[k].label.contains(" ") && !drafts[k].label.isEmpty {
            drafts[k].label += " in " + name
        }
    }
}
