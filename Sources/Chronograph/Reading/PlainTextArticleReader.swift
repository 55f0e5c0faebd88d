import ChronographCore
import Foundation

/// Reads a plain-text news article laid out as the seed is: a headline line, an optional
/// dateline ("05 January"), the body, and trailing source and credit lines
/// ("Based on materials from TASS", "Photo: …").
///
/// The document text is the file's text unchanged, so offsets point into the file as written;
/// the title, dateline and source are found in it, not cut out of it.
public struct PlainTextArticleReader: Sendable {
    public let layout: ArticleLayout

    public init(layout: ArticleLayout) {
        self.layout = layout
    }

    public func read(id: String, text: String, path: String?) -> Document {
        let scalars = ScalarText(text)
        let lines = Self.lines(scalars)
        let nonEmpty = lines.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
        var document = Document(id: id, text: text, path: path)
        guard let first = nonEmpty.first else { return document }
        let firstText = first.text.trimmingCharacters(in: .whitespaces)
        // A headline is a short first line that is followed by more text and does not end like a sentence.
        if nonEmpty.count > 1, firstText.count <= layout.maxTitleLength, !firstText.hasSuffix(".") || firstText.count < 80 {
            document.title = firstText
            if nonEmpty.count > 2, let candidate = Self.datelineCandidate(nonEmpty[1], maxLength: layout.maxDatelineLength) {
                document.dateline = candidate
                // A date line under the headline, then the wire dateline naming the agency
                // ("18 January" / "MOSCOW, January 18 (TASS) - ...").
                document.source = Self.leadingDateline(nonEmpty[2])?.agency
            }
        }
        if document.dateline == nil {
            // A wire-style dateline opening the body: "TBILISI, Dec 5 (Reuters) - ...".
            if let found = Self.leadingDateline(first) {
                document.title = nil
                document.dateline = found.dateline
                document.source = found.agency
            } else if document.title != nil, nonEmpty.count > 1, let found = Self.leadingDateline(nonEmpty[1]) {
                document.dateline = found.dateline
                document.source = found.agency
            }
        }
        if let named = source(in: nonEmpty.suffix(6).map { $0.text }) { document.source = named }
        return document
    }

    /// The wire-style dateline at the start of a line: the part before the first dash ("MOSCOW, January 5
    /// (TASS) -") or up to a slashed agency ("ALMATY, January 5. /TASS/."), when it is short, has a comma
    /// and a digit, and reads as a place and a date, not a sentence. A parenthesized or slashed agency in it
    /// ("(Reuters)", "/TASS/") names the source.
    static func leadingDateline(_ line: Line) -> (dateline: Dateline, agency: String?)? {
        let scalars = Array(line.text.unicodeScalars)
        let limit = min(scalars.count, 90)
        var end: Int?
        var slashedAgency: String?
        var i = 1
        while i < limit - 1 {
            let c = scalars[i]
            if scalars[i - 1] == " " && (c == "-" || c == "\u{2013}" || c == "\u{2014}") && (scalars[i + 1] == " " || scalars[i + 1] == "-") {
                end = i - 1
                break
            }
            if scalars[i - 1] == " " && c == "/", let name = slashedName(scalars, from: i + 1, limit: limit) {
                slashedAgency = name
                end = i + 2 + name.unicodeScalars.count
                break
            }
            i += 1
        }
        guard let end else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[0..<end])
        let prefix = String(view)
        let trimmed = prefix.trimmingCharacters(in: .whitespaces)
        // The place and date, without a slashed credit and the full stop before it ("ALMATY, January 5").
        var placeAndDate = Substring(trimmed)
        if let name = slashedAgency, let credit = trimmed.range(of: " /\(name)/", options: .backwards) {
            placeAndDate = trimmed[..<credit.lowerBound]
            if placeAndDate.last == "." || placeAndDate.last == "," { placeAndDate = placeAndDate.dropLast() }
        }
        guard let first = trimmed.unicodeScalars.first, first.properties.isUppercase else { return nil }
        var agency = slashedAgency
        var datelineText = trimmed
        if let periods = periodDateline(placeAndDate) {
            // "Москва. 13 декабря. INTERFAX.RU -": place, date and agency between full stops.
            datelineText = periods.placeAndDate
            agency = agency ?? periods.agency
        } else {
            guard placeAndDate.contains(","), placeAndDate.contains(where: \.isNumber), !placeAndDate.contains(". ") else { return nil }
            // A place, then a date: a few words, and before the first comma only capitalized ones ("NEW YORK", "Almaty").
            let place = placeAndDate.prefix { $0 != "," }.split(separator: " ")
            guard placeAndDate.split(separator: " ").count <= 7, (1...4).contains(place.count),
                place.allSatisfy({ $0.first?.isUppercase ?? false })
            else { return nil }
        }
        if agency == nil, let open = trimmed.lastIndex(of: "("), let close = trimmed.lastIndex(of: ")"), open < close {
            let name = trimmed[trimmed.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, !name.contains(where: \.isNumber) { agency = name }
        }
        // "МОСКВА, 5 янв — РИА Новости. Президент ...": the agency named right after the dash, a few
        // capitalized words closed by a full stop.
        if agency == nil, slashedAgency == nil {
            agency = agencyAfterDash(scalars, from: end)
        }
        let leading = prefix.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        let start = line.start + leading
        return (Dateline(text: datelineText, start: start, end: start + datelineText.unicodeScalars.count), agency)
    }

    /// "Москва. 13 декабря. INTERFAX.RU": a place of one to four capitalized words, a full stop, a date of
    /// at most three words with a digit, and optionally a full stop and an agency of one word.
    static func periodDateline(_ text: Substring) -> (placeAndDate: String, agency: String?)? {
        let parts = text.components(separatedBy: ". ")
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let place = parts[0].split(separator: " ")
        let date = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard (1...4).contains(place.count), place.allSatisfy({ $0.first?.isUppercase ?? false }), !parts[0].contains(","),
            date.contains(where: \.isNumber), (1...3).contains(date.split(separator: " ").count)
        else { return nil }
        var agency: String?
        if parts.count == 3 {
            let a = parts[2].trimmingCharacters(in: CharacterSet(charactersIn: " ."))
            guard !a.contains(" "), a.first?.isUppercase ?? false else { return nil }
            agency = a
        }
        return (parts[0] + ". " + date, agency)
    }

    /// The agency a dash is followed by ("— РИА Новости."), or nil: one to three capitalized words without
    /// digits, closed by a full stop, within 40 characters.
    static func agencyAfterDash(_ scalars: [Unicode.Scalar], from end: Int) -> String? {
        var i = end
        while i < scalars.count && (scalars[i] == " " || scalars[i] == "-" || scalars[i] == "\u{2013}" || scalars[i] == "\u{2014}") { i += 1 }
        var j = i
        while j < scalars.count && j < i + 40 && scalars[j] != "." && scalars[j] != "\n" { j += 1 }
        guard j < scalars.count, scalars[j] == ".", j > i else { return nil }
        // The full stop ends the credit only when a sentence starts after it: in "— General Motors Corp. said
        // on Tuesday" it is an abbreviation's, and the words are the sentence's subject, not an agency.
        var next = j + 1
        while next < scalars.count && scalars[next] == " " { next += 1 }
        if next < scalars.count, !scalars[next].properties.isUppercase, scalars[next] != "\n" { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[i..<j])
        let name = String(view)
        let words = name.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase ?? false }),
            !name.contains(where: \.isNumber)
        else { return nil }
        return name
    }

    /// The agency name of a slashed credit ("TASS" in "/TASS/"), starting at `from` just after the first
    /// slash: letters, digits and hyphens beginning with a capital, closed by a slash within a few characters.
    static func slashedName(_ scalars: [Unicode.Scalar], from: Int, limit: Int) -> String? {
        guard from < limit, scalars[from].properties.isUppercase else { return nil }
        var j = from
        while j < min(limit, from + 16), scalars[j] != "/" {
            let s = scalars[j]
            guard s.properties.isAlphabetic || s.properties.numericType != nil || s == "-" else { return nil }
            j += 1
        }
        guard j < limit, scalars[j] == "/", j > from else { return nil }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[from..<j])
        return String(name)
    }

    /// A wire-style dateline at the start of a text that came without a date (a JSON Lines record).
    public func leadingDateline(in text: String) -> (dateline: Dateline, agency: String?)? {
        guard let line = Self.lines(ScalarText(String(text.unicodeScalars.prefix(200)))).first(where: {
            !$0.text.trimmingCharacters(in: .whitespaces).isEmpty
        }) else { return nil }
        return Self.leadingDateline(line)
    }

    /// The source named by a trailing "Based on materials from X" line (the last such line wins).
    func source(in trailing: [String]) -> String? {
        var found: String?
        for line in trailing {
            let t = line.trimmingCharacters(in: .whitespaces)
            let lower = t.lowercased()
            for prefix in layout.sourcePrefixes where lower.hasPrefix(prefix) {
                var rest = t.dropFirst(prefix.count).trimmingCharacters(in: CharacterSet(charactersIn: " :.-\u{2013}\u{2014}"))
                // "на основе информации РИА Новости и открытых источников": the agency, not the rest.
                for end in layout.sourceEnds ?? [] {
                    if let r = rest.range(of: end, options: [.caseInsensitive, .backwards]) { rest = String(rest[..<r.lowerBound]) }
                }
                if !rest.isEmpty, rest.count <= 80 { found = rest }
            }
        }
        return found
    }

    /// A dateline is a short line with a digit in it and no sentence punctuation ("05 January", "Moscow, Jan. 5").
    static func datelineCandidate(_ line: Line, maxLength: Int) -> Dateline? {
        let t = line.text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.count <= maxLength, t.contains(where: \.isNumber),
            !t.hasSuffix("."), !t.contains("?"), !t.contains("!")
        else { return nil }
        // Offsets of the trimmed text inside the line.
        let leading = line.text.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        let start = line.start + leading
        return Dateline(text: t, start: start, end: start + t.unicodeScalars.count)
    }

    struct Line {
        var text: String
        var start: Int
    }

    static func lines(_ text: ScalarText) -> [Line] {
        var result: [Line] = []
        var start = 0
        for i in 0...text.count where i == text.count || text[i] == "\n" {
            var end = i
            if end > start, text[end - 1] == "\r" { end -= 1 }
            result.append(Line(text: text.slice(start, end), start: start))
            start = i + 1
        }
        return result
    }
}
