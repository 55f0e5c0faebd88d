import ChronographCore
import ChronographRender
import Testing

@Suite struct TimelineLayoutTests {
    let graph = Fixtures.seedLike()

    func placed(_ layout: TimelineLayout, _ id: String) -> TimelineLayout.PlacedEvent {
        let i = graph.events.firstIndex { $0.id == id }!
        return layout.events.first { $0.index == i }!
    }

    @Test func seedAxisIsMonthlyWithGapsCompressed() {
        let tl = TimelineLayout(graph: graph, direction: .leftToRight)
        #expect(tl.scale.unit == .month)
        // May 2023 is on the axis too: another source dates the sentencing then.
        #expect(tl.scale.gaps.map(\.label) == ["≈ 14 months", "≈ 7 months"])
        #expect(tl.scale.ticks.map(\.label) == ["Jan\n2022", "Apr\n2023", "May", "Jan\n2024"])
        let sentencing = placed(tl, "ev:sentencing")
        #expect(sentencing.alternatives.count == 1)
        #expect(abs(sentencing.alternatives[0].mark.center.x - (tl.scale.position(Day(year: 2023, month: 5, day: 1)) + tl.scale.unitLength / 2)) < 0.01)
    }

    @Test func monthEventsAreSpansAndIntervalsToo() {
        let tl = TimelineLayout(graph: graph, direction: .leftToRight)
        let unrest = placed(tl, "ev:unrest")
        #expect(unrest.isSpan)
        // A month drawn over its whole unit, not as a day.
        #expect(abs(unrest.mark.width - tl.scale.unitLength) < 0.01)
        let emergency = placed(tl, "ev:emergency")
        #expect(emergency.isSpan)
        let jan5 = tl.scale.position(Day(year: 2022, month: 1, day: 5))
        #expect(abs(emergency.mark.minX - jan5) < 0.01)
        #expect(emergency.mark.width < unrest.mark.width)
    }

    @Test func dayEventsOnAMonthAxisArePoints() {
        var g = graph
        g.events[0].time = EventTime(timex3: "2024-01-05", inferred: true, certainty: .documentDate)
        let tl = TimelineLayout(graph: g, direction: .leftToRight)
        let broadcast = tl.events.first { $0.index == 0 }!
        #expect(!broadcast.isSpan)
        let mid = tl.scale.position(Day(year: 2024, month: 1, day: 5)) + tl.scale.unitLength / 62
        #expect(abs(broadcast.mark.center.x - mid) < 1)
    }

    @Test func phasesGoInOrderInsideTheirEpisode() {
        for direction in [TimelineDirection.leftToRight, .topToBottom] {
            let tl = TimelineLayout(graph: graph, direction: direction)
            #expect(tl.episodes.count == 1)
            let ep = tl.episodes[0]
            #expect(graph.events[ep.parent].id == "ev:unrest")
            #expect(ep.phases.map { graph.events[$0].id } == ["ev:wave1", "ev:wave2", "ev:wave3"])
            let along = ep.phases.map { i -> Double in
                let p = tl.events.first { $0.index == i }!
                return direction == .leftToRight ? p.mark.center.x : -p.mark.center.y
            }
            #expect(along == along.sorted() && Set(along).count == 3)
            for i in [ep.parent] + ep.phases {
                let p = tl.events.first { $0.index == i }!
                #expect(ep.bounds.minX <= p.label.minX && p.label.maxX <= ep.bounds.maxX)
                #expect(ep.bounds.minY <= p.label.minY && p.label.maxY <= ep.bounds.maxY)
            }
        }
    }

    @Test func undatedEventsGoPastTheAxis() {
        let tl = TimelineLayout(graph: graph, direction: .leftToRight)
        let statement = placed(tl, "ev:statement")
        #expect(statement.undated)
        #expect(statement.mark.minX > tl.scale.length)
    }

    @Test func labelsDoNotOverlap() {
        for g in [graph, Fixtures.synthetic(300)] {
            for direction in [TimelineDirection.leftToRight, .topToBottom] {
                let tl = TimelineLayout(graph: g, direction: direction)
                let boxes = tl.events.map(\.label).sorted { $0.minX < $1.minX }
                var overlaps = 0
                for (i, a) in boxes.enumerated() {
                    for b in boxes[(i + 1)...] {
                        if b.minX >= a.maxX - 0.5 { break }
                        if a.minY < b.maxY - 0.5 && b.minY < a.maxY - 0.5 { overlaps += 1 }
                    }
                }
                #expect(overlaps == 0, "\(direction) \(g.events.count)")
            }
        }
    }

    @Test func yearsApartUseAYearAxisOrGaps() {
        let events = [("a", "1914-07-28"), ("b", "1918-11-11"), ("c", "1939-09-01"), ("d", "1945-05-08")].map { id, v in
            Event(id: id, type: "war", eventClass: .occurrence, label: id, time: EventTime(timex3: v, inferred: false, certainty: .explicit),
                  factuality: .asserted, actors: [], location: nil, attribution: nil, mentions: [])
        }
        let tl = TimelineLayout(graph: EventGraph(documents: [], events: events, relations: []), direction: .leftToRight)
        #expect(tl.scale.unit == .year)
        #expect(tl.scale.gaps.map(\.label) == ["≈ 20 years", "≈ 5 years"])
        let xs = events.indices.map { i in tl.events.first { $0.index == i }!.mark.center.x }
        #expect(xs == xs.sorted())
    }

    @Test func dateTextNeverFinerThanTheValue() {
        #expect(DateText.full(EventTime(timex3: "2022-01", inferred: false, certainty: .explicit)) == "January 2022")
        #expect(DateText.full(EventTime(timex3: "2024-01", inferred: true, certainty: .documentDate)) == "January 2024 (inferred from the document date)")
        #expect(DateText.full(EventTime(timex3: "2022", mod: .approx, inferred: false, certainty: .explicit)) == "about 2022 (approximate)")
        #expect(DateText.plain(EventTime(value: "2022-01-05", start: "2022-01-05", end: "2022-01-19", inferred: false, certainty: .explicit)) == "5–19 January 2022")
        #expect(DateText.plain(nil) == "undated")
        #expect(DateText.plain(EventTime(timex3: "-0043", inferred: false, certainty: .explicit)) == "44 BCE")
    }
}
