import ChronographCore
import Foundation
import Testing

@Suite("Keyed resource lines")
struct KeyedLinesTests {
    let table = KeyedLines(
        bytes: Array("# comment\n  ran\trun\tVBD \r\nrun\trun\tVB\n\nrun\trun\tNN\n#run\tx\ncafé\tcafé\tNN\nsolo\n".utf8),
        nfc: { $0.precomposedStringWithCanonicalMapping })

    @Test func entriesOfAKeyInFileOrderAsTheLineReaderSplitsThem() {
        #expect(table.count == 5)
        let run = table.entries(forKey: "run")
        #expect(run.map { table.fields($0) } == [["run", "run", "VB"], ["run", "run", "NN"]])
        // Lines are trimmed like ResourceFile.lines: leading spaces, trailing spaces and \r go.
        #expect(table.entries(forKey: "ran").map { table.fields($0) } == [["ran", "run", "VBD"]])
        #expect(table.entries(forKey: "solo").map { table.key($0) } == ["solo"])
        let lines = ResourceFile.lines(in: table.bytes)
        #expect((0..<table.count).map { table.fields($0) } == lines.map { ResourceFile.fields($0) })
    }

    @Test func absentKeysCommentsAndPrefixesAreNotFound() {
        #expect(table.entries(forKey: "#run").isEmpty)
        #expect(table.firstEntry(forKey: "ru") == nil)
        #expect(table.firstEntry(forKey: "runs") == nil)
        #expect(table.firstEntry(forKey: "") == nil)
        #expect(table.firstEntry(forKey: "Run") == nil)
    }

    @Test func keysCompareAsSwiftStringsDo() {
        // "café" with a combining accent is the same Swift string as the precomposed key.
        #expect(table.entries(forKey: "cafe\u{301}").count == 1)
        #expect(table.entries(forKey: "café").count == 1)
    }

    @Test func manyKeysAllFound() {
        var text = ""
        for n in 0..<5000 { text += "w\(n)\t\(n)\n" }
        let big = KeyedLines(bytes: Array(text.utf8), nfc: { $0 })
        for n in stride(from: 0, to: 5000, by: 7) {
            #expect(big.entries(forKey: "w\(n)").map { big.fields($0)[1] } == ["\(n)"])
        }
        #expect(big.firstEntry(forKey: "w5000") == nil)
    }

    @Test func asciiLowerCaseAndSlicesMatchTheStringFunctions() {
        let text = ScalarText("The U.S. ARMY's İstanbul Straße 9 a.m. ÉTÉ naïve 🇰🇿 re-elected")
        for t in Tokenizer.tokenize(text) {
            #expect(t.lower == t.text.lowercased())
            #expect(t.isCapitalized == t.text.unicodeScalars.first!.properties.isUppercase)
        }
        for a in 0...text.count {
            for b in a...text.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: text.scalars[a..<b])
                #expect(text.slice(a, b) == String(view))
            }
        }
    }
}
