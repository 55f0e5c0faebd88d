import ChronographCore

/// Reads an HTML page: tags stripped, entities decoded, scripts and styles dropped, block
/// elements turned into line breaks; `<title>`/`<h1>`, `article:published_time`,
/// `og:site_name` and the canonical link give title, date, source and URL.
public struct HTMLArticleReader: Sendable {
    let plain: PlainTextArticleReader

    public init(plain: PlainTextArticleReader) {
        self.plain = plain
    }

    static let dropped: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "nav", "iframe"]
    static let paragraphs: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header", "footer",
        "blockquote", "table", "ul", "ol", "figure", "figcaption", "main", "aside", "pre", "hr", "dl",
    ]
    static let lineBreaks: Set<String> = ["br", "li", "tr", "dt", "dd"]

    public func read(id: String, html: String, path: String?) -> Document {
        var text = ""
        var title: String?
        var heading: String?
        var meta: [String: String] = [:]
        var canonical: String?
        var skipping: String?
        var capture: (tag: String, text: String)?
        var i = html.startIndex
        while i < html.endIndex {
            guard html[i] == "<" else {
                let next = html[i...].firstIndex(of: "<") ?? html.endIndex
                let chunk = html[i..<next]
                if skipping == nil || skipping == "head" {
                    let decoded = HTMLEntities.decode(chunk)
                    if capture != nil { capture!.text += decoded }
                    if skipping == nil { text += Self.collapse(decoded) }
                }
                i = next
                continue
            }
            if html[i...].hasPrefix("<!--") {
                i = html[i...].range(of: "-->")?.upperBound ?? html.endIndex
                continue
            }
            let close = html[i...].firstIndex(of: ">") ?? html.endIndex
            let tag = html[html.index(after: i)..<close]
            i = close < html.endIndex ? html.index(after: close) : close
            let isEnd = tag.hasPrefix("/")
            let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
            if let skip = skipping {
                if skip == "head" && !isEnd {
                    if name == "meta" { Self.readMeta(tag, into: &meta) }
                    if name == "link", Self.attribute("rel", in: tag)?.lowercased() == "canonical" {
                        canonical = Self.attribute("href", in: tag).map { HTMLEntities.decode(Substring($0)) }
                    }
                    if name == "title" { capture = ("title", "") }
                } else if skip == "head" && isEnd && name == "title", let c = capture {
                    title = c.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    capture = nil
                }
                if isEnd && name == skip { skipping = nil }
                continue
            }
            if !isEnd && Self.dropped.contains(name) && !tag.hasSuffix("/") {
                skipping = name
                continue
            }
            if name == "meta" { Self.readMeta(tag, into: &meta) }
            if name == "h1" {
                if !isEnd && heading == nil { capture = ("h1", "") }
                if isEnd, let c = capture, c.tag == "h1" {
                    heading = c.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    capture = nil
                }
            }
            if Self.paragraphs.contains(name) {
                if !text.hasSuffix("\n\n") { text += text.hasSuffix("\n") ? "\n" : "\n\n" }
            } else if Self.lineBreaks.contains(name) {
                if !text.hasSuffix("\n") { text += "\n" }
            } else if !text.hasSuffix(" ") && !text.hasSuffix("\n") && !text.isEmpty {
                // Inline tags between words: keep the words apart only where the source had a space.
            }
        }
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        var document = plain.read(id: id, text: body, path: path)
        if let h = heading ?? title, !h.isEmpty { document.title = h }
        document.publicationDate = meta["article:published_time"] ?? meta["date"] ?? meta["dc.date"] ?? meta["pubdate"]
        document.publicationDate = document.publicationDate.map { String($0.prefix(10)) }
        if let site = meta["og:site_name"] ?? meta["author"], document.source == nil { document.source = site }
        document.url = canonical ?? meta["og:url"]
        return document
    }

    static func collapse(_ s: String) -> String {
        var out = ""
        var lastSpace = false
        for c in s {
            if c.isWhitespace {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(c)
                lastSpace = false
            }
        }
        return out
    }

    static func readMeta(_ tag: Substring, into meta: inout [String: String]) {
        guard let key = (attribute("property", in: tag) ?? attribute("name", in: tag))?.lowercased(),
            let content = attribute("content", in: tag)
        else { return }
        if meta[key] == nil { meta[key] = HTMLEntities.decode(Substring(content)) }
    }

    /// The value of `name="…"` (or single-quoted) in a tag.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        let lower = tag.lowercased()
        var search = lower.startIndex
        while let r = lower[search...].range(of: name + "=") {
            let before = r.lowerBound == lower.startIndex ? " " : lower[lower.index(before: r.lowerBound)]
            search = r.upperBound
            guard before.isWhitespace else { continue }
            let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
            let rest = tag.dropFirst(offset)
            guard let quote = rest.first, quote == "\"" || quote == "'" else {
                return String(rest.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" })
            }
            return String(rest.dropFirst().prefix { $0 != quote })
        }
        return nil
    }
}
