import ChronographCore

extension CoNLLUSentence {
    /// A parsed sentence of a document as CoNLL-U: `# sent_id` and `# text` comments, a
    /// multiword-token line before each written token that was split into words, and in MISC
    /// `SpaceAfter=No` where the text has no space after the token and `TokenRange=start:end`,
    /// the word's Unicode scalar offsets in the document (end exclusive).
    public init(tree: DependencyTree, text: ScalarText, id: String) {
        var words = tree.words
        var other: [OtherLine] = []
        let first = words.first?.start ?? 0
        let last = words.last?.end ?? 0
        var i = 0
        while i < words.count {
            if let token = words[i].token {
                var j = i
                while j + 1 < words.count && words[j + 1].token == token { j += 1 }
                let spaceAfter = token.upperBound < last && token.upperBound == words[min(j + 1, words.count - 1)].start
                other.append(
                    OtherLine(
                        beforeWord: i,
                        text: "\(i + 1)-\(j + 1)\t\(text.slice(token.lowerBound, token.upperBound))\t_\t_\t_\t_\t_\t_\t_\t"
                            + (spaceAfter ? "SpaceAfter=No" : "_")))
                for k in i...j { words[k].misc = "TokenRange=\(words[k].start):\(words[k].end)" }
                i = j + 1
                continue
            }
            var misc: [String] = []
            if i + 1 < words.count && words[i + 1].start == words[i].end { misc.append("SpaceAfter=No") }
            misc.append("TokenRange=\(words[i].start):\(words[i].end)")
            words[i].misc = misc.joined(separator: "|")
            i += 1
        }
        let sentenceText = text.slice(first, last).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        self.init(comments: ["# sent_id = \(id)", "# text = \(sentenceText)"], words: words, otherLines: other)
    }
}
