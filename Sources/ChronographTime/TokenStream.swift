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
    /// Tokenizes `from..<to` the way core's `Tokenizer` does (letter runs with inner apostrophes,
    /// hyphens and "U.S."-style periods; digit runs; single punctuation marks), then splits
    /// hyphenated words and possessives. Written over scalars with ASCII fast paths, because
    /// building a `String` per token dominates the tagger's time otherwise.
    static func tokens(_ text: ScalarText, from: Int, to: Int) -> [TToken] {
        let s = text.scalars
        let end = min(to, s.count)
        var out: [TToken] = []
        out.reserveCapacity((end - from) / 4)
        var i = from
        @inline(__always) func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
        @inline(__always) func isLetter(_ c: Unicode.Scalar) -> Bool {
            if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
            // (Cyrillic letters without the Unicode property look-up.)
            if c.value >= 0x400 && c.value < 0x482 { return true }
            return c.properties.isAlphabetic
        }
        @inline(__always) func isUpper(_ c: Unicode.Scalar) -> Bool {
            if c.value < 0x80 { return c.value >= 65 && c.value <= 90 }
            if c.value >= 0x400 && c.value < 0x460 { return c.value < 0x430 }
            return c.properties.isUppercase
        }
        func lowered(_ a: Int, _ b: Int) -> String {
            var ascii = true
            var cyrillic = true
            for k in a..<b where s[k].value >= 128 {
                ascii = false
                if s[k].value < 0x400 || s[k].value >= 0x460 { cyrillic = false; break }
            }
            if !ascii && cyrillic {
                // ASCII and the basic Cyrillic block (U+0400–U+045F): lower-cased and written as UTF-8
                // directly (String.lowercased() and a String per token cost most of the tagger's time on
                // Russian text).
                var n = 0
                for k in a..<b { n += s[k].value < 0x80 ? 1 : 2 }
                return String(unsafeUninitializedCapacity: n) { buf in
                    var j = 0
                    for k in a..<b {
                        var v = s[k].value
                        if v < 0x80 {
                            if v >= 65 && v <= 90 { v |= 0x20 }
                            buf[j] = UInt8(v)
                            j += 1
                            continue
                        }
                        if v < 0x410 { v += 0x50 } else if v < 0x430 { v += 0x20 }
                        buf[j] = UInt8(0xC0 | (v >> 6))
                        buf[j + 1] = UInt8(0x80 | (v & 0x3F))
                        j += 2
                    }
                    return j
                }
            }
            if ascii {
                return String(unsafeUninitializedCapacity: b - a) { buf in
                    for k in a..<b {
                        var v = UInt8(truncatingIfNeeded: s[k].value)
                        if v >= 65 && v <= 90 { v |= 0x20 }
                        buf[k - a] = v
                    }
                    return b - a
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s[a..<b])
            return String(view).lowercased()
        }
        func push(_ a: Int, _ b: Int, number: Bool, space: Bool) {
            let lower = lowered(a, b)
            var num: Int?
            if number && b - a <= 9 {
                var v = 0
                for k in a..<b { v = v * 10 + Int(s[k].value - 48) }
                num = v
            }
            out.append(TToken(start: a, end: b, lower: lower, capitalized: isUpper(s[a]), isNumber: number, spaceBefore: space, number: num, digits: number ? b - a : 0))
        }
        while i < end {
            let c = s[i]
            if c.value == 32 || c.value < 0x20 || (c.value > 127 && c.properties.isWhitespace) {
                i += 1
                continue
            }
            let start = i
            let space = start == 0 || s[start - 1].value == 32 || s[start - 1].value < 0x20 || s[start - 1].value > 127 && s[start - 1].properties.isWhitespace
            if isDigit(c) {
                while i < end && isDigit(s[i]) { i += 1 }
                push(start, i, number: true, space: space)
                continue
            }
            if isLetter(c) {
                while i < end {
                    if isLetter(s[i]) || isDigit(s[i]) {
                        i += 1
                    } else if (s[i] == "'" || s[i] == "\u{2019}" || s[i] == "-") && i + 1 < end && isLetter(s[i + 1]) {
                        i += 1
                    } else if s[i] == "." && i + 1 < end && isLetter(s[i + 1]) && i + 2 < end && s[i + 2] == "." && i - start == 1 {
                        i += 2
                    } else {
                        break
                    }
                }
                // Split at inner hyphens and before a possessive "'s".
                var a = start
                var first = true
                var k = start
                var wordEnd = i
                if i - start > 2 && (s[i - 2] == "'" || s[i - 2] == "\u{2019}") && (s[i - 1] == "s" || s[i - 1] == "S") { wordEnd = i - 2 }
                while k <= wordEnd {
                    if k == wordEnd || s[k] == "-" {
                        if k > a { push(a, k, number: false, space: first ? space : false) }
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
                continue
            }
            i += 1
            var lower: String
            switch c {
            case "\u{2013}", "\u{2014}": lower = "-"
            case "\u{2019}", "\u{2018}": lower = "'"
            default: lower = String(Character(c))
            }
            out.append(TToken(start: start, end: i, lower: lower, capitalized: false, isNumber: false, spaceBefore: space, number: nil, digits: 0))
        }
        return out
    }
}
