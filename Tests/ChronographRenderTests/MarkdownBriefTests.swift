import ChronographCore
import ChronographRender
import Ink
import Testing

@Suite struct MarkdownBriefTests {
    let brief = MarkdownBriefRenderer.render(Fixtures.seedLike())

    @Test func briefMatchesGolden() throws {
        try Snapshot.assertMatches(brief, named: "seed-brief.md")
    }

    @Test func parsesBackWithTheExpectedStructure() {
        let html = MarkdownParser().html(from: brief)
        #expect(html.contains("<h1>Foreign Militant Involvement Revealed in Kazakhstan Coup Plot</h1>"))
        for h in ["<h2>Chronology</h2>", "<h3>2022</h3>", "<h4>January 2022</h4>", "<h3>2023</h3>", "<h4>April 2023</h4>",
                  "<h3>2024</h3>", "<h3>Undated</h3>", "<h2>Open questions and source conflicts</h2>", "<h2>Sources</h2>"] {
            #expect(html.contains(h), "missing \(h)")
        }
        #expect(html.contains("<a href=\"timeline.svg\">"))
        #expect(html.contains("mermaid"))
        // Chronology in order: unrest before sentencing before broadcast.
        let order = ["Mass unrest and failed coup", "Karim Masimov sentenced", "Khabar airs documentary"].map { html.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func saysFactualityInWords() {
        #expect(brief.contains("Planned but prevented, did not happen"))
        #expect(brief.contains("claimed by the film's authors, citing the republic's law enforcement agencies"))
        #expect(brief.contains("(inferred from the document date)"))
        #expect(brief.contains("sources disagree: April 2023 (TASS) vs May 2023 (Example Wire)"))
        #expect(brief.contains("Phase 1: First wave"))
        #expect(brief.contains("Режим чрезвычайного положения"))
    }

    @Test func hostileTextStaysText() {
        let md = MarkdownBriefRenderer.render(Fixtures.hostileGraph())
        let html = MarkdownParser().html(from: md)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:x\""))
        #expect(!html.contains("<strong>bold</strong>") && !html.contains("<em>bold</em>"))
        #expect(!html.contains("<table"))
        #expect(html.contains("&lt;script&gt;") || html.contains("&lt;script>"))
        // The Mermaid block keeps the hostile text inside it, separators encoded.
        let mermaid = md.components(separatedBy: "```mermaid\n")[1].components(separatedBy: "\n```")[0]
        for line in mermaid.split(separator: "\n") where line.hasPrefix("        ") {
            #expect(line.components(separatedBy: " : ").count == 2, "one period, one event: \(line)")
            #expect(!line.contains("%%"))
        }
    }
}
