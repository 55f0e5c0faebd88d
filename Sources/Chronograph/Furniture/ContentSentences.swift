import ChronographCore

/// Keeps page furniture out of the article's sentences: sentences are cut where a furniture line
/// begins or ends (a headline box without a final full stop would otherwise run on into the next
/// paragraph), and the sentences inside furniture are left out of the event stage.
enum ContentSentences {
    /// `sentences` cut at the edges of the furniture lines, trimmed of blanks; offsets unchanged.
    static func cut(_ sentences: [Sentence], at furniture: [FurnitureLine], text: ScalarText) -> [Sentence] {
        guard !furniture.isEmpty else { return sentences }
        var edges: [Int] = []
        edges.reserveCapacity(furniture.count * 2)
        for line in furniture { edges.append(line.start); edges.append(line.end) }
        var result: [Sentence] = []
        result.reserveCapacity(sentences.count + furniture.count)
        var e = 0
        for s in sentences {
            while e < edges.count && edges[e] <= s.start { e += 1 }
            var start = s.start
            var k = e
            while k < edges.count && edges[k] < s.end {
                append(start, edges[k], text, to: &result)
                start = edges[k]
                k += 1
            }
            append(start, s.end, text, to: &result)
        }
        return result
    }

    private static func append(_ start: Int, _ end: Int, _ text: ScalarText, to result: inout [Sentence]) {
        var a = start
        var b = end
        while a < b && ScalarProperties.isWhitespace(text[a]) { a += 1 }
        while b > a && ScalarProperties.isWhitespace(text[b - 1]) { b -= 1 }
        if b > a { result.append(Sentence(start: a, end: b)) }
    }

    /// The indices of the sentences that are not inside a furniture line.
    static func content(_ sentences: [Sentence], furniture: [FurnitureLine]) -> [Int] {
        sentences.indices.filter { !furniture.covers(from: sentences[$0].start, to: sentences[$0].end) }
    }
}
