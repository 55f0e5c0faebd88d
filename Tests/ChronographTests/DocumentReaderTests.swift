import Chronograph
import Foundation
import Testing

@Suite("Reading articles")
struct DocumentReaderTests {
    func read(_ inputs: [String], format: InputFormat = .auto) throws -> [InputItem] {
        Array(try DocumentSource(inputs: inputs, format: format))
    }

    func documents(_ items: [InputItem]) -> [Document] {
        items.compactMap { if case .document(let d, _) = $0 { return d } else { return nil } }
    }

    func problems(_ items: [InputItem]) -> [InputError] {
        items.compactMap { if case .problem(let p) = $0 { return p } else { return nil } }
    }

    @Test func seedLayout() throws {
        let docs = documents(try read([TestSupport.seedArticle.path]))
        let doc = try #require(docs.first)
        #expect(docs.count == 1)
        #expect(doc.id == "000_d25452a83f6e6819.txt")
        #expect(doc.title == "Foreign Militant Involvement Revealed in Kazakhstan Coup Plot")
        let dateline = try #require(doc.dateline)
        #expect(dateline.text == "05 January")
        #expect(ScalarText(doc.text).slice(dateline.start, dateline.end) == "05 January")
        #expect(doc.source == "TASS")
        // The text is the file as written: offsets point into it.
        #expect(doc.text == (try String(contentsOf: TestSupport.seedArticle, encoding: .utf8)))
    }

    @Test func htmlTagsStrippedAndEntitiesDecoded() throws {
        let dir = try TestSupport.temporaryFolder()
        let file = dir.appendingPathComponent("page.html")
        try """
            <html><head><title>Site title</title>
            <meta property="article:published_time" content="2024-01-05T10:00:00Z">
            <meta property="og:site_name" content="Example News">
            <link rel="canonical" href="https://example.org/a?x=1&amp;y=2">
            <script>var x = "<p>not text</p>";</script></head>
            <body><h1>Riots &amp; arrests in Almaty</h1><p>On 5&nbsp;January, police <b>arrested</b> 20 people &#8212; officials said.</p>
            <style>p { color: red }</style><p>Second&#x20;paragraph &lt;tag&gt;.</p></body></html>
            """.write(to: file, atomically: true, encoding: .utf8)
        let doc = try #require(documents(try read([file.path])).first)
        #expect(doc.title == "Riots & arrests in Almaty")
        #expect(doc.publicationDate == "2024-01-05")
        #expect(doc.source == "Example News")
        #expect(doc.url == "https://example.org/a?x=1&y=2")
        #expect(doc.text.contains("On 5 January, police arrested 20 people \u{2014} officials said."))
        #expect(doc.text.contains("Second paragraph <tag>."))
        #expect(!doc.text.contains("not text"))
        #expect(!doc.text.contains("color"))
    }

    @Test func markdownMarkupStripped() throws {
        let dir = try TestSupport.temporaryFolder()
        let file = dir.appendingPathComponent("note.md")
        try """
            ---
            title: Front matter title
            date: 2023-04-26
            source: Reuters
            ---
            # Heading

            The court **sentenced** [Karim Masimov](https://example.org/m) to 18 years.

            - first item
            > quoted *text*
            """.write(to: file, atomically: true, encoding: .utf8)
        let doc = try #require(documents(try read([file.path])).first)
        #expect(doc.title == "Front matter title")
        #expect(doc.publicationDate == "2023-04-26")
        #expect(doc.source == "Reuters")
        #expect(doc.text.contains("The court sentenced Karim Masimov to 18 years."))
        #expect(doc.text.contains("first item"))
        #expect(doc.text.contains("quoted text"))
        #expect(!doc.text.contains("https://"))
    }

    @Test func jsonLinesWithABadLineKeepsTheRest() throws {
        let dir = try TestSupport.temporaryFolder()
        let file = dir.appendingPathComponent("corpus.jsonl")
        try """
            {"id": "a", "text": "Protests began on 2 January 2022.", "date": "2022-01-03", "source": "TASS", "url": "https://example.org/a"}
            {"id": "b", "text": unquoted}
            ["not", "an", "object"]

            {"id": "c", "title": "T", "text": "Nothing here."}
            {"id": "d"}
            """.write(to: file, atomically: true, encoding: .utf8)
        let items = try read([file.path])
        let docs = documents(items)
        #expect(docs.map(\.id) == ["a", "c"])
        #expect(docs[0].publicationDate == "2022-01-03")
        #expect(docs[0].source == "TASS")
        #expect(docs[0].url == "https://example.org/a")
        #expect(docs[1].title == "T")
        let lines = problems(items).map(\.line)
        #expect(lines == [2, 3, 6])
        #expect(problems(items).allSatisfy { $0.file == file.path && $0.severity == .error })
        #expect(problems(items)[0].description.hasPrefix("\(file.path):2: error: malformed JSON"))
    }

    @Test func folderReadRecursivelyInSortedOrder() throws {
        let dir = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "Title B\n\nBody b.".write(to: dir.appendingPathComponent("sub/b.txt"), atomically: true, encoding: .utf8)
        try "Title A\n\nBody a.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "hidden".write(to: dir.appendingPathComponent(".hidden"), atomically: true, encoding: .utf8)
        #expect(documents(try read([dir.path])).map(\.id) == ["a.txt", "b.txt"])
    }

    @Test func badFilesAreReportedAndOthersStillRead() throws {
        let dir = try TestSupport.temporaryFolder()
        let binary = dir.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]).write(to: binary)
        let empty = dir.appendingPathComponent("empty.txt")
        try Data("  \n\n".utf8).write(to: empty)
        let latin1 = dir.appendingPathComponent("latin1.txt")
        try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x31, 0x39, 0x39, 0x39, 0x0A]).write(to: latin1)
        let control = dir.appendingPathComponent("control.txt")
        try Data("Bell\u{07} and text".utf8).write(to: control)
        let items = try read([binary.path, "/nonexistent/file.txt", empty.path, latin1.path, control.path])
        let p = problems(items)
        #expect(p.count == 3)
        #expect(p[0].file == binary.path && p[0].message.contains("binary"))
        #expect(p[1].file == "/nonexistent/file.txt" && p[1].message.contains("no such file"))
        #expect(p[2].file == empty.path && p[2].severity == .warning)
        let docs = documents(items)
        #expect(docs.map(\.id) == ["latin1.txt", "control.txt"])
        #expect(docs[0].text.contains("Caf\u{FFFD} 1999"))
        #expect(docs[1].text == "Bell  and text")
        let warnings = items.flatMap { if case .document(_, let w) = $0 { return w } else { return [] } }
        #expect(warnings.map(\.file) == [latin1.path, control.path])
    }

    @Test func wireDatelineOpeningTheBody() throws {
        let dir = try TestSupport.temporaryFolder()
        let file = dir.appendingPathComponent("wire.txt")
        try "Georgian police detain protesters\n\nTBILISI, Dec 5 (Reuters) - Police detained 20 people on Tuesday.\n".write(to: file, atomically: true, encoding: .utf8)
        let corpus = dir.appendingPathComponent("wire.jsonl")
        try #"{"id":"w","text":"MOSCOW, January 5 (TASS) -- Officials met. Later - much later - they left."}"#.write(to: corpus, atomically: true, encoding: .utf8)
        let docs = documents(try read([file.path, corpus.path]))
        #expect(docs.count == 2)
        #expect(docs[0].title == "Georgian police detain protesters")
        #expect(docs[0].dateline?.text == "TBILISI, Dec 5 (Reuters)")
        #expect(docs[0].source == "Reuters")
        #expect(docs[1].dateline?.text == "MOSCOW, January 5 (TASS)")
        #expect(docs[1].source == "TASS")
        // A sentence with a dash is no dateline.
        let prose = PlainTextArticleReader(layout: try ArticleLayout.load())
        #expect(prose.leadingDateline(in: "Police arrested 20 people, officials said on 5 May - a record.") == nil)
    }

    /// A headline, a date line and a wire dateline: the date line dates the article and the wire
    /// line names the agency, in a text file and in a JSON Lines record without a date alike
    /// (the record keeps its own title, none here).
    @Test func dateLineUnderTheHeadlineThenWireDateline() throws {
        let dir = try TestSupport.temporaryFolder()
        let text = "Court jails opposition leader\n\n18 January\n\nMOSCOW, January 18 (TASS) - A court jailed the opposition leader on Monday.\n"
        let file = dir.appendingPathComponent("court.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let corpus = dir.appendingPathComponent("court.jsonl")
        let record = try JSONSerialization.data(withJSONObject: ["id": "c", "text": text])
        try record.write(to: corpus)
        let docs = documents(try read([file.path, corpus.path]))
        #expect(docs.count == 2)
        #expect(docs[0].title == "Court jails opposition leader")
        for doc in docs {
            #expect(doc.dateline?.text == "18 January")
            #expect(doc.source == "TASS")
        }
    }

    @Test func slashedAgencyDateline() throws {
        let prose = PlainTextArticleReader(layout: try ArticleLayout.load())
        let found = prose.leadingDateline(in: "ALMATY, January 5. /TASS/. Protesters stormed the city administration building.")
        #expect(found?.dateline.text == "ALMATY, January 5. /TASS/")
        #expect(found?.dateline.start == 0)
        #expect(found?.agency == "TASS")
        // A slash inside a sentence is no credit, and a path-like word is no agency.
        #expect(prose.leadingDateline(in: "Police said 20 people, including 5 minors, were held /overnight/. ") == nil)
        #expect(prose.leadingDateline(in: "Officials met on 5 May. /TASS/. They agreed.") == nil)
    }

    /// The words after a dateline's dash are an agency only when a sentence starts after their full stop:
    /// "General Motors Corp. said" is the sentence's subject, "РИА Новости. Президент" a credit.
    @Test func aCompanyAfterTheDatelineIsNoAgency() throws {
        let prose = PlainTextArticleReader(layout: try ArticleLayout.load())
        let company = prose.leadingDateline(in: "DETROIT, March 3, 2005 - General Motors Corp. said on Tuesday it would cut 12,000 jobs.")
        #expect(company?.dateline.text == "DETROIT, March 3, 2005")
        #expect(company?.agency == nil)
        let agency = prose.leadingDateline(in: "МОСКВА, 5 янв — РИА Новости. Президент подписал указ.")
        #expect(agency?.agency == "РИА Новости")
    }

    @Test func duplicateIDsAreMadeUnique() throws {
        let dir = try TestSupport.temporaryFolder()
        let file = dir.appendingPathComponent("c.jsonl")
        try "{\"id\":\"x\",\"text\":\"one\"}\n{\"id\":\"x\",\"text\":\"two\"}\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(documents(try read([file.path])).map(\.id) == ["x", "x#2"])
    }
}
