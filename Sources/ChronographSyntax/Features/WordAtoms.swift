/// What the tagger and the parser know of one word before any tag is chosen: hashes of its
/// form, lower-cased form, affixes and shape, and a few spelling flags. Made once per word.
public struct WordAtoms: Sendable {
    public var form: UInt64
    public var lower: UInt64
    /// Hashes of the last 1...4 and first 1...3 characters of the lower-cased form (0 when the
    /// word is shorter than that).
    public var suffix: (UInt64, UInt64, UInt64, UInt64)
    public var prefix: (UInt64, UInt64, UInt64)
    /// Character classes, runs shortened: "Kazakhstan" -> "Xxx", "2022" -> "dd", "U.S." -> "X.X.".
    public var shape: UInt64
    /// Spelling flags as bits: 1 capitalized, 2 all capitals, 4 has a digit, 8 has a hyphen,
    /// 16 has a letter, 32 first word of the sentence.
    public var flags: UInt64

    public static let boundary = WordAtoms(
        form: 1, lower: 1, suffix: (1, 1, 1, 1), prefix: (1, 1, 1), shape: 1, flags: 1 << 40)

    public init(form: UInt64, lower: UInt64, suffix: (UInt64, UInt64, UInt64, UInt64), prefix: (UInt64, UInt64, UInt64), shape: UInt64, flags: UInt64) {
        self.form = form
        self.lower = lower
        self.suffix = suffix
        self.prefix = prefix
        self.shape = shape
        self.flags = flags
    }

    /// The hash ``lower`` holds, alone (what the parser reads of a word).
    public static func lowerHash(_ word: String) -> UInt64 { FeatureHash.scalars(word.lowercased().unicodeScalars) }

    public init(_ word: String, first: Bool) {
        if let atoms = Self.ascii(word, first: first) {
            self = atoms
        } else {
            self.init(scalarsOf: word, first: first)
        }
    }

    /// The atoms of any word, read scalar by scalar (``ascii(_:first:)`` gives the same for an ASCII
    /// word, faster).
    init(scalarsOf word: String, first: Bool) {
        let scalars = Array(word.lowercased().unicodeScalars)
        form = FeatureHash.scalars(word.unicodeScalars)
        lower = FeatureHash.scalars(scalars[...])
        func hashOf(_ part: ArraySlice<Unicode.Scalar>) -> UInt64 { FeatureHash.scalars(part) ^ 0x5A5A }
        let n = scalars.count
        suffix = (
            n >= 1 ? hashOf(scalars[(n - 1)...]) : 0, n >= 2 ? hashOf(scalars[(n - 2)...]) : 0,
            n >= 3 ? hashOf(scalars[(n - 3)...]) : 0, n >= 4 ? hashOf(scalars[(n - 4)...]) : 0
        )
        prefix = (
            n >= 1 ? hashOf(scalars[..<1]) : 0, n >= 2 ? hashOf(scalars[..<2]) : 0, n >= 3 ? hashOf(scalars[..<3]) : 0
        )
        var shapeText = ""
        var runs = ShapeRuns<Character>(last: " ")
        var upper = 0
        var letters = 0
        var flags: UInt64 = first ? 32 : 0
        for c in word.unicodeScalars {
            let cls: Character
            // ASCII is classed by value, without the Unicode property tables (most words of English
            // text): in ASCII only A-Z are uppercase and only letters alphabetic, so the classes are
            // the same.
            if c.value < 128 ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase {
                cls = "X"
                upper += 1
                letters += 1
            } else if c.value < 128 ? (c.value >= 97 && c.value <= 122) : c.properties.isAlphabetic {
                cls = "x"
                letters += 1
            } else if c.value >= 48 && c.value <= 57 {
                cls = "d"
                flags |= 4
            } else {
                cls = Character(c)
                if c == "-" { flags |= 8 }
            }
            if runs.keeps(cls) { shapeText.append(cls) }
        }
        if let f = word.unicodeScalars.first, f.value < 128 ? (f.value >= 65 && f.value <= 90) : f.properties.isUppercase { flags |= 1 }
        if letters > 1 && upper == letters { flags |= 2 }
        if letters > 0 { flags |= 16 }
        shape = FeatureHash.scalars(shapeText.unicodeScalars)
        self.flags = flags
    }

    /// ``init(_:first:)`` of an ASCII word, read from its bytes (a scalar's value is its byte): the
    /// same hashes without the lower-cased copy, the array of scalars and the shape's string, which
    /// were most of the time of making a sentence's atoms. Nil for any other word.
    static func ascii(_ word: String, first: Bool) -> WordAtoms? {
        let atoms = word.utf8.withContiguousStorageIfAvailable { bytes -> WordAtoms? in
            for b in bytes where b >= 0x80 { return nil }
            let n = bytes.count
            @inline(__always) func lowered(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
            /// FNV-1a (``FeatureHash/scalars(_:)``) of the lower-cased bytes `from..<to`.
            func lowerHash(_ from: Int, _ to: Int) -> UInt64 {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for i in from..<to {
                    h ^= UInt64(lowered(bytes[i]))
                    h = h &* 0x0000_0100_0000_01b3
                }
                return h
            }
            func hashOf(_ from: Int, _ to: Int) -> UInt64 { lowerHash(from, to) ^ 0x5A5A }
            var form: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes {
                form ^= UInt64(b)
                form = form &* 0x0000_0100_0000_01b3
            }
            // The shape's classes as bytes, hashed as they are appended.
            var shape: UInt64 = 0xcbf2_9ce4_8422_2325
            var runs = ShapeRuns<UInt8>(last: UInt8(ascii: " "))
            var upper = 0
            var letters = 0
            var flags: UInt64 = first ? 32 : 0
            for c in bytes {
                let cls: UInt8
                if c >= 65 && c <= 90 {
                    cls = UInt8(ascii: "X")
                    upper += 1
                    letters += 1
                } else if c >= 97 && c <= 122 {
                    cls = UInt8(ascii: "x")
                    letters += 1
                } else if c >= 48 && c <= 57 {
                    cls = UInt8(ascii: "d")
                    flags |= 4
                } else {
                    cls = c
                    if c == UInt8(ascii: "-") { flags |= 8 }
                }
                guard runs.keeps(cls) else { continue }
                shape ^= UInt64(cls)
                shape = shape &* 0x0000_0100_0000_01b3
            }
            if let f = bytes.first, f >= 65 && f <= 90 { flags |= 1 }
            if letters > 1 && upper == letters { flags |= 2 }
            if letters > 0 { flags |= 16 }
            return WordAtoms(
                form: form, lower: lowerHash(0, n),
                suffix: (
                    n >= 1 ? hashOf(n - 1, n) : 0, n >= 2 ? hashOf(n - 2, n) : 0, n >= 3 ? hashOf(n - 3, n) : 0,
                    n >= 4 ? hashOf(n - 4, n) : 0
                ),
                prefix: (n >= 1 ? hashOf(0, 1) : 0, n >= 2 ? hashOf(0, 2) : 0, n >= 3 ? hashOf(0, 3) : 0),
                shape: shape, flags: flags)
        }
        return atoms ?? nil
    }
}

/// A word shape's runs of one class cut to two ("Kazakhstan" -> "Xxx"): whether the next class
/// is written.
struct ShapeRuns<Class: Equatable> {
    var last: Class
    var run = 0

    mutating func keeps(_ cls: Class) -> Bool {
        if cls == last {
            run += 1
            return run <= 2
        }
        run = 1
        last = cls
        return true
    }
}
