import ChronographCore

/// A token as the temporal matcher sees it: hyphenated words are split ("two-year" ->
/// "two", "-", "year"), dashes are folded to "-", and the space before it is remembered
/// so that "23:00" or "05.01.2024" can demand adjacency.
struct TToken: Sendable {
    var start: Int
    var end: Int
    var lower: String
    var capitalized: Bool
    var isNumber: Bool
    var spaceBefore: Bool
    /// The digits' value for number tokens.
    var number: Int?
    var digits: Int
}

/// One class a token run belongs to ("MONTH" = 1 over "Jan ."), found before matching.
struct Annotation: Sendable {
    var cls: String
    var value: ClassValue
    var length: Int
}

enum TokenStream {
    static func tokens(_ text: ScalarText, from: Int, to: Int) -> [TToken] {
        var out: [TToken] = []
        for t in Tokenizer.tokenize(text, from: from, to: to) {
            let space = t.start == 0 || text[t.start - 1].properties.isWhitespace
            if t.kind == .word && t.text.unicodeScalars.contains("-") {
                var pos = t.start
                var first = true
                for part in t.text.unicodeScalars.split(separator: "-", omittingEmptySubsequences: false) {
                    if !first {
                        out.append(TToken(start: pos, end: pos + 1, lower: "-", capitalized: false, isNumber: false, spaceBefore: false, number: nil, digits: 0))
                        pos += 1
                    }
                    if !part.isEmpty {
                        var v = String.UnicodeScalarView()
                        v.append(contentsOf: part)
                        let s = String(v)
                        out.append(TToken(start: pos, end: pos + part.count, lower: s.lowercased(), capitalized: part.first!.properties.isUppercase, isNumber: false, spaceBefore: first ? space : false, number: nil, digits: 0))
                        pos += part.count
                    }
                    first = false
                }
                continue
            }
            // Possessives are split off: "year's" -> "year", "'s".
            if t.kind == .word, t.lower.hasSuffix("'s") || t.lower.hasSuffix("\u{2019}s"), t.text.unicodeScalars.count > 2 {
                let n = t.text.unicodeScalars.count
                let base = String(t.lower.unicodeScalars.prefix(n - 2))
                out.append(TToken(start: t.start, end: t.end - 2, lower: base, capitalized: t.isCapitalized, isNumber: false, spaceBefore: space, number: nil, digits: 0))
                out.append(TToken(start: t.end - 2, end: t.end, lower: "'s", capitalized: false, isNumber: false, spaceBefore: false, number: nil, digits: 0))
                continue
            }
            var lower = t.lower
            if lower == "\u{2013}" || lower == "\u{2014}" { lower = "-" }
            if lower == "\u{2019}" || lower == "\u{2018}" { lower = "'" }
            let isNum = t.kind == .number
            out.append(TToken(start: t.start, end: t.end, lower: lower, capitalized: t.isCapitalized, isNumber: isNum, spaceBefore: space, number: isNum && t.text.count <= 9 ? Int(t.text) : nil, digits: isNum ? t.text.count : 0))
        }
        return out
    }
}
