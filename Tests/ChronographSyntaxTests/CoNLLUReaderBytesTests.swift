import Foundation
import Testing

@testable import ChronographSyntax

/// The CoNLL-U reader scans UTF-8 bytes (``TextLines``); it must read every text exactly as the
/// reader that split `Character`s did, kept here as the reference: the same sentences, or the same
/// error on the same line.
@Suite("CoNLL-U reading by bytes")
struct CoNLLUReaderBytesTests {
    /// The reader before it read bytes (its loop verbatim).
    static func referenceRead(_ text: String, wordsOnly: Bool) throws -> [CoNLLUSentence] {
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

    /// Sentences, or the error's line and message.
    enum Outcome: Equatable {
        case sentences([CoNLLUSentence])
        case error(String)
    }

    static func outcome(_ read: () throws -> [CoNLLUSentence]) -> Outcome {
        do { return .sentences(try read()) } catch let e as CoNLLUError { return .error("\(e.line): \(e.message)") } catch { return .error("\(error)") }
    }

    static let word = "1\tA\ta\tX\tX\t_\t0\troot\t_\t_"

    /// Texts at the edges where bytes and characters could part: carriage returns, combining marks
    /// after "#", "-", "." or a tab, blank lines of spaces and tabs, non-ASCII forms and IDs.
    static let texts: [String] = [
        CoNLLUTests.sample,
        CoNLLUTests.sample.replacingOccurrences(of: "\n", with: "\r\n"),
        "# a\n\(word)\r",
        "# a\n\(word)\n\r",
        "# a\r\n\(word)\n\n# b\n\(word)\n",
        "#\u{301} not a comment\n\(word)\n",
        "#\u{301}\t\t\t\t\t\t\t\t\t\n\(word)\n",
        "# \u{301}comment\n\(word)\n",
        "\(word)\n1-\u{301}2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n",
        "\(word)\n2.\u{301}1\tab\t_\t_\t_\t_\t_\t_\t_\t_\n",
        "\(word)\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n",
        "\(word)\n \t \n\(word)\n",
        "\(word)\n \u{301}\n\(word)\n",
        "1\t\u{301}A\ta\tX\tX\t_\t0\troot\t_\tSpaceAfter=No\u{301}\n",
        "1\tcafé\tcafé\tNOUN\tNN\t_\t0\troot\t_\t_\n2\t日本\t_\t_\t_\t_\t1\tdep\t_\t_\n",
        "+1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",
        "\u{661}\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",
        "1\tA\ta\tX\tX\t_\t0\troot\t_\n",
        "2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",
        "1\tA\ta\tX\tX\t_\tx\troot\t_\t_\n",
        "1\tA\ta\tX\tX\t_\t9\troot\t_\t_\n",
        "", "\n", "\r", "\r\n", "\n\n\n", "#", "# only a comment",
    ]

    @Test func readsEveryTextAsTheCharacterReaderDid() {
        for text in Self.texts {
            for wordsOnly in [false, true] {
                let bytes = Self.outcome { try CoNLLUReader.read(text, wordsOnly: wordsOnly) }
                let characters = Self.outcome { try Self.referenceRead(text, wordsOnly: wordsOnly) }
                #expect(bytes == characters, "\(text.debugDescription), wordsOnly: \(wordsOnly)")
            }
        }
    }
}
