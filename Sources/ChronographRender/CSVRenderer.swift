import ChronographCore

/// `events.csv`: one row per event in chronological order, RFC 4180 (CRLF line ends, fields quoted
/// when they hold commas, quotes or line breaks, quotes doubled), a header row first.
public enum CSVRenderer {
    public static let columns = [
        "id", "date", "date_text", "start", "end", "granularity", "date_inferred", "date_mod", "type", "event_class",
        "headline", "factuality", "did_happen", "claimant", "citing", "actors", "place", "country", "parent", "phase_index",
        "sources", "urls", "documents", "sentence", "conflict", "place_inferred",
    ]

    public static func render(_ graph: EventGraph) -> String {
        let c = Chronology(graph)
        let docs = EventText.documentIndex(graph)
        let conflicts = ConflictText.byEvent(graph)
        var out = columns.joined(separator: ",") + "\r\n"
        for i in c.dated + c.undated {
            let e = graph.events[i]
            var urls: [String] = []
            for m in e.mentions { if let u = m.url ?? docs[m.doc]?.url, !urls.contains(u) { urls.append(u) } }
            var docIds: [String] = []
            for m in e.mentions where !docIds.contains(m.doc) { docIds.append(m.doc) }
            let row: [String] = [
                e.id, e.time?.value ?? "", DateText.full(e.time), e.time?.start ?? "", e.time?.end ?? "",
                e.time?.granularity?.rawValue ?? "", e.time.map { $0.inferred ? "true" : "false" } ?? "",
                e.time?.mod?.rawValue ?? "", e.type, e.eventClass.rawValue, e.label, e.factuality.rawValue,
                e.factuality.isUnrealized ? "false" : "true", e.attribution?.source ?? "", e.attribution?.citing ?? "",
                e.actors.map(\.name).joined(separator: "; "), e.location?.name ?? "", e.location?.country ?? "",
                e.parent ?? "", e.phaseIndex.map(String.init) ?? "",
                EventText.sources(e, documents: docs).joined(separator: "; "), urls.joined(separator: " "),
                docIds.joined(separator: "; "), e.mentions.first?.sentence ?? "", conflicts[e.id] ?? "",
                // Added after the first release: at the end, so readers that count columns keep working.
                e.location.map { $0.inferred == true ? "true" : "false" } ?? "",
            ]
            out += row.map(Escaping.csv).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
