// The browser tests drive Debian's Chromium through Linux system calls (posix_spawn, pipes, poll).
#if os(Linux)
import Chronograph
import Foundation

/// Pages for the browser tests: `chronograph build --format html,json` over a corpus, with the graph
/// it was made from (the test compares what the page shows against graph.json).
enum PageFixture {
    struct Page {
        var url: URL
        var graph: [String: Any]
        var events: [[String: Any]] { graph["events"] as? [[String: Any]] ?? [] }
        /// The events on the timeline when the page opens: all but the minor ones.
        var salientEvents: [[String: Any]] { events.filter { $0["minor"] as? Bool != true } }
        var documents: [[String: Any]] { graph["documents"] as? [[String: Any]] ?? [] }
    }

    enum Failure: Error, CustomStringConvertible {
        case build(String)
        var description: String {
            switch self { case .build(let s): return "chronograph build failed: \(s)" }
        }
    }

    static func build(inputs: [String]) throws -> Page {
        let out = try TestSupport.temporaryFolder()
        let run = try TestSupport.chronograph(["build"] + inputs + ["--out", out.path, "--quiet", "--format", "html,json"])
        guard run.status == 0 else { throw Failure.build(run.stderr) }
        let graph = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("graph.json"))) as? [String: Any] ?? [:]
        return Page(url: out.appendingPathComponent("timeline.html"), graph: graph)
    }

    /// The wire stories of `Benchmarks/timex-realnews/texts` (eleven of them, several sources and
    /// years) as JSON Lines with their publication dates, titles, two sources and links.
    static let corpusStories = [
        "03_georgia", "05_belarus", "06_belarus_followup", "07_myanmar", "10_peru", "11_pakistan",
        "12_armenia_noyear", "13_niger_coup", "14_niger_followup", "15_iran", "16_hongkong_trial",
    ]

    static func corpus() throws -> URL {
        let bench = TestSupport.root.appendingPathComponent("Benchmarks/timex-realnews")
        var dates: [String: String] = [:]
        for line in try String(contentsOf: bench.appendingPathComponent("realnews.jsonl"), encoding: .utf8).split(separator: "\n") {
            if let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let doc = record["doc"] as? String, let dct = record["dct"] as? String
            {
                dates[doc] = dct
            }
        }
        var lines: [String] = []
        for (k, story) in corpusStories.enumerated() {
            let text = try String(contentsOf: bench.appendingPathComponent("texts/\(story).txt"), encoding: .utf8)
            var record: [String: Any] = [
                "id": story, "text": text, "source": k % 2 == 0 ? "Wire A" : "Wire B",
                "url": "https://news.example.org/\(story)",
            ]
            if let date = dates[story] { record["date"] = date }
            let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        let file = try TestSupport.temporaryFolder().appendingPathComponent("corpus.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Articles whose id, title, source, URL and text carry markup, script and `javascript:` links.
    static func hostileRecords() -> [String] {
        let text = """
            Hostile <b>headline</b>

            5 January 2024

            Protesters from <script>window.__pwned=6</script> rallied in Almaty on 4 January 2024, police said. \
            The court sentenced <img src=x onerror="window.__pwned=7"> to 18 years in prison on 5 January 2024. \
            Officials said </script><!-- the strike --> began on 3 January 2024 \u{2028} and ended \u{2029} on 6 January 2024.
            """
        let records: [[String: Any]] = [
            [
                "id": "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">",
                "title": "</script><script>window.__pwned=3</script><b>bold</b>", "text": text,
                "url": "javascript:window.__pwned=4", "source": "<img src=x onerror=\"window.__pwned=5\">", "date": "2024-01-05",
            ],
            ["id": "two\"quote'</script>", "title": "Second", "text": text, "url": " JaVaScRiPt:window.__pwned=8", "date": "2024-01-06"],
            ["id": "three", "title": "Third", "text": text, "url": "data:text/html,<script>window.__pwned=9</script>", "date": "2024-01-07"],
            ["id": "four", "title": "Fourth", "text": text, "url": "https://news.example.org/a?<script>x</script>", "date": "2024-01-08"],
        ]
        return records.map { String(decoding: try! JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
    }

    /// A page for a graph of `n` events made in code (days, months and week-long spans over three years,
    /// episodes of three phases, forty actors, undated events, relations, one in five a minor event),
    /// and its graph as JSON.
    static func synthetic(_ n: Int) throws -> Page {
        let types = ["protest", "riot", "arrest", "trial", "statement", "meeting", "election", "plan"]
        let standings: [Factuality] = [.asserted, .asserted, .reported, .planned, .negated]
        let first = Day(year: 2020, month: 1, day: 1).julianDay
        var events: [Event] = []
        var relations: [Relation] = []
        for i in 0..<n {
            let day = Day(julianDay: first + (i * 7919) % 1096)
            var time: EventTime? = EventTime(timex3: day.description, inferred: false, certainty: .explicit)
            if i % 10 == 1 { time = EventTime(timex3: TemporalValue.format(day, granularity: .month), inferred: false, certainty: .context) }
            if i % 10 == 2 { time = EventTime(timex3: TemporalValue.format(day, granularity: .week), inferred: false, certainty: .explicit) }
            if i % 50 == 3 { time = nil }
            let root = i - i % 20
            let isPhase = i % 20 >= 1 && i % 20 <= 3
            if isPhase { time = events[root].time }
            let actors = (0..<(i % 3)).map { k in Actor(id: "actor:\((i + k * 17) % 40)", name: "Person \((i + k * 17) % 40)", kind: .person) }
            let minor = i % 5 == 4
            let type = minor ? "other" : types[i % types.count]
            events.append(Event(
                id: "ev\(i)", type: type, eventClass: .occurrence, label: "Event \(i): \(type) in town \(i % 30)",
                time: time, factuality: standings[i % standings.count], actors: actors,
                location: Place(name: "Town \(i % 30)", kind: .city), parent: isPhase ? "ev\(root)" : nil, phaseIndex: isPhase ? i % 20 : nil,
                attribution: i % 5 == 2 ? Attribution(source: "officials") : nil,
                mentions: [MentionRef(id: "d\(i % 40)#\(i)", doc: "d\(i % 40)", start: 0, end: 5, text: "Event", sentence: "Event \(i) happened, a source said.", source: "Wire \(i % 4)")]))
            if minor { events[i].minor = true }
            if isPhase { relations.append(Relation(from: "ev\(i)", to: "ev\(root)", type: .phaseOf, rule: "synthetic")) }
            if i % 9 == 4 && i > 0 { relations.append(Relation(from: "ev\(i - 1)", to: "ev\(i)", type: .before, rule: "synthetic")) }
        }
        let documents = (0..<40).map { DocumentSummary(id: "d\($0)", title: "Report \($0)", dct: .unknown, source: "Wire \($0 % 4)", url: "https://news.example.org/\($0)", path: nil) }
        let graph = EventGraph(documents: documents, events: events, relations: relations)
        let folder = try TestSupport.temporaryFolder()
        let url = folder.appendingPathComponent("timeline.html")
        try Data(try HTMLTimelineRenderer.render(graph)).write(to: url)
        let json = try JSONSerialization.jsonObject(with: Data(try GraphJSONRenderer.render(graph))) as? [String: Any] ?? [:]
        return Page(url: url, graph: json)
    }

    /// Two wire reports of one arrest that date it differently.
    static func disagreeingRecords() -> [String] {
        [
            #"{"id":"wire-a","title":"Opposition leader detained","source":"Wire A","date":"2021-03-06","url":"https://a.example.org/1","text":"Opposition leader detained\n\nPolice arrested opposition leader Anton Berg in Minsk on 3 March 2021, his lawyer said."}"#,
            #"{"id":"wire-b","title":"Berg arrested","source":"Wire B","date":"2021-03-07","url":"https://b.example.org/2","text":"Berg arrested\n\nPolice arrested opposition leader Anton Berg in Minsk on 5 March 2021, officials said."}"#,
        ]
    }

    /// What the page's search looks through, lower-cased: label, type, place, claimant, actors, source
    /// sentences and document titles.
    static func searchableText(_ e: [String: Any], _ page: Page) -> String {
        var parts = [e["label"] as? String ?? "", (e["type"] as? String ?? "").replacingOccurrences(of: "_", with: " ")]
        if let place = e["location"] as? [String: Any] {
            parts.append("\(place["name"] ?? "") \(place["country"] ?? "")" + (place["inferred"] as? Bool == true ? " (inferred)" : ""))
        }
        if let a = e["attribution"] as? [String: Any] { parts.append("claimed by \(a["source"] ?? ""), citing \(a["citing"] ?? "")") }
        for a in e["actors"] as? [[String: Any]] ?? [] { parts.append(a["name"] as? String ?? "") }
        let titles = Dictionary(page.documents.map { ($0["id"] as? String ?? "", $0["title"] as? String ?? "") }, uniquingKeysWith: { a, _ in a })
        for m in e["mentions"] as? [[String: Any]] ?? [] {
            parts.append(m["sentence"] as? String ?? "")
            parts.append(titles[m["doc"] as? String ?? ""] ?? "")
        }
        return parts.joined(separator: "\n").lowercased()
    }

    /// Where the tests leave their screenshots (`.build/artifacts/`, not committed) for a person to look at.
    static func artifact(_ name: String) throws -> URL {
        let dir = TestSupport.root.appendingPathComponent(".build/artifacts")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name)
    }
}
#endif
