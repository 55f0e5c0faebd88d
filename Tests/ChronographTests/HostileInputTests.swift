import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Text from an article can hold anything; no output format may let it become markup.
@Suite("Hostile and oversized input", .serialized)
struct HostileInputTests {
    static let hostile = #"<script>alert("x")</script> & "quotes" 'single' {braces} |pipes| \back\slash ]]> [link](http://evil.example) `code` *em* # heading ::: timeline title section graph TD; A-->B %%{init}%%"#

    func hostileArticle() -> String {
        """
        \(Self.hostile)

        5 January 2024

        Protesters from the group \(Self.hostile) rallied in Almaty on 4 January 2024, police said. \
        On 5 January 2024 the court sentenced \(Self.hostile) to 18 years in prison. \
        "\(Self.hostile)" was arrested on 3 January 2024.

        Based on materials from \(Self.hostile.prefix(60))
        """
    }

    @Test func everyFormatKeepsHostileTextAsText() throws {
        let dir = try TestSupport.temporaryFolder()
        let article = dir.appendingPathComponent("hostile <&>.txt")
        try hostileArticle().write(to: article, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let run = try TestSupport.chronograph([
            "build", article.path, "--out", out.path, "--quiet",
            "--format", "svg,dot,md,json,graphml,gexf,timelinejs,csv,timeml",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        // XML formats parse, and no element comes from the article.
        var xmlFiles = ["timeline.svg", "graph.graphml", "graph.gexf"]
        let tml = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("timeml").path)
        xmlFiles += tml.map { "timeml/\($0)" }
        for name in xmlFiles {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            let collector = ElementCollector()
            let parser = XMLParser(data: data)
            parser.delegate = collector
            #expect(parser.parse(), "\(name) is not well-formed XML: \(String(describing: parser.parserError))")
            #expect(!collector.elements.contains("script"), "\(name) has a <script> element")
        }
        // JSON formats decode.
        for name in ["graph.json", "timelinejs.json"] {
            #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(name)))) != nil, "\(name) is not JSON")
        }
        let md = try String(contentsOf: out.appendingPathComponent("brief.md"), encoding: .utf8)
        #expect(!md.contains("<script>"), "raw <script> in the brief")
        // `\[link\](...)` is escaped text; an unescaped `[link](` would be a live link.
        #expect(!md.contains("[link](http://evil.example)"), "an article's link became a Markdown link")
        let svg = try String(contentsOf: out.appendingPathComponent("timeline.svg"), encoding: .utf8)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("href=\"http://evil.example"))
    }

    @Test func aTenMegabyteSingleLineDocumentIsProcessed() throws {
        let dir = try TestSupport.temporaryFolder()
        let file = dir.appendingPathComponent("long-line.txt")
        let sentence = "Protesters rallied on 5 January 2022 and police arrested 20 people the next day. "
        let line = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count)
        try line.write(to: file, atomically: true, encoding: .utf8)
        let run = try TestSupport.chronograph(["extract", file.path, "--format", "jsonl", "--quiet", "--dct", "2022-01-10"])
        #expect(run.status == 0, "\(run.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(((record["timexes"] as? [Any])?.count ?? 0) > 1000)
    }

    @Test func datesOutOfRangeDoNotBreakTheRun() throws {
        let input = #"{"id":"far","text":"In the year 99999 and on 31 February 2022, and in 0 BC, on 99/99/9999, the year -5.","date":"2022-01-01"}"# + "\n"
        let run = try TestSupport.chronograph(["extract", "-", "--format", "jsonl", "--quiet"], stdin: input)
        #expect(run.status == 0, "\(run.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let values = (record["timexes"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
        #expect(!values.contains("2022-02-31"))
    }
}

private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: Set<String> = []
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.insert(name.lowercased())
    }
}
