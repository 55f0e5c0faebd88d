import ChronographCore

/// Source conflicts in words, per event: "sources disagree: April 2023 (TASS) vs May 2023 (Reuters)".
public enum ConflictText {
    /// One line per conflict.
    public static func describe(_ c: Conflict) -> String {
        guard !c.times.isEmpty else { return c.description }
        let alternatives = c.times.map { t in
            DateText.plain(t.time) + " (" + (t.source ?? t.doc) + ")"
        }
        return "sources disagree: " + alternatives.joined(separator: " vs ")
    }

    /// The conflict text for each event that some conflict names (several joined by "; ").
    public static func byEvent(_ g: EventGraph) -> [String: String] {
        var out: [String: String] = [:]
        for c in g.conflicts {
            let text = c.kind == .date ? describe(c) : "relations conflict: " + c.description
            for id in c.events {
                out[id] = out[id].map { $0 + "; " + text } ?? text
            }
        }
        return out
    }
}
