import ChronographCore

/// The legend of the timeline image, as a Graphviz HTML-like table: the event types present with their
/// colour, the standings present with how they are drawn, and the relation kinds drawn.
enum Legend {
    static func html(graph: EventGraph, relationTypes: [RelationType]) -> (html: String, width: Double, height: Double) {
        // Sections are rows: a header cell, then items four to a row, so the legend grows sideways.
        var rows: [String] = []
        var items: [String] = []
        let perRow = 4
        func row(_ swatch: String, _ text: String) {
            items.append("<TD ALIGN=\"RIGHT\">\(swatch)</TD><TD ALIGN=\"LEFT\">\(Escaping.dotHTML(text))</TD>")
        }
        func flush() {
            var k = 0
            while k < items.count {
                let chunk = items[k..<min(k + perRow, items.count)]
                let pad = String(repeating: "<TD></TD><TD></TD>", count: perRow - chunk.count)
                rows.append("<TR>" + chunk.joined() + pad + "</TR>")
                k += perRow
            }
            items.removeAll()
        }
        func header(_ text: String) {
            flush()
            rows.append("<TR><TD COLSPAN=\"\(perRow * 2)\" ALIGN=\"LEFT\"><B>\(Escaping.dotHTML(text))</B></TD></TR>")
        }
        var types: [String] = []
        for e in graph.events where !types.contains(e.type) { types.append(e.type) }
        types.sort()
        header("Event types")
        for t in types {
            let c = EventStyle(type: t).color
            row("<FONT COLOR=\"\(c)\" POINT-SIZE=\"14\">●</FONT>", t.replacingOccurrences(of: "_", with: " "))
        }
        header("Standing")
        let present = Set(graph.events.map(\.factuality))
        let standings: [(Factuality, String, String)] = [
            (.asserted, "●", "filled: stated as fact"),
            (.reported, "◍", "light: reported / claimed by a cited source"),
            (.planned, "◌", "hollow, dashed, italic: planned, intended or conditional, not reported as having happened"),
            (.prevented, "✕", "crossed out: prevented or negated, did not happen"),
        ]
        for (f, glyph, text) in standings {
            let shown: Bool
            switch f {
            case .planned: shown = !present.isDisjoint(with: [.planned, .intended, .hypothetical])
            case .prevented: shown = !present.isDisjoint(with: [.prevented, .negated])
            default: shown = present.contains(f)
            }
            if shown { row("<FONT POINT-SIZE=\"13\">\(glyph)</FONT>", text) }
        }
        if !graph.conflicts.isEmpty { row("<FONT COLOR=\"#d50000\" POINT-SIZE=\"13\">◎</FONT>", "red border: sources disagree") }
        if graph.events.contains(where: { !$0.alternativeTimes.isEmpty }) {
            row("<FONT COLOR=\"#d50000\" POINT-SIZE=\"12\">◇</FONT>", "another source's date")
        }
        row("<FONT POINT-SIZE=\"12\">▬</FONT>", "bar: a month, a year or an interval")
        if !relationTypes.isEmpty {
            header("Relations")
            for t in relationTypes {
                let s = RelationStyle(t)
                let glyph = s.style == "dashed" ? "╌╌▸" : s.style == "dotted" ? "┈┈▸" : "──▸"
                row("<FONT COLOR=\"\(s.color)\">\(glyph)</FONT>", s.label)
            }
        }
        flush()
        let html = "<TABLE BORDER=\"1\" COLOR=\"#bdbdbd\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\" BGCOLOR=\"#fcfcfc\">"
            + rows.joined() + "</TABLE>"
        return (html, 760, Double(rows.count) * 18 + 10)
    }
}
