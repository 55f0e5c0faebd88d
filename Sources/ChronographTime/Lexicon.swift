import ChronographCore
import Foundation

/// A value attached to a token class: a number, a string, or both (`i2` for minutes and such).
struct ClassValue: Sendable, Hashable {
    var i: Int = 0
    var s: String = ""
    var i2: Int = 0
    var i3: Int = 0
}

/// One entry of `lexicon.tsv`: a phrase of one or more tokens that belongs to a class.
struct LexiconEntry: Sendable {
    var cls: String
    var value: ClassValue
    /// Only when the first token is capitalized ("May", "March").
    var needsCapital: Bool
    /// An abbreviation: swallows a directly following period ("Jan.").
    var abbreviation: Bool
}

/// The phrase lexicon of a language as a token trie (`lexicon.tsv`).
struct Lexicon: Sendable {
    private var children: [WordMap<Int>] = [WordMap()]
    private var entries: [[LexiconEntry]] = [[]]

    init(lines: [String]) throws {
        for line in lines {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 2 else { throw ResourceError.invalid("lexicon.tsv", "bad line: \(line)") }
            let flags = cols.count > 3 ? Set(cols[3].split(separator: ",").map(String.init)) : []
            let raw = cols.count > 2 ? cols[2] : ""
            var value = ClassValue()
            if let n = Int(raw) { value.i = n }
            value.s = raw
            let entry = LexiconEntry(
                cls: cols[1], value: value, needsCapital: flags.contains("cap"), abbreviation: flags.contains("abbr"))
            // `*suffix`: any one word with that ending ("*скому": an adjective in the dative).
            if cols[0].count > 1, cols[0].hasPrefix("*"), !cols[0].contains(" ") {
                suffixEntries.append((String(cols[0].dropFirst()).lowercased(), entry))
                continue
            }
            let words = Lexicon.words(of: cols[0])
            add(phrase: words, entry: entry)
            if entry.abbreviation && words.count == 1 { abbreviations.insert(words[0]) }
        }
    }

    /// Splits a phrase the way ``TokenStream`` splits text: on spaces and around inner hyphens.
    static func words(of phrase: String) -> [String] {
        var out: [String] = []
        for w in phrase.lowercased().split(separator: " ") {
            let parts = w.split(separator: "-", omittingEmptySubsequences: false)
            for (k, p) in parts.enumerated() {
                if k > 0 { out.append("-") }
                if !p.isEmpty { out.append(String(p)) }
            }
        }
        return out
    }

    /// One-word entries by ending (`*suffix` lines), for word classes an inflected language marks by
    /// their ending; none in English.
    private var suffixEntries: [(String, LexiconEntry)] = []

    /// Single-token entries flagged `abbr` ("jan", "p.m", "b.c").
    private(set) var abbreviations: Set<String> = []

    func isAbbreviation(_ word: String) -> Bool { abbreviations.contains(word) }

    private mutating func add(phrase: [String], entry: LexiconEntry) {
        var node = 0
        for w in phrase {
            if let next = children[node][w] {
                node = next
            } else {
                children.append(WordMap())
                entries.append([])
                children[node][w] = children.count - 1
                node = children.count - 1
            }
        }
        entries[node].append(entry)
    }

    /// All lexicon phrases that start at token `i`, with their length in tokens.
    func matches(in tokens: [TToken], at i: Int, end: Int, into out: inout [Annotation]) {
        if !suffixEntries.isEmpty, !tokens[i].isNumber {
            let w = tokens[i].lower
            for (suffix, e) in suffixEntries where w.utf8.count > suffix.utf8.count && w.utf8.reversed().starts(with: suffix.utf8.reversed()) {
                if e.needsCapital && !tokens[i].capitalized { continue }
                out.append(Annotation(cls: e.cls, value: e.value, length: 1))
            }
        }
        var node = 0
        var j = i
        while j < end, let next = children[node][tokens[j].lower] {
            node = next
            j += 1
            for e in entries[node] {
                if e.needsCapital && !tokens[i].capitalized { continue }
                var len = j - i
                if e.abbreviation && j < end && tokens[j].lower == "." && !tokens[j].spaceBefore { len += 1 }
                out.append(Annotation(cls: e.cls, value: e.value, length: len))
            }
        }
    }
}
