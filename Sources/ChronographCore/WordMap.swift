/// A hash map from words to values for the per-token look-ups of the stages (trigger lexicons,
/// clause words, rule literals): the same answers as a `[String: Value]`, with a cheaper hash.
///
/// Every token is looked up in several word tables, and most of them miss. Swift's `String`
/// hashing (a seeded SipHash, run through `Hasher`) cost about a fifth of the extraction time;
/// here an ASCII key (almost every word) is hashed with FNV-1a over its UTF-8 bytes while it is
/// checked for ASCII, probed in an open-addressing table, and its full 64-bit hash is compared
/// before its string is.
///
/// Keys compare as Swift compares strings (canonical equivalence): non-ASCII keys and queries
/// go through an ordinary `Dictionary`. Only three non-ASCII scalars are canonically equivalent
/// to ASCII ones (U+212A KELVIN SIGN "K", U+1FEF GREEK VARIA "`", U+037E GREEK QUESTION MARK
/// ";"); a key or query made of ASCII and those three is folded to ASCII first, so the two
/// halves never hold equal keys.
///
/// Iteration (``keys``, ``values``) is in insertion order.
public struct WordMap<Value> {
    /// Keys and values by entry, in insertion order.
    @usableFromInline var entryKeys: [String] = []
    @usableFromInline var entryValues: [Value] = []
    /// Per entry: its FNV-1a hash (ASCII keys; 0 for entries in `others`), and whether it is
    /// an ASCII key (in `slots`).
    @usableFromInline var hashes: [UInt64] = []
    @usableFromInline var isASCII: [Bool] = []
    /// Open addressing over ASCII keys: 1 + entry index, 0 = empty. The count is a power of two.
    @usableFromInline var slots: [Int32] = [Int32](repeating: 0, count: 8)
    @usableFromInline var asciiCount = 0
    /// Non-ASCII keys -> entry index.
    @usableFromInline var others: [String: Int] = [:]

    public init() {}

    public init<S: Sequence>(uniqueKeysWithValues pairs: S) where S.Element == (String, Value) {
        for (k, v) in pairs { self[k] = v }
    }

    /// The entries of a dictionary (in the dictionary's iteration order).
    public init(_ dictionary: [String: Value]) {
        reserveCapacity(dictionary.count)
        for (k, v) in dictionary { self[k] = v }
    }

    public var count: Int { entryKeys.count }
    public var isEmpty: Bool { entryKeys.isEmpty }
    /// The keys in insertion order.
    public var keys: [String] { entryKeys }
    /// The values in insertion order.
    public var values: [Value] { entryValues }

    public mutating func reserveCapacity(_ n: Int) {
        if slots.count < n * 2 { rehash(minimumSlots: n * 2) }
    }

    /// The value for a key, or nil.
    @inlinable public subscript(_ key: String) -> Value? {
        get {
            guard let e = index(forKey: key) else { return nil }
            return entryValues[e]
        }
        set {
            if let e = index(forKey: key) {
                if let v = newValue { entryValues[e] = v } else { remove(at: e) }
            } else if let v = newValue {
                append(key, v)
            }
        }
    }

    /// The value for a key, or the default (mutations through it insert the key).
    @inlinable public subscript(_ key: String, default value: @autoclosure () -> Value) -> Value {
        get { self[key] ?? value() }
        set { self[key] = newValue }
    }

    /// Changes the value of a key in place, inserting `value` first when the key is absent.
    public mutating func update(_ key: String, default value: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
        let e: Int
        if let found = index(forKey: key) { e = found } else { e = entryKeys.count; append(key, value()) }
        body(&entryValues[e])
    }

    /// The value of an entry (by insertion order).
    public func value(atEntry e: Int) -> Value { entryValues[e] }

    /// Changes the value of an entry (by insertion order) in place.
    public mutating func modifyValue(atEntry e: Int, _ body: (inout Value) -> Void) { body(&entryValues[e]) }

    /// The entry index of a key (insertion order), or nil.
    @inlinable public func index(forKey key: String) -> Int? {
        var h = WordHash.basis
        var ascii = true
        var key = key
        let found: Int?? = key.withUTF8 { q -> Int?? in
            for b in q {
                if b >= 0x80 { ascii = false; break }
                h = (h ^ UInt64(b)) &* WordHash.prime
            }
            guard ascii else { return .none }
            return .some(probe(q, h))
        }
        if let f = found { return f }
        if let folded = WordHash.foldedToASCII(key) { return index(forKey: folded) }
        return others.isEmpty ? nil : others[key]
    }

    /// Looks up ASCII bytes with their hash.
    @inlinable func probe(_ q: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int? {
        if asciiCount == 0 { return nil }
        return slots.withUnsafeBufferPointer { table -> Int? in
            let mask = table.count - 1
            var s = Int(truncatingIfNeeded: h) & mask
            while true {
                let e = Int(table[s]) - 1
                if e < 0 { return nil }
                if hashes[e] == h && WordHash.equal(entryKeys[e], q) { return e }
                s = (s + 1) & mask
            }
        }
    }

    @usableFromInline mutating func append(_ key: String, _ value: Value) {
        let e = entryKeys.count
        var key = key
        var h = WordHash.basis
        var ascii = true
        key.withUTF8 { q in
            for b in q {
                if b >= 0x80 { ascii = false; break }
                h = (h ^ UInt64(b)) &* WordHash.prime
            }
        }
        if !ascii, let folded = WordHash.foldedToASCII(key) {
            append(folded, value)
            return
        }
        entryKeys.append(key)
        entryValues.append(value)
        isASCII.append(ascii)
        if ascii {
            hashes.append(h)
            asciiCount += 1
            if asciiCount * 2 > slots.count { rehash(minimumSlots: asciiCount * 2) } else { place(e) }
        } else {
            hashes.append(0)
            others[key] = e
        }
    }

    @usableFromInline mutating func remove(at e: Int) {
        var keys = entryKeys
        var values = entryValues
        keys.remove(at: e)
        values.remove(at: e)
        self = WordMap()
        reserveCapacity(keys.count)
        for (k, v) in zip(keys, values) { append(k, v) }
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hashes[e]) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(e + 1)
    }

    private mutating func rehash(minimumSlots: Int) {
        var size = 8
        while size < minimumSlots { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        for e in entryKeys.indices where isASCII[e] { place(e) }
    }
}

extension WordMap: Sendable where Value: Sendable {}

/// A set of words with ``WordMap``'s look-up: the same answers as a `Set<String>`.
public struct WordSet: ExpressibleByArrayLiteral, Sequence {
    @usableFromInline var map = WordMap<Void>()

    public init() {}
    public init(arrayLiteral elements: String...) { for e in elements { insert(e) } }
    public init<S: Sequence>(_ words: S) where S.Element == String { for w in words { insert(w) } }

    public var count: Int { map.count }
    public var isEmpty: Bool { map.isEmpty }

    @inlinable public func contains(_ word: String) -> Bool { map.index(forKey: word) != nil }

    /// Inserts a word; whether it was new.
    @discardableResult public mutating func insert(_ word: String) -> Bool {
        if map.index(forKey: word) != nil { return false }
        map.append(word, ())
        return true
    }

    public mutating func formUnion<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { insert(w) }
    }

    /// The words in insertion order.
    public func makeIterator() -> IndexingIterator<[String]> { map.entryKeys.makeIterator() }
}

extension WordSet: Sendable {}

/// The hash and key comparison of ``WordMap``.
@usableFromInline enum WordHash {
    @usableFromInline static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Whether a stored ASCII key has exactly these bytes.
    @inlinable static func equal(_ key: String, _ q: UnsafeBufferPointer<UInt8>) -> Bool {
        var key = key
        return key.withUTF8 { k in
            guard k.count == q.count else { return false }
            var i = 0
            while i < k.count {
                if k[i] != q[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// The ASCII string canonically equivalent to `s`, when `s` is ASCII apart from the three
    /// scalars whose canonical decomposition is one ASCII scalar; nil otherwise.
    @usableFromInline static func foldedToASCII(_ s: String) -> String? {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c.value {
            case 0..<0x80: out.append(c)
            case 0x212A: out.append("K")
            case 0x1FEF: out.append("`")
            case 0x037E: out.append(";")
            default: return nil
            }
        }
        return String(out)
    }
}
