import ChronographCore

/// `graph.graphml`: events as nodes and relations as edges, with typed attributes declared as `<key>`s
/// (opens in Gephi, yEd and Cytoscape). Dates are ISO strings; `start_jd`/`end_jd` give Julian day numbers
/// for tools that filter numerically.
public enum GraphMLRenderer {
    struct Key {
        var id: String
        var domain: String
        var type: String
    }

    static let nodeKeys: [Key] = [
        Key(id: "label", domain: "node", type: "string"), Key(id: "type", domain: "node", type: "string"),
        Key(id: "event_class", domain: "node", type: "string"), Key(id: "date", domain: "node", type: "string"),
        Key(id: "date_text", domain: "node", type: "string"), Key(id: "start", domain: "node", type: "string"),
        Key(id: "end", domain: "node", type: "string"), Key(id: "start_jd", domain: "node", type: "int"),
        Key(id: "end_jd", domain: "node", type: "int"), Key(id: "granularity", domain: "node", type: "string"),
        Key(id: "date_inferred", domain: "node", type: "boolean"), Key(id: "factuality", domain: "node", type: "string"),
        Key(id: "did_happen", domain: "node", type: "boolean"), Key(id: "claimant", domain: "node", type: "string"),
        Key(id: "actors", domain: "node", type: "string"), Key(id: "place", domain: "node", type: "string"),
        Key(id: "lat", domain: "node", type: "double"), Key(id: "lon", domain: "node", type: "double"),
        Key(id: "parent", domain: "node", type: "string"), Key(id: "phase_index", domain: "node", type: "int"),
        Key(id: "sources", domain: "node", type: "string"), Key(id: "url", domain: "node", type: "string"),
        Key(id: "mention_count", domain: "node", type: "int"), Key(id: "conflict", domain: "node", type: "string"),
        Key(id: "color", domain: "node", type: "string"),
    ]
    static let edgeKeys: [Key] = [
        Key(id: "relation", domain: "edge", type: "string"), Key(id: "rule", domain: "edge", type: "string"),
        Key(id: "derived", domain: "edge", type: "boolean"),
    ]

    public static func render(_ graph: EventGraph) -> String {
        let docs = EventText.documentIndex(graph)
        let conflicts = ConflictText.byEvent(graph)
        let ids = Set(graph.events.map(\.id))
        var x = XMLWriter()
        x.open("graphml", [
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"),
        ])
        for k in nodeKeys + edgeKeys {
            x.empty("key", [("id", k.domain == "edge" ? "e_" + k.id : k.id), ("for", k.domain), ("attr.name", k.id), ("attr.type", k.type)])
        }
        x.open("graph", [("id", "chronograph"), ("edgedefault", "directed")])
        var seen: Set<String> = []
        for e in graph.events where seen.insert(e.id).inserted {
            x.open("node", [("id", e.id)])
            func data(_ key: String, _ value: String?) {
                if let value, !value.isEmpty { x.element("data", [("key", key)], text: value) }
            }
            let r = e.time?.dayRange
            data("label", e.label)
            data("type", e.type)
            data("event_class", e.eventClass.rawValue)
            data("date", e.time?.value)
            data("date_text", DateText.full(e.time))
            data("start", e.time?.start)
            data("end", e.time?.end)
            data("start_jd", r.map { String($0.start.julianDay) })
            data("end_jd", r.map { String($0.end.julianDay) })
            data("granularity", e.time?.granularity?.rawValue)
            data("date_inferred", e.time.map { $0.inferred ? "true" : "false" })
            data("factuality", e.factuality.rawValue)
            data("did_happen", e.factuality.isUnrealized ? "false" : "true")
            data("claimant", EventText.claimant(e.attribution))
            data("actors", e.actors.map(\.name).joined(separator: "; "))
            data("place", EventText.place(e.location))
            data("lat", e.location?.lat.map { String($0) })
            data("lon", e.location?.lon.map { String($0) })
            data("parent", e.parent)
            data("phase_index", e.phaseIndex.map(String.init))
            data("sources", EventText.sources(e, documents: docs).joined(separator: "; "))
            data("url", EventText.url(e, documents: docs))
            data("mention_count", String(e.mentions.count))
            data("conflict", conflicts[e.id])
            data("color", EventStyle(type: e.type).color)
            x.close("node")
        }
        for (k, r) in graph.relations.enumerated() where ids.contains(r.from) && ids.contains(r.to) {
            x.open("edge", [("id", "r\(k)"), ("source", r.from), ("target", r.to)])
            x.element("data", [("key", "e_relation")], text: r.type.rawValue)
            x.element("data", [("key", "e_rule")], text: r.rule)
            x.element("data", [("key", "e_derived")], text: r.derived ? "true" : "false")
            x.close("edge")
        }
        x.close("graph")
        x.close("graphml")
        return x.text
    }
}
