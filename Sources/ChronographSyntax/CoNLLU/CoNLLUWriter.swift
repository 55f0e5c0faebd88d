/// Writes sentences as CoNLL-U, each followed by a blank line.
public enum CoNLLUWriter {
    public static func write(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences { append(sentence, to: &out) }
        return out
    }

    public static func append(_ sentence: CoNLLUSentence, to out: inout String) {
        for comment in sentence.comments {
            out += comment
            out += "\n"
        }
        var other = 0
        for (i, word) in sentence.words.enumerated() {
            while other < sentence.otherLines.count && sentence.otherLines[other].beforeWord <= i {
                out += sentence.otherLines[other].text
                out += "\n"
                other += 1
            }
            out += String(i + 1)
            for column in [
                word.form, word.lemma, word.upos, word.xpos, word.feats, word.head < 0 ? "_" : String(word.head),
                word.deprel, word.deps, word.misc,
            ] {
                out += "\t"
                out += column.isEmpty ? "_" : column
            }
            out += "\n"
        }
        while other < sentence.otherLines.count {
            out += sentence.otherLines[other].text
            out += "\n"
            other += 1
        }
        out += "\n"
    }
}
