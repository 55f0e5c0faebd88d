import Foundation

/// Finding a trigger in its label, a name in a headline, a space in a headline: what Foundation's
/// `range(of:)` and `contains(_:)` find, without their call into CoreFoundation when both strings
/// are ASCII (a label is searched for each event; Foundation's search was about a hundredth of the
/// whole extraction's time).
///
/// For ASCII text without carriage returns (which Swift joins with a line feed into one character)
/// a byte search finds what Foundation finds: no scalar there has another canonically equivalent
/// spelling, and ignoring case is ignoring the case of the letters A to Z. Any other text, and an
/// empty needle, go to Foundation.
enum TextSearch {
    /// The first range of `needle` in `text`, case ignored: `text.range(of: needle, options: .caseInsensitive)`.
    static func range(of needle: String, caseInsensitiveIn text: String) -> Range<String.Index>? {
        if let decided = asciiRange(of: needle, in: text[...], ignoringCase: true) { return decided }
        return text.range(of: needle, options: .caseInsensitive)
    }

    /// The first range of `needle` in `text` from `start` on: `text.range(of: needle, range: start..<text.endIndex)`.
    static func range(of needle: String, in text: Substring, from start: String.Index) -> Range<String.Index>? {
        if let decided = asciiRange(of: needle, in: text[start...], ignoringCase: false) { return decided }
        return text.range(of: needle, range: start..<text.endIndex)
    }

    /// Whether `text` contains `needle`: Foundation's `text.contains(needle)` (which a `String` argument
    /// resolves to where Foundation is imported).
    static func contains(_ needle: String, in text: String) -> Bool {
        if let decided = asciiRange(of: needle, in: text[...], ignoringCase: false) { return decided != nil }
        return text.contains(needle)
    }

    /// The answer of a byte search (`.some(nil)`: not there), or nil when the strings are not both
    /// ASCII without carriage returns, or the needle is empty (Foundation decides those).
    static func asciiRange(of needle: String, in text: Substring, ignoringCase: Bool) -> Range<String.Index>?? {
        // (Copies only to reach the bytes: native strings' UTF-8 is contiguous, and offsets are
        // turned into indices of `text` itself.)
        var needleBytes = needle
        var textBytes = text
        let found: Int?? = needleBytes.withUTF8 { n -> Int?? in
            guard !n.isEmpty, plainASCII(n) else { return nil }
            return textBytes.withUTF8 { h -> Int?? in
                guard plainASCII(h) else { return nil }
                return .some(firstOffset(of: n, in: h, ignoringCase: ignoringCase))
            }
        }
        guard let found else { return nil }
        guard let at = found else { return .some(nil) }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: at)
        return .some(lower..<utf8.index(lower, offsetBy: needle.utf8.count))
    }

    /// Whether every byte is ASCII and none a carriage return.
    @inline(__always) private static func plainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b >= 0x80 || b == 0x0D { return false }
        return true
    }

    /// ASCII upper-case letters as lower-case ones, other bytes as they are.
    @inline(__always) private static func folded(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    private static func firstOffset(of n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, ignoringCase: Bool) -> Int? {
        guard n.count <= h.count else { return nil }
        for start in 0...(h.count - n.count) {
            var k = 0
            if ignoringCase {
                while k < n.count && folded(h[start + k]) == folded(n[k]) { k += 1 }
            } else {
                while k < n.count && h[start + k] == n[k] { k += 1 }
            }
            if k == n.count { return start }
        }
        return nil
    }
}
