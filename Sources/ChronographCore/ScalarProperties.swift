/// The Unicode properties the splitter, the tagger and the furniture features ask of single
/// scalars, answered by value for ASCII and by `Unicode.Scalar.Properties` otherwise.
///
/// `properties.isWhitespace` and its kin look the scalar up in the standard library's property
/// tables (`_swift_stdlib_getBinaryProperties`) even for ASCII, and they are asked of nearly every
/// character of a document; for ASCII the answers are these ranges (`ScalarPropertiesTests`
/// checks all 128 scalars against the tables).
public enum ScalarProperties {
    /// Unicode White_Space: tab, line feed, vertical tab, form feed, carriage return and space in ASCII.
    @inline(__always) public static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D) }
        return c.properties.isWhitespace
    }

    /// Unicode Alphabetic: the Latin letters in ASCII.
    @inline(__always) public static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) &- 0x61 < 26 }
        return c.properties.isAlphabetic
    }

    /// Unicode Uppercase: A–Z in ASCII.
    @inline(__always) public static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value &- 0x41 < 26 }
        return c.properties.isUppercase
    }

    /// Unicode Lowercase: a–z in ASCII.
    @inline(__always) public static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value &- 0x61 < 26 }
        return c.properties.isLowercase
    }
}
