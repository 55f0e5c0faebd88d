import Foundation

/// A hash map from words to values for the per-token look-ups of the stages (trigger lexicons,
/// clause words, rule literals): the same answers as a `[String: Value]`, with a cheaper hash.
///
/// Every token is looked up in several word tables, and most of them miss. Swift's `String`
/// hashing (a seeded SipHash, run through `Hasher`) cost about a fifth of the extraction time;
/// here an ASCII key (almost every word) is hashed with FNV-1a over its UTF-8 bytes while it is
/// checked for ASCII, probed in an open-addressing table, and its full 64-bit hash is compared
/// before its string is.
///
/// Keys compare as Swift compares strings (canonical equivalence). Keys whose UTF-8 bytes decide
/// that alone go into the byte table: ASCII, and words of Latin-1/Latin Extended letters
/// (U+0080–U+02FF) and Cyrillic letters (U+0400–U+047F), which have no combining marks and are
/// their own canonical composition (``WordHash/comparableByte(_:)``); a key or query in another
/// form of such a word (a decomposed "й") is composed (NFC) first. Other non-ASCII keys and
/// queries go through an ordinary `Dictionary`. Only three non-ASCII scalars are canonically
/// equivalent to ASCII ones (U+212A KELVIN SIGN "K", U+1FEF GREEK VARIA "`", U+037E GREEK
/// QUESTION MARK ";"); a key or query made of ASCII and those three is folded to ASCII first, so
/// the two halves never hold equal keys.
///
/// Iteration (``keys``, ``values``) is in insertion order.
public struct WordMap<Value> {
    /// All of the table in one object, so that copying a map (or a struct holding one) is one
    /// retain; copied before a mutation when shared.
    @usableFromInline var storage: Storage

    public init() { storage = Storage() }

    public init<S: Sequence>(uniqueKeysWithValues pairs: S) where S.Element == (String, Value) {
        self.init()
        for (k, v) in pairs { self[k] = v }
    }

    /// The entries of a dictionary (in the dictionary's iteration order).
    public init(_ dictionary: [String: Value]) {
        self.init()
        reserveCapacity(dictionary.count)
        for (k, v) in dictionary { self[k] = v }
    }

    @inlinable public var count: Int { storage.keys.count }
    @inlinable public var isEmpty: Bool { storage.keys.isEmpty }
    /// The keys in insertion order.
    public var keys: [String] { storage.keys }
    /// The values in insertion order.
    public var values: [Value] { storage.values }

    @inlinable public mutating func reserveCapacity(_ n: Int) {
        makeUnique()
        storage.reserveCapacity(n)
    }

    /// The value for a key, or nil.
    @inlinable public subscript(_ key: String) -> Value? {
        get {
            guard let e = index(forKey: key) else { return nil }
            return storage.values[e]
        }
        set {
            if let e = index(forKey: key) {
                if let v = newValue {
                    makeUnique()
                    storage.values[e] = v
                } else {
                    remove(at: e)
                }
            } else if let v = newValue {
                append(key, v)
            }
        }
    }

    /// Changes the value of a key in place, inserting `value` first when the key is absent.
    @inlinable public mutating func update(_ key: String, default value: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
        makeUnique()
        let e: Int
        if let found = index(forKey: key) { e = found } else { e = storage.keys.count; storage.append(key, value()) }
        body(&storage.values[e])
    }

    /// The value of an entry (by insertion order).
    @inlinable public func value(atEntry e: Int) -> Value { storage.values[e] }

    /// Changes the value of an entry (by insertion order) in place.
    @inlinable public mutating func modifyValue(atEntry e: Int, _ body: (inout Value) -> Void) {
        makeUnique()
        body(&storage.values[e])
    }

    /// The entry index of a key (insertion order), or nil.
    @inlinable public func index(forKey key: String) -> Int? {
        let storage = self.storage
        if storage.keys.isEmpty { return nil }
        // The key's bytes in place (a small string's on the stack), without the copy that
        // `withUTF8` makes of a `var`; -2: non-ASCII (or not contiguous), answered below.
        let r = key.utf8.withContiguousStorageIfAvailable { q -> Int in
            var h = WordHash.basis
            for b in q {
                if b >= 0x80 && !WordHash.comparableByte(b) { return -2 }
                h = (h ^ UInt64(b)) &* WordHash.prime
            }
            return storage.probe(q, h)
        } ?? -2
        if r >= 0 { return r }
        if r == -1 { return nil }
        return storage.nonASCIIIndex(key)
    }

    @inlinable mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    @inlinable mutating func append(_ key: String, _ value: Value) {
        makeUnique()
        storage.append(key, value)
    }

    @usableFromInline mutating func remove(at e: Int) {
        let keys = storage.keys
        var values = storage.values
        var keysLeft = keys
        keysLeft.remove(at: e)
        values.remove(at: e)
        storage = Storage()
        storage.rehash(minimumSlots: keysLeft.count * 2)
        for (k, v) in zip(keysLeft, values) { storage.append(k, v) }
    }

    @usableFromInline final class Storage {
        /// Keys and values by entry, in insertion order.
        @exclusivity(unchecked) @usableFromInline var keys: [String] = []
        @exclusivity(unchecked) @usableFromInline var values: [Value] = []
        /// Per entry: its key's UTF-8 bytes in `keyBytes` (ASCII keys; empty for the others).
        @exclusivity(unchecked) @usableFromInline var keyStarts: [Int32] = []
        @exclusivity(unchecked) @usableFromInline var keyEnds: [Int32] = []
        @exclusivity(unchecked) @usableFromInline var keyBytes: [UInt8] = []
        /// Per entry: its FNV-1a hash (0 for non-ASCII keys), and whether it is in `slots`.
        @exclusivity(unchecked) @usableFromInline var hashes: [UInt64] = []
        @exclusivity(unchecked) @usableFromInline var isASCII: [Bool] = []
        /// Open addressing over the ASCII keys, two words a slot: the key's ``WordHash/meta(_:_:)``
        /// with 1 + its entry index in the low 24 bits (0 = empty), then the key's first eight
        /// bytes, so that a short key is found without touching `keyBytes` (each further memory
        /// access of a large table is a cache miss). The slot count is a power of two.
        @exclusivity(unchecked) @usableFromInline var slots: [UInt64] = []
        @exclusivity(unchecked) @usableFromInline var asciiCount = 0
        /// Non-ASCII keys -> entry index.
        @exclusivity(unchecked) @usableFromInline var others: [String: Int] = [:]

        @usableFromInline init() {}

        @inlinable func reserveCapacity(_ n: Int) {
            keys.reserveCapacity(n)
            values.reserveCapacity(n)
            keyStarts.reserveCapacity(n)
            keyEnds.reserveCapacity(n)
            keyBytes.reserveCapacity(n * 8)
            hashes.reserveCapacity(n)
            isASCII.reserveCapacity(n)
            if slots.count / 2 < n * 2 { rehash(minimumSlots: n * 2) }
        }

        @usableFromInline func copy() -> Storage {
            let c = Storage()
            c.keys = keys
            c.values = values
            c.keyStarts = keyStarts
            c.keyEnds = keyEnds
            c.keyBytes = keyBytes
            c.hashes = hashes
            c.isASCII = isASCII
            c.slots = slots
            c.asciiCount = asciiCount
            c.others = others
            return c
        }

        /// The entry of ASCII bytes with their hash, or -1.
        @inlinable func probe(_ q: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int {
            if asciiCount == 0 { return -1 }
            let want = WordHash.meta(h, q.count)
            let prefix = WordHash.prefix(q)
            return slots.withUnsafeBufferPointer { table -> Int in
                let mask = table.count / 2 - 1
                var s = Int(truncatingIfNeeded: h) & mask
                while true {
                    let meta = table[2 &* s]
                    if meta == 0 { return -1 }
                    if meta & WordHash.metaMatchMask == want && table[2 &* s &+ 1] == prefix {
                        let e = Int(truncatingIfNeeded: meta & 0xFF_FFFF) - 1
                        if q.count <= 8 { return e }
                        // Longer keys: the bytes after the first eight.
                        let a = Int(keyStarts[e])
                        if Int(keyEnds[e]) - a == q.count {
                            let same = keyBytes.withUnsafeBufferPointer { kb -> Bool in
                                var i = 8
                                while i < q.count && kb[a &+ i] == q[i] { i &+= 1 }
                                return i == q.count
                            }
                            if same { return e }
                        }
                    }
                    s = (s &+ 1) & mask
                }
            }
        }

        /// The entry of a non-ASCII key.
        @usableFromInline func nonASCIIIndex(_ key: String) -> Int? {
            if let folded = WordHash.foldedToASCII(key) ?? WordHash.composedComparable(key) {
                var folded = folded
                let r = folded.withUTF8 { q -> Int in
                    var h = WordHash.basis
                    for b in q { h = (h ^ UInt64(b)) &* WordHash.prime }
                    return probe(q, h)
                }
                return r >= 0 ? r : nil
            }
            return others.isEmpty ? nil : others[key]
        }

        @inlinable func append(_ key: String, _ value: Value) {
            var key = key
            var h = WordHash.basis
            let ascii = key.withUTF8 { q -> Bool in
                for b in q {
                    if b >= 0x80 && !WordHash.comparableByte(b) { return false }
                    h = (h ^ UInt64(b)) &* WordHash.prime
                }
                keyBytes.append(contentsOf: q)
                return true
            }
            if !ascii, let folded = WordHash.foldedToASCII(key) ?? WordHash.composedComparable(key) {
                append(folded, value)
                return
            }
            let e = keys.count
            precondition(e + 1 < 1 << 24, "a WordMap holds fewer than 2^24 - 1 words")
            keys.append(key)
            values.append(value)
            isASCII.append(ascii)
            keyEnds.append(Int32(keyBytes.count))
            if ascii {
                let k = key.utf8.count
                keyStarts.append(Int32(keyBytes.count - k))
                hashes.append(h)
                asciiCount += 1
                if asciiCount * 2 > slots.count / 2 { rehash(minimumSlots: asciiCount * 2) } else { place(e) }
            } else {
                keyStarts.append(Int32(keyBytes.count))
                hashes.append(0)
                others[key] = e
            }
        }

        @inlinable func place(_ e: Int) {
            let mask = slots.count / 2 - 1
            var s = Int(truncatingIfNeeded: hashes[e]) & mask
            while slots[2 * s] != 0 { s = (s + 1) & mask }
            let a = Int(keyStarts[e])
            let n = Int(keyEnds[e]) - a
            slots[2 * s] = WordHash.meta(hashes[e], n) | UInt64(e + 1)
            slots[2 * s + 1] = keyBytes.withUnsafeBufferPointer { WordHash.prefix(UnsafeBufferPointer(rebasing: $0[a..<(a + n)])) }
        }

        @inlinable func rehash(minimumSlots: Int) {
            var size = 8
            while size < minimumSlots { size <<= 1 }
            slots = [UInt64](repeating: 0, count: 2 * size)
            for e in keys.indices where isASCII[e] { place(e) }
        }
    }
}

/// Safe to share: a map's storage is copied before any mutation while another map holds it.
extension WordMap: @unchecked Sendable where Value: Sendable {}

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
    public func makeIterator() -> IndexingIterator<[String]> { map.keys.makeIterator() }
}

extension WordSet: Sendable {}

/// The hash and key comparison of ``WordMap``.
@usableFromInline enum WordHash {
    @usableFromInline static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01b3
    /// The bits of a slot's first word that a query must match: the high 32 bits of the hash
    /// and the key's length (up to 255) in bits 24..<32.
    @usableFromInline static let metaMatchMask: UInt64 = 0xFFFF_FFFF_FF00_0000

    @inlinable @inline(__always) static func meta(_ h: UInt64, _ count: Int) -> UInt64 {
        (h & 0xFFFF_FFFF_0000_0000) | (UInt64(min(count, 255)) << 24)
    }

    /// The first eight bytes of a key, little-endian, zero-padded.
    @inlinable @inline(__always) static func prefix(_ q: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var p: UInt64 = 0
        var i = 0
        let n = min(q.count, 8)
        while i < n {
            p |= UInt64(q[i]) << (8 &* UInt64(i))
            i &+= 1
        }
        return p
    }

    /// Whether a UTF-8 byte may occur in a key of the byte table: ASCII, a continuation byte, or the
    /// lead byte of U+0080–U+02FF (0xC2–0xCB) or of U+0400–U+047F (0xD0, 0xD1). Every scalar of those
    /// ranges is a letter or sign that is its own canonical composition: byte equality is canonical
    /// equality.
    @inlinable @inline(__always) static func comparableByte(_ b: UInt8) -> Bool {
        b < 0xC0 || (b >= 0xC2 && b <= 0xCB) || b == 0xD0 || b == 0xD1
    }

    /// The canonical composition (NFC) of `s` when that is byte-comparable and differs from `s` (a
    /// decomposed "й"); nil otherwise.
    @usableFromInline static func composedComparable(_ s: String) -> String? {
        let c = s.precomposedStringWithCanonicalMapping
        guard c.utf8.count != s.utf8.count || !c.utf8.elementsEqual(s.utf8), c.utf8.allSatisfy(comparableByte) else { return nil }
        return c
    }

    /// The ASCII string canonically equivalent to `s`, when `s` is ASCII apart from the three
    /// scalars whose canonical decomposition is one ASCII scalar; nil otherwise.
    @usableFromInline static func foldedToASCII(_ s: String) -> String? {
        // Nearly always nil (a non-ASCII word without those three scalars): answered without
        // building a string.
        for c in s.unicodeScalars where c.value >= 0x80 && c.value != 0x212A && c.value != 0x1FEF && c.value != 0x037E {
            return nil
        }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c.value {
            case 0x212A: out.append("K")
            case 0x1FEF: out.append("`")
            case 0x037E: out.append(";")
            default: out.append(c)
            }
        }
        return String(out)
    }
}

extension WordSet {
    /// Whether the token's lower-case form is in the set (the same question that the event
    /// stage's indexed lists answer by the token's word id).
    @inlinable public func contains(_ t: Token) -> Bool { contains(t.lower) }
}
