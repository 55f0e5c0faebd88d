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
        var last: Character = " "
        var run = 0
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
            if cls == last {
                run += 1
                if run > 2 { continue }
            } else {
                run = 1
                last = cls
            }
            shapeText.append(cls)
        }
        if let f = word.unicodeScalars.first, f.value < 128 ? (f.value >= 65 && f.value <= 90) : f.properties.isUppercase { flags |= 1 }
        if letters > 1 && upper == letters { flags |= 2 }
        if letters > 0 { flags |= 16 }
        shape = FeatureHash.scalars(shapeText.unicodeScalars)
        self.flags = flags
    }
}
