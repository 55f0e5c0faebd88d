// The browser tests drive Debian's Chromium through Linux system calls (posix_spawn, pipes, poll).
#if os(Linux)
import Foundation
import Testing

/// `timeline.html` in a real browser (headless Chromium): it loads without console errors and fetches
/// nothing, has an element for every event of the graph (minor ones folded under the timeline until
/// "Minor events" is ticked), its filters, search, details, keyboard and zoom work, it fits a phone,
/// and hostile article text stays text.
@Suite("Interactive timeline in Chromium", .serialized)
struct TimelinePageTests {
    // MARK: loading

    @Test func seedPageLoadsCleanlyAndShowsEveryEvent() throws {
        let page = try PageFixture.build(inputs: [TestSupport.seeds.path])
        let browser = try HeadlessChromium()
        defer { browser.close() }
        try browser.open(page.url)
        try expectCleanLoad(browser, page)
        try expectEveryEvent(browser, page)
        try browser.screenshot(to: PageFixture.artifact("timeline-seed-1280.png"))
    }

    @Test func multiArticleCorpusShowsEveryEventOnADesktopAndAPhone() throws {
        let page = try PageFixture.build(inputs: [try PageFixture.corpus().path])
        #expect(page.events.count > 40, "the corpus should give a graph of some size")
        #expect(Set(page.events.compactMap { ($0["mentions"] as? [[String: Any]])?.first?["doc"] as? String }).count > 5)
        let browser = try HeadlessChromium()
        defer { browser.close() }
        try browser.open(page.url)
        try expectCleanLoad(browser, page)
        try expectEveryEvent(browser, page)
        try browser.screenshot(to: PageFixture.artifact("timeline-corpus-1280.png"))

        try browser.open(page.url, width: 390, height: 844, mobile: true)
        try expectCleanLoad(browser, page)
        try expectEveryEvent(browser, page)
        // Nothing wider than the screen; every control within it.
        let overflow = try browser.evaluate("document.documentElement.scrollWidth - window.innerWidth") as? Double ?? 1
        #expect(overflow <= 0, "the page is wider than a phone's screen")
        let outside = try browser.strings("""
            ['toggle-filters', 'search', 'lanes-type', 'lanes-actor', 'zoom-out', 'zoom-in', 'zoom-fit'].filter(id => {
              const r = document.getElementById(id).getBoundingClientRect();
              return r.width === 0 || r.left < 0 || r.right > window.innerWidth + 0.5;
            })
            """)
        #expect(outside.isEmpty, "controls off a phone's screen: \(outside)")
        try browser.screenshot(to: PageFixture.artifact("timeline-corpus-390.png"))
    }

    @Test func aGraphOfTwoThousandEventsHasAnElementForEach() throws {
        let page = try PageFixture.synthetic(2000)
        let browser = try HeadlessChromium()
        defer { browser.close() }
        try browser.open(page.url)
        try expectCleanLoad(browser, page)
        try expectEveryEvent(browser, page)
        try browser.screenshot(to: PageFixture.artifact("timeline-2000-1280.png"))
    }

    // MARK: interaction

    @Test func aFilterChangesWhatIsShownAndTheFragmentKeepsIt() throws {
        let page = try PageFixture.build(inputs: [try PageFixture.corpus().path])
        let browser = try HeadlessChromium()
        defer { browser.close() }
        try browser.open(page.url)
        // The least frequent type that is not the only one (minor events are not on the timeline).
        let salient = page.salientEvents
        var byType: [String: Set<String>] = [:]
        for e in salient { byType[e["type"] as! String, default: []].insert(e["id"] as! String) }
        let (type, expected) = try #require(byType.filter { $0.value.count < salient.count }.min { ($0.value.count, $0.key) < ($1.value.count, $1.key) })
        let box = "#filters [data-facet=\"type\"] input[value=\"\(type)\"]"
        // Past the first few values of a filter, a value is listed after "Show all".
        if try browser.evaluate("(() => { const b = document.querySelector('\(box)'); return !b || b.closest('li').hidden; })()") as? Bool == true {
            try browser.click("#filters [data-facet=\"type\"] .more")
        }
        try browser.click(box)
        try browser.settle()
        #expect(try shownIDs(browser) == expected)
        #expect(try browser.string("document.getElementById('summary').textContent").hasPrefix("\(expected.count) of \(salient.count) events"))
        let count = try browser.string("document.querySelector('#filters [data-facet=\"type\"] input[value=\"\(type)\"]').closest('label').querySelector('.count').textContent")
        #expect(count == String(expected.count))
        // The fragment keeps the view: the same address, opened in a new tab, shows the same events.
        try browser.waitFor("location.hash.includes('type=\(type)')")
        let shared = try browser.string("location.href")
        try browser.open(try #require(URL(string: shared)))
        #expect(try shownIDs(browser) == expected)
        #expect(try browser.evaluate("document.querySelector('#filters [data-facet=\"type\"] input[value=\"\(type)\"]').checked") as? Bool == true)
        // Clearing the filters shows everything again.
        try browser.click("#clear-filters")
        try browser.settle()
        #expect(try shownIDs(browser).count == salient.count)
        #expect(browser.messages.isEmpty, "\(browser.messages)")
    }

    @Test func searchFindsWordsOfSourceSentences() throws {
        let page = try PageFixture.build(inputs: [try PageFixture.corpus().path])
        let browser = try HeadlessChromium()
        defer { browser.close() }
        try browser.open(page.url)
        // A word of some event's source sentence that is not in its label, and not in every event
        // (of those on the timeline: minor events are not).
        let salient = page.salientEvents
        let texts = Dictionary(uniqueKeysWithValues: salient.map { ($0["id"] as! String, PageFixture.searchableText($0, page)) })
        var chosen: (word: String, id: String)?
        outer: for e in salient {
            let label = (e["label"] as! String).lowercased()
            for m in e["mentions"] as? [[String: Any]] ?? [] {
                for word in (m["sentence"] as! String).lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 8 && !label.contains(word) {
                    let hits = texts.values.filter { $0.contains(word) }.count
                    if hits < salient.count / 2 {
                        chosen = (String(word), e["id"] as! String)
                        break outer
                    }
                }
            }
        }
        let (word, id) = try #require(chosen)
        try browser.click("#search")
        try browser.type(word)
        try browser.settle()
        let shown = try shownIDs(browser)
        #expect(shown.contains(id), "searching “\(word)” hides the event whose sentence has it")
        #expect(shown.count < salient.count)
        for other in shown { #expect(texts[other]!.contains(word), "\(other) is shown for “\(word)” but does not contain it") }
        #expect(browser.messages.isEmpty, "\(browser.messages)")
    }

    @Test func minorEventsAreOffByDefaultAndTheirFilterShowsThem() throws {
        let page = try PageFixture.build(inputs: [try PageFixture.corpus().path])
        let all = Set(page.events.map { $0["id"] as! String })
        let salient = Set(page.salientEvents.map { $0["id"] as! String })
        let minor = all.subtracting(salient)
        #expect(!minor.isEmpty && !salient.isEmpty, "the corpus should give minor events and others")
        let browser = try HeadlessChromium()
        defer { browser.close() }
        try browser.open(page.url)
        try expectCleanLoad(browser, page)
        let minorCount = "document.querySelector('#filters [data-facet=\"minor\"] .count').textContent"

        // Off by default: the timeline shows the events that are not minor; the minor ones are in the
        // folded list under it, and the filter counts them.
        #expect(try shownIDs(browser) == salient)
        #expect(try browser.evaluate("document.getElementById('f-minor').checked") as? Bool == false)
        #expect(try browser.string(minorCount) == String(minor.count))
        #expect(Set(try browser.strings("[...document.querySelectorAll('#minor-events [data-event-id]')].map(n => n.dataset.eventId)")) == minor)
        #expect(try browser.evaluate("document.getElementById('minor-list').open") as? Bool == false, "the list of minor events is folded")
        let summary = try browser.string("document.getElementById('summary').textContent")
        #expect(summary.hasPrefix("\(salient.count) events · \(minor.count) minor not shown"), "summary: \(summary)")

        // A minor event of the list shows its details.
        try browser.click("#minor-title")
        try browser.waitFor("document.getElementById('minor-list').open")
        let listed = try browser.string("document.querySelector('#minor-events [data-event-id]').dataset.eventId")
        try browser.click("#minor-events [data-event-id=\(HeadlessChromium.jsString(listed))]")
        try browser.waitFor("!document.getElementById('details').hidden")
        let label = page.events.first { $0["id"] as? String == listed }?["label"] as? String
        #expect(try browser.string("document.getElementById('details-title').textContent") == label)
        try browser.press("Escape")
        try browser.waitFor("document.getElementById('details').hidden")
        #expect(try browser.string("document.activeElement.dataset.eventId || ''") == listed, "the focus goes back to the event in the list")

        // Ticked: every event is on the timeline, the minor ones smaller and grey; the list is gone.
        try browser.click("#f-minor")
        try browser.settle()
        #expect(try shownIDs(browser) == all)
        #expect(try browser.evaluate("document.getElementById('minor-hidden').hidden") as? Bool == true)
        let minorIDs = String(decoding: try JSONSerialization.data(withJSONObject: minor.sorted()), as: UTF8.self)
        let unmarked = try browser.strings(
            "\(minorIDs).filter(id => ![...document.querySelectorAll('#events [data-event-id=\"' + CSS.escape(id) + '\"], #undated-events [data-event-id=\"' + CSS.escape(id) + '\"]')].every(n => n.classList.contains('minor')))")
        #expect(unmarked.isEmpty, "minor events not drawn as minor: \(unmarked.prefix(5))")
        #expect(try browser.evaluate("document.querySelectorAll('#events .ev:not(.minor)').length") as? Int ?? 0 > 0, "the other events are drawn as minor")
        let sizes = try browser.evaluate(
            "['#events .ev.minor .label-text', '#events .ev:not(.minor) .label-text'].map(s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))") as? [Double] ?? []
        #expect(sizes.count == 2 && sizes[0] < sizes[1], "a minor event's label is not smaller: \(sizes)")
        #expect(try browser.string("document.getElementById('summary').textContent").hasPrefix("\(all.count) events ·"))
        #expect(try browser.string(minorCount) == String(minor.count))

        // The fragment keeps it; clearing the filters leaves minor events out again.
        try browser.waitFor("location.hash.includes('minor=1')")
        let shared = try browser.string("location.href")
        try browser.open(try #require(URL(string: shared)))
        #expect(try shownIDs(browser) == all)
        #expect(try browser.evaluate("document.getElementById('f-minor').checked") as? Bool == true)
        try browser.click("#clear-filters")
        try browser.settle()
        #expect(try shownIDs(browser) == salient)
        try expectEveryEvent(browser, page)
        #expect(browser.messages.isEmpty, "\(browser.messages)")
    }

    @Test func detailsShowTheMentionSentenceAndKeyboardMovesBetweenEvents() throws {
        let page = try PageFixture.build(inputs: [TestSupport.seeds.path])
        let browser = try HeadlessChromium()
        defer { browser.close() }
        try browser.open(page.url)
        let event = try #require(page.salientEvents.first { $0["time"] != nil && ($0["mentions"] as? [Any])?.isEmpty == false })
        let id = event["id"] as! String
        let mention = try #require((event["mentions"] as? [[String: Any]])?.first)
        try browser.click("#events [data-event-id=\"\(id)\"]")
        try browser.waitFor("!document.getElementById('details').hidden")
        #expect(try browser.string("document.getElementById('details-title').textContent") == event["label"] as! String)
        let sentences = try browser.strings("[...document.querySelectorAll('#details .sentence')].map(n => n.textContent)")
        #expect(sentences.contains(mention["sentence"] as! String), "the details do not show the mention's sentence")
        #expect(try browser.string("document.getElementById('details').textContent").contains(mention["source"] as? String ?? "TASS"))
        try browser.waitFor("location.hash.includes('event=')")

        // Escape closes the details and gives the focus back to the event; the arrows move through time.
        try browser.press("Escape")
        try browser.waitFor("document.getElementById('details').hidden")
        #expect(try browser.string("document.activeElement.dataset.eventId || ''") == id)
        try browser.press("Home")
        let first = try browser.string("document.activeElement.dataset.eventId || ''")
        try browser.press("ArrowRight")
        let second = try browser.string("document.activeElement.dataset.eventId || ''")
        #expect(!first.isEmpty && !second.isEmpty && first != second, "ArrowRight did not move to the next event")
        try browser.press("ArrowLeft")
        #expect(try browser.string("document.activeElement.dataset.eventId || ''") == first)
        try browser.press("Enter")
        try browser.waitFor("!document.getElementById('details').hidden")
        let label = page.events.first { $0["id"] as? String == first }?["label"] as? String
        #expect(try browser.string("document.getElementById('details-title').textContent") == label)
        #expect(try browser.evaluate("getComputedStyle(document.activeElement).outlineStyle !== 'none' || document.activeElement.matches(':focus-visible')") as? Bool == true)
        #expect(browser.messages.isEmpty, "\(browser.messages)")
    }

    @Test func keysWheelAndButtonsZoomAndLanesSwitch() throws {
        let page = try PageFixture.build(inputs: [try PageFixture.corpus().path])
        let browser = try HeadlessChromium()
        defer { browser.close() }
        try browser.open(page.url)
        func span() throws -> Double {
            try browser.settle()
            let range = try browser.strings("document.querySelector('#axis').dataset.range.split(',')").compactMap(Double.init)
            return range.count == 2 ? range[1] - range[0] : .nan
        }
        let fitted = try span()
        try browser.press("+")
        let zoomed = try span()
        #expect(zoomed < fitted * 0.8, "+ did not zoom in (\(fitted) → \(zoomed) days)")
        try browser.click("#zoom-out")
        let out = try span()
        #expect(out > zoomed * 1.5, "the zoom-out button did not zoom out")
        let centre = try browser.evaluate("(() => { const r = document.getElementById('viewport').getBoundingClientRect(); return [r.left + r.width / 2, r.top + 40]; })()") as! [Double]
        _ = try browser.evaluate("true")
        try browser.wheel(x: centre[0], y: centre[1], deltaY: -400)
        let wheeled = try span()
        #expect(wheeled < out * 0.8, "the wheel did not zoom in")
        try browser.waitFor("location.hash.includes('view=')")
        try browser.press("0")
        #expect(abs(try span() - fitted) < fitted * 0.01, "0 did not fit all events again")

        try browser.click("#lanes-actor")
        try browser.settle()
        let lanes = try browser.strings("[...document.querySelectorAll('.lane-head .lane-name')].map(n => n.textContent)")
        let actors = Set(page.events.flatMap { ($0["actors"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String } })
        #expect(!lanes.isEmpty && lanes.allSatisfy { actors.contains($0) || $0 == "No named actor" }, "actor lanes: \(lanes.prefix(5))")
        try expectEveryEvent(browser, page)
        #expect(browser.messages.isEmpty, "\(browser.messages)")
    }

    @Test func sourcesThatDisagreeAreShownSideBySide() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = folder.appendingPathComponent("two-wires.jsonl")
        try PageFixture.disagreeingRecords().joined(separator: "\n").write(to: corpus, atomically: true, encoding: .utf8)
        let page = try PageFixture.build(inputs: [corpus.path])
        let conflict = try #require((page.graph["conflicts"] as? [[String: Any]])?.first, "the two reports should give a date conflict")
        let id = try #require((conflict["events"] as? [String])?.first)
        let browser = try HeadlessChromium()
        defer { browser.close() }
        try browser.open(page.url)
        try browser.click("[data-event-id=\(HeadlessChromium.jsString(id))]")
        try browser.waitFor("!document.getElementById('details').hidden")
        let versions = try browser.strings("[...document.querySelectorAll('#details .conflict-box .version')].map(n => n.textContent)")
        #expect(versions.count == 2, "one column per source: \(versions)")
        #expect(versions.contains { $0.contains("3 March 2021") } && versions.contains { $0.contains("5 March 2021") })
        // The other source's date is drawn on the timeline beside the event.
        try browser.settle()
        #expect(try browser.evaluate("document.querySelectorAll('#links .alternative').length") as? Int == 1)
        #expect(browser.messages.isEmpty, "\(browser.messages)")
    }

    // MARK: safety

    @Test func hostileArticleTextStaysText() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = folder.appendingPathComponent("hostile.jsonl")
        try PageFixture.hostileRecords().joined(separator: "\n").write(to: corpus, atomically: true, encoding: .utf8)
        let page = try PageFixture.build(inputs: [corpus.path])
        #expect(page.events.count >= 2)
        // No article text can end the data element: the file has the page's own two closing tags only.
        let html = try String(contentsOf: page.url, encoding: .utf8)
        #expect(html.components(separatedBy: "</script").count == 3, "an article's </script> reached the file")
        #expect(!html.contains("<img"), "an article's <img> reached the file as markup")

        let browser = try HeadlessChromium()
        defer { browser.close() }
        try browser.open(page.url)
        try expectCleanLoad(browser, page)
        try expectEveryEvent(browser, page)
        #expect(try browser.string("document.title").contains("</script><script>window.__pwned=3</script>"))
        // Minor events too: on the timeline once ticked.
        if page.events.count > page.salientEvents.count {
            try browser.click("#f-minor")
            try browser.settle()
        }
        #expect(try shownIDs(browser) == Set(page.events.map { $0["id"] as! String }))
        var unsafeURLShownAsText = false
        for e in page.events {
            // The event's mark on the timeline (the same id also lists it in the minor-events panel, which may
            // be out of sight: a click there lands on whatever is on top). Until its details show: a mark still
            // moving after the last selection can take a click meant for it on a busy machine.
            let id = HeadlessChromium.jsString(e["id"] as! String)
            let shown = "!document.getElementById('details').hidden && document.getElementById('details').textContent.includes(\(HeadlessChromium.jsString((e["label"] as? String) ?? "")))"
            for attempt in 1...3 {
                try browser.click("#events [data-event-id=\(id)], #undated-events [data-event-id=\(id)]")
                do { try browser.waitFor(shown, timeout: 3); break } catch where attempt < 3 { try browser.settle() }
            }
            try expectInert(browser)
            let details = try browser.string("document.getElementById('details').textContent")
            for m in e["mentions"] as? [[String: Any]] ?? [] {
                #expect(details.contains(m["sentence"] as! String), "a hostile sentence is not shown as text")
            }
            let links = try browser.strings("[...document.querySelectorAll('#details a[href], #details a')].map(a => a.getAttribute('href') || '')")
            #expect(links.allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") })
            // The page keeps the unsafe URLs as visible text.
            if try browser.evaluate("[...document.querySelectorAll('#details .url-text')].some(n => n.textContent.toLowerCase().includes('javascript:'))") as? Bool == true {
                unsafeURLShownAsText = true
            }
        }
        #expect(unsafeURLShownAsText, "no details showed a javascript: URL as text")
        try expectCleanLoad(browser, page)
    }

    // MARK: checks

    /// No console error, warning or exception; nothing requested but the page; nothing in the page that loads.
    private func expectCleanLoad(_ browser: HeadlessChromium, _ page: PageFixture.Page, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(browser.messages.isEmpty, "console: \(browser.messages)", sourceLocation: sourceLocation)
        #expect(try browser.string("document.documentElement.dataset.state") == "ready", sourceLocation: sourceLocation)
        // `data:` URLs are content inside the document (Chromium draws a date field's calendar icon
        // from one), not fetches; anything else but the page itself would be.
        let foreign = browser.requests.filter { $0.split(separator: "#").first.map(String.init) != page.url.absoluteString && !$0.hasPrefix("data:") }
        #expect(foreign.isEmpty, "requests other than the page itself: \(foreign)", sourceLocation: sourceLocation)
        let loaders = try browser.evaluate("""
            document.querySelectorAll('script[src], link[href], img, iframe, frame, object, embed, audio, video, source, track, base, form, [srcset], [background], [poster]').length
            """) as? Int
        #expect(loaders == 0, "elements that can load something: \(loaders ?? -1)", sourceLocation: sourceLocation)
        #expect(try browser.evaluate("document.scripts.length") as? Int == 2, sourceLocation: sourceLocation)
        let urlsInStyles = try browser.evaluate("[...document.styleSheets].some(s => [...s.cssRules].some(r => r.cssText.includes('url(')))") as? Bool
        #expect(urlsInStyles == false, "a style sheet refers to a URL", sourceLocation: sourceLocation)
    }

    /// Every event of graph.json has an element with its id.
    private func expectEveryEvent(_ browser: HeadlessChromium, _ page: PageFixture.Page, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let ids = page.events.map { $0["id"] as! String }
        let list = String(decoding: try JSONSerialization.data(withJSONObject: ids), as: UTF8.self)
        let missing = try browser.strings("\(list).filter(id => !document.querySelector('[data-event-id=\"' + CSS.escape(id) + '\"]'))")
        #expect(missing.isEmpty, "events without an element: \(missing.prefix(10)) of \(ids.count)", sourceLocation: sourceLocation)
    }

    /// Nothing from an article became markup, a handler or a live non-http link.
    private func expectInert(_ browser: HeadlessChromium, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try browser.evaluate("window.__pwned === undefined") as? Bool == true, "hostile script ran", sourceLocation: sourceLocation)
        #expect(try browser.evaluate("document.scripts.length") as? Int == 2, sourceLocation: sourceLocation)
        #expect(try browser.evaluate("document.querySelectorAll('img, iframe, object, embed, b, svg script, foreignObject').length") as? Int == 0, sourceLocation: sourceLocation)
        let handlers = try browser.evaluate("[...document.querySelectorAll('*')].filter(n => [...n.attributes].some(a => a.name.toLowerCase().startsWith('on'))).length") as? Int
        #expect(handlers == 0, "elements with an event handler attribute", sourceLocation: sourceLocation)
        let badLinks = try browser.strings("""
            [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')).filter(h => !h.startsWith('#') && !/^https?:\\/\\//i.test(h))
            """)
        #expect(badLinks.isEmpty, "links that are not http(s): \(badLinks)", sourceLocation: sourceLocation)
    }

    /// The events on the timeline (in the lanes and the undated list; not those folded under it).
    private func shownIDs(_ browser: HeadlessChromium) throws -> Set<String> {
        Set(try browser.strings("[...document.querySelectorAll('#events [data-event-id], #undated-events [data-event-id]')].map(n => n.dataset.eventId)"))
    }
}
#endif
