import ChronographCore

/// The features ``LineFeatures`` reads off a line's raw text: whether it looks like a web address,
/// holds a pipe or a copyright sign, and its normalized form (lowercased, runs of spaces, tabs and
/// no-break spaces made one space) that finds repeated lines.
///
/// The general path is `String` code: `contains` there resolves to Foundation's `range(of:)`,
/// which compares grapheme clusters through `CFStringFind` and was a fifth of the time of
/// `extract --events none`; `lowercased().split().joined()` made three temporary strings more.
/// A line that is all ASCII has one scalar per cluster (even `\r\n` holds no needle byte), no
/// canonical equivalents and byte-wise lowercasing, so its bytes are searched and normalized
/// directly, with the same results (`LineTextCuesTests` checks both paths against each other).
struct LineTextCues: Equatable {
    var isURL: Bool
    var hasPipe: Bool
    var hasCopyright: Bool
    /// The line lowercased, split at spaces, tabs and no-break spaces, joined by one space.
    var normalized: String

    init(_ raw: String) {
        var raw = raw
        if let fast = raw.withUTF8({ Self.ascii($0) }) { self = fast } else { self = Self.general(raw) }
    }

    /// The cues of the line `start..<end` of `text`: an ASCII line's from its scalars narrowed to
    /// bytes in a temporary buffer, without making its string.
    init(_ text: ScalarText, from start: Int, to end: Int) {
        let fast: LineTextCues? = text.scalars.withUnsafeBufferPointer { scalars in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, end - start)) { bytes in
                for i in start..<end {
                    let v = scalars[i].value
                    if v >= 0x80 { return nil }
                    bytes[i - start] = UInt8(truncatingIfNeeded: v)
                }
                return Self.ascii(UnsafeBufferPointer(rebasing: bytes[0..<(end - start)]))
            }
        }
        self = fast ?? Self.general(text.slice(start, end))
    }

    init(isURL: Bool, hasPipe: Bool, hasCopyright: Bool, normalized: String) {
        self.isURL = isURL
        self.hasPipe = hasPipe
        self.hasCopyright = hasCopyright
        self.normalized = normalized
    }

    /// The cues through `String` and Foundation, for any text.
    static func general(_ raw: String) -> LineTextCues {
        let lower = raw.lowercased()
        let url = lower.contains("http") || lower.contains("www.") || lower.contains(".com") || lower.contains("pic.twitter")
        return LineTextCues(isURL: url, hasPipe: raw.contains("|"), hasCopyright: raw.contains("\u{00A9}"),
                            normalized: normalized(raw))
    }

    /// `s` lowercased, split at spaces, tabs and no-break spaces (empty pieces dropped), joined by one space.
    static func normalized(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).joined(separator: " ")
    }

    /// The cues of an all-ASCII line from its bytes; nil when a byte is not ASCII.
    static func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> LineTextCues? {
        var pipe = false
        for b in bytes {
            if b >= 0x80 { return nil }
            if b == UInt8(ascii: "|") { pipe = true }
        }
        let normalized = String(unsafeUninitializedCapacity: bytes.count) { out in
            var j = 0
            var pendingSpace = false
            for b in bytes {
                if b == 0x20 || b == 0x09 {
                    pendingSpace = j > 0
                    continue
                }
                if pendingSpace {
                    out[j] = 0x20
                    j += 1
                    pendingSpace = false
                }
                out[j] = lowered(b)
                j += 1
            }
            return j
        }
        let url = contains(bytes, "http") || contains(bytes, "www.") || contains(bytes, ".com") || contains(bytes, "pic.twitter")
        return LineTextCues(isURL: url, hasPipe: pipe, hasCopyright: false, normalized: normalized)
    }

    @inline(__always)
    static func lowered(_ b: UInt8) -> UInt8 {
        b &- UInt8(ascii: "A") < 26 ? b | 0x20 : b
    }

    /// Whether the ASCII `bytes`, lowercased, contain `needle` (lowercase ASCII).
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0, bytes.count >= n else { return n == 0 }
        let p = needle.utf8Start
        let first = p[0]
        var i = 0
        while i <= bytes.count - n {
            if lowered(bytes[i]) == first {
                var k = 1
                while k < n && lowered(bytes[i + k]) == p[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }
}
