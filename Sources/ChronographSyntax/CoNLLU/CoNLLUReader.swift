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
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                finish()
                continue
            }
            open = true
            if line.first == "#" {
                current.comments.append(String(line))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw CoNLLUError(line: lineNumber, message: "expected 10 tab-separated columns, found \(columns.count)")
            }
            let id = columns[0]
            if id.contains("-") || id.contains(".") {
                current.otherLines.append(.init(beforeWord: current.words.count, text: String(line)))
                continue
            }
            guard let n = Int(id), n == current.words.count + 1 else {
                throw CoNLLUError(line: lineNumber, message: "word ID \"\(id)\" out of sequence (expected \(current.words.count + 1))")
            }
            if wordsOnly {
                current.words.append(SyntaxWord(form: String(columns[1]), misc: String(columns[9])))
                continue
            }
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
}
