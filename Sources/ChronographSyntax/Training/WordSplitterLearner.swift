extension WordSplitter {
    /// The treebank's tokenization conventions, read off its sentences: which written tokens it
    /// splits into several words (multiword-token lines), which endings it splits off, which
    /// hyphenated words it keeps whole, which abbreviations keep their period.
    public static func learn(from sentences: [CoNLLUSentence]) -> WordSplitter {
        var surfaces: [String: [[Int]: Int]] = [:]
        var cliticCounts: [String: Int] = [:]
        var wholePrefix: [String: Int] = [:]
        var splitPrefix: [String: Int] = [:]
        var wholeHyphenated: [String: Int] = [:]
        var splitHyphenated: Set<String> = []
        var abbreviationCounts: [String: Int] = [:]
        // How often each written form is one word: "its" is a multiword token (it + s) only where a
        // writer meant "it's", and one word everywhere else.
        var wholeCounts: [String: Int] = [:]
        for s in sentences {
            for line in s.otherLines {
                let columns = line.text.split(separator: "\t", omittingEmptySubsequences: false)
                let range = columns[0].split(separator: "-")
                guard columns.count == 10, range.count == 2, let a = Int(range[0]), let b = Int(range[1]), a >= 1, b <= s.words.count,
                    a < b
                else { continue }
                let surface = columns[1].lowercased()
                let forms = s.words[(a - 1)..<b].map { $0.form.lowercased() }
                guard forms.joined() == surface else { continue }
                surfaces[surface, default: [:]][forms.map { $0.unicodeScalars.count }, default: 0] += 1
                if forms.count == 2, forms[1].contains("'") || forms[1].contains("\u{2019}") {
                    cliticCounts[forms[1].replacingOccurrences(of: "\u{2019}", with: "'"), default: 0] += 1
                }
            }
            let words = s.words
            for (i, w) in words.enumerated() {
                let lower = w.form.lowercased()
                wholeCounts[lower, default: 0] += 1
                if lower.count > 2, lower.dropFirst().dropLast().contains("-"), lower.first!.isLetter {
                    wholePrefix[String(lower.prefix { $0 != "-" }), default: 0] += 1
                    wholeHyphenated[lower, default: 0] += 1
                }
                // "post - war" written without spaces: a hyphen word between two words, no space around.
                if w.xpos == "HYPH", i > 0, i + 1 < words.count, words[i - 1].misc.contains("SpaceAfter=No"),
                    w.misc.contains("SpaceAfter=No"), words[i - 1].form.first?.isLetter == true
                {
                    splitPrefix[words[i - 1].form.lowercased(), default: 0] += 1
                    splitHyphenated.insert(words[i - 1].form.lowercased() + "-" + words[i + 1].form.lowercased())
                }
                if lower.count >= 3, lower.hasSuffix("."), lower.dropLast().allSatisfy(\.isLetter) {
                    abbreviationCounts[String(lower.dropLast()), default: 0] += 1
                }
            }
        }
        var multiword: [String: [Int]] = [:]
        for (surface, splits) in surfaces {
            let total = splits.values.reduce(0, +) + wholeCounts[surface, default: 0]
            let best = splits.max { $0.value != $1.value ? $0.value < $1.value : $0.key.lexicographicallyPrecedes($1.key) }!
            if best.value * 2 > total { multiword[surface] = best.key }
        }
        return WordSplitter(
            multiword: multiword,
            clitics: cliticCounts.filter { $0.value >= 5 }.map(\.key),
            hyphenPrefixes: Set(wholePrefix.filter { $0.value >= 2 && $0.value > splitPrefix[$0.key, default: 0] }.map(\.key)),
            hyphenatedWords: Set(wholeHyphenated.keys.filter { !splitHyphenated.contains($0) }),
            abbreviations: Set(abbreviationCounts.filter { $0.value >= 2 }.map(\.key)))
    }
}
