import ChronographCore

/// The news agency of a wire dateline ("MOSCOW, January 18 (TASS) -", "YANGON (AP) —", "/TASS/.") is the
/// source of the report, not a participant of its events.
enum WireAgency {
    /// The agency names a document gives: its source, and a name in parentheses or slashes near the start
    /// of its first sentences that is followed by a dash or a full stop.
    static func names(views: [SentenceView], document: Document) -> Set<String> {
        var out = Set<String>()
        if let s = document.source, !s.isEmpty { out.insert(s.lowercased()) }
        for v in views.prefix(3) {
            let toks = v.tokens
            var i = 0
            while i < min(toks.count, 16) {
                let open = toks[i].text
                guard open == "(" || open == "/" else { i += 1; continue }
                let close = open == "(" ? ")" : "/"
                var j = i + 1
                while j < toks.count && j <= i + 4 && toks[j].text != close { j += 1 }
                guard j < toks.count, toks[j].text == close, j > i + 1 else { i += 1; continue }
                let inner = toks[(i + 1)..<j]
                let after = j + 1 < toks.count ? toks[j + 1].text : "."
                if inner.allSatisfy({ $0.kind == .word && $0.isCapitalized }), ["-", "\u{2013}", "\u{2014}", "."].contains(after) || j + 1 == toks.count {
                    out.insert(ScalarJoin.join(inner).lowercased())
                }
                i = j + 1
            }
        }
        return out
    }

    static func removeFromParticipants(views: [SentenceView], drafts: inout [Draft], document: Document) {
        let agencies = names(views: views, document: document)
        guard !agencies.isEmpty else { return }
        for k in drafts.indices {
            drafts[k].actors.removeAll { a in
                agencies.contains(a.name.lowercased()) || a.aliases.contains { agencies.contains($0.lowercased()) }
            }
        }
    }
}
