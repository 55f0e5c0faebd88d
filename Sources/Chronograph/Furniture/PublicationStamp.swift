import ChronographCore

/// The stamp a feed or an archive puts before an article's text: an ISO date, perhaps after one label
/// word (" date 2024-06-27 The President of Kenya has explained ..."). It says when the piece was
/// published; it is no part of the first sentence, whose parse it would otherwise bend ("Date said"),
/// nor a date of the events the lead tells. Prose does not open with a date written `YYYY-MM-DD`, nor
/// with a word in lower case: the label is in lower case or ends in a colon ("On 2024-03-08 protesters
/// stormed ..." is a sentence), and the article's first word, capitalized, or a line break follows.
enum PublicationStamp {
    /// The stamp at the start of `text` (its label word and date), if there is one.
    static func find(in text: ScalarText) -> FurnitureLine? {
        var i = 0
        func skipSpaces() { while i < text.count && text[i] == " " { i += 1 } }
        // The text's first line with words (a page may open with blank lines).
        while i < text.count && ScalarProperties.isWhitespace(text[i]) { i += 1 }
        let start = i
        // An optional label word ("date", "published", "Updated:"; at most 12 letters), with an optional colon.
        var letters = 0
        while i < text.count && ScalarProperties.isAlphabetic(text[i]) { i += 1; letters += 1 }
        if letters > 0 {
            guard letters <= 12 else { return nil }
            let colon = i < text.count && text[i] == ":"
            guard colon || ScalarProperties.isLowercase(text[start]) else { return nil }
            if colon { i += 1 }
            guard i < text.count && text[i] == " " else { return nil }
            skipSpaces()
        }
        // YYYY-MM-DD, then a space or the end of the line.
        let digits = [4, 2, 2]
        for (n, width) in digits.enumerated() {
            for _ in 0..<width {
                guard i < text.count, ("0"..."9").contains(text[i]) else { return nil }
                i += 1
            }
            if n < digits.count - 1 {
                guard i < text.count, text[i] == "-" else { return nil }
                i += 1
            }
        }
        guard i == text.count || ScalarProperties.isWhitespace(text[i]) else { return nil }
        var next = i
        while next < text.count && text[next] == " " { next += 1 }
        guard next == text.count || ScalarProperties.isWhitespace(text[next]) || ScalarProperties.isUppercase(text[next]) || !ScalarProperties.isAlphabetic(text[next])
        else { return nil }
        return FurnitureLine(start: start, end: i)
    }
}
