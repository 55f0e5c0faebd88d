@testable import ChronographCore
import Testing

/// The language detector's ASCII bit tables answer what the letter ranges answer.
@Suite("Language detector")
struct LanguageDetectorTests {
    @Test("A profile holds a scalar exactly when one of its ranges does")
    func holdsMatchesRanges() {
        let custom = LanguageDetector.Profile(code: "xx", ranges: [0x30...0x39, 0x3F...0x41, 0x5F...0x7F, 0xE0...0x100], words: [])
        for profile in LanguageDetector.shared.profiles + [custom] {
            for v in UInt32(0)..<0x500 {
                #expect(profile.holds(v) == profile.ranges.contains(where: { $0.contains(v) }), "\(profile.code) \(v)")
            }
        }
    }

    @Test("English and Russian text")
    func detects() {
        #expect(LanguageDetector.shared.detect("The talks ended on Monday in Geneva.", fallback: "xx") == "en")
        #expect(LanguageDetector.shared.detect("Переговоры завершились в понедельник.", fallback: "xx") == "ru")
        #expect(LanguageDetector.shared.detect("2024-01-05 12:00", fallback: "xx") == "xx")
    }
}
