import ChronographCore

/// `graph.gexf`: GEXF 1.2 in dynamic mode, each dated event a node alive from its first to its last day
/// (`start`/`end`), so Gephi's time slider plays the chronology; undated events have no interval (always shown).
public enum GEXFRenderer {
    static let attributes: [(id: String, title: String, type: String)] = [
        ("0", "type", "string"), ("1", "date", "string"), ("2", "factuality", "string"), ("3", "did_happen", "boolean"),
        ("4", "claimant", "string"), ("5", "actors", "string"), ("6", "place", "string"), ("7", "date_inferred", "boolean"),
        ("8", "granularity", "string"), ("9", "sources", "string"),
    ]

    public static func render(_ graph: EventGraph) -> String {
        let docs = EventText.documentIndex(graph)
        let ids = Set(graph.events.map(\.id))
        var x = XMLWriter()
        x.open("gexf", [("xmlns", "http://www.gexf.net/1.2draft"), ("xmlns:viz", "http://www.gexf.net/1.2draft/viz"), ("version", "1.2")])
        x.open("meta")
        x.element("creator", text: "Chronograph")
        x.element("description", text: EventText.title(graph, options: RenderOptions()))
        x.close("meta")
        x.open("graph", [("mode", "dynamic"), ("defaultedgetype", "directed"), ("timeformat", "date")])
        x.open("attributes", [("class", "node"), ("mode", "static")])
        for a in attributes { x.empty("attribute", [("id", a.id), ("title", a.title), ("type", a.type)]) }
        x.close("attributes")
        x.open("attributes", [("class", "edge"), ("mode", "static")])
        x.empty("attribute", [("id", "0"), ("title", "rule"), ("type", "string")])
        x.empty("attribute", [("id", "1"), ("title", "derived"), ("type", "boolean")])
        x.close("attributes")
        x.open("nodes")
        var seen: Set<String> = []
        for e in graph.events where seen.insert(e.id).inserted {
            var a = [("id", e.id), ("label", e.label)]
            if let r = e.time?.dayRange, r.start.year > 0, r.end.year < 10000 {
                a += [("start", r.start.description), ("end", r.end.description)]
            }
            x.open("node", a)
            x.open("attvalues")
            let values = [
                e.type, e.time?.value ?? "", e.factuality.rawValue, e.factuality.isUnrealized ? "false" : "true",
                EventText.claimant(e.attribution) ?? "", e.actors.map(\.name).joined(separator: "; "),
                EventText.place(e.location) ?? "", e.time.map { $0.inferred ? "true" : "false" } ?? "false",
                e.time?.granularity?.rawValue ?? "", EventText.sources(e, documents: docs).joined(separator: "; "),
            ]
            for (k, v) in values.enumerated() where !v.isEmpty { x.empty("attvalue", [("for", attributes[k].id), ("value", v)]) }
            x.close("attvalues")
            let hex = EventStyle(type: e.type).color.dropFirst()
            if let v = Int(hex, radix: 16) {
                x.empty("viz:color", [("r", String((v >> 16) & 0xff)), ("g", String((v >> 8) & 0xff)), ("b", String(v & 0xff))])
            }
            x.close("node")
        }
        x.close("nodes")
        x.open("edges")
        for (k, r) in graph.relations.enumerated() where ids.contains(r.from) && ids.contains(r.to) {
            x.open("edge", [("id", "r\(k)"), ("source", r.from), ("target", r.to), ("label", r.type.rawValue)])
            x.open("attvalues")
            x.empty("attvalue", [("for", "0"), ("value", r.rule)])
            x.empty("attvalue", [("for", "1"), ("value", r.derived ? "true" : "false")])
            x.close("attvalues")
            x.close("edge")
        }
        x.close("edges")
        x.close("graph")
        x.close("gexf")
        return x.text
    }
}
