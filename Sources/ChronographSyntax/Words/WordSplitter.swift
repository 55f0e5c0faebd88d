import ChronographCore

/// Presents a sentence's tokens as the treebank's words: "don't" -> do + n't, "Kazakhstan's" ->
/// Kazakhstan + 's, "Al-Zaman" -> Al + - + Zaman (but "non-stop", "e-mail" stay whole),
/// "1,000" and "3.5" one word, "Mr." one word with its period.
///
/// Every table is learned from the training treebank (``learn(from:)``) and kept in the model
/// file, so that a model for another treebank or language brings its own conventions.
public struct WordSplitter: Sendable, Hashable {
    /// Lower-cased surface -> lengths (in scalars) of its words, for multiword tokens of the
    /// treebank ("cannot" -> [3, 3], "dont" -> [2, 2]).
    public let multiword: [String: [Int]]
    /// Endings that are words of their own ("n't", "'s", "'ll"), longest first.
    public let clitics: [String]
    /// First parts of hyphenated words the treebank keeps whole ("non", "co", "e").
    public let hyphenPrefixes: Set<String>
    /// Hyphenated words the treebank keeps whole, lower-cased ("x-ray").
    public let hyphenatedWords: Set<String>
    /// Abbreviations written as one word with their period, lower-cased without it ("mr", "etc").
    public let abbreviations: Set<String>

    public init(
        multiword: [String: [Int]], clitics: [String], hyphenPrefixes: Set<String>, hyphenatedWords: Set<String>,
        abbreviations: Set<String>
    ) {
        self.multiword = multiword
        self.clitics = clitics.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        self.hyphenPrefixes = hyphenPrefixes
        self.hyphenatedWords = hyphenatedWords
        self.abbreviations = abbreviations
    }

    /// One word of the text: its scalar range, and the range of the written token it is part
    /// of when that token was split into several words (a CoNLL-U multiword token).
    public struct Word: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var token: Range<Int>?
    }

    /// The words of `tokens` (one sentence's tokens of ``Tokenizer``, in order).
    public func words(_ text: ScalarText, tokens: ArraySlice<Token>) -> [Word] {
        let s = text.scalars
        var out: [Word] = []
        out.reserveCapacity(tokens.count + 4)
        let tokens = Array(tokens)
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            // Numbers with inner separators: "1,000", "3.5", "23:00", "05.01.2024", "1/2".
            if t.kind == .number {
                var end = i
                while end + 2 < tokens.count, tokens[end + 1].kind == .punctuation, tokens[end + 2].kind == .number,
                    tokens[end + 1].start == tokens[end].end, tokens[end + 2].start == tokens[end + 1].end,
                    ",.:/".unicodeScalars.contains(s[tokens[end + 1].start])
                {
                    end += 2
                }
                out.append(Word(start: t.start, end: tokens[end].end, token: nil))
                i = end + 1
                continue
            }
            // An abbreviation with its period ("Mr.", and initialisms such as "U.S.").
            if t.kind == .word, i + 1 < tokens.count, tokens[i + 1].start == t.end, s[t.end] == ".",
                abbreviations.contains(t.lower) || Self.isInitialism(t.lower)
            {
                out.append(Word(start: t.start, end: t.end + 1, token: nil))
                i += 2
                continue
            }
            if t.kind == .word {
                appendWords(of: t, text: text, to: &out)
            } else {
                out.append(Word(start: t.start, end: t.end, token: nil))
            }
            i += 1
        }
        return out
    }

    /// Single letters joined by periods ("u.s", "e.g"): an initialism, whose final period is its own.
    static func isInitialism(_ lower: String) -> Bool {
        let parts = lower.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    /// A word token: split at hyphens the treebank splits at, then its last part's clitics.
    private func appendWords(of t: Token, text: ScalarText, to out: inout [Word]) {
        let s = text.scalars
        var parts: [(Int, Int)] = []
        if Self.containsHyphen(t.lower) && !hyphenatedWords.contains(t.lower) {
            var start = t.start
            for k in t.start..<t.end where s[k] == "-" {
                let first = text.slice(start, k).lowercased()
                if start == t.start && hyphenPrefixes.contains(first) { continue }
                parts.append((start, k))
                parts.append((k, k + 1))
                start = k + 1
            }
            parts.append((start, t.end))
        } else {
            parts.append((t.start, t.end))
        }
        for (index, (a, b)) in parts.enumerated() {
            let split = index == parts.count - 1 ? splitClitics(text, a, b) : [b]
            if split.count == 1 {
                out.append(Word(start: a, end: b, token: nil))
            } else {
                var start = a
                for end in split {
                    out.append(Word(start: start, end: end, token: a..<b))
                    start = end
                }
            }
        }
    }

    /// Whether `lower` contains a hyphen, as Foundation's `contains("-")` says (which compares
    /// characters: a hyphen with a combining mark is no hyphen). An ASCII word is answered from its
    /// bytes: Foundation's search was a twentieth of the whole extraction.
    static func containsHyphen(_ lower: String) -> Bool {
        var ascii = true
        var hyphen = false
        for b in lower.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b == UInt8(ascii: "-") { hyphen = true }
        }
        return ascii ? hyphen : lower.contains("-")
    }

    /// The end offsets of the words of the written word `a..<b` ([b] when it stays whole).
    func splitClitics(_ text: ScalarText, _ a: Int, _ b: Int) -> [Int] {
        let lower = text.slice(a, b).lowercased()
        if let lengths = multiword[lower] {
            var ends: [Int] = []
            var end = a
            for length in lengths {
                end += length
                ends.append(end)
            }
            if end == b { return ends }
        }
        let folded = lower.unicodeScalars.contains("\u{2019}") ? lower.replacingOccurrences(of: "\u{2019}", with: "'") : lower
        for clitic in clitics where folded.hasSuffix(clitic) && folded.unicodeScalars.count > clitic.unicodeScalars.count {
            let cut = b - clitic.unicodeScalars.count
            return splitClitics(text, a, cut) + [b]
        }
        return [b]
    }
}
