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
    /// The matcher's tokens of `from..<to` (a dateline, or any text with no shared tokens).
    static func tokens(_ text: ScalarText, from: Int, to: Int) -> [TToken] {
        tokens(text, core: Tokenizer.tokenize(text, from: from, to: to)[...])
    }

    /// The matcher's tokens from the document's shared tokens (``DocumentTokens``): the same
    /// boundaries, with hyphenated words split ("two-year" -> "two", "-", "year"), a possessive
    /// "'s" split off, dashes folded to "-" and curly apostrophes to "'", and for each token
    /// whether white space comes before it.
    static func tokens<C: Collection>(_ text: ScalarText, core: C) -> [TToken] where C.Element == Token {
        let s = text.scalars
        var out: [TToken] = []
        out.reserveCapacity(core.count + core.count / 8)
        @inline(__always) func isSpace(_ c: Unicode.Scalar) -> Bool {
            c.value == 32 || c.value < 0x20 || (c.value > 127 && c.properties.isWhitespace)
        }
        func lowered(_ a: Int, _ b: Int) -> String {
            // ASCII and basic Cyrillic written as UTF-8 directly (String.lowercased() and a String per token
            // cost most of the tagger's time on Russian text).
            if let lower = Tokenizer.lowerCyrillic(s, a, b) { return lower }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s[a..<b])
            return String(view).lowercased()
        }
        func capitalized(_ a: Int) -> Bool {
            let v = s[a].value
            if v < 0x80 { return v >= 65 && v <= 90 }
            // (Basic Cyrillic capitals without the Unicode property look-up.)
            if v >= 0x400 && v < 0x460 { return v < 0x430 }
            return s[a].properties.isUppercase
        }
        func push(_ a: Int, _ b: Int, lower: String, number: Bool, space: Bool) {
            var num: Int?
            if number && b - a <= 9 {
                var v = 0
                for k in a..<b { v = v * 10 + Int(s[k].value - 48) }
                num = v
            }
            out.append(TToken(start: a, end: b, lower: lower, capitalized: capitalized(a), isNumber: number, spaceBefore: space, number: num, digits: number ? b - a : 0))
        }
        for t in core {
            let start = t.start
            let i = t.end
            let space = start == 0 || isSpace(s[start - 1])
            switch t.kind {
            case .number:
                push(start, i, lower: t.lower, number: true, space: space)
            case .word:
                var wordEnd = i
                if i - start > 2 && (s[i - 2] == "'" || s[i - 2] == "\u{2019}") && (s[i - 1] == "s" || s[i - 1] == "S") { wordEnd = i - 2 }
                if wordEnd == i && !t.lower.utf8.contains(0x2D) {
                    push(start, i, lower: t.lower, number: false, space: space)
                    continue
                }
                // Split at inner hyphens and before a possessive "'s".
                var a = start
                var first = true
                var k = start
                while k <= wordEnd {
                    if k == wordEnd || s[k] == "-" {
                        if k > a { push(a, k, lower: lowered(a, k), number: false, space: first ? space : false) }
                        if k < wordEnd {
                            out.append(TToken(start: k, end: k + 1, lower: "-", capitalized: false, isNumber: false, spaceBefore: false, number: nil, digits: 0))
                        }
                        first = false
                        a = k + 1
                    }
                    k += 1
                }
                if wordEnd < i {
                    out.append(TToken(start: wordEnd, end: i, lower: "'s", capitalized: false, isNumber: false, spaceBefore: false, number: nil, digits: 0))
                }
            case .punctuation:
                let lower: String
                switch s[start] {
                case "\u{2013}", "\u{2014}": lower = "-"
                case "\u{2019}", "\u{2018}": lower = "'"
                default: lower = t.text
                }
                out.append(TToken(start: start, end: i, lower: lower, capitalized: false, isNumber: false, spaceBefore: space, number: nil, digits: 0))
            }
        }
        return out
    }
}
