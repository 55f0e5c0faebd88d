import ChronographCore

/// The full text behind an event on the image: headline, date, standing, actors, place, and every
/// quoted sentence with its source. Shown as the SVG tooltip.
public enum EventTooltip {
    public static func text(_ e: Event, graph: EventGraph, documents: [String: DocumentSummary]) -> String {
        var lines = [Escaping.singleLine(e.label), "When: " + DateText.full(e.time), "Standing: " + EventText.factuality(e)]
        if !e.actors.isEmpty { lines.append("Who: " + EventText.actors(e.actors)) }
        if let p = EventText.place(e.location) { lines.append("Where: " + p) }
        for alt in e.alternativeTimes {
            lines.append("Also dated \(DateText.full(alt.time)) by \(alt.source ?? alt.doc)")
        }
        var seen: Set<String> = []
        for m in e.mentions where seen.insert(m.doc + "\u{0}" + m.sentence).inserted {
            let source = m.source ?? documents[m.doc]?.source ?? m.doc
            lines.append("“" + Escaping.singleLine(m.sentence) + "” — " + source)
        }
        return lines.joined(separator: "\n")
    }
}
