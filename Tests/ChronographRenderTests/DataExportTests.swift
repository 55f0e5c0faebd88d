import ChronographCore
import ChronographRender
import Foundation
import FoundationXML
import SwiftCSV
import Testing

/// Collects elements and their attributes from any XML document.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""
    var textInside: String?
    private var depthInside = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append((name, attributes))
        if name == textInside || depthInside > 0 { depthInside += 1 }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if depthInside > 0 { depthInside -= 1 }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { if depthInside > 0 { text += string } }

    static func parse(_ s: String, textInside: String? = nil) throws -> XMLCollector {
        let c = XMLCollector()
        c.textInside = textInside
        let p = XMLParser(data: Data(s.utf8))
        p.delegate = c
        guard p.parse() else { throw p.parserError ?? CocoaError(.coderReadCorrupt) }
        return c
    }

    func all(_ name: String) -> [[String: String]] { elements.filter { $0.name == name }.map(\.attributes) }
}

@Suite struct DataExportTests {
    let graph = Fixtures.seedLike()

    @Test func graphJSONRoundTripsAndIsDeterministic() throws {
        let a = try GraphJSONRenderer.render(graph)
        let b = try GraphJSONRenderer.render(graph)
        #expect(a == b)
        let decoded = try JSONDecoder().decode(EventGraph.self, from: Data(a))
        #expect(decoded == graph)
        let object = try JSONSerialization.jsonObject(with: Data(a)) as! [String: Any]
        #expect(object["schema"] as? String == "chronograph.graph/1")
        for key in ["documents", "events", "relations", "conflicts"] { #expect(object[key] != nil) }
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.contains("https://tass.com/world/1730000"))
        #expect(text.hasSuffix("}\n"))
        try Snapshot.assertMatches(text, named: "seed-graph.json")
    }

    /// graph.json is written element by element: the bytes are still what JSONEncoder writes for the whole graph.
    @Test func graphJSONIsWhatTheEncoderWritesForTheWholeGraph() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        for g in [graph, Fixtures.hostileGraph(), EventGraph(documents: [], events: [], relations: [])] {
            #expect(try GraphJSONRenderer.render(g) == Array(try encoder.encode(g)) + [0x0A])
        }
    }

    @Test func graphMLDeclaresTypedKeysForEveryValue() throws {
        for g in [graph, Fixtures.hostileGraph()] {
            let x = try XMLCollector.parse(GraphMLRenderer.render(g))
            let keys = Dictionary(uniqueKeysWithValues: x.all("key").map { ($0["id"]!, $0["attr.type"]!) })
            #expect(x.all("node").count == g.events.count)
            #expect(x.all("edge").count == g.relations.count)
            for d in x.all("data") { #expect(keys[d["key"]!] != nil, "undeclared key \(d["key"]!)") }
            #expect(Set(keys.values).isSubset(of: ["string", "int", "boolean", "double"]))
        }
    }

    @Test func gexfIsDynamicWithNodeIntervals() throws {
        let x = try XMLCollector.parse(GEXFRenderer.render(graph))
        let g = x.all("graph")[0]
        #expect(g["mode"] == "dynamic" && g["timeformat"] == "date")
        let nodes = Dictionary(uniqueKeysWithValues: x.all("node").map { ($0["id"]!, $0) })
        #expect(nodes["ev:unrest"]?["start"] == "2022-01-01" && nodes["ev:unrest"]?["end"] == "2022-01-31")
        #expect(nodes["ev:emergency"]?["start"] == "2022-01-05" && nodes["ev:emergency"]?["end"] == "2022-01-19")
        #expect(nodes["ev:statement"]?["start"] == nil)
        _ = try XMLCollector.parse(GEXFRenderer.render(Fixtures.hostileGraph()))
    }

    @Test func timelineJSSplitsDatesAtTheirGranularity() throws {
        let data = try TimelineJSRenderer.render(graph)
        let t = try JSONDecoder().decode(TimelineJSRenderer.Timeline.self, from: Data(data))
        let byId = Dictionary(uniqueKeysWithValues: t.events.map { ($0.unique_id!, $0) })
        #expect(byId["ev_unrest"]?.start_date == TimelineJSRenderer.DatePart(year: "2022", month: "1", day: nil))
        #expect(byId["ev_unrest"]?.end_date == nil)
        #expect(byId["ev_emergency"]?.start_date == TimelineJSRenderer.DatePart(year: "2022", month: "1", day: "5"))
        #expect(byId["ev_emergency"]?.end_date == TimelineJSRenderer.DatePart(year: "2022", month: "1", day: "19"))
        #expect(byId["ev_broadcast"]?.display_date == "January 2024 (inferred from the document date)")
        #expect(byId["ev_fighters"]?.text.headline.hasPrefix("(did not happen)") == true)
        #expect(byId["ev_statement"] == nil)
        #expect(t.eras?.count == 1)
        #expect(t.title?.text.headline == "Foreign Militant Involvement Revealed in Kazakhstan Coup Plot")
        let hostile = try JSONDecoder().decode(TimelineJSRenderer.Timeline.self, from: Data(TimelineJSRenderer.render(Fixtures.hostileGraph())))
        #expect(!hostile.events[0].text.headline.contains("<script>"))
        #expect(hostile.events[0].text.text?.contains("href=\"https://example.org") == true)
    }

    @Test func csvParsesBackWithEveryField() throws {
        for g in [graph, Fixtures.hostileGraph()] {
            let text = CSVRenderer.render(g)
            #expect(text.hasSuffix("\r\n"))
            let csv = try EnumeratedCSV(string: text, loadColumns: false)
            #expect(csv.header == CSVRenderer.columns)
            #expect(csv.rows.count == g.events.count)
            for row in csv.rows { #expect(row.count == CSVRenderer.columns.count) }
            let labels = Set(csv.rows.map { $0[CSVRenderer.columns.firstIndex(of: "headline")!] })
            for e in g.events { #expect(labels.contains(e.label), "label lost: \(e.label)") }
        }
    }

    /// A place the text does not name is said to be inferred wherever the place is written.
    @Test func anInferredPlaceIsMarked() throws {
        var g = graph
        let unrest = g.events.firstIndex { $0.location != nil }!
        g.events[unrest].location?.inferred = true
        #expect(EventText.place(g.events[unrest].location) == g.events[unrest].location!.name + " (inferred)")
        let csv = try EnumeratedCSV(string: CSVRenderer.render(g), loadColumns: false)
        let id = CSVRenderer.columns.firstIndex(of: "id")!, flag = CSVRenderer.columns.firstIndex(of: "place_inferred")!
        for row in csv.rows {
            let e = g.events.first { $0.id == row[id] }!
            #expect(row[flag] == (e.location == nil ? "" : e.location?.inferred == true ? "true" : "false"))
        }
        #expect(MarkdownBriefRenderer.render(g).contains("(inferred)"))
    }

    @Test func timeMLKeepsTheTextAndLinksInstances() throws {
        let text = "05 January\nKhabar aired a film. In April 2023, Masimov was sentenced & jailed <really>."
        func offset(_ s: String) -> Int {
            let r = text.range(of: s)!
            return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
        }
        let aired = offset("aired"), april = offset("April 2023"), sentenced = offset("sentenced")
        let sentence2 = offset("In April")
        let doc = Document(id: "doc/1", text: text)
        let timexes = [
            Timex(start: 0, end: 10, text: "05 January", type: .date, value: "2024-01-05", rule: "dateline"),
            Timex(start: april, end: april + 10, text: "April 2023", type: .date, value: "2023-04", rule: "month-year"),
        ]
        let mentions = [
            EventMention(id: "m1", doc: "doc/1", start: aired, end: aired + 5, text: "aired", sentence: "Khabar aired a film.", sentenceStart: offset("Khabar"),
                         eventClass: .occurrence, type: "broadcast", label: "aired", time: EventTime(timex3: "2024-01-05", inferred: true, certainty: .documentDate), tense: "past", rule: "t"),
            EventMention(id: "m2", doc: "doc/1", start: sentenced, end: sentenced + 9, text: "sentenced", sentence: "In April 2023, Masimov was sentenced & jailed <really>.", sentenceStart: sentence2,
                         eventClass: .occurrence, type: "sentencing", label: "sentenced", time: EventTime(timex3: "2023-04", inferred: false, certainty: .explicit), tense: "past", rule: "t"),
            // Overlaps the timex: left out inline.
            EventMention(id: "m3", doc: "doc/1", start: april, end: april + 5, text: "April", sentence: "", sentenceStart: sentence2,
                         eventClass: .occurrence, type: "x", label: "x", rule: "t"),
        ]
        let a = DocumentAnalysis(document: doc, dct: DocumentCreationTime(value: "2024-01-05", inferred: true, origin: .datelineYearInferred),
                                 timexes: timexes, mentions: mentions, relations: [Relation(from: "m2", to: "m1", type: .before, rule: "r"), Relation(from: "m2", to: "m1", type: .about, rule: "r")])
        let tml = TimeMLRenderer.render(a)
        let x = try XMLCollector.parse(tml, textInside: "TEXT")
        #expect(x.text == text)
        #expect(x.all("TIMEX3").count == 3)
        #expect(x.all("EVENT").count == 2)
        let instances = Set(x.all("MAKEINSTANCE").map { $0["eiid"]! })
        #expect(instances.count == 2)
        let links = x.all("TLINK")
        #expect(links.contains { $0["relType"] == "BEFORE" })
        #expect(links.count == 3)
        for l in links {
            #expect(instances.contains(l["eventInstanceID"]!))
            if let y = l["relatedToEventInstance"] { #expect(instances.contains(y)) }
        }
        #expect(links.contains { $0["relatedToTime"] == "t0" })
        #expect(links.contains { $0["relatedToTime"] == "t2" })
    }
}
