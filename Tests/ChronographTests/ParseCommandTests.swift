import Foundation
import Testing

/// `chronograph parse` end to end: text and CoNLL-U in, CoNLL-U out.
@Suite("parse command")
struct ParseCommandTests {
    /// Word lines (ID, form, ..., MISC) of CoNLL-U output, without comments and blank lines.
    static func rows(_ conllu: String) -> [[String]] {
        conllu.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func textBecomesWordsTagsAndATreeWithOffsets() throws {
        let text = "Protesters didn't leave the square.\nPolice arrested 20 people on Friday."
        let run = try TestSupport.chronograph(["parse", "-", "--input-format", "text"], stdin: text)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = Self.rows(run.stdout)
        #expect(run.stdout.contains("# text = Protesters didn't leave the square."))
        let mwt = rows.first { $0[0].contains("-") }
        #expect(mwt?[1] == "didn't")
        let words = rows.filter { !$0[0].contains("-") }
        #expect(words.count == 14)
        #expect(words.map { $0[1] }.prefix(4) == ["Protesters", "did", "n't", "leave"])
        // Every word line has ten columns, a head inside its sentence, and its offsets in MISC.
        let scalars = Array(text.unicodeScalars)
        for w in words {
            #expect(w.count == 10)
            let range = w[9].split(separator: "|").first { $0.hasPrefix("TokenRange=") }!.dropFirst("TokenRange=".count).split(separator: ":")
            let (a, b) = (Int(range[0])!, Int(range[1])!)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[a..<b])
            #expect(String(slice) == w[1])
        }
        #expect(words.filter { $0[6] == "0" }.count == 2, "one root per sentence")
        #expect(words.first { $0[1] == "arrested" }?[2] == "arrest")
    }

    @Test func conlluKeepsItsWordsAndPredictsColumnsThreeToEight() throws {
        let input = """
            # sent_id = x1
            1-2\tcan't\t_\t_\t_\t_\t_\t_\t_\t_
            1\tca\tGOLD\tGOLD\tGOLD\tGOLD\t9\tgold\t_\t_
            2\tn't\tGOLD\tGOLD\tGOLD\tGOLD\t9\tgold\t_\t_
            3\tstop\tGOLD\tGOLD\tGOLD\tGOLD\t9\tgold\t_\tSpaceAfter=No
            4\t.\tGOLD\tGOLD\tGOLD\tGOLD\t9\tgold\t_\t_


            """
        let run = try TestSupport.chronograph(["parse", "-", "--input-format", "conllu"], stdin: input)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("# sent_id = x1\n1-2\tcan't\t_"))
        let words = Self.rows(run.stdout).filter { !$0[0].contains("-") }
        #expect(words.map { $0[1] } == ["ca", "n't", "stop", "."])
        #expect(words.map { $0[9] } == ["_", "_", "SpaceAfter=No", "_"])
        #expect(!run.stdout.contains("GOLD") && !run.stdout.contains("gold"))
        #expect(words.allSatisfy { Int($0[6])! <= 4 })
    }

    @Test func aDamagedCoNLLUFileIsAnErrorNamingItsLine() throws {
        let dir = try TestSupport.temporaryFolder()
        let file = dir.appendingPathComponent("bad.conllu")
        try Data("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\n".utf8).write(to: file)
        let run = try TestSupport.chronograph(["parse", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.conllu:2: error"))
    }
}
