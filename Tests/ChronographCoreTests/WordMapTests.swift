import ChronographCore
import Testing

@Suite("Word maps")
struct WordMapTests {
    /// Words of every length class (empty, one byte, up to eight bytes inline, longer), from a
    /// fixed generator so that failures repeat.
    static func words(_ n: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var out: [String] = [""]
        let letters = Array("abcdefghijklmnopqrstuvwxyz'-.".utf8)
        for _ in 0..<n {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 59) % 20 + 1
            var bytes: [UInt8] = []
            for k in 0..<length { bytes.append(letters[Int((state >> UInt64(k % 50)) % UInt64(letters.count))]) }
            out.append(String(decoding: bytes, as: UTF8.self))
        }
        return out
    }

    @Test func answersWhatADictionaryAnswers() {
        let all = Self.words(4000)
        var map = WordMap<Int>()
        var dict: [String: Int] = [:]
        for (k, w) in all.prefix(2000).enumerated() {
            map[w] = k
            dict[w] = k
        }
        #expect(map.count == dict.count)
        for w in all { #expect(map[w] == dict[w], "\(w)") }
        // Prefixes and extensions of stored words are other words.
        for w in all.prefix(300) where !w.isEmpty {
            #expect(map[String(w.dropLast())] == dict[String(w.dropLast())])
            #expect(map[w + "s"] == dict[w + "s"])
        }
        #expect(map.keys == Array(NSOrderedKeys(all.prefix(2000))))
    }

    @Test func updatesInPlaceAndRemoves() {
        var map = WordMap<[Int]>()
        map.update("a", default: []) { $0.append(1) }
        map.update("a", default: []) { $0.append(2) }
        map.update("longer than eight", default: []) { $0.append(3) }
        #expect(map["a"] == [1, 2])
        #expect(map["longer than eight"] == [3])
        #expect(map["longer than eighT"] == nil)
        map["a"] = nil
        #expect(map["a"] == nil)
        #expect(map.keys == ["longer than eight"])
        #expect(map["longer than eight"] == [3])
    }

    @Test func copiesDoNotShareChanges() {
        var a = WordMap<Int>()
        a["x"] = 1
        var b = a
        b["x"] = 2
        b["y"] = 3
        #expect(a["x"] == 1 && a["y"] == nil && a.count == 1)
        #expect(b["x"] == 2 && b["y"] == 3)
    }

    @Test func keysCompareAsSwiftStringsDo() {
        var set = WordSet(["caf\u{E9}", "K", "na\u{EF}ve"])
        #expect(set.contains("cafe\u{301}"))  // decomposed é
        #expect(set.contains("\u{212A}"))  // KELVIN SIGN is canonically "K"
        #expect(set.contains("nai\u{308}ve"))
        #expect(!set.contains("cafe"))
        #expect(!set.contains("k"))
        set.insert("\u{212A}elvin")
        #expect(set.contains("Kelvin"))
        let inserted = set.insert("Kelvin")
        #expect(!inserted)
        #expect(set.count == 4)
        let swiftSet: Set<String> = ["caf\u{E9}", "K", "na\u{EF}ve", "\u{212A}elvin"]
        for w in ["cafe\u{301}", "\u{212A}", "Kelvin", "\u{212A}elvin", "naive", "caf"] {
            #expect(set.contains(w) == swiftSet.contains(w), "\(w)")
        }
    }

    /// Cyrillic and Latin-1 words are kept in the byte table; a decomposed form finds its composed key and back.
    @Test func cyrillicAndDecomposedKeys() {
        var m = WordMap<Int>()
        m["январь"] = 1
        m["йод"] = 2  // precomposed й (U+0439)
        m["ёлка"] = 3
        m["e\u{301}te"] = 4  // decomposed é
        m["αβγ"] = 5  // Greek: the dictionary half
        #expect(m["январь"] == 1)
        #expect(m["и\u{306}од"] == 2)
        #expect(m["е\u{308}лка"] == 3)
        #expect(m["\u{E9}te"] == 4)
        #expect(m["αβγ"] == 5)
        #expect(m["января"] == nil && m["иод"] == nil && m["елка"] == nil)
        #expect(m.count == 5)
        var d: [String: Int] = [:]
        for (k, v) in zip(m.keys, m.values) { d[k] = v }
        for k in ["январь", "и\u{306}од", "е\u{308}лка", "\u{E9}te", "αβγ", "x"] { #expect(m[k] == d[k]) }
    }

    @Test func growsFromEmptyAndAnswersEmptyKeys() {
        var set: WordSet = []
        #expect(!set.contains(""))
        #expect(!set.contains("a"))
        for w in Self.words(500) { set.insert(w) }
        #expect(set.contains(""))
        #expect(Set(set).count == set.count)
    }
}

/// Distinct words in first-seen order.
private func NSOrderedKeys<S: Sequence>(_ words: S) -> [String] where S.Element == String {
    var seen = Set<String>()
    return words.filter { seen.insert($0).inserted }
}
