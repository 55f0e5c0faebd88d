/// How an input's bytes are to be read.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Decide by file extension (`.jsonl`, `.md`, `.html`; anything else is plain text).
    case auto
    case text
    case markdown
    case html
    case jsonl

    /// The format a file name implies.
    public static func byExtension(_ path: String) -> InputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        return .text
    }
}
