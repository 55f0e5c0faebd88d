import ChronographCore
import ChronographRender
import Testing

/// How the renderers word times of day and the standing of planned events (genre round).
@Suite struct GenreWordingTests {
    @Test func partsOfTheDayAndClockTimesInWords() {
        #expect(DateText.value("2021-01-17TEV") == "17 January 2021, evening")
        #expect(DateText.value("2012-03-06TNI") == "6 March 2012, night")
        #expect(DateText.value("2012-03-06TMO") == "6 March 2012, morning")
        #expect(DateText.value("2012-03-06TAF") == "6 March 2012, afternoon")
        #expect(DateText.value("2021-01-17T14:30") == "17 January 2021, 14:30")
        #expect(DateText.value("2021-01-17T09:05:00") == "17 January 2021, 09:05")
        #expect(DateText.timeOfDay("XY") == nil)
    }

    @Test func aDayWithoutAYearSaysSo() {
        #expect(DateText.value("XXXX-05-03") == "3 May, year unknown")
        #expect(DateText.value("XXXX-12") == "December, year unknown")
        #expect(DateText.value("XXXX-13-01") == nil)
        #expect(DateText.plain(EventTime(timex3: "XXXX-07-28", inferred: false, certainty: .documentDate)) == "28 July, year unknown")
    }

    @Test func plansInTheFutureOfTheReportDidNotFail() {
        for f in [Factuality.planned, .intended, .hypothetical] {
            let s = EventText.standing(f)
            #expect(s?.contains("did not happen") == false, "\(f)")
            #expect(s?.contains("not reported as having happened") == true, "\(f)")
            #expect(EventText.didNotHappen(f) == false)
        }
        #expect(EventText.standing(.prevented)?.contains("did not happen") == true)
        #expect(EventText.standing(.negated) == "did not happen")
        #expect(EventText.unrealizedTag(.planned) == "(planned)")
        #expect(EventText.unrealizedTag(.prevented) == "(did not happen)")
        #expect(EventText.unrealizedTag(.asserted) == nil)
    }

    @Test func briefSaysAPlannedEventIsNotReportedAsHappened() {
        let m = MentionRef(id: "d#e1", doc: "d", start: 0, end: 6, text: "appeal", sentence: "His team said it would appeal the verdict.", source: "Reuters")
        let e = Event(
            id: "ev:appeal", type: "appeal", eventClass: .occurrence, label: "Plan to appeal the verdict",
            time: nil, factuality: .intended, actors: [], location: nil,
            attribution: Attribution(source: "His team", citing: nil, cue: "said"), mentions: [m])
        let g = EventGraph(documents: [DocumentSummary(id: "d", title: "Court ruling", dct: .unknown, source: "Reuters", url: nil, path: nil)], events: [e], relations: [], conflicts: [])
        let brief = MarkdownBriefRenderer.render(g)
        #expect(brief.contains("Intended, not reported as having happened"))
        #expect(!brief.contains("did not happen"))
        #expect(brief.contains("◌"))
    }
}

@Test func referenceValuesInWords() {
    #expect(DateText.value("PAST_REF") == "in the past")
    #expect(DateText.value("FUTURE_REF") == "in the future")
}

@Test func pronounClaimantsReadAsObjects() {
    #expect(EventText.claimant(Attribution(source: "he", citing: nil, cue: "said")) == "claimed by him")
    #expect(EventText.claimant(Attribution(source: "They", citing: nil, cue: "said")) == "claimed by them")
    #expect(EventText.claimant(Attribution(source: "The film", citing: nil, cue: "says")) == "claimed by the film")
}
