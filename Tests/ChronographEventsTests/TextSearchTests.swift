import Foundation
import Testing
@testable import ChronographEvents

/// The byte search finds what Foundation's `range(of:)` finds, on ASCII labels and names (with and
/// without case), and leaves other text to Foundation.
@Suite("Text search as Foundation's")
struct TextSearchTests {
    static let alphabet = Array("aAbB sS-'.,Tt")

    @Test func asciiSearchesFindWhatFoundationFinds() {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<3000 {
            let text = String((0..<next(24)).map { _ in Self.alphabet[next(Self.alphabet.count)] })
            let needle = String((0..<(1 + next(4))).map { _ in Self.alphabet[next(Self.alphabet.count)] })
            #expect(TextSearch.range(of: needle, caseInsensitiveIn: text) == text.range(of: needle, options: .caseInsensitive))
            #expect(TextSearch.contains(needle, in: text) == text.contains(needle))
            let sub = text[...]
            for offset in [0, text.count / 2] {
                let from = text.index(text.startIndex, offsetBy: offset)
                #expect(TextSearch.range(of: needle, in: sub, from: from) == sub.range(of: needle, range: from..<sub.endIndex))
            }
        }
    }

    @Test func labelsAndNames() {
        let label = "Protesters STORMED the mayor's office in Almaty"
        #expect(TextSearch.range(of: "stormed", caseInsensitiveIn: label) == label.range(of: "stormed", options: .caseInsensitive))
        #expect(TextSearch.range(of: "Almaty!", caseInsensitiveIn: label) == nil)
        let headline = "Tesla Teslas Tesla"[...]
        let second = headline.index(headline.startIndex, offsetBy: 1)
        #expect(TextSearch.range(of: "Tesla", in: headline, from: second) == headline.range(of: "Tesla", range: second..<headline.endIndex))
    }

    @Test func otherTextIsLeftToFoundation() {
        #expect(TextSearch.asciiRange(of: "café", in: "Le café"[...], ignoringCase: true) == nil)
        #expect(TextSearch.asciiRange(of: "cafe", in: "Le café"[...], ignoringCase: true) == nil)
        #expect(TextSearch.asciiRange(of: "a", in: "a\r\nb"[...], ignoringCase: false) == nil)
        #expect(TextSearch.asciiRange(of: "", in: "abc"[...], ignoringCase: false) == nil)
        #expect(TextSearch.range(of: "CAFÉ", caseInsensitiveIn: "Le café") == "Le café".range(of: "CAFÉ", options: .caseInsensitive))
        #expect(TextSearch.asciiRange(of: "x", in: "abc"[...], ignoringCase: false) == .some(nil))
        #expect(TextSearch.contains(" ", in: "Trial: S\u{e9}verine") == "Trial: S\u{e9}verine".contains(" "))
        #expect(TextSearch.contains(" ", in: "Deal") == false)
    }
}
