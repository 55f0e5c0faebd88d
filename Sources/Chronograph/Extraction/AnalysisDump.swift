import ChronographCore

/// A plain-text dump of what was found in a document, one line a finding with its source
/// range and the rule that made it (as swift-markdown's tree dump): for people debugging a
/// result and for tests that want to see the whole picture at once.
public enum AnalysisDump {
    public static func render(_ analysis: DocumentAnalysis) -> String {
        var lines: [String] = []
        let dct = analysis.dct
        var head = "document \(analysis.document.id)"
        if let title = analysis.document.title { head += " \u{201C}\(oneLine(title))\u{201D}" }
        lines.append(head)
        var dctLine = "  dct \(dct.value ?? "unknown") origin: \(dct.origin.rawValue)"
        if dct.inferred { dctLine += " inferred" }
        if let e = dct.evidence { dctLine += " (\(oneLine(e)))" }
        lines.append(dctLine)
        if let s = analysis.document.source { lines.append("  source \(oneLine(s))") }
        for t in analysis.timexes {
            var line = "  timex @\(t.start)-\(t.end) \"\(oneLine(t.text))\" \(t.type.rawValue) \(t.value)"
            if let m = t.mod { line += " mod: \(m.rawValue)" }
            if let a = t.rangeStart, let b = t.rangeEnd { line += " range: \(a)/\(b)" }
            line += " [\(t.rule)]"
            lines.append(line)
        }
        for m in analysis.mentions {
            var line = "  event \(m.id) @\(m.start)-\(m.end) \"\(oneLine(m.text))\" \(m.type) \(m.eventClass.rawValue) \(m.factuality.rawValue)"
            if let t = m.time { line += " time: \(t.value)\(t.inferred ? " (inferred)" : "") \(t.certainty.rawValue)" }
            if let p = m.parent { line += " phase_of: \(p)" + (m.phaseIndex.map { " #\($0)" } ?? "") }
            if let a = m.attribution { line += " claimed by: \(oneLine(a.source))" + (a.citing.map { " citing \(oneLine($0))" } ?? "") }
            if !m.actors.isEmpty { line += " actors: " + m.actors.map { oneLine($0.name) }.joined(separator: "; ") }
            if let l = m.location { line += " at: \(oneLine(l.name))" }
            line += " \u{2014} \(oneLine(m.label)) [\(m.rule)]"
            lines.append(line)
        }
        for r in analysis.relations {
            lines.append("  relation \(r.from) \(r.type.rawValue) \(r.to)\(r.derived ? " (derived)" : "") [\(r.rule)]")
        }
        for w in analysis.warnings { lines.append("  warning \(oneLine(w))") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func oneLine(_ s: String) -> String {
        String(s.map { $0.isNewline ? " " : $0 })
    }
}
