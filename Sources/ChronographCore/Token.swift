/// A word, number or punctuation mark with its scalar offsets.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation }
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The token as written.
    public var text: String
    /// Lower-cased text, what lexicon look-ups use.
    public var lower: String
    /// True when the first character is upper case.
    public var isCapitalized: Bool
    /// An id a later stage gives the token's word, so that its per-word look-ups are array
    /// indexing instead of string hashing (the event stage: its per-process word-facts entry);
    /// -1 when none was given. Not part of the token's identity (`==`, `hash`).
    public var wordID: Int32 = -1

    public static func == (a: Token, b: Token) -> Bool {
        a.start == b.start && a.end == b.end && a.kind == b.kind && a.text == b.text && a.lower == b.lower
            && a.isCapitalized == b.isCapitalized
    }

    public func hash(into h: inout Hasher) {
        h.combine(start)
        h.combine(end)
        h.combine(kind)
        h.combine(text)
        h.combine(lower)
        h.combine(isCapitalized)
    }
}

/// Splits text into tokens: runs of letters (with inner apostrophes, hyphens and periods
/// of abbreviations such as "U.S."), runs of digits, and single punctuation marks.
public enum Tokenizer {
    public static func tokenize(_ text: ScalarText, from: Int = 0, to: Int? = nil) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity((min(to ?? text.count, text.count) - from) / 5)
        tokenize(text, from: from, to: to, into: &tokens)
        return tokens
    }

    /// Appends the tokens of `from..<to` to `tokens` (a document's tokens are made in one array,
    /// without copying each sentence's tokens, and retaining their strings, a second time).
    public static func tokenize(_ text: ScalarText, from: Int = 0, to: Int? = nil, into tokens: inout [Token]) {
        let s = text.scalars
        let end = min(to ?? s.count, s.count)
        var i = from
        while i < end {
            let c = s[i]
            if c.value < 0x80 ? c.value <= 0x20 : c.properties.isWhitespace {
                i += 1
                continue
            }
            let start = i
            var kind: Token.Kind
            if isDigit(c) {
                kind = .number
                while i < end && isDigit(s[i]) { i += 1 }
            } else if isLetter(c) {
                kind = .word
                while i < end {
                    if isLetter(s[i]) || isDigit(s[i]) {
                        i += 1
                    } else if (s[i] == "'" || s[i] == "\u{2019}" || s[i] == "-") && i + 1 < end && isLetter(s[i + 1]) {
                        i += 1
                    } else if s[i] == "." && i + 1 < end && isLetter(s[i + 1]) && i + 2 < end && s[i + 2] == "."
                        && i - start == 1
                    {
                        // "U.S." style: single letters separated by periods.
                        i += 2
                    } else {
                        break
                    }
                }
            } else {
                kind = .punctuation
                i += 1
            }
            let str = text.slice(start, i)
            let first = s[start]
            var lower: String
            if str.utf8.count == i - start {
                // ASCII (one byte a scalar): lower-case the bytes (what `lowercased()` does for ASCII).
                lower = str
                if str.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
                    lower = String(unsafeUninitializedCapacity: i - start) { out in
                        var j = 0
                        for b in str.utf8 {
                            out[j] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                            j += 1
                        }
                        return j
                    }
                }
            } else {
                lower = lowerCyrillic(s, start, i) ?? str.lowercased()
            }
            let isCapitalized: Bool
            if first.value < 0x80 {
                isCapitalized = first.value >= 0x41 && first.value <= 0x5A
            } else if first.value >= 0x400 && first.value < 0x460 {
                isCapitalized = first.value < 0x430
            } else {
                isCapitalized = first.properties.isUppercase
            }
            tokens.append(Token(start: start, end: i, kind: kind, text: str, lower: lower, isCapitalized: isCapitalized))
        }
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
        // (Cyrillic letters without the Unicode property look-up.)
        if c.value >= 0x400 && c.value < 0x482 { return true }
        return c.properties.isAlphabetic
    }

    /// `a..<b` lower-cased when it is ASCII and basic Cyrillic (U+0400–U+045F) only, written as
    /// UTF-8 directly (`String.lowercased()` was most of the tokenizing time on Russian text); nil otherwise.
    public static func lowerCyrillic(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String? {
        var n = 0
        for k in a..<b {
            let v = s[k].value
            if v < 0x80 { n += 1 } else if v >= 0x400 && v < 0x460 { n += 2 } else { return nil }
        }
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
}
