/// A fast reader for JSON Lines records: one object whose values are read as strings (the
/// record's fields), other values (gold annotations: arrays, objects, numbers) checked for
/// well-formedness and skipped. Anything unusual (duplicate keys, raw control characters,
/// lone surrogates, invalid UTF-8, deep nesting, trailing bytes) returns nil, and the caller
/// falls back to Foundation's `JSONSerialization`, which gives the same values (and the error
/// messages).
///
/// `JSONSerialization` made a tenth of `chronograph extract`'s time on news-sized records.
enum FlatJSONObject {
    struct Parsed {
        /// The string values by key.
        var strings: [String: String]
        /// The keys whose value is not a string or `null`.
        var others: Set<String>
    }

    /// The object's string values by key (`null` values left out) and the keys of its other
    /// values, or nil when the record is not a plain well-formed object.
    static func parse(_ bytes: ArraySlice<UInt8>) -> Parsed? {
        bytes.withUnsafeBufferPointer { b -> Parsed? in
            var i = 0
            let n = b.count
            skipSpace(b, &i)
            guard i < n, b[i] == UInt8(ascii: "{") else { return nil }
            i += 1
            var out = Parsed(strings: [:], others: [])
            var seen = Set<String>()
            skipSpace(b, &i)
            if i < n && b[i] == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    skipSpace(b, &i)
                    guard let key = string(b, &i) else { return nil }
                    guard seen.insert(key).inserted else { return nil }
                    skipSpace(b, &i)
                    guard i < n, b[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    skipSpace(b, &i)
                    guard i < n else { return nil }
                    if b[i] == UInt8(ascii: "\"") {
                        guard let value = string(b, &i) else { return nil }
                        out.strings[key] = value
                    } else if literal(b, &i, "null") {
                    } else {
                        guard skipValue(b, &i, depth: 0) else { return nil }
                        out.others.insert(key)
                    }
                    skipSpace(b, &i)
                    guard i < n else { return nil }
                    if b[i] == UInt8(ascii: ",") { i += 1; continue }
                    if b[i] == UInt8(ascii: "}") { i += 1; break }
                    return nil
                }
            }
            skipSpace(b, &i)
            return i == n ? out : nil
        }
    }

    @inline(__always) private static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        while i < b.count && (b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D) { i += 1 }
    }

    private static func literal(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= b.count else { return false }
        let w = word.utf8Start
        for k in 0..<count where b[i + k] != w[k] { return false }
        i += count
        return true
    }

    /// Skips one well-formed JSON value (strictly as RFC 8259 writes it).
    private static func skipValue(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, depth: Int) -> Bool {
        guard depth < 64, i < b.count else { return false }
        let n = b.count
        switch b[i] {
        case UInt8(ascii: "\""):
            return skipString(b, &i)
        case UInt8(ascii: "{"):
            // Foundation keeps the last of duplicate keys here; skipped values need no check.
            i += 1
            skipSpace(b, &i)
            if i < n && b[i] == UInt8(ascii: "}") { i += 1; return true }
            while true {
                skipSpace(b, &i)
                guard skipString(b, &i) else { return false }
                skipSpace(b, &i)
                guard i < n, b[i] == UInt8(ascii: ":") else { return false }
                i += 1
                skipSpace(b, &i)
                guard skipValue(b, &i, depth: depth + 1) else { return false }
                skipSpace(b, &i)
                guard i < n else { return false }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return true }
                return false
            }
        case UInt8(ascii: "["):
            i += 1
            skipSpace(b, &i)
            if i < n && b[i] == UInt8(ascii: "]") { i += 1; return true }
            while true {
                skipSpace(b, &i)
                guard skipValue(b, &i, depth: depth + 1) else { return false }
                skipSpace(b, &i)
                guard i < n else { return false }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { i += 1; return true }
                return false
            }
        case UInt8(ascii: "t"): return literal(b, &i, "true")
        case UInt8(ascii: "f"): return literal(b, &i, "false")
        case UInt8(ascii: "n"): return literal(b, &i, "null")
        default:
            return number(b, &i)
        }
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`
    private static func number(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        let n = b.count
        func isDigit(_ k: Int) -> Bool { k < n && b[k] >= 0x30 && b[k] <= 0x39 }
        let start = i
        if i < n && b[i] == UInt8(ascii: "-") { i += 1 }
        guard isDigit(i) else { return false }
        if b[i] == 0x30 {
            i += 1
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < n && b[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(i) else { return false }
            while isDigit(i) { i += 1 }
        }
        // Exponents and long numbers (which Foundation may refuse as out of range) are left to it.
        if i < n && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) || i - start > 15 { return false }
        // A number runs into a delimiter, never into a letter ("12abc").
        return i == n || b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D || b[i] == UInt8(ascii: ",")
            || b[i] == UInt8(ascii: "]") || b[i] == UInt8(ascii: "}")
    }

    /// Skips a well-formed JSON string starting at `i`; plain ASCII strings without escapes
    /// are only scanned, others decoded.
    private static func skipString(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return false }
        var k = i + 1
        while k < b.count {
            let c = b[k]
            if c == UInt8(ascii: "\"") {
                i = k + 1
                return true
            }
            if c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { break }
            k += 1
        }
        return string(b, &i) != nil
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
