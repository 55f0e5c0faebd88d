/// A problem in a CoNLL-U file, with the line it is on (1-based).
public struct CoNLLUError: Error, CustomStringConvertible, Sendable {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// Reads CoNLL-U (https://universaldependencies.org/format.html): sentences separated by blank
/// lines, `#` comments, ten tab-separated columns per word line.
public enum CoNLLUReader {
    /// Every sentence of the text. A word line with other than ten columns, or an ID out of
    /// sequence, is an error naming its line. With `wordsOnly`, only columns 1, 2 and 10 are
    /// read (the others left `_`), so whatever stands in columns 3–9 is no error.
    public static func read(_ text: String, wordsOnly: Bool = false) throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence(words: [])
        var open = false
        var lineNumber = 0
        func finish() {
            if open { sentences.append(current) }
            current = CoNLLUSentence(words: [])
            open = false
        }
        let lines = TextLines(text)
        var fields: [Range<Int>] = []
        try lines.forEachLine { line in
            lineNumber += 1
            let start = line.start
            // A carriage return ends a line only at the end of the text (before a line feed, the two
            // are one character, and no line break).
            let end = line.end > start && line.bytes[line.end - 1] == 0x0D ? line.end - 1 : line.end
            if (start..<end).allSatisfy({ line.bytes[$0] == 0x20 || line.bytes[$0] == 0x09 }) {
                finish()
                return
            }
            open = true
            // "#" and a combining mark after it are one character, not "#".
            if line.bytes[start] == 0x23 && lines.substring(start, end).first == "#" {
                current.comments.append(lines.string(line, start, end))
                return
            }
            TextLines.fields(line, start, end, into: &fields)
            guard fields.count == 10 else {
                throw CoNLLUError(line: lineNumber, message: "expected 10 tab-separated columns, found \(fields.count)")
            }
            let id = fields[0]
            if Self.isRangeOrEmptyNode(line, id, lines) {
                current.otherLines.append(.init(beforeWord: current.words.count, text: lines.string(line, start, end)))
                return
            }
            guard let n = Int(lines.substring(id.lowerBound, id.upperBound)), n == current.words.count + 1 else {
                throw CoNLLUError(line: lineNumber, message: "word ID \"\(lines.substring(id.lowerBound, id.upperBound))\" out of sequence (expected \(current.words.count + 1))")
            }
            if wordsOnly {
                current.words.append(SyntaxWord(form: lines.string(line, fields[1].lowerBound, fields[1].upperBound), misc: lines.string(line, fields[9].lowerBound, fields[9].upperBound)))
                return
            }
            let columns = fields.map { lines.substring($0.lowerBound, $0.upperBound) }
            let head: Int
            if columns[6] == "_" {
                head = -1
            } else if let h = Int(columns[6]), h >= 0 {
                head = h
            } else {
                throw CoNLLUError(line: lineNumber, message: "HEAD \"\(columns[6])\" is not a word number")
            }
            current.words.append(
                SyntaxWord(
                    form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]), xpos: String(columns[4]),
                    feats: String(columns[5]), head: head, deprel: String(columns[7]), deps: String(columns[8]),
                    misc: String(columns[9])))
        }
        finish()
        for (index, sentence) in sentences.enumerated() where sentence.words.contains(where: { $0.head > sentence.words.count }) {
            throw CoNLLUError(line: 0, message: "sentence \(index + 1) has a HEAD beyond its last word")
        }
        return sentences.filter { !$0.words.isEmpty || !$0.comments.isEmpty }
    }

    /// Whether an ID field names a multiword token ("3-4") or an empty node ("8.1"): it holds the
    /// character "-" or "." (bytes decide for ASCII; otherwise characters, since a combining mark
    /// after "-" makes another character).
    private static func isRangeOrEmptyNode(_ line: TextLines.Line, _ id: Range<Int>, _ lines: TextLines) -> Bool {
        if id.allSatisfy({ line.bytes[$0] < 0x80 }) { return id.contains { line.bytes[$0] == 0x2D || line.bytes[$0] == 0x2E } }
        let text = lines.substring(id.lowerBound, id.upperBound)
        return text.contains("-") || text.contains(".")
    }
}
