import ChronographCore
@testable import ChronographRender
import Foundation
import Testing

/// `timeline.html` without a browser: the data element cannot be ended by an article, the data reads
/// back as the graph, the page is self-contained and the same graph gives the same bytes. (What the page
/// does in a browser is tested in ChronographTests/Browser.)
@Suite struct HTMLTimelineTests {
    @Test func scriptJSONEscapesWhatCouldEndTheElement() throws {
        let text = "</script><script>alert(1)</script> <!-- & \u{2028}\u{2029} ✕"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let json = try encoder.encode([text])
        let escaped = Escaping.scriptJSON(Array(json))
        let s = String(decoding: escaped, as: UTF8.self)
        for raw in ["<", ">", "&", "\u{2028}", "\u{2029}"] { #expect(!s.contains(raw), "\(raw) left in \(s)") }
        #expect(s.contains("\\u003c/script\\u003e"))
        #expect(s.contains("✕"), "other characters stay as they are")
        #expect(try JSONDecoder().decode([String].self, from: Data(escaped)) == [text], "the escapes mean the same text")
    }

    @Test func hostileLabelsStayInsideTheDataElement() throws {
        let page = String(decoding: try HTMLTimelineRenderer.render(Fixtures.hostileGraph()), as: UTF8.self)
        #expect(page.components(separatedBy: "</script").count == 3, "only the page's own two scripts close")
        #expect(page.components(separatedBy: "<script").count == 3)
        #expect(!page.contains("<!--"))
        let title = try #require(page.range(of: "<title>")).upperBound
        #expect(page[title...].hasPrefix("He said &quot;no&quot; &lt;script&gt;"), "the title is escaped")
        let data = try Self.data(page)
        let labels = (data["events"] as? [[String: Any]])?.compactMap { $0["l"] as? String }
        #expect(labels?.first == Escaping.singleLine(Fixtures.hostile))
    }

    @Test func theDataHoldsEveryEventWithItsWording() throws {
        let graph = Fixtures.seedLike()
        let data = try Self.data(String(decoding: try HTMLTimelineRenderer.render(graph), as: UTF8.self))
        let events = try #require(data["events"] as? [[String: Any]])
        #expect(events.map { $0["id"] as? String } == graph.events.map(\.id))
        let sentences = try #require(data["text"] as? [String])
        let times = try #require(data["times"] as? [[String: Any]])
        for (e, raw) in zip(graph.events, events) {
            let time = try #require((raw["tm"] as? Int).map { times[$0] })
            #expect(time["w"] as? String == DateText.plain(e.time))
            let mentions = raw["m"] as? [[Any]] ?? []
            #expect(mentions.compactMap { ($0[1] as? Int).map { sentences[$0] } } == e.mentions.map(\.sentence))
            #expect(mentions.map { $0[2] as? String } == e.mentions.map(\.text))
        }
        #expect(Set(events.compactMap { $0["tm"] as? Int }).count == times.count, "each time once")
        // Dated events carry their days (since 1970): January 2022 is 18993 ..< 19024.
        let unrest = try #require(events.first { $0["id"] as? String == "ev:unrest" }.flatMap { ($0["tm"] as? Int).map { times[$0] } })
        #expect(unrest["s"] as? Int == 18993 && unrest["e"] as? Int == 19024)
        // An event only bounded by related events is not drawn on the axis.
        let statement = try #require(events.first { $0["id"] as? String == "ev:statement" }.flatMap { ($0["tm"] as? Int).map { times[$0] } })
        #expect(statement["s"] == nil)
    }

    @Test func minorEventsAreInTheDataFlaggedAndHoldNoOtherEventAsAPhase() throws {
        // The page carries every event (graph.json's), minor ones flagged `mi`; as in the timeline, an
        // event that is not minor is no phase of a minor one, while a minor event keeps its episode.
        var graph = Fixtures.seedLike()
        let unrest = try #require(graph.events.firstIndex { $0.id == "ev:unrest" })
        let wave3 = try #require(graph.events.firstIndex { $0.id == "ev:wave3" })
        graph.events[unrest].minor = true
        graph.events[wave3].minor = true
        let data = try Self.data(String(decoding: try HTMLTimelineRenderer.render(graph), as: UTF8.self))
        let events = try #require(data["events"] as? [Any])
        #expect(events.map(Self.eventID) == graph.events.map(\.id))
        // A minor event is a short array: [id, label (in labels), type, time, mentions, {the other keys}].
        let minor = events.compactMap { $0 as? [Any] }
        #expect(minor.map { $0[0] as? String } == ["ev:unrest", "ev:wave3"])
        let labels = try #require(data["labels"] as? [String])
        #expect(minor.map { labels[$0[1] as! Int] } == ["Mass unrest and failed coup attempt in Kazakhstan", "Third wave: criminals and terrorists"])
        let wave1 = try #require(events.compactMap { $0 as? [String: Any] }.first { $0["id"] as? String == "ev:wave1" })
        #expect(wave1["pa"] == nil && wave1["ph"] == nil, "a salient phase of a minor event stands alone, as in EventGraph.timeline()")
        let more = try #require(minor[1].last as? [String: Any])
        #expect(more["pa"] as? Int == unrest && more["ph"] as? Int == 3)
        #expect(more["f"] as? String == "reported" && more["a"] != nil)
    }

    @Test func aMinorEventKeepsNoOrderItsDatesShow() throws {
        // An article's minor events come with the order of all their dates (quadratic in their number):
        // the page leaves out a minor event's before/after that its days already show, and keeps the rest.
        var graph = Fixtures.seedLike()
        let sentencing = try #require(graph.events.firstIndex { $0.id == "ev:sentencing" })
        graph.events[sentencing].minor = true
        graph.relations = [
            Relation(from: "ev:unrest", to: "ev:sentencing", type: .before, rule: "OrderByTimeAnchors"),
            Relation(from: "ev:sentencing", to: "ev:unrest", type: .after, rule: "OrderByTimeAnchors"),
            Relation(from: "ev:statement", to: "ev:sentencing", type: .before, rule: "TemporalSignal"),
            Relation(from: "ev:broadcast", to: "ev:sentencing", type: .about, rule: "CommunicationObject"),
            Relation(from: "ev:unrest", to: "ev:broadcast", type: .before, rule: "OrderByTimeAnchors"),
        ]
        let data = try Self.data(String(decoding: try HTMLTimelineRenderer.render(graph), as: UTF8.self))
        let ids = try #require(data["events"] as? [Any]).map { Self.eventID($0) ?? "" }
        let rules = try #require(data["rules"] as? [String])
        let kept = try #require(data["relations"] as? [[Int]]).map { "\(ids[$0[0]]) \(rules[$0[3]]) \(ids[$0[1]])" }
        #expect(kept == [
            "ev:statement TemporalSignal ev:sentencing", "ev:broadcast CommunicationObject ev:sentencing",
            "ev:unrest OrderByTimeAnchors ev:broadcast",
        ])
    }

    @Test func thePageFetchesNothingAndIsDeterministic() throws {
        let graph = Fixtures.synthetic(300)
        let one = try HTMLTimelineRenderer.render(graph)
        #expect(one == (try HTMLTimelineRenderer.render(graph)))
        let page = String(decoding: one, as: UTF8.self)
        for loader in ["<script src", "<link", "<img", "<iframe", "<object", "<embed", "@import"] {
            #expect(!page.contains(loader), "the page holds \(loader)")
        }
        // The only url() is an SVG marker's reference into the page itself (`url(#arrow-before)`).
        #expect(page.components(separatedBy: "url(").dropFirst().allSatisfy { $0.hasPrefix("#") }, "the page refers to a URL")
        #expect(page.contains("default-src 'none'"), "the Content-Security-Policy forbids loading anything")
        // Only the script with the page's nonce may run: not inline scripts at large, nor event handlers.
        let policy = try #require(page.range(of: "script-src 'nonce-"))
        let nonce = String(page[policy.upperBound...].prefix(while: { $0 != "'" }))
        #expect(nonce.count == 16 && nonce.allSatisfy(\.isHexDigit))
        #expect(page.contains("<script nonce=\"\(nonce)\">"))
        #expect(!page.contains("script-src 'unsafe-inline'"))
    }

    @Test func thePageScriptsCannotEndTheirOwnElement() throws {
        // Inside <script>, "</script" ends the element and "<!--" changes how it is read: the page's own
        // scripts and style sheet must hold neither (an edit that adds one breaks the page).
        let assets = try TimelinePageAssets.loaded.get()
        for (name, text) in [("scripts", assets.script), ("style sheet", assets.style)] {
            for bad in ["</script", "<!--", "<script", "</style"] { #expect(!text.lowercased().contains(bad), "the \(name) hold \(bad)") }
        }
    }

    @Test func clockTimesBecomeMinutesOfTheDay() {
        #expect(TimelinePageData.minutes("14:30") == [870, 871])
        #expect(TimelinePageData.minutes("09") == [540, 600])
        #expect(TimelinePageData.minutes("EV") == [1080, 1320])
        #expect(TimelinePageData.minutes("14:30:00+03:00") == [870, 871])
        #expect(TimelinePageData.minutes("25:00") == nil)
        let (s, e, m) = TimelinePageData.axisSpan(EventTime(timex3: "2024-01-05T14:30", inferred: false, certainty: .explicit))
        #expect(s == 19727 && e == 19728 && m == [870, 871])
    }

    /// An event's id in the page's data (a minor event is an array with its id first).
    static func eventID(_ raw: Any) -> String? {
        (raw as? [String: Any])?["id"] as? String ?? (raw as? [Any])?.first as? String
    }

    /// The JSON of the page's data element.
    static func data(_ page: String) throws -> [String: Any] {
        let open = try #require(page.range(of: "<script type=\"application/json\" id=\"chronograph-data\">"))
        let close = try #require(page[open.upperBound...].range(of: "</script>"))
        return try #require(try JSONSerialization.jsonObject(with: Data(page[open.upperBound..<close.lowerBound].utf8)) as? [String: Any])
    }
}
