import ChronographCore
import Foundation
import Testing
@testable import ChronographEvents

/// The merger's rules for mentions of no salient type, on mentions built by hand.
@Suite struct MergingRuleTests {
    static let builder = GraphBuilder()

    static func mention(
        _ id: String, doc: String, at start: Int = 0, _ text: String, label: String, type: String = "other", minor: Bool = true,
        time: EventTime?, actors: [Actor] = [], factuality: Factuality = .asserted, eventClass: EventClass = .occurrence
    ) -> EventMention {
        EventMention(
            id: id, doc: doc, start: start, end: start + text.count, text: text, sentence: label + ".", sentenceStart: start,
            eventClass: eventClass, type: type, label: label, factuality: factuality, actors: actors, time: time, tense: "past",
            rule: "test", minor: minor ? true : nil)
    }

    static func day(_ v: String, _ certainty: AnchorCertainty = .context, mod: TemporalModifier? = nil) -> EventTime {
        EventTime(timex3: v, mod: mod, inferred: false, certainty: certainty)
    }

    static func org(_ name: String) -> Actor { Actor(id: "actor:" + name.lowercased(), name: name, kind: .organization) }

    /// Whether the merger puts the mentions with the given ids into one event.
    static func together(_ ms: [EventMention], _ ids: Set<String>, dates: [String: Day] = [:]) -> Bool {
        var merger = EventMerger(lexicon: builder.lexicon, rules: builder.rules)
        merger.documentDates = dates
        return merger.cluster(ms).contains { g in ids.isSubset(of: Set(g.map { ms[$0].id })) }
    }

    /// "UBS agreed to buy Credit Suisse" in a headline bounded only by its report's day, and "agreed" of that
    /// day in another report: a minor event told as done by the report is of the report's news day.
    @Test func aMinorEventBoundedByItsReportMergesOnTheNewsDay() {
        let day = Day(year: 2023, month: 3, day: 19)
        let a = Self.mention("a1", doc: "a", "agreed", label: "UBS agreed to buy Credit Suisse", time: Self.day("2023-03-19", .documentDate, mod: .onOrBefore), actors: [Self.org("UBS")])
        let b = Self.mention("b1", doc: "b", "agreed", label: "The biggest bank UBS agreed to buy", time: Self.day("2023-03-19", .documentDate), actors: [Self.org("UBS")])
        #expect(Self.together([a, b], ["a1", "b1"], dates: ["a": day, "b": day]))
        // A report a week later tells of another day.
        let c = Self.mention("c1", doc: "c", "agreed", label: "UBS agreed to buy Credit Suisse", time: Self.day("2023-03-26", .documentDate, mod: .onOrBefore), actors: [Self.org("UBS")])
        #expect(!Self.together([b, c], ["b1", "c1"], dates: ["b": day, "c": Day(year: 2023, month: 3, day: 26)]))
    }

    /// "The African Union suspended Gabon" (no salient type) and "suspended" typed a restriction in the same report
    /// on the same day: one verb of one day in one document, whatever participants each was given.
    @Test func aMinorMentionMergesWithTheSameVerbOfItsDayInOneDocument() {
        let a = Self.mention("a1", doc: "a", at: 0, "suspended", label: "African Union suspended Gabon", time: Self.day("2023-08-31"), actors: [Self.org("African Union")])
        let b = Self.mention("a2", doc: "a", at: 200, "suspended", label: "The country suspended", type: "restriction", minor: false, time: Self.day("2023-08-31"), actors: [Self.org("Commonwealth")])
        #expect(Self.together([a, b], ["a1", "a2"]))
        // Another day: two suspensions.
        let c = Self.mention("a2", doc: "a", at: 200, "suspended", label: "The country suspended", type: "restriction", minor: false, time: Self.day("2023-09-04"), actors: [Self.org("Commonwealth")])
        #expect(!Self.together([a, c], ["a1", "a2"]))
    }

    /// "Some buildings collapsed ... several buildings collapsed in Turkey": minor happenings of one verb on one
    /// known day in one report are one happening, though only one names a participant (here a country).
    @Test func minorHappeningsOfOneVerbAndDayMergeInOneDocument() {
        let turkey = Actor(id: "actor:turkey", name: "Turkey", kind: .country)
        let a = Self.mention("a1", doc: "a", at: 0, "collapsed", label: "Some buildings collapsed", time: Self.day("2023-02-06"))
        let b = Self.mention("a2", doc: "a", at: 300, "collapsed", label: "Several buildings collapsed", time: Self.day("2023-02-06"), actors: [turkey])
        #expect(Self.together([a, b], ["a1", "a2"]))
        // Sayings of one day are not one statement unless one speaker made them.
        let c = Self.mention("a3", doc: "a", at: 500, "said", label: "The minister said", time: Self.day("2023-02-06"), actors: [Self.org("Ministry")], eventClass: .reporting)
        let d = Self.mention("a4", doc: "a", at: 700, "said", label: "The mayor said", time: Self.day("2023-02-06"), actors: [Self.org("City Hall")], eventClass: .reporting)
        #expect(!Self.together([c, d], ["a3", "a4"]))
    }
}
