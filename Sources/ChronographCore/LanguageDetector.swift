import Foundation

/// Decides the language a document is written in from its letters and its function words.
///
/// Each language with a folder in this module's resources has a profile: the Unicode ranges of its
/// alphabet (`Resources/<lang>/letters.txt`, one `XXXX-YYYY` range a line) and its prepositions,
/// conjunctions and particles (`Resources/<lang>/function-words.txt`, derived from a treebank or a
/// dictionary). The script comes first ("Вчера" is not English whatever its words); among the
/// languages whose alphabet holds most of the letters, the one with the most function words wins.
public struct LanguageDetector: Sendable {
    public struct Profile: Sendable {
        public let code: String
        let ranges: [ClosedRange<UInt32>]
        public let words: Set<String>
        /// Which ASCII scalars `ranges` hold, bit `v` for scalar `v` (low word 0–63, high 64–127):
        /// nearly every scalar of a text is ASCII, and a bit test answers what the ranges would.
        let asciiLetters: (low: UInt64, high: UInt64)

        public init(code: String, ranges: [ClosedRange<UInt32>], words: Set<String>) {
            self.code = code
            self.ranges = ranges
            self.words = words
            var low: UInt64 = 0, high: UInt64 = 0
            for v in UInt32(0)..<128 where ranges.contains(where: { $0.contains(v) }) {
                if v < 64 { low |= 1 << UInt64(v) } else { high |= 1 << UInt64(v - 64) }
            }
            asciiLetters = (low, high)
        }

        /// Whether scalar value `v` is a letter of this language's alphabet.
        @inline(__always) func holds(_ v: UInt32) -> Bool {
            if v < 64 { return asciiLetters.low >> UInt64(v) & 1 != 0 }
            if v < 128 { return asciiLetters.high >> UInt64(v - 64) & 1 != 0 }
            return ranges.contains(where: { $0.contains(v) })
        }
    }

    public let profiles: [Profile]

    /// The languages of this module's resources, loaded once.
    public static let shared = LanguageDetector(languages: ResourceFile.languages(bundle: .module))

    public init(languages: [String]) {
        var profiles: [Profile] = []
        for code in languages.sorted() {
            let ranges = ResourceFile.lines(named: "letters.txt", language: code, bundle: .module).compactMap { line -> ClosedRange<UInt32>? in
                let p = line.split(separator: "-").compactMap { UInt32($0, radix: 16) }
                return p.count == 2 && p[0] <= p[1] ? p[0]...p[1] : nil
            }
            guard !ranges.isEmpty else { continue }
            let words = Set(ResourceFile.lines(named: "function-words.txt", language: code, bundle: .module))
            profiles.append(Profile(code: code, ranges: ranges, words: words))
        }
        self.profiles = profiles
    }

    public init(profiles: [Profile]) { self.profiles = profiles }

    /// The supported language codes.
    public var languages: [String] { profiles.map(\.code) }

    /// The language of `text` (its first `limit` scalars are read: a few hundred words decide), or `fallback`
    /// when no profile's letters occur in it (a text of digits and punctuation). Function words are only
    /// counted when several languages share the script of the letters.
    public func detect(_ text: String, fallback: String, limit: Int = 3_000) -> String {
        guard !profiles.isEmpty else { return fallback }
        var letters = [Int](repeating: 0, count: profiles.count)
        var n = 0
        for c in text.unicodeScalars {
            n += 1
            if n > limit { break }
            for k in profiles.indices where profiles[k].holds(c.value) { letters[k] += 1 }
        }
        guard let most = letters.max(), most > 0 else { return fallback }
        // The languages whose alphabet holds (nearly) as many of the letters as the best one.
        let candidates = profiles.indices.filter { letters[$0] * 10 >= most * 9 }
        if candidates.count == 1 { return profiles[candidates[0]].code }
        var hits = [Int](repeating: 0, count: profiles.count)
        // The current word's scalars; function words are short, so longer words are not looked up.
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(16)
        func endWord() {
            if !word.isEmpty && word.count <= 12 {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: word)
                let w = String(view).lowercased()
                for k in candidates where profiles[k].words.contains(w) { hits[k] += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        n = 0
        for c in text.unicodeScalars {
            n += 1
            if n > limit { break }
            if c.properties.isAlphabetic { word.append(c) } else { endWord() }
        }
        endWord()
        let best = candidates.max { a, b in hits[a] != hits[b] ? hits[a] < hits[b] : profiles[a].code > profiles[b].code }!
        return profiles[best].code
    }
}
