/// A fast reader for the common JSON Lines record: one object whose values are all strings or
/// `null`. Anything else (numbers, nesting, duplicate keys, raw control characters, lone
/// surrogates, invalid UTF-8, trailing bytes) returns nil, and the caller falls back to
/// Foundation's `JSONSerialization`, which gives the same values (and the error messages).
///
/// `JSONSerialization` made a tenth of `chronograph extract`'s time on news-sized records.
enum FlatJSONObject {
    /// The object's string values by key (`null` values left out), or nil when the record is
    /// not such a flat object.
    static func parse(_ bytes: ArraySlice<UInt8>) -> [String: String]? {
        bytes.withUnsafeBufferPointer { b -> [String: String]? in
            var i = 0
            let n = b.count
            func skipSpace() { while i < n && (b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D) { i += 1 } }
            skipSpace()
            guard i < n, b[i] == UInt8(ascii: "{") else { return nil }
            i += 1
            var out: [String: String] = [:]
            var seen = Set<String>()
            skipSpace()
            if i < n && b[i] == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    skipSpace()
                    guard let key = string(b, &i) else { return nil }
                    guard seen.insert(key).inserted else { return nil }
                    skipSpace()
                    guard i < n, b[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    skipSpace()
                    guard i < n else { return nil }
                    if b[i] == UInt8(ascii: "\"") {
                        guard let value = string(b, &i) else { return nil }
                        out[key] = value
                    } else if n - i >= 4 && b[i] == UInt8(ascii: "n") && b[i + 1] == UInt8(ascii: "u") && b[i + 2] == UInt8(ascii: "l")
                        && b[i + 3] == UInt8(ascii: "l")
                    {
                        i += 4
                    } else {
                        return nil
                    }
                    skipSpace()
                    guard i < n else { return nil }
                    if b[i] == UInt8(ascii: ",") { i += 1; continue }
                    if b[i] == UInt8(ascii: "}") { i += 1; break }
                    return nil
                }
            }
            skipSpace()
            return i == n ? out : nil
        }
    }

    /// A JSON string starting at `i` (a quote), decoded; `i` moves past its closing quote.
    private static func string(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> String? {
        let n = b.count
        guard i < n, b[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < n && b[i] != UInt8(ascii: "\"") && b[i] != UInt8(ascii: "\\") && b[i] >= 0x20 { i += 1 }
        guard i < n else { return nil }
        if b[i] == UInt8(ascii: "\"") {
            let s = String(validating: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
            i += 1
            return s
        }
        guard b[i] >= 0x20 else { return nil }
        var bytes = [UInt8](UnsafeBufferPointer(rebasing: b[start..<i]))
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(validating: bytes, as: UTF8.self)
            }
            if c < 0x20 { return nil }
            if c != UInt8(ascii: "\\") {
                bytes.append(c)
                i += 1
                continue
            }
            guard i + 1 < n else { return nil }
            let e = b[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): bytes.append(0x22)
            case UInt8(ascii: "\\"): bytes.append(0x5C)
            case UInt8(ascii: "/"): bytes.append(0x2F)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                guard var u = hex4(b, &i) else { return nil }
                if u >= 0xD800 && u < 0xDC00 {
                    // A high surrogate must be followed by an escaped low surrogate.
                    guard i + 1 < n, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else { return nil }
                    i += 2
                    guard let low = hex4(b, &i), low >= 0xDC00 && low < 0xE000 else { return nil }
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                } else if u >= 0xDC00 && u < 0xE000 {
                    return nil
                }
                guard let scalar = Unicode.Scalar(u) else { return nil }
                UTF8.encode(scalar) { bytes.append($0) }
            default:
                return nil
            }
        }
        return nil
    }

    private static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32? {
        guard i + 4 <= b.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = b[i + k]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        i += 4
        return v
    }
}
