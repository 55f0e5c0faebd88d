/// The entry lines of a large TSV resource kept as raw UTF-8 bytes and indexed by their first
/// field, for look-ups that never build the whole table as Swift strings.
///
/// Start-up time is dominated by the big generated word lists (tens of thousands of lines):
/// making a `String` per field and a `Dictionary` entry per line costs tens of milliseconds at
/// every start. This index costs one pass over the bytes (an FNV-1a hash per key, an open
/// addressing table of `Int32`s); fields become strings only for the keys actually looked up.
///
/// Lines are read as ``ResourceFile/lines(in:)`` reads them: trimmed of ASCII spaces, tabs and
/// `\r`, `#` comment lines and blank lines skipped. Keys are compared as Swift compares strings
/// (canonical equivalence): resource keys must be in Unicode NFC (the build scripts write
/// NFC), and a non-ASCII query is normalized to NFC before it is hashed (see `nfc` below).
public struct KeyedLines: Sendable {
    /// The resource's bytes.
    public let bytes: [UInt8]
    public let separator: UInt8
    /// Per entry line: trimmed start and end offsets, and the end of its first field.
    private let starts: [Int32]
    private let ends: [Int32]
    private let keyEnds: [Int32]
    /// The next entry line with the same key (file order), or -1.
    private let nextSameKey: [Int32]
    /// Open-addressing table: the high 32 bits of a key's hash (checked before the key's
    /// bytes are touched: most look-ups are for absent words, and each memory access here is
    /// a cache miss) and, in the low 32 bits, 1 + the first entry line of the key; 0 = empty.
    private let slots: [UInt64]
    private let nfc: @Sendable (String) -> String

    /// The number of entry lines.
    public var count: Int { starts.count }

    /// Indexes `bytes`. `nfc` normalizes a non-ASCII query key to Unicode NFC (Foundation's
    /// `precomposedStringWithCanonicalMapping`; Core does not import Foundation).
    public init(bytes: [UInt8], separator: UInt8 = 0x09, nfc: @escaping @Sendable (String) -> String) {
        self.bytes = bytes
        self.separator = separator
        self.nfc = nfc
        var starts: [Int32] = []
        var ends: [Int32] = []
        var keyEnds: [Int32] = []
        var hashes: [UInt64] = []
        let estimate = bytes.count / 16 + 16
        starts.reserveCapacity(estimate)
        ends.reserveCapacity(estimate)
        keyEnds.reserveCapacity(estimate)
        hashes.reserveCapacity(estimate)
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var start = 0
            while start < n {
                var end = start
                while end < n && b[end] != 0x0A { end += 1 }
                var lo = start
                var hi = end
                while lo < hi && Self.isSpace(b[lo]) { lo += 1 }
                while hi > lo && Self.isSpace(b[hi - 1]) { hi -= 1 }
                if hi > lo && b[lo] != 0x23 {  // '#'
                    var k = lo
                    var h = Self.fnvBasis
                    while k < hi && b[k] != separator {
                        h = (h ^ UInt64(b[k])) &* Self.fnvPrime
                        k += 1
                    }
                    starts.append(Int32(lo))
                    ends.append(Int32(hi))
                    keyEnds.append(Int32(k))
                    hashes.append(h)
                }
                start = end + 1
            }
        }
        var size = 16
        while size < starts.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        var next = [Int32](repeating: -1, count: starts.count)
        var tail = [Int32](repeating: -1, count: starts.count)
        let mask = size - 1
        bytes.withUnsafeBufferPointer { b in
            for e in 0..<starts.count {
                var s = Int(truncatingIfNeeded: hashes[e]) & mask
                while true {
                    let head = Int(slots[s] & 0xFFFF_FFFF) - 1
                    if head < 0 {
                        slots[s] = (hashes[e] & 0xFFFF_FFFF_0000_0000) | UInt64(e + 1)
                        tail[e] = Int32(e)
                        break
                    }
                    if hashes[head] == hashes[e]
                        && Self.equal(b, Int(starts[head]), Int(keyEnds[head]), b, Int(starts[e]), Int(keyEnds[e]))
                    {
                        next[Int(tail[head])] = Int32(e)
                        tail[head] = Int32(e)
                        break
                    }
                    s = (s + 1) & mask
                }
            }
        }
        self.starts = starts
        self.ends = ends
        self.keyEnds = keyEnds
        self.nextSameKey = next
        self.slots = slots
    }

    /// The entry lines whose first field is `key`, in file order.
    public func entries(forKey key: String) -> [Int] {
        var out: [Int] = []
        var e = firstEntry(forKey: key)
        while let k = e {
            out.append(k)
            e = nextEntry(after: k)
        }
        return out
    }

    /// The first entry line (in file order) whose first field is `key`.
    public func firstEntry(forKey key: String) -> Int? {
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return first(key) }
        // Latin-1 and Cyrillic letters without combining marks are already in NFC: no normalizing
        // (a look-up per word of Russian text).
        if key.unicodeScalars.allSatisfy({ $0.value < 0x300 || ($0.value >= 0x400 && $0.value < 0x483) }) { return first(key) }
        return first(nfc(key))
    }

    /// The next entry line with the same first field as `entry`.
    @inline(__always) public func nextEntry(after entry: Int) -> Int? {
        let n = Int(nextSameKey[entry])
        return n < 0 ? nil : n
    }

    /// The trimmed byte range of an entry line.
    @inline(__always) public func lineRange(_ entry: Int) -> Range<Int> { Int(starts[entry])..<Int(ends[entry]) }

    /// The byte ranges of an entry line's fields (split at the separator, empty fields kept).
    public func fieldRanges(_ entry: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var a = Int(starts[entry])
        let end = Int(ends[entry])
        var i = a
        while i < end {
            if bytes[i] == separator {
                out.append(a..<i)
                a = i + 1
            }
            i += 1
        }
        out.append(a..<end)
        return out
    }

    /// The bytes of a range as a string.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The fields of an entry line as strings (what ``ResourceFile/fields(_:separator:)`` gives).
    public func fields(_ entry: Int) -> [String] { fieldRanges(entry).map(string) }

    /// The first field of an entry line.
    public func key(_ entry: Int) -> String { string(Int(starts[entry])..<Int(keyEnds[entry])) }

    private func first(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { q -> Int? in
            var h = Self.fnvBasis
            for c in q { h = (h ^ UInt64(c)) &* Self.fnvPrime }
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: h) & mask
            return bytes.withUnsafeBufferPointer { b -> Int? in
                let tag = h & 0xFFFF_FFFF_0000_0000
                return slots.withUnsafeBufferPointer { table -> Int? in
                    while true {
                        let slot = table[s]
                        let head = Int(slot & 0xFFFF_FFFF) - 1
                        if head < 0 { return nil }
                        if slot & 0xFFFF_FFFF_0000_0000 == tag && Self.equal(b, Int(starts[head]), Int(keyEnds[head]), q, 0, q.count) {
                            return head
                        }
                        s = (s + 1) & mask
                    }
                }
            }
        }
    }

    private static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }

    @inline(__always) private static func equal(
        _ a: UnsafeBufferPointer<UInt8>, _ a0: Int, _ a1: Int, _ b: UnsafeBufferPointer<UInt8>, _ b0: Int, _ b1: Int
    ) -> Bool {
        guard a1 - a0 == b1 - b0 else { return false }
        var i = a0
        var j = b0
        while i < a1 {
            if a[i] != b[j] { return false }
            i += 1
            j += 1
        }
        return true
    }
}
