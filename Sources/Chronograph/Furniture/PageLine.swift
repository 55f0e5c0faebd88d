import ChronographCore

/// A non-blank line of a document's text: its scalar range trimmed of surrounding blanks, and
/// whether a blank line (or the edge of the text) comes right before and right after it.
struct PageLine: Sendable {
    var start: Int
    var end: Int
    var blankBefore: Bool
    var blankAfter: Bool

    /// The non-blank lines of `text` (split at line feeds; a carriage return before one is a blank).
    static func lines(of text: ScalarText) -> [PageLine] {
        let s = text.scalars
        var lines: [PageLine] = []
        var lineStart = 0
        var blankSinceLast = true
        var i = 0
        while i <= s.count {
            if i == s.count || s[i] == "\n" {
                var a = lineStart
                var b = i
                while a < b && isBlank(s[a]) { a += 1 }
                while b > a && isBlank(s[b - 1]) { b -= 1 }
                if b > a {
                    lines.append(PageLine(start: a, end: b, blankBefore: blankSinceLast, blankAfter: true))
                    blankSinceLast = false
                } else {
                    blankSinceLast = true
                    if !lines.isEmpty { lines[lines.count - 1].blankAfter = true }
                }
                lineStart = i + 1
                // Whether the line just added is followed directly by another non-blank line is
                // settled when that line comes (below).
            }
            i += 1
        }
        // A line followed directly by a non-blank line has no blank after it.
        for k in lines.indices.dropLast() where !lines[k + 1].blankBefore { lines[k].blankAfter = false }
        return lines
    }

    static func isBlank(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\r" || c == "\u{A0}" || c == "\u{200B}" || c == "\u{FEFF}" || (c.value >= 0x2000 && c.value <= 0x200A)
    }
}
