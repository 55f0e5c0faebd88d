import ChronographCore
import Foundation

/// `timelinejs.json`: Knight Lab TimelineJS's JSON format. Each dated event gives `start_date` (and
/// `end_date` for intervals) split into year/month/day only down to the granularity the text gave;
/// `display_date` says it in words with inferred dates marked; `group` is the event type; episodes are `eras`.
/// TimelineJS renders `headline` and `text` as HTML, so both are HTML-escaped. Undated events cannot be
/// placed on a TimelineJS axis and are left out (the brief and CSV list them).
public enum TimelineJSRenderer {
    public struct DatePart: Codable, Equatable, Sendable {
        public var year: String
        public var month: String?
        public var day: String?
        public init(year: String, month: String? = nil, day: String? = nil) {
            self.year = year
            self.month = month
            self.day = day
        }
    }
    public struct Text: Codable, Equatable, Sendable {
        public var headline: String
        public var text: String?
    }
    public struct Slide: Codable, Equatable, Sendable {
        public var start_date: DatePart
        public var end_date: DatePart?
        public var display_date: String?
        public var text: Text
        public var group: String?
        public var unique_id: String?
    }
    public struct Era: Codable, Equatable, Sendable {
        public var start_date: DatePart
        public var end_date: DatePart
        public var text: Text
    }
    public struct Timeline: Codable, Equatable, Sendable {
        public var title: TitleSlide?
        public var events: [Slide]
        public var eras: [Era]?
    }

    /// The title slide: text only, no date.
    public struct TitleSlide: Codable, Equatable, Sendable { public var text: Text }

    static func part(_ d: Day, _ g: Granularity) -> DatePart {
        switch g {
        case .millennium, .century, .decade, .year:
            return DatePart(year: String(d.year), month: nil, day: nil)
        case .half, .quarter, .season, .month:
            return DatePart(year: String(d.year), month: String(d.month), day: nil)
        case .week, .day, .time:
            return DatePart(year: String(d.year), month: String(d.month), day: String(d.day))
        }
    }

    /// Start and end parts of a time: as fine as the value's own granularity, or an interval between two parts.
    static func dates(_ t: EventTime) -> (DatePart, DatePart?)? {
        guard let r = t.dayRange else { return nil }
        let own = TemporalValue(timex3: t.value)
        if let ownRange = own.range, ownRange == r, let g = own.granularity {
            switch g {
            case .millennium, .century, .decade, .year:
                return r.start.year == r.end.year ? (part(r.start, .year), nil) : (part(r.start, .year), part(r.end, .year))
            case .half, .quarter, .season: return (part(r.start, .month), part(r.end, .month))
            case .month: return (part(r.start, .month), nil)
            case .week: return (part(r.start, .day), part(r.end, .day))
            case .day, .time: return (part(r.start, .day), nil)
            }
        }
        let wholeMonths = r.start.day == 1 && r.end.day == Day.daysIn(month: r.end.month, year: r.end.year)
        let g: Granularity = wholeMonths ? .month : .day
        return (part(r.start, g), r.start == r.end ? nil : part(r.end, g))
    }

    static func html(_ e: Event, documents: [String: DocumentSummary]) -> String {
        var s = ""
        let standing = EventText.factuality(e)
        s += "<p><em>" + Escaping.xml(standing.prefix(1).uppercased() + standing.dropFirst()) + "</em></p>"
        if !e.actors.isEmpty { s += "<p>Who: " + Escaping.xml(EventText.actors(e.actors)) + "</p>" }
        if let p = EventText.place(e.location) { s += "<p>Where: " + Escaping.xml(p) + "</p>" }
        var seen: Set<String> = []
        for m in e.mentions where seen.insert(m.doc + "\u{0}" + m.sentence).inserted {
            let source = m.source ?? documents[m.doc]?.source ?? m.doc
            var cite = Escaping.xml(source)
            if let u = m.url ?? documents[m.doc]?.url, Escaping.markdownURL(u) != nil {
                cite = "<a href=\"" + Escaping.xmlAttribute(u) + "\">" + cite + "</a>"
            }
            s += "<blockquote>" + Escaping.xml(Escaping.singleLine(m.sentence)) + "</blockquote><p>— " + cite + "</p>"
        }
        return s
    }

    public static func timeline(_ graph: EventGraph, options: RenderOptions = RenderOptions()) -> Timeline {
        let c = Chronology(graph)
        let docs = EventText.documentIndex(graph)
        var slides: [Slide] = []
        for i in c.dated {
            let e = graph.events[i]
            guard let t = e.time, let (start, end) = dates(t) else { continue }
            var headline = e.label.isEmpty ? e.type : e.label
            if let tag = EventText.unrealizedTag(e.factuality) { headline = tag + " " + headline }
            slides.append(Slide(
                start_date: start, end_date: end, display_date: DateText.full(t),
                text: Text(headline: Escaping.xml(headline), text: html(e, documents: docs)),
                group: e.type.replacingOccurrences(of: "_", with: " "), unique_id: Escaping.fileName(e.id)))
        }
        var eras: [Era] = []
        for i in c.dated where !(c.phases[i] ?? []).isEmpty {
            let e = graph.events[i]
            guard let r = e.time?.dayRange else { continue }
            eras.append(Era(start_date: part(r.start, .day), end_date: part(r.end, .day), text: Text(headline: Escaping.xml(e.label), text: nil)))
        }
        let title = TitleSlide(
            text: Text(headline: Escaping.xml(EventText.title(graph, options: options)), text: c.span.map { "<p>" + Escaping.xml(DateText.range($0)) + "</p>" }))
        return Timeline(title: title, events: slides, eras: eras.isEmpty ? nil : eras)
    }

    public static func render(_ graph: EventGraph, options: RenderOptions = RenderOptions()) throws -> [UInt8] {
        let t = timeline(graph, options: options)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(t)
        return Array(data) + [0x0A]
    }
}
