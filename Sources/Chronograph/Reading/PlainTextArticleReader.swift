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
            }
        }
        document.source = source(in: nonEmpty.suffix(6).map { $0.text })
        return document
    }

    /// The source named by a trailing "Based on materials from X" line (the last such line wins).
    func source(in trailing: [String]) -> String? {
        var found: String?
        for line in trailing {
            let t = line.trimmingCharacters(in: .whitespaces)
            let lower = t.lowercased()
            for prefix in layout.sourcePrefixes where lower.hasPrefix(prefix) {
                let rest = t.dropFirst(prefix.count).trimmingCharacters(in: CharacterSet(charactersIn: " :.-\u{2013}\u{2014}"))
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
