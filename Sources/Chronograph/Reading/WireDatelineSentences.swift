import ChronographCore

/// Ends a sentence after a wire dateline that opens a paragraph ("DETROIT, March 3, 2005 - General
/// Motors said ...", "MOSCOW, Jan 5 (Reuters) - Police detained ...", "WASHINGTON _ The economy
/// ..."): the place before the dash is where the report was filed, not the subject of the sentence
/// after it, and a parse that reads both as one sentence makes it one ("MOSCOW detained protesters").
/// Offsets are unchanged; only the sentence boundaries move.
enum WireDatelineSentences {
    /// The dashes that close a dateline (AP's typewritten " _ " among them).
    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "_"]

    /// `sentences` with each one that opens with a dateline cut after the dateline's dash. `dateline`
    /// is the document's own (the reader's), found however it is written; other sentences are cut
    /// when they open with a place in capitals ("NEW YORK", "NEWARK, N.J.", "UNITED NATIONS (AP)").
    static func cut(_ sentences: [Sentence], dateline: Dateline?, text: ScalarText) -> [Sentence] {
        var result: [Sentence] = []
        result.reserveCapacity(sentences.count + 1)
        for s in sentences {
            var end: Int?
            if let d = dateline, s.start <= d.start, d.end < s.end { end = dashEnd(after: d.end, in: s, text) }
            if end == nil { end = capitalPlaceDateline(s, text) }
            guard let cut = end else { result.append(s); continue }
            var next = cut
            while next < s.end && ScalarProperties.isWhitespace(text[next]) { next += 1 }
            // Nothing after the dash: the dateline already stands alone.
            guard next < s.end else { result.append(s); continue }
            result.append(Sentence(start: s.start, end: cut))
            result.append(Sentence(start: next, end: s.end))
        }
        return result
    }

    /// The offset just past a dash that follows `offset` after blanks and a parenthesized credit
    /// ("(Reuters)"), with a blank after it; nil when something else comes first.
    static func dashEnd(after offset: Int, in s: Sentence, _ text: ScalarText) -> Int? {
        var i = offset
        while i < s.end && text[i] == " " { i += 1 }
        if i < s.end && text[i] == "(" {
            var j = i + 1
            while j < s.end && j < i + 40 && text[j] != ")" && text[j] != "\n" { j += 1 }
            guard j < s.end, text[j] == ")" else { return nil }
            i = j + 1
            while i < s.end && text[i] == " " { i += 1 }
        }
        guard i + 1 < s.end, dashes.contains(text[i]) else { return nil }
        var k = i + 1
        while k < s.end && (dashes.contains(text[k])) { k += 1 }
        guard k < s.end, ScalarProperties.isWhitespace(text[k]) else { return nil }
        return k
    }

    /// A sentence opening with one to four words in capitals (at least two letters each, periods
    /// allowed: "N.J."), then optionally a comma and up to three capitalized words (a region:
    /// "Kenya", "N.J."), then a credit and a dash: the end of that dash, else nil.
    static func capitalPlaceDateline(_ s: Sentence, _ text: ScalarText) -> Int? {
        var i = s.start
        var capitalWords = 0
        while i < s.end && capitalWords < 4 {
            var letters = 0
            var j = i
            while j < s.end && (ScalarProperties.isAlphabetic(text[j]) || text[j] == ".") {
                if ScalarProperties.isAlphabetic(text[j]) {
                    guard ScalarProperties.isUppercase(text[j]) else { return nil }
                    letters += 1
                }
                j += 1
            }
            guard letters >= 2 || (letters == 1 && j > i + 1) else { break }
            capitalWords += 1
            i = j
            guard i < s.end, text[i] == " ", i + 1 < s.end, ScalarProperties.isAlphabetic(text[i + 1]) else { break }
            i += 1
        }
        guard capitalWords >= 1, i < s.end else { return nil }
        if text[i] == "," {
            // The region: capitalized words up to the credit or the dash.
            var j = i + 1
            var words = 0
            while j < s.end && text[j] == " " {
                let w = j + 1
                guard w < s.end, ScalarProperties.isUppercase(text[w]) else { break }
                var k = w
                while k < s.end && (ScalarProperties.isAlphabetic(text[k]) || text[k] == ".") { k += 1 }
                words += 1
                j = k
                if words > 3 { return nil }
            }
            guard words >= 1 else { return nil }
            i = j
        }
        return dashEnd(after: i, in: s, text)
    }
}
