import Foundation

/// Every escaper of the renderers, in one place: each takes arbitrary text (a headline, a quoted
/// sentence, an actor's name) and returns it so that the target format shows it as text, never as markup.
public enum Escaping {
    // MARK: shared

    /// Characters XML 1.0 forbids and that no output format should carry (C0 controls but tab and newline, U+FFFE/U+FFFF).
    static func isForbiddenControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
        return v == 0x7F || v == 0xFFFE || v == 0xFFFF
    }

    /// Bytes that send a string down the slow, escaping path: ASCII controls, DEL, the lead byte of
    /// U+FFFE/U+FFFF (0xEF, also the lead of many harmless characters, which then just take the slow path).
    @inline(__always) static func isRiskyByte(_ b: UInt8) -> Bool { b < 0x20 || b == 0x7F || b == 0xEF }

    @inline(__always) static func needsDotEscape(_ b: UInt8) -> Bool {
        isRiskyByte(b) || b == UInt8(ascii: "\\") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "&")
    }

    @inline(__always) static func needsXMLEscape(_ b: UInt8) -> Bool {
        isRiskyByte(b) || b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
            || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
    }

    /// Collapses any run of whitespace (newlines included) to one space and trims the ends.
    public static func singleLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            if s.properties.isWhitespace || isForbiddenControl(s) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(s)
        }
        return String(out)
    }

    // MARK: DOT

    /// A complete double-quoted DOT string (id or attribute value), with quotes included.
    ///
    /// Graphviz reads `\"` inside quotes, then expands escString sequences (`\n`, `\l`, `\N`, `\G`, `\E`, ...)
    /// in labels, tooltips and URLs, and turns `&amp;`-style entities into characters. So backslashes are
    /// doubled (a literal `\N` stays two characters), `&` becomes `&amp;` (a literal `&amp;` stays as written),
    /// and newlines become the `\n` line break.
    public static func dot(_ text: String) -> String {
        if !text.utf8.contains(where: { needsDotEscape($0) }) { return "\"" + text + "\"" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for s in text.unicodeScalars {
            switch s {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if isForbiddenControl(s) { continue }
                out.unicodeScalars.append(s)
            }
        }
        out += "\""
        return out
    }

    /// A DOT string for attributes Graphviz reads as escString with object substitution (`tooltip`, `URL`,
    /// `id`, `class`, `target`): those undo backslash escaping twice (once as escString, once substituting
    /// `\N`, `\G`, ...), so each backslash is written four times; `\n` still makes a line break.
    public static func dotEscString(_ text: String) -> String {
        dot(text).replacingOccurrences(of: "\\\\", with: "\\\\\\\\")
    }

    /// A URL for DOT: every byte outside RFC 3986's unreserved and reserved characters percent-encoded
    /// (Graphviz writes `URL` into SVG attributes without escaping `<`, and expands backslash sequences).
    public static func dotURL(_ url: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".utf8)
        var out = ""
        for b in url.utf8 {
            if allowed.contains(b) {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else if b > 0x20 || b == 0x20 {
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return dot(out)
    }

    /// Text for a Graphviz HTML-like label (`label=<...>`): XML-escaped, newlines as `<BR/>`.
    public static func dotHTML(_ text: String) -> String {
        xml(text).replacingOccurrences(of: "\n", with: "<BR ALIGN=\"LEFT\"/>")
    }

    // MARK: XML (SVG, GraphML, GEXF, TimeML)

    /// Text content or attribute value for XML: `&`, `<`, `>`, quotes escaped (so `]]>` cannot end anything),
    /// characters XML forbids dropped. Newlines are kept in text; use ``xmlAttribute(_:)`` for attributes.
    public static func xml(_ text: String) -> String {
        if !text.utf8.contains(where: { needsXMLEscape($0) }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if isForbiddenControl(s) { continue }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// An XML attribute value (without the quotes): like ``xml(_:)`` with newlines and tabs as character
    /// references, which attribute normalisation would otherwise turn into spaces.
    public static func xmlAttribute(_ text: String) -> String {
        xml(text).replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\t", with: "&#9;")
            .replacingOccurrences(of: "\r", with: "&#13;")
    }

    // MARK: HTML script data

    /// JSON bytes made safe inside an HTML `<script type="application/json">` element: `<`, `>` and `&`
    /// become `\u003c`, `\u003e` and `\u0026` (so no `</script>` or `<!--` in an article can end or change
    /// the element), and U+2028/U+2029 become `\u2028`/`\u2029` (line terminators in older JavaScript).
    /// These characters only occur inside JSON strings, where the escapes mean the same characters.
    public static func scriptJSON(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 64)
        var i = 0
        while i < json.count {
            let b = json[i]
            switch b {
            case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): out += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): out += Array("\\u0026".utf8)
            case 0xE2 where i + 2 < json.count && json[i + 1] == 0x80 && (json[i + 2] == 0xA8 || json[i + 2] == 0xA9):
                out += Array((json[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        return out
    }

    // MARK: Markdown (CommonMark)

    /// ASCII punctuation that can start or end CommonMark inline or block syntax.
    /// (`(`, `)`, `!` and `:` need no escape: with `[`, `]` and `<` escaped no link or image can form.)
    private static let markdownSpecials: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "#", "|", "~", "&",
    ]
    /// Characters that start block syntax only at the start of a line (lists, setext underlines).
    private static let markdownLineStarters: Set<Unicode.Scalar> = ["-", "+", "="]

    /// Inline Markdown text: one line, every syntax character backslash-escaped (valid for any ASCII
    /// punctuation in CommonMark), so `*`, `[link](x)`, `<script>`, `|` and `&amp;` render literally.
    /// A leading `1.` would start a list, so dots are escaped after a leading run of digits.
    public static func markdown(_ text: String) -> String {
        let line = singleLine(text)
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        var allDigitsSoFar = true
        for s in line.unicodeScalars {
            let isDigit = ("0"..."9").contains(s)
            if markdownSpecials.contains(s) || (s == "." && allDigitsSoFar && !out.isEmpty)
                || (out.isEmpty && markdownLineStarters.contains(s))
            {
                out += "\\"
            }
            allDigitsSoFar = allDigitsSoFar && isDigit
            out.unicodeScalars.append(s)
        }
        return out
    }

    /// A link destination: only http(s) and mailto URLs are kept (no `javascript:`), with spaces, angle
    /// brackets, parentheses and backslashes percent-encoded so nothing can end the destination early.
    /// Returns nil for URLs that must not become links.
    public static func markdownURL(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") else { return nil }
        return percentEncodedDestination(trimmed)
    }

    static func percentEncodedDestination(_ url: String) -> String {
        var out = ""
        for s in url.unicodeScalars {
            switch s {
            case "<": out += "%3C"
            case ">": out += "%3E"
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "\\": out += "%5C"
            default:
                if s.properties.isWhitespace || isForbiddenControl(s) { continue }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// A relative link destination (`timeline.svg`), characters that would end it percent-encoded.
    public static func markdownPath(_ path: String) -> String { percentEncodedDestination(path) }

    /// A Markdown code fence longer than any backtick run in `content`, so the content cannot close it.
    public static func markdownFence(for content: String) -> String {
        var longest = 0
        var run = 0
        for s in content.unicodeScalars {
            run = s == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    // MARK: Mermaid

    /// Text inside a Mermaid `timeline`: one line, with Mermaid's entity codes (`#58;`) for `:` (the event
    /// separator), `#` and `;` (entities), `%` (comments), `<`, `>`, `&` (HTML), backticks and quotes.
    /// A line that would start with a keyword (`title`, `section`) gets a zero-width prefix so it stays text.
    public static func mermaid(_ text: String) -> String {
        var out = ""
        for s in singleLine(text).unicodeScalars {
            switch s {
            case ":": out += "#58;"
            case "#": out += "#35;"
            case ";": out += "#59;"
            case "%": out += "#37;"
            case "<": out += "#60;"
            case ">": out += "#62;"
            case "&": out += "#38;"
            case "`": out += "#96;"
            case "\"": out += "#34;"
            case "{": out += "#123;"
            case "}": out += "#125;"
            case "\\": out += "#92;"
            default: out.unicodeScalars.append(s)
            }
        }
        let lower = out.lowercased()
        for keyword in ["title", "section", "timeline", "accTitle", "accDescr"]
        where lower == keyword.lowercased() || lower.hasPrefix(keyword.lowercased() + " ") {
            return "\u{200B}" + out
        }
        return out
    }

    // MARK: CSV (RFC 4180)

    /// One CSV field: quoted when it holds a comma, quote, CR or LF (quotes doubled), else as is.
    public static func csv(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.filter { !isForbiddenControl($0) || $0 == "\r" }))
        guard needsQuotes else { return clean }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: file names

    /// A document id as a safe file name: letters, digits, `-`, `_` and `.` kept, anything else `_`,
    /// never empty, never `.`/`..` or hidden.
    public static func fileName(_ id: String) -> String {
        var out = ""
        for s in id.unicodeScalars {
            if s.isASCII, s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_" || s == "." {
                out.unicodeScalars.append(s)
            } else {
                out += "_"
            }
        }
        while out.hasPrefix(".") { out = "_" + out.dropFirst() }
        if out.isEmpty { out = "document" }
        return String(out.prefix(120))
    }
}
