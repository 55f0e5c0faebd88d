import ChronographCore

/// What the furniture classifier sees of one line of a page: its shape (length, first and last
/// characters, share of capitalized words, of function words, of numbers), its cue words, where it
/// stands on the page, its neighbours, and whether it repeats an earlier line or the headline.
///
/// Features are strings (`len=3`, `end=period`, `w=published`), so that the model file lists each
/// one with its weight; the trainer (`FurnitureTrainer`) and the detector call the same code.
struct LineFeatures {
    let functionWords: WordSet

    /// Lines of at most this many words contribute each of their words as a cue (`w=…`).
    static let cueWordLimit = 6

    /// The features of each line of `lines`. `title` is the document's headline when the input gave
    /// one apart from the text (a repeat of it further down is a repeated headline).
    func features(_ text: ScalarText, lines: [PageLine], title: String?)
        -> (features: [[String]], runHeads: [Int?], wordCounts: [Int], repeats: [Bool])
    {
        let tokens = lines.map { Tokenizer.tokenize(text, from: $0.start, to: $0.end) }
        let wordCounts = tokens.map { $0.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) } }
        let normalizedTitle = title.map { LineTextCues($0).normalized }
        let runs = Self.shortRuns(lines, wordCounts: wordCounts)
        let runHeads = Self.runHeads(lines, wordCounts: wordCounts)
        var seen = WordSet()
        var repeats = [Bool](repeating: false, count: lines.count)
        var result: [[String]] = []
        result.reserveCapacity(lines.count)
        for (k, line) in lines.enumerated() {
            var f = ["bias"]
            f.reserveCapacity(48)
            let toks = tokens[k]
            let words = toks.filter { $0.kind == .word }
            let first = text[line.start]
            let last = text[line.end - 1]
            let length = Self.lengthBucket(wordCounts[k])
            f.append("len=\(length)")
            f.append("end=\(Self.characterClass(last))")
            f.append("end=\(Self.characterClass(last))|len=\(length)")
            f.append("start=\(Self.characterClass(first))")
            if !words.isEmpty {
                let capitalized = words.filter(\.isCapitalized).count
                f.append("caps=\(Self.shareBucket(capitalized, of: words.count, steps: [0.3, 0.6, 0.9]))")
                let function = words.filter { functionWords.contains($0.lower) }.count
                f.append("fw=\(Self.shareBucket(function, of: words.count, steps: [0.1, 0.2, 0.3]))")
                f.append("first=\(words[0].lower)")
                if words.count > 1 { f.append("first2=\(words[0].lower) \(words[1].lower)") }
                f.append("last=\(words[words.count - 1].lower)")
                if words.count <= Self.cueWordLimit {
                    for w in Set(words.map(\.lower)).sorted() { f.append("w=\(w)") }
                }
            } else {
                f.append("nowords")
            }
            let numbers = toks.filter { $0.kind == .number }
            f.append("digits=\(Self.shareBucket(numbers.count, of: max(1, toks.count), steps: [0.1, 0.3]))")
            if numbers.contains(where: { $0.text.count == 4 && ($0.text.hasPrefix("19") || $0.text.hasPrefix("20")) }) { f.append("year") }
            f.append("sentences=\(min(2, Self.innerSentenceEnds(toks)))")
            let cues = LineTextCues(text, from: line.start, to: line.end)
            if cues.isURL { f.append("url") }
            if Self.hasHandle(text, from: line.start, to: line.end) { f.append("handle") }
            if cues.hasPipe { f.append("pipe") }
            if cues.hasCopyright { f.append("copyright") }
            // Where the line stands among the page's non-blank lines.
            if k == 0 { f.append("pos=first") } else if k == 1 { f.append("pos=second") } else if k < 4 { f.append("pos=top") }
            if k == lines.count - 1 { f.append("pos=last") } else if k >= lines.count - 3 { f.append("pos=bottom") }
            f.append("relpos=\(Self.relativePosition(k, of: lines.count))")
            f.append("relpos=\(Self.relativePosition(k, of: lines.count))|len=\(length)")
            f.append(line.blankBefore && line.blankAfter ? "para=alone" : (line.blankBefore || line.blankAfter ? "para=edge" : "para=inside"))
            // One of a list: three or more short lines in a row with no blank line between (a box of
            // links, a menu, share buttons).
            if runs[k] >= 3 { f.append("list") }
            f.append("prev=\(k > 0 ? Self.lengthBucket(wordCounts[k - 1]) : "none")")
            f.append("next=\(k + 1 < lines.count ? Self.lengthBucket(wordCounts[k + 1]) : "none")")
            f.append("prev=\(k > 0 ? Self.lengthBucket(wordCounts[k - 1]) : "none")|len=\(length)")
            f.append("next=\(k + 1 < lines.count ? Self.lengthBucket(wordCounts[k + 1]) : "none")|len=\(length)")
            // A line run on from the previous one or into the next, with no blank line between (prose
            // wrapped at a fixed width, a sentence cut by the page's layout): how the neighbour ends
            // or begins.
            if k > 0 && !line.blankBefore {
                f.append("joinsPrev=\(Self.characterClass(text[lines[k - 1].end - 1]))|start=\(Self.characterClass(first))")
            }
            if k + 1 < lines.count && !line.blankAfter {
                f.append("joinsNext=\(Self.characterClass(last))|nextStart=\(Self.characterClass(text[lines[k + 1].start]))")
            }
            // A line the page already showed (a repeated headline, a caption twice), or the headline
            // the input gave, below the top of the text.
            let key = cues.normalized
            let isRepeat = !seen.insert(key)
            if isRepeat || (k > 0 && normalizedTitle == key) { f.append("repeat") }
            repeats[k] = isRepeat
            result.append(f)
        }
        return (result, runHeads, wordCounts, repeats)
    }

    /// What the second pass adds to a line's features: whether the first pass took its neighbours
    /// for furniture, whether they are in the same block of lines (no blank line between), and
    /// whether it took the first line of the run of short lines the line belongs to for furniture.
    static func context(_ firstPass: [Bool], lines: [PageLine], runHeads: [Int?]) -> [[String]] {
        lines.indices.map { k in
            var f: [String] = []
            let prev = k > 0 ? (firstPass[k - 1] ? "F" : "C") : "none"
            let next = k + 1 < lines.count ? (firstPass[k + 1] ? "F" : "C") : "none"
            f.append("ctx:prev=\(prev)")
            f.append("ctx:next=\(next)")
            f.append("ctx:prev=\(prev)|next=\(next)")
            if k > 0 && !lines[k].blankBefore { f.append("ctx:prevInBlock=\(prev)") }
            if k + 1 < lines.count && !lines[k].blankAfter { f.append("ctx:nextInBlock=\(next)") }
            f.append("ctx:self=\(firstPass[k] ? "F" : "C")")
            // Under the heading of its run of short lines ("Related stories" over the headlines it lists).
            if let head = runHeads[k], head < k { f.append("ctx:runHead=\(firstPass[head] ? "F" : "C")") }
            return f
        }
    }

    /// For each line in a run of two or more headline-sized lines (at most ``runWordLimit`` words)
    /// with no blank line between, the index of the run's first line (a box of links under its
    /// heading, a list of share buttons); nil for other lines.
    static func runHeads(_ lines: [PageLine], wordCounts: [Int]) -> [Int?] {
        var heads = [Int?](repeating: nil, count: lines.count)
        var k = 0
        while k < lines.count {
            guard wordCounts[k] <= runWordLimit else { k += 1; continue }
            var end = k + 1
            while end < lines.count && wordCounts[end] <= runWordLimit && !lines[end].blankBefore { end += 1 }
            if end - k >= 2 { for i in k..<end { heads[i] = k } }
            k = end
        }
        return heads
    }

    static let runWordLimit = 15

    /// Where line `k` of `count` stands: in the first tenth of the page, the first quarter, the
    /// middle, the last quarter, the last tenth.
    static func relativePosition(_ k: Int, of count: Int) -> String {
        let r = Double(k) / Double(max(1, count - 1))
        if r < 0.1 { return "top10" }
        if r < 0.25 { return "top25" }
        if r <= 0.75 { return "middle" }
        if r <= 0.9 { return "bottom25" }
        return "bottom10"
    }

    /// For each line, the length of the run of short lines (at most ``cueWordLimit`` words) with no
    /// blank line between that it belongs to (0 for a longer line).
    static func shortRuns(_ lines: [PageLine], wordCounts: [Int]) -> [Int] {
        var runs = [Int](repeating: 0, count: lines.count)
        var k = 0
        while k < lines.count {
            guard wordCounts[k] <= cueWordLimit else { k += 1; continue }
            var end = k + 1
            while end < lines.count && wordCounts[end] <= cueWordLimit && !lines[end].blankBefore { end += 1 }
            for i in k..<end { runs[i] = end - k }
            k = end
        }
        return runs
    }

    static func lengthBucket(_ n: Int) -> String {
        switch n {
        case 0...3: return String(n)
        case 4...5: return "4-5"
        case 6...9: return "6-9"
        case 10...19: return "10-19"
        case 20...39: return "20-39"
        default: return "40+"
        }
    }

    /// `0`, `<a`, `<b`, … or `>=last` for the share `part / whole`.
    static func shareBucket(_ part: Int, of whole: Int, steps: [Double]) -> String {
        if part == 0 { return "0" }
        let share = Double(part) / Double(whole)
        for s in steps where share < s { return "<\(s)" }
        return ">=\(steps.last!)"
    }

    static func characterClass(_ c: Unicode.Scalar) -> String {
        switch c {
        case ".": return "period"
        case "?": return "question"
        case "!": return "exclamation"
        case ":": return "colon"
        case ",", ";": return "comma"
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{AB}", "\u{BB}": return "quote"
        case "(", ")", "[", "]": return "bracket"
        case "|": return "pipe"
        case "-", "\u{2013}", "\u{2014}": return "dash"
        case "\u{2022}", "*", "\u{25CF}", "\u{00B7}": return "bullet"
        case "\u{2026}": return "ellipsis"
        default:
            if ScalarProperties.isUppercase(c) { return "upper" }
            if ScalarProperties.isLowercase(c) { return "lower" }
            if c.value < 0x80 ? c.value &- 0x30 < 10 : c.properties.numericType != nil { return "digit" }
            if ScalarProperties.isAlphabetic(c) { return "letter" }
            return "other"
        }
    }

    /// Sentence ends inside the line: a full stop, question or exclamation mark followed by a
    /// capitalized word.
    static func innerSentenceEnds(_ toks: [Token]) -> Int {
        var n = 0
        for i in toks.indices.dropLast() where toks[i].kind == .punctuation && [".", "?", "!"].contains(toks[i].text) {
            if toks[i + 1].isCapitalized || toks[i + 1].kind == .punctuation { n += 1 }
        }
        return n
    }

    static func hasHandle(_ text: ScalarText, from: Int, to: Int) -> Bool {
        var i = from
        while i < to - 1 {
            if text[i] == "@" && ScalarProperties.isAlphabetic(text[i + 1]) && (i == from || text[i - 1] == " " || text[i - 1] == "(") { return true }
            i += 1
        }
        return false
    }
}
