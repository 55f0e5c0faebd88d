import Chronograph
import ChronographCore
import Foundation
import Testing

/// The page-furniture detector and how the pipeline uses it, on made-up pages (not copies of the
/// annotated ones in Benchmarks/page-furniture).
@Suite("Page furniture")
struct PageFurnitureTests {
    /// A made-up news page as a page store returns it: menus, byline, date lines, share buttons,
    /// a related-headlines box and a comment prompt around a short article.
    static let page = """
        Skip to content
        World News

        Harbour workers end week-long strike after pay deal in Port Elara

        By Maren Quist

        Published: Tue 14 May 2019, 8:12 AM

        Last updated: Tue 14 May 2019, 11:40 AM

          • Share on Facebook
          • Share on Twitter
          • Email

        Dock workers in Port Elara returned to work on Monday after their union accepted a pay offer that ended a strike of eight days, the port authority said.

        The walkout had stranded more than forty container ships off the coast and cost exporters an estimated 30 million dollars, according to the chamber of commerce.

        Union leader Tomas Ferrel told reporters that members had voted to accept a raise of six percent over two years. "It was not everything we asked for, but it is a fair deal," he said.

        The port authority said cargo handling would be back to normal by the end of the week.

        Related stories
        Minister resigns after customs bribery probe
        Floods kill twelve in northern province
        Rebels seize airport in overnight attack

        Leave a comment

        Your email address will not be published. Required fields are marked *

        © 2019 Elara Daily. All rights reserved.
        """

    static let relatedBox = [
        "Related stories", "Minister resigns after customs bribery probe", "Floods kill twelve in northern province",
        "Rebels seize airport in overnight attack",
    ]

    func furnitureTexts(_ text: String, title: String? = nil) throws -> [String] {
        let detector = try #require(try FurnitureDetector.shared(language: "en"))
        let scalars = ScalarText(text)
        return detector.detect(scalars, title: title).map { scalars.slice($0.start, $0.end) }
    }

    @Test func findsTheFurnitureOfAPageAndKeepsTheArticle() throws {
        let found = Set(try furnitureTexts(Self.page))
        for line in [
            "Skip to content", "World News", "Published: Tue 14 May 2019, 8:12 AM", "Last updated: Tue 14 May 2019, 11:40 AM",
            "Leave a comment", "Your email address will not be published. Required fields are marked *",
            "\u{00A9} 2019 Elara Daily. All rights reserved.",
        ] + Self.relatedBox {
            #expect(found.contains(line), "not found as furniture: \(line)")
        }
        for line in Self.page.split(separator: "\n") where line.count > 80 {
            #expect(!found.contains(String(line)), "article text taken for furniture: \(line)")
        }
        #expect(!found.contains("Harbour workers end week-long strike after pay deal in Port Elara"))
    }

    @Test func aRepeatedHeadlineIsFurnitureTheFirstIsNot() throws {
        let text = """
            Storm closes schools across the coastal district

            Storm closes schools across the coastal district

            Schools across the coastal district were closed on Thursday as a storm brought winds of up to 120 kilometres an hour, the education office said.

            Officials said classes would resume on Monday if the weather allowed and roads were cleared of fallen trees.
            """
        let found = try furnitureTexts(text)
        let scalars = ScalarText(text)
        let detector = try #require(try FurnitureDetector.shared(language: "en"))
        let lines = detector.detect(scalars)
        #expect(found == ["Storm closes schools across the coastal district"])
        // The second copy, not the first.
        #expect(lines.first?.start == 50)
    }

    @Test func plainProseHasNoFurniture() throws {
        let text = """
            The city council approved the new budget on Wednesday after a debate that lasted most of the night.

            Council members voted 9 to 4 in favour. The budget raises spending on public transport by a tenth and freezes property taxes.

            The mayor said she would sign it into law next week.
            """
        #expect(try furnitureTexts(text).isEmpty)
    }

    @Test func sentencesAreCutAtFurnitureEdges() throws {
        // A related headline without a full stop runs on into the next line as one sentence unless
        // the pipeline cuts it there.
        let text = "Related: Minister resigns after probe\nThe port reopened on Monday."
        let pipeline = try Pipeline(events: nil)
        let document = Document(id: "t", text: text, publicationDate: "2019-05-14", furniture: [FurnitureLine(start: 0, end: 37)])
        let analysis = pipeline.analyze(document)
        #expect(analysis.document.furniture == [FurnitureLine(start: 0, end: 37)])
        #expect(analysis.timexes.map(\.text) == ["Monday"])
    }

    @Test func aRelatedHeadlinesBoxYieldsNoEvent() throws {
        let document = Document(id: "page", text: Self.page, publicationDate: "2019-05-14")
        let scalars = ScalarText(Self.page)
        let boxStart = try #require(Self.page.range(of: "Related stories")).lowerBound
        let box = Self.page.unicodeScalars.distance(from: Self.page.unicodeScalars.startIndex, to: boxStart)
        let with = try Pipeline().analyze(document)
        let without = try Pipeline(detectFurniture: false).analyze(document)
        // Without the detector the box's headlines become events ("resigns", "kill", "seize") ...
        #expect(without.mentions.contains { $0.start >= box })
        // ... with it, none does, and the article's events are all still there.
        #expect(!with.mentions.contains { $0.start >= box })
        let bodyStart = try #require(Self.page.range(of: "Dock workers")).lowerBound
        let body = Self.page.unicodeScalars.distance(from: Self.page.unicodeScalars.startIndex, to: bodyStart)
        let articleEvents = Set(without.mentions.filter { $0.start >= body && $0.start < box }.map(\.start))
        #expect(!articleEvents.isEmpty)
        #expect(articleEvents.isSubset(of: Set(with.mentions.map(\.start))))
        #expect(with.mentions.contains { $0.text == "strike" || $0.text == "walkout" })
        // Offsets still point into the text as written.
        for m in with.mentions { #expect(scalars.slice(m.start, m.end) == m.text) }
    }

    @Test func aPublishedLineDatesThePageButNoEvent() throws {
        let document = Document(id: "page", text: Self.page)
        let analysis = try Pipeline().analyze(document)
        #expect(analysis.dct.value == "2019-05-14")
        #expect(analysis.dct.origin == .pageDate)
        #expect(analysis.dct.inferred)
        #expect(analysis.dct.evidence?.contains("Published: Tue 14 May 2019, 8:12 AM") == true)
        // The date lines' time expressions are still found, but date no event.
        let furniture = try #require(analysis.document.furniture)
        let pageDates = analysis.timexes.filter { furniture.covers(from: $0.start, to: $0.end) }
        #expect(!pageDates.isEmpty)
        let pageDateTexts = Set(pageDates.map(\.text))
        for m in analysis.mentions {
            if let expression = m.time?.text { #expect(!pageDateTexts.contains(expression), "\(m.text) dated by \(expression)") }
        }
        // The article's "on Monday" is read against the page's date: the Monday before it.
        #expect(analysis.timexes.contains { $0.text == "Monday" && $0.value == "2019-05-13" })
    }

    @Test func theInputsDateComesFirst() throws {
        let analysis = try Pipeline(events: nil).analyze(Document(id: "page", text: Self.page, publicationDate: "2019-05-15"))
        #expect(analysis.dct.value == "2019-05-15")
        #expect(analysis.dct.origin == .metadata)
    }

    @Test func aLeadingIsoStampIsFurnitureThatDatesThePage() throws {
        let text = " date 2024-03-08 Protesters stormed the parliament building in Lodz, police said."
        let analysis = try Pipeline().analyze(Document(id: "stamped", text: text))
        let furniture = try #require(analysis.document.furniture)
        #expect(furniture.first == FurnitureLine(start: 1, end: 16))
        // With no date given, the stamp dates the page; no label takes its word for a subject.
        #expect(analysis.dct.value == "2024-03-08")
        #expect(analysis.dct.origin == .pageDate)
        let stormed = try #require(analysis.mentions.first { $0.text == "stormed" })
        #expect(stormed.time?.certainty != .explicit)
        #expect(!analysis.mentions.contains { $0.label.hasPrefix("Date") })
    }

    @Test func onlyAnIsoDateOpeningTheTextIsAStamp() throws {
        let detector = try #require(try FurnitureDetector.shared(language: "en"))
        for text in ["On 2024-03-08 protesters stormed the parliament.", "Protesters stormed the parliament on 2024-03-08.", "2024 was a year of protests in Lodz."] {
            #expect(detector.detect(ScalarText(text)).isEmpty, "\(text)")
        }
        #expect(detector.detect(ScalarText("2024-03-08\nProtesters stormed the parliament in Lodz.")).first == FurnitureLine(start: 0, end: 10))
        // After the blank lines a page may open with.
        #expect(detector.detect(ScalarText("\n\ndate 2024-03-08 Protesters stormed the parliament in Lodz.")).first == FurnitureLine(start: 2, end: 17))
    }
}
