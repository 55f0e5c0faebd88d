import ChronographCore

/// What the renderers say about an event in words: its standing (factuality and claimant), actors, place,
/// and its headline wrapped to a width. One place, so the brief, tooltips and tables agree.
public enum EventText {
    /// "claimed by the film's authors, citing the republic's law enforcement agencies".
    public static func claimant(_ a: Attribution?) -> String? {
        guard let a, !a.source.isEmpty else { return nil }
        var s = "claimed by \(midSentence(a.source))"
        if let c = a.citing, !c.isEmpty { s += ", citing \(c)" }
        return s
    }

    /// Subject pronouns as the object of "claimed by": "he said" is "claimed by him".
    static let objectPronouns = ["he": "him", "she": "her", "they": "them", "we": "us", "i": "me", "it": "it", "you": "you"]

    /// A claimant written at the start of a sentence ("The film says") reads mid-sentence as "the film".
    static func midSentence(_ source: String) -> String {
        if let p = objectPronouns[source.lowercased()] { return p }
        for article in ["The ", "A ", "An "] where source.hasPrefix(article) {
            return article.lowercased() + source.dropFirst(article.count)
        }
        return source
    }

    /// Factuality in words; nil for facts the article itself asserts. Only what the text says was stopped or
    /// did not occur "did not happen"; a plan, intention or condition reported before it could happen is
    /// "not reported as having happened" (it may yet happen, or have happened after the report).
    public static func standing(_ f: Factuality) -> String? {
        switch f {
        case .asserted: return nil
        case .reported: return "reported"
        case .planned: return "planned, not reported as having happened"
        case .intended: return "intended, not reported as having happened"
        case .hypothetical: return "hypothetical, not reported as having happened"
        case .negated: return "did not happen"
        case .prevented: return "planned but prevented, did not happen"
        }
    }

    /// Whether the text says the event did not take place (prevented or negated), as opposed to a plan,
    /// intention or condition that is merely not reported as having happened.
    public static func didNotHappen(_ f: Factuality) -> Bool { f == .prevented || f == .negated }

    /// A short tag before a headline of an unrealized event: "(did not happen)", "(planned)",
    /// "(intended)", "(hypothetical)"; nil for asserted and reported events.
    public static func unrealizedTag(_ f: Factuality) -> String? {
        switch f {
        case .asserted, .reported: return nil
        case .prevented, .negated: return "(did not happen)"
        case .planned: return "(planned)"
        case .intended: return "(intended)"
        case .hypothetical: return "(hypothetical)"
        }
    }

    /// Standing and claimant together: "planned but prevented, did not happen; claimed by the film's authors".
    public static func factuality(_ e: Event) -> String {
        let parts = [standing(e.factuality), claimant(e.attribution)].compactMap { $0 }
        return parts.isEmpty ? "stated as fact" : parts.joined(separator: "; ")
    }

    /// "Karim Masimov (former chairman of the KNB), Kazakhstan".
    public static func actors(_ actors: [Actor], withTitles: Bool = true) -> String {
        actors.map { a in
            if withTitles, let t = a.title, !t.isEmpty { return "\(a.name) (\(t))" }
            return a.name
        }.joined(separator: ", ")
    }

    public static func place(_ p: Place?) -> String? {
        guard let p else { return nil }
        let inferred = p.inferred == true ? " (inferred)" : ""
        if let c = p.country, !c.isEmpty, p.kind != .country { return "\(p.name) (\(c))" + inferred }
        return p.name + inferred
    }

    /// Sources named by the event's mentions, in first-seen order.
    public static func sources(_ e: Event, documents: [String: DocumentSummary]) -> [String] {
        var seen: [String] = []
        for m in e.mentions {
            let s = m.source ?? documents[m.doc]?.source ?? m.doc
            if !seen.contains(s) { seen.append(s) }
        }
        return seen
    }

    /// The first link any mention (or its document) gives.
    public static func url(_ e: Event, documents: [String: DocumentSummary]) -> String? {
        for m in e.mentions {
            if let u = m.url ?? documents[m.doc]?.url, !u.isEmpty { return u }
        }
        return nil
    }

    /// Greedy word wrap to `width` characters, at most `maxLines` lines (the last ends in "…" when cut).
    /// Words longer than a line are broken.
    public static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var truncated = false
        outer: for var word in Escaping.singleLine(text).split(separator: " ").map(String.init) {
            while !word.isEmpty {
                let room = current.isEmpty ? width : width - current.count - 1
                if word.count <= room {
                    current += (current.isEmpty ? "" : " ") + word
                    word = ""
                } else if current.isEmpty {
                    current = String(word.prefix(width))
                    word = String(word.dropFirst(width))
                } else {
                    lines.append(current)
                    current = ""
                }
                if lines.count == maxLines { truncated = true; break outer }
            }
        }
        if !current.isEmpty && lines.count < maxLines { lines.append(current) } else if !current.isEmpty { truncated = true }
        if truncated, var last = lines.popLast() {
            if last.count >= width { last = String(last.prefix(width - 1)) }
            lines.append(last + "…")
        }
        return lines
    }

    /// Documents by id, for looking up a mention's source and URL.
    public static func documentIndex(_ g: EventGraph) -> [String: DocumentSummary] {
        var d: [String: DocumentSummary] = [:]
        for doc in g.documents where d[doc.id] == nil { d[doc.id] = doc }
        return d
    }

    /// Ids of events that some date conflict names.
    public static func conflicted(_ g: EventGraph) -> Set<String> {
        Set(g.conflicts.flatMap(\.events))
    }

    /// The title of a graph: the option, else the first document's title, else a generic one.
    public static func title(_ g: EventGraph, options: RenderOptions) -> String {
        if let t = options.title, !t.isEmpty { return t }
        if let t = g.documents.first(where: { ($0.title ?? "").isEmpty == false })?.title { return t }
        return "Chronology"
    }
}
