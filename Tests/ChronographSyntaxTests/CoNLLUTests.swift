import Testing

@testable import ChronographSyntax

@Suite("CoNLL-U reading and writing")
struct CoNLLUTests {
    static let sample = """
        # sent_id = s1
        # text = I don't know.
        1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
        4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No
        4.1\tknows\t_\t_\t_\t_\t_\t_\t4:conj\t_
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

        # sent_id = s2
        1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_


        """

    @Test func readsWordsCommentsAndPassThroughLines() throws {
        let sentences = try CoNLLUReader.read(Self.sample)
        #expect(sentences.count == 2)
        let s = sentences[0]
        #expect(s.comment("sent_id") == "s1")
        #expect(s.comment("text") == "I don't know.")
        #expect(s.words.map(\.form) == ["I", "do", "n't", "know", "."])
        #expect(s.words.map(\.head) == [4, 4, 4, 0, 4])
        #expect(s.words[2].universalRelation == "advmod")
        #expect(s.otherLines.map(\.beforeWord) == [1, 4])
    }

    @Test func writingWhatWasReadGivesTheSameText() throws {
        let sentences = try CoNLLUReader.read(Self.sample)
        let written = CoNLLUWriter.write(sentences)
        #expect(written == Self.sample.trimmingTrailingBlankLines + "\n\n")
        #expect(try CoNLLUReader.read(written) == sentences)
    }

    @Test func damagedLinesAreErrorsNamingTheirLine() {
        #expect(throws: CoNLLUError.self) { try CoNLLUReader.read("1\tA\tb\n") }
        do {
            _ = try CoNLLUReader.read("# x\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n")
            Issue.record("an out-of-sequence ID was accepted")
        } catch let error as CoNLLUError {
            #expect(error.line == 3)
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(throws: CoNLLUError.self) { try CoNLLUReader.read("1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n") }
    }

    @Test func universalRelationDropsTheSubtype() {
        #expect(SyntaxWord(form: "x", deprel: "nsubj:pass").universalRelation == "nsubj")
        #expect(SyntaxWord(form: "x", deprel: "obj").universalRelation == "obj")
    }
}

extension String {
    var trimmingTrailingBlankLines: String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
