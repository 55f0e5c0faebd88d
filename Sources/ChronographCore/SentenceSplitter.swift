import Foundation

/// A sentence: its scalar range in the document.
public struct Sentence: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// Splits text into sentences at `.`, `!`, `?` (and closing quotes after them) followed by
/// white space and an upper-case letter, digit or opening quote; and at blank lines.
/// Periods after known abbreviations (a per-language resource) and initials do not split.
public struct SentenceSplitter: Sendable {
    public let abbreviations: Set<String>

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    /// The splitter with the abbreviations of a language shipped in this module's resources.
    public static func forLanguage(_ language: String = "en") -> SentenceSplitter {
        SentenceSplitter(abbreviations: Set(ResourceFile.lines(named: "abbreviations.txt", language: language, bundle: .module)))
    }

    public func split(_ text: ScalarText) -> [Sentence] {
        let s = text.scalars
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        func push(_ end: Int) {
            var a = start
            var b = end
            while a < b && ScalarProperties.isWhitespace(s[a]) { a += 1 }
            while b > a && ScalarProperties.isWhitespace(s[b - 1]) { b -= 1 }
            if b > a { sentences.append(Sentence(start: a, end: b)) }
        }
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                // A blank line (or a line break after a title/dateline without final punctuation) ends a sentence.
                var j = i + 1
                while j < s.count && (s[j] == " " || s[j] == "\t" || s[j] == "\r" || s[j] == "\u{A0}") { j += 1 }
                if j < s.count && s[j] == "\n" || !lineContinues(s, lineEnd: i) {
                    push(i)
                    start = i + 1
                }
                i += 1
                continue
            }
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < s.count && (s[j] == "\"" || s[j] == "\u{201D}" || s[j] == "'" || s[j] == "\u{2019}" || s[j] == ")") { j += 1 }
                guard j < s.count else { break }
                guard ScalarProperties.isWhitespace(s[j]) else { i += 1; continue }
                var k = j
                while k < s.count && ScalarProperties.isWhitespace(s[k]) { k += 1 }
                if k < s.count, startsSentence(s[k]), !(c == "." && isAbbreviation(s, periodAt: i)) {
                    push(j)
                    start = j
                    i = k
                    continue
                }
            }
            i += 1
        }
        push(s.count)
        return sentences
    }

    /// A single line break inside a paragraph does not end a sentence unless the line looks finished.
    private func lineContinues(_ s: [Unicode.Scalar], lineEnd: Int) -> Bool {
        var j = lineEnd - 1
        while j >= 0 && (s[j] == " " || s[j] == "\t" || s[j] == "\r") { j -= 1 }
        guard j >= 0 else { return false }
        let last = s[j]
        if last == "\n" { return false }
        // Lines ending in a letter, comma or hyphen are wrapped prose; short title-like lines are not.
        var lineStart = j
        while lineStart > 0 && s[lineStart - 1] != "\n" { lineStart -= 1 }
        let length = j - lineStart + 1
        if last == "," || last == "-" || last == ";" { return true }
        if ScalarProperties.isAlphabetic(last) { return length > 60 }
        return false
    }

    private func startsSentence(_ c: Unicode.Scalar) -> Bool {
        ScalarProperties.isUppercase(c) || Tokenizer.isDigit(c) || c == "\"" || c == "\u{201C}" || c == "'" || c == "("
            || c == "\u{2018}" || c == "["
    }

    private func isAbbreviation(_ s: [Unicode.Scalar], periodAt i: Int) -> Bool {
        var j = i
        while j > 0 && (Tokenizer.isLetter(s[j - 1]) || s[j - 1] == ".") { j -= 1 }
        guard j < i else { return false }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[j..<i])
        let word = String(view).lowercased()
        if word.count == 1 { return true }  // an initial: "John F. Kennedy"
        return abbreviations.contains(word)
    }
}
