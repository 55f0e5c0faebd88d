import ChronographCore

/// The brief: title, a short summary of the span covered, a link to the timeline image, the chronology by
/// year and month (date with inferred/approximate marks, headline, actors, place, standing in words, footnoted
/// sources), open questions and source conflicts, a Mermaid `timeline`, and the sources with quoted sentences.
/// CommonMark throughout; every piece of input text goes through ``Escaping/markdown(_:)``.
public enum MarkdownBriefRenderer {
    /// Mermaid diagrams get slow and unreadable past this many events; the brief says when it cut.
    public static let mermaidLimit = 200

    public static func render(_ graph: EventGraph, options: RenderOptions = RenderOptions()) -> String {
        var bytes: [UInt8] = []
        // Only `put` could throw, and this one does not.
        try? write(graph, options: options) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The brief's bytes in pieces of about 64 KiB, handed to `put` in order: a large store's brief (tens of
    /// megabytes) is streamed to its file rather than held as text and then copied into bytes.
    public static func write(_ graph: EventGraph, options: RenderOptions = RenderOptions(), into put: ([UInt8]) throws -> Void) throws {
        let chronology = Chronology(graph)
        let docs = EventText.documentIndex(graph)
        let conflictsByEvent = ConflictText.byEvent(graph)
        var notes = Footnotes()
        var out = PieceWriter()
        func line(_ s: String = "") throws { try out.write(s + "\n", into: put) }

        let title = EventText.title(graph, options: options)
        try line("# " + Escaping.markdown(title))
        try line()
        for s in summary(graph, chronology: chronology, documents: docs) { try line(s) }
        try line()
        try line("[Timeline image (SVG)](\(Escaping.markdownPath(options.timelineImagePath)))")
        try line()
        try line("## Chronology")

        func entry(_ i: Int, indent: String) throws {
            let e = graph.events[i]
            var parts: [String] = []
            var date = "**" + Escaping.markdown(DateText.plain(e.time)) + "**"
            if let q = DateText.qualifier(e.time) { date += " (" + Escaping.markdown(q) + ")" }
            parts.append(date)
            var headline = Escaping.markdown(e.label.isEmpty ? e.type : e.label)
            if let p = e.phaseIndex, chronology.parent[i] != nil { headline = "Phase \(p): " + headline }
            // The legend's glyphs: crossed out what did not happen, hollow what is only planned or conditional.
            if e.factuality.isUnrealized { headline = (EventText.didNotHappen(e.factuality) ? "✕ *" : "◌ *") + headline + "*" }
            var text = "— " + headline + "."
            if let st = EventText.standing(e.factuality) { text += " *" + Escaping.markdown(st.prefix(1).uppercased() + st.dropFirst()) + "*" }
            if let c = EventText.claimant(e.attribution) {
                text += (EventText.standing(e.factuality) == nil ? " *" + Escaping.markdown(c.prefix(1).uppercased() + c.dropFirst()) + "*" : " — *" + Escaping.markdown(c) + "*")
            }
            if EventText.standing(e.factuality) != nil || e.attribution != nil { text += "." }
            parts.append(text)
            if !e.actors.isEmpty { parts.append("Who: " + Escaping.markdown(EventText.actors(e.actors)) + ".") }
            if let p = EventText.place(e.location) { parts.append("Where: " + Escaping.markdown(p) + ".") }
            if let c = conflictsByEvent[e.id] { parts.append("**Conflict:** " + Escaping.markdown(c) + ".") }
            let refs = e.mentions.map { m in notes.number(source: m.source ?? docs[m.doc]?.source ?? m.doc, doc: m.doc, sentence: m.sentence, url: m.url ?? docs[m.doc]?.url) }
            var seen: [Int] = []
            for r in refs where !seen.contains(r) { seen.append(r) }
            let marks = seen.map { "[\\[\($0)\\]](#source-\($0))" }.joined()
            try line(indent + "- " + parts.joined(separator: " ") + (marks.isEmpty ? "" : " " + marks))
            for p in chronology.phases[i] ?? [] { try entry(p, indent: indent + "  ") }
        }

        var currentYear: Int? = nil
        var currentMonth: Int? = nil
        for i in chronology.dated where chronology.parent[i] == nil {
            let r = graph.events[i].time!.dayRange!
            if r.start.year != currentYear {
                currentYear = r.start.year
                currentMonth = nil
                try line()
                try line("### " + Escaping.markdown(DateText.year(r.start.year)))
                try line()
            }
            let withinMonth = r.start.year == r.end.year && r.start.month == r.end.month
            if withinMonth && r.start.month != currentMonth {
                currentMonth = r.start.month
                if !out.endsWithBlankLine { try line() }
                try line("#### " + Escaping.markdown(DateText.monthYear(r.start)))
                try line()
            }
            try entry(i, indent: "")
        }
        let undatedRoots = chronology.undated.filter { chronology.parent[$0] == nil }
        if !undatedRoots.isEmpty {
            try line()
            try line("### Undated")
            try line()
            for i in undatedRoots { try entry(i, indent: "") }
        }
        if chronology.dated.isEmpty && undatedRoots.isEmpty {
            try line()
            try line("No events were found.")
        }

        try line()
        try line("## Open questions and source conflicts")
        try line()
        let questions = openQuestions(graph, chronology: chronology, documents: docs)
        if questions.isEmpty { try line("None noted.") }
        for q in questions { try line("- " + q) }

        try line()
        try line("## Timeline (Mermaid)")
        try line()
        let mermaid = mermaidTimeline(graph, chronology: chronology, title: title)
        let fence = Escaping.markdownFence(for: mermaid)
        try line(fence + "mermaid")
        try out.write(mermaid, into: put)
        try line(fence)

        try line()
        try line("## Sources")
        try line()
        if notes.entries.isEmpty { try line("No sources quoted.") }
        for (k, n) in notes.entries.enumerated() {
            var s = "\(k + 1). <a id=\"source-\(k + 1)\"></a>" + Escaping.markdown(n.source) + " (" + Escaping.markdown(n.doc) + "): “" + Escaping.markdown(n.sentence) + "”"
            if let u = n.url, let dest = Escaping.markdownURL(u) { s += " [link](\(dest))" }
            try line(s)
        }
        try out.flush(into: put)
    }

    /// Numbered sources: one per distinct (document, sentence).
    struct Footnotes {
        struct Note {
            var source: String
            var doc: String
            var sentence: String
            var url: String?
        }
        /// A note's document and sentence, as they are: a key joined into one string would copy every sentence
        /// quoted (most of a large brief's text) while the brief is written.
        struct Key: Hashable {
            var doc: String
            var sentence: String
        }
        var entries: [Note] = []
        var index: [Key: Int] = [:]
        mutating func number(source: String, doc: String, sentence: String, url: String?) -> Int {
            let key = Key(doc: doc, sentence: sentence)
            if let n = index[key] { return n }
            entries.append(Note(source: source, doc: doc, sentence: sentence, url: url))
            index[key] = entries.count
            return entries.count
        }
    }

    static func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }

    static func summary(_ g: EventGraph, chronology c: Chronology, documents: [String: DocumentSummary]) -> [String] {
        var lines: [String] = []
        var sources: [String] = []
        for d in g.documents { if let s = d.source, !sources.contains(s) { sources.append(s) } }
        var first = plural(g.events.count, "event")
        if let span = c.span { first += ", " + DateText.range(span) }
        first += ", drawn from " + plural(g.documents.count, "document")
        if !sources.isEmpty { first += " (" + sources.joined(separator: ", ") + ")" }
        lines.append(Escaping.markdown(first + "."))
        let unrealized = g.events.filter { EventText.didNotHappen($0.factuality) }.count
        let unconfirmed = g.events.filter { $0.factuality.isUnrealized && !EventText.didNotHappen($0.factuality) }.count
        let claimed = g.events.filter { $0.attribution != nil || $0.factuality == .reported }.count
        let inferred = g.events.filter { $0.time?.inferred == true }.count
        var second: [String] = []
        if unrealized > 0 { second.append(plural(unrealized, "event") + " did not happen (prevented or negated)") }
        if unconfirmed > 0 { second.append(plural(unconfirmed, "event") + " planned, intended or conditional, not reported as having happened") }
        if claimed > 0 { second.append(plural(claimed, "event") + " rest on claims by cited sources") }
        if inferred > 0 { second.append(plural(inferred, "date") + " inferred") }
        if !g.conflicts.isEmpty { second.append(plural(g.conflicts.count, "source conflict")) }
        if !c.undated.isEmpty { second.append(plural(c.undated.count, "event") + " undated") }
        if !second.isEmpty { lines.append(Escaping.markdown(second.joined(separator: "; ").prefix(1).uppercased() + second.joined(separator: "; ").dropFirst() + ".")) }
        // A blank-free paragraph: join with hard line breaks so each stays its own line.
        return lines.enumerated().map { $0.offset + 1 < lines.count ? $0.element + "\\" : $0.element }
    }

    static func openQuestions(_ g: EventGraph, chronology c: Chronology, documents: [String: DocumentSummary]) -> [String] {
        var out: [String] = []
        for conflict in g.conflicts {
            let names = conflict.events.compactMap { id in g.event(id: id)?.label }.joined(separator: ", ")
            out.append("**Conflict** — " + Escaping.markdown(names.isEmpty ? conflict.description : names) + ": " + Escaping.markdown(ConflictText.describe(conflict)) + ".")
        }
        for d in g.documents where d.dct.inferred {
            var s = "The date of document " + (d.title.map { "“" + $0 + "”" } ?? d.id) + " (" + (d.dct.value ?? "unknown") + ") is partly inferred"
            if let ev = d.dct.evidence { s += ": " + ev }
            out.append(Escaping.markdown(s + "."))
        }
        // A document in a language without event resources (Russian, for now) gives its date and time expressions only.
        for d in g.documents where d.eventsExtracted == false {
            let name = d.title.map { "“" + $0 + "”" } ?? d.id
            out.append(Escaping.markdown(
                "The events of document \(name) (language \(d.language ?? "unknown")) were not extracted: Chronograph has no event "
                    + "resources for that language yet; it contributes its date (\(d.dct.value ?? "unknown")) and its time expressions only."))
        }
        for i in c.dated + c.undated {
            let e = g.events[i]
            if let t = e.time, t.inferred {
                out.append(Escaping.markdown("Date of “\(e.label)” (\(DateText.plain(t))) is inferred, not read in the text."))
            }
        }
        for i in c.undated {
            out.append(Escaping.markdown("When did “\(g.events[i].label)” happen? No date is given."))
        }
        for e in g.events where e.factuality.isUnrealized || e.factuality == .reported {
            guard let a = e.attribution else { continue }
            let docsCiting = Set(e.mentions.map(\.doc))
            if docsCiting.count <= 1 {
                out.append(Escaping.markdown("“\(e.label)” rests on one claim (\(EventText.claimant(a) ?? a.source)); no other source confirms it."))
            }
        }
        return out
    }

    static func mermaidTimeline(_ g: EventGraph, chronology c: Chronology, title: String) -> String {
        var out = "timeline\n"
        out += "    title " + Escaping.mermaid(title) + "\n"
        var currentYear: Int? = nil
        var periods: [(String, [String])] = []
        func flush() {
            for (p, items) in periods { out += "        " + p + " : " + items.joined(separator: " : ") + "\n" }
            periods.removeAll()
        }
        for i in c.dated.prefix(mermaidLimit) {
            let e = g.events[i]
            let r = e.time!.dayRange!
            if r.start.year != currentYear {
                flush()
                currentYear = r.start.year
                out += "    section " + Escaping.mermaid(DateText.year(r.start.year)) + "\n"
            }
            let period = Escaping.mermaid(DateText.plain(e.time))
            var item = e.label.isEmpty ? e.type : e.label
            if let tag = EventText.unrealizedTag(e.factuality) { item = tag + " " + item }
            if let last = periods.last, last.0 == period {
                periods[periods.count - 1].1.append(Escaping.mermaid(item))
            } else {
                periods.append((period, [Escaping.mermaid(item)]))
            }
        }
        flush()
        if c.dated.count > mermaidLimit {
            out += "    section " + Escaping.mermaid("… \(c.dated.count - mermaidLimit) more in the chronology above") + "\n"
        }
        return out
    }
}
