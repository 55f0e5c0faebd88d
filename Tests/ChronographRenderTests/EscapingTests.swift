import ChronographGraphviz
import ChronographRender
import Testing

@Suite struct EscapingTests {
    @Test func dotQuotesIdsAndKeepsDateLikeIdsWhole() async throws {
        let ids = ["2019-03-01", "node", "a b", "x\"y", "back\\slash", "edge -> z", "{}", "--"]
        var dot = "digraph g {\n"
        for id in ids { dot += "  \(Escaping.dot(id));\n" }
        dot += "  \(Escaping.dot(ids[0])) -> \(Escaping.dot(ids[1]));\n}\n"
        let parsed = try await GraphvizRenderer.shared.parse(dot: dot)
        #expect(parsed.nodeNames.count == ids.count)
        #expect(parsed.nodeNames.contains("2019-03-01"))
        #expect(!parsed.nodeNames.contains("2019"))
        #expect(parsed.edgeCount == 1)
    }

    @Test func dotEscapesQuotesBackslashesNewlinesAndEntities() {
        #expect(Escaping.dot("a\"b") == "\"a\\\"b\"")
        #expect(Escaping.dot("a\\N") == "\"a\\\\N\"")
        #expect(Escaping.dot("x\ny") == "\"x\\ny\"")
        #expect(Escaping.dot("AT&T &amp;") == "\"AT&amp;T &amp;amp;\"")
        #expect(Escaping.dotEscString("a\\N") == "\"a\\\\\\\\N\"")
        #expect(Escaping.dotHTML("<b>&\n") == "&lt;b&gt;&amp;<BR ALIGN=\"LEFT\"/>")
    }

    @Test func xmlEscapesMarkupAndCDATAEnd() {
        #expect(Escaping.xml("]]> <script>&\"'") == "]]&gt; &lt;script&gt;&amp;&quot;&apos;")
        #expect(Escaping.xml("bell\u{07}ok") == "bellok")
        #expect(Escaping.xml("a\u{FFFF}b\u{FFFE}") == "ab")
        #expect(Escaping.xml("Алматы ✕") == "Алматы ✕")
        #expect(Escaping.dot("Алматы\u{FFFF}") == "\"Алматы\"")
        #expect(Escaping.xmlAttribute("a\nb") == "a&#10;b")
    }

    @Test func cyrillicSurvivesMermaidAndMarkdown() {
        // Cyrillic passes through; only each format's syntax is escaped.
        #expect(Escaping.mermaid("Митинг: «Площадь» #1") == "Митинг#58; «Площадь» #35;1")
        #expect(Escaping.markdown("Задержаны *20* человек") == "Задержаны \\*20\\* человек")
    }

    @Test func markdownEscapesSyntax() {
        let s = Escaping.markdown("*bold* [link](javascript:x) <script> a|b `c` # h \\ & {x}")
        for raw in ["*bold*", "[link]", "<script>", "a|b", "`c`", "{x}"] { #expect(!s.contains(raw)) }
        #expect(s.contains("\\*bold\\*"))
        #expect(s.contains("a\\|b"))
        #expect(Escaping.markdown("1. not a list") == "1\\. not a list")
        #expect(Escaping.markdown("line\nbreak") == "line break")
        #expect(Escaping.markdownURL("javascript:alert(1)") == nil)
        #expect(Escaping.markdownURL("https://x.org/a b>(c)") == "https://x.org/a%20b%3E%28c%29")
        #expect(Escaping.markdown("- item") == "\\- item")
        #expect(Escaping.markdownFence(for: "a ```` b") == "`````")
    }

    @Test func mermaidEscapesSeparatorsCommentsAndKeywords() {
        let s = Escaping.mermaid("a: b; #c %% d <e> & `f`")
        #expect(!s.contains(":") || s.contains("#58;"))
        #expect(s == "a#58; b#59; #35;c #37;#37; d #60;e#62; #38; #96;f#96;")
        #expect(Escaping.mermaid("section 2022").hasPrefix("\u{200B}"))
        #expect(Escaping.mermaid("title").hasPrefix("\u{200B}"))
        #expect(Escaping.mermaid("line\nbreak") == "line break")
    }

    @Test func csvQuotesPerRFC4180() {
        #expect(Escaping.csv("plain") == "plain")
        #expect(Escaping.csv("a,b") == "\"a,b\"")
        #expect(Escaping.csv("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(Escaping.csv("two\nlines") == "\"two\nlines\"")
    }

    @Test func fileNamesCannotEscapeTheDirectory() {
        #expect(Escaping.fileName("../evil/doc id") == "_._evil_doc_id")
        #expect(Escaping.fileName("") == "document")
        #expect(!Escaping.fileName("..").hasPrefix("."))
        #expect(Escaping.fileName("000_d25452a83f6e6819.txt") == "000_d25452a83f6e6819.txt")
    }
}
