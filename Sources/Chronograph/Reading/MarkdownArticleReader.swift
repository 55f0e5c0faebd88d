import ChronographCore

/// Reads a Markdown article: markup stripped to its text (headings, emphasis, links, images,
/// list and quote markers, code fences), the first heading as title, and YAML front matter
/// keys `title`, `date`, `source`, `url` as metadata.
public struct MarkdownArticleReader: Sendable {
    let plain: PlainTextArticleReader

    public init(plain: PlainTextArticleReader) {
        self.plain = plain
    }

    public func read(id: String, markdown: String, path: String?) -> Document {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        var front: [String: String] = [:]
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        {
            for line in lines[1..<close] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                front[key] = value
            }
            lines.removeSubrange(0...close)
        }
        var heading: String?
        var out: [String] = []
        var inFence = false
        for raw in lines {
            var line = raw
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence {
                out.append(line)
                continue
            }
            if trimmed.hasPrefix("#") {
                line = String(trimmed.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                if heading == nil { heading = Self.inline(line) }
            } else if trimmed.allSatisfy({ $0 == "-" || $0 == "=" || $0 == "*" || $0 == "_" }) && !trimmed.isEmpty {
                continue  // rules and setext underlines
            } else {
                line = Self.stripBlockMarker(trimmed)
            }
            out.append(Self.inline(line))
        }
        let text = out.joined(separator: "\n")
        var document = plain.read(id: id, text: text, path: path)
        if let t = front["title"] ?? heading { document.title = t }
        document.publicationDate = front["date"].map { String($0.prefix(10)) }
        if let s = front["source"] { document.source = s }
        document.url = front["url"]
        return document
    }

    static func stripBlockMarker(_ line: String) -> String {
        var s = Substring(line)
        while s.hasPrefix(">") { s = s.dropFirst().drop { $0 == " " } }
        if s.hasPrefix("- ") || s.hasPrefix("* ") || s.hasPrefix("+ ") { return String(s.dropFirst(2)) }
        let digits = s.prefix { $0.isNumber }
        if !digits.isEmpty, s.dropFirst(digits.count).hasPrefix(". ") { return String(s.dropFirst(digits.count + 2)) }
        return String(s)
    }

    /// Inline markup to text: `![alt](url)` and `[text](url)` keep their text, emphasis and code marks go.
    static func inline(_ line: String) -> String {
        var out = ""
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c == "!" || c == "[", let link = link(in: line, at: c == "!" ? line.index(after: i) : i) {
                out += link.text
                i = link.end
                continue
            }
            if c == "*" || c == "`" || (c == "_" && isEmphasisUnderscore(line, i)) {
                i = line.index(after: i)
                continue
            }
            if c == "<", let close = line[i...].firstIndex(of: ">"), line[line.index(after: i)..<close].allSatisfy({ !$0.isWhitespace || true }),
                line[line.index(after: i)...].first?.isLetter == true || line[line.index(after: i)...].first == "/"
            {
                i = line.index(after: close)
                continue
            }
            out.append(c)
            i = line.index(after: i)
        }
        return out
    }

    private static func isEmphasisUnderscore(_ line: String, _ i: String.Index) -> Bool {
        let before = i > line.startIndex ? line[line.index(before: i)] : " "
        let afterIndex = line.index(after: i)
        let after = afterIndex < line.endIndex ? line[afterIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }

    private static func link(in line: String, at open: String.Index) -> (text: String, end: String.Index)? {
        guard open < line.endIndex, line[open] == "[", let close = line[open...].firstIndex(of: "]") else { return nil }
        let paren = line.index(after: close)
        guard paren < line.endIndex, line[paren] == "(", let end = line[paren...].firstIndex(of: ")") else { return nil }
        return (String(line[line.index(after: open)..<close]), line.index(after: end))
    }
}

import Foundation
