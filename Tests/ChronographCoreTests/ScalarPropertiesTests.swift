import ChronographCore
import Testing

/// The ASCII answers of `ScalarProperties` are the Unicode property tables' answers.
@Suite("Scalar properties")
struct ScalarPropertiesTests {
    static let samples: [Unicode.Scalar] = (0..<128).map { Unicode.Scalar(UInt8($0)) } + [
        "\u{80}", "\u{85}", "\u{A0}", "\u{AA}", "\u{B5}", "\u{BA}", "\u{C9}", "\u{E9}", "\u{1680}", "\u{2000}", "\u{2028}",
        "\u{3000}", "\u{212A}", "\u{0410}", "\u{0451}", "\u{0301}", "\u{2160}", "\u{24B6}", "\u{1D400}", "\u{FEFF}",
    ]

    @Test("Every ASCII scalar and some others answer as their properties do")
    func matchesProperties() {
        for c in Self.samples {
            #expect(ScalarProperties.isWhitespace(c) == c.properties.isWhitespace, "\(c.value)")
            #expect(ScalarProperties.isAlphabetic(c) == c.properties.isAlphabetic, "\(c.value)")
            #expect(ScalarProperties.isUppercase(c) == c.properties.isUppercase, "\(c.value)")
            #expect(ScalarProperties.isLowercase(c) == c.properties.isLowercase, "\(c.value)")
        }
    }

    @Test("Only the ASCII digits have a numeric type among ASCII scalars")
    func asciiNumericTypes() {
        for v in 0..<128 {
            let c = Unicode.Scalar(UInt8(v))
            #expect((c.properties.numericType != nil) == (0x30...0x39).contains(v), "\(v)")
        }
    }
}
