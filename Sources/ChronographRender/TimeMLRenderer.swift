import ChronographCore

/// TimeML 1.2 for one document: the text with inline `TIMEX3` and `EVENT` tags (scalar offsets, so they
/// agree with TempEval tools), the DCT, a `MAKEINSTANCE` per event, and `TLINK`s for the temporal relations
/// between mentions and from each explicitly dated mention to its time expression.
/// Overlapping annotations cannot nest inline; the later-starting one is left out.
public enum TimeMLRenderer {
    /// TIMEX3/TLINK relation type for a relation kind, or nil for kinds TimeML has no TLINK for.
    public static func relType(_ t: RelationType) -> String? {
        switch t {
        case .before: return "BEFORE"
        case .after: return "AFTER"
        case .includes: return "INCLUDES"
        case .during, .phaseOf: return "IS_INCLUDED"
        case .simultaneous: return "SIMULTANEOUS"
        case .causes, .prevents, .about: return nil
        }
    }

    static func tenseAspect(_ tense: String?) -> (String, String, String) {
        switch tense {
        case "past": return ("PAST", "NONE", "VERB")
        case "past_perfect": return ("PAST", "PERFECTIVE", "VERB")
        case "present_perfect": return ("PRESENT", "PERFECTIVE", "VERB")
        case "present": return ("PRESENT", "NONE", "VERB")
        case "future": return ("FUTURE", "NONE", "VERB")
        case "infinitive": return ("INFINITIVE", "NONE", "VERB")
        default: return ("NONE", "NONE", "NOUN")
        }
    }

    public static func render(_ a: DocumentAnalysis) -> String {
        let scalars = Array(a.document.text.unicodeScalars)
        func slice(_ s: Int, _ e: Int) -> String {
            let lo = max(0, min(s, scalars.count)), hi = max(lo, min(e, scalars.count))
            return String(String.UnicodeScalarView(scalars[lo..<hi]))
        }
        enum Tag { case timex(Int), event(Int) }
        var spans: [(start: Int, end: Int, tag: Tag)] = []
        for (i, t) in a.timexes.enumerated() where t.start < t.end { spans.append((t.start, t.end, .timex(i))) }
        for (i, m) in a.mentions.enumerated() where m.start < m.end { spans.append((m.start, m.end, .event(i))) }
        spans.sort { x, y in
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end > y.end }
            if case .timex = x.tag, case .event = y.tag { return true }
            return false
        }
        var kept: [(start: Int, end: Int, tag: Tag)] = []
        for s in spans where s.start >= (kept.last?.end ?? 0) && s.end <= scalars.count { kept.append(s) }

        var tid: [Int: String] = [:]
        var eid: [Int: String] = [:]
        for s in kept {
            switch s.tag {
            case .timex(let i): tid[i] = "t\(tid.count + 1)"
            case .event(let i): eid[i] = "e\(eid.count + 1)"
            }
        }

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n"
        out += "<DOCID>" + Escaping.xml(a.document.id) + "</DOCID>\n"
        if let v = a.dct.value {
            out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(Escaping.xmlAttribute(v))\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">"
                + Escaping.xml(v) + "</TIMEX3></DCT>\n"
        }
        out += "<TEXT>"
        var cursor = 0
        for s in kept {
            out += Escaping.xml(slice(cursor, s.start))
            let inner = Escaping.xml(slice(s.start, s.end))
            switch s.tag {
            case .timex(let i):
                let t = a.timexes[i]
                var attrs = "tid=\"\(tid[i]!)\" type=\"\(t.type.rawValue)\" value=\"\(Escaping.xmlAttribute(t.value))\""
                if let m = t.mod { attrs += " mod=\"\(m.rawValue)\"" }
                if let q = t.quant { attrs += " quant=\"\(Escaping.xmlAttribute(q))\"" }
                if let f = t.freq { attrs += " freq=\"\(Escaping.xmlAttribute(f))\"" }
                attrs += " temporalFunction=\"false\" functionInDocument=\"NONE\""
                out += "<TIMEX3 \(attrs)>" + inner + "</TIMEX3>"
            case .event(let i):
                out += "<EVENT eid=\"\(eid[i]!)\" class=\"\(a.mentions[i].eventClass.rawValue)\">" + inner + "</EVENT>"
            }
            cursor = s.end
        }
        out += Escaping.xml(slice(cursor, scalars.count))
        out += "</TEXT>\n"

        var eiidOfMention: [String: String] = [:]
        for (i, m) in a.mentions.enumerated() {
            guard let e = eid[i] else { continue }
            let eiid = "ei" + e.dropFirst()
            eiidOfMention[m.id] = eiid
            let (tense, aspect, pos) = tenseAspect(m.tense)
            let polarity = m.factuality == .negated ? "NEG" : "POS"
            out += "<MAKEINSTANCE eiid=\"\(eiid)\" eventID=\"\(e)\" tense=\"\(tense)\" aspect=\"\(aspect)\" polarity=\"\(polarity)\" pos=\"\(pos)\"/>\n"
        }
        var lid = 0
        var written: Set<String> = []
        for r in a.relations {
            guard let rel = relType(r.type), let x = eiidOfMention[r.from], let y = eiidOfMention[r.to], x != y else { continue }
            guard written.insert("\(x)|\(y)|\(rel)").inserted else { continue }
            lid += 1
            out += "<TLINK lid=\"l\(lid)\" relType=\"\(rel)\" eventInstanceID=\"\(x)\" relatedToEventInstance=\"\(y)\"/>\n"
        }
        // Event-to-time links: an explicitly dated mention and the time expression in its sentence with that value.
        for m in a.mentions {
            guard let eiid = eiidOfMention[m.id], let time = m.time else { continue }
            var target: String? = nil
            if time.certainty == .explicit {
                let sentenceEnd = m.sentenceStart + m.sentence.unicodeScalars.count
                if let k = a.timexes.indices.first(where: { k in
                    let t = a.timexes[k]
                    return tid[k] != nil && t.value == time.value && t.start >= m.sentenceStart && t.end <= sentenceEnd
                }) {
                    target = tid[k]
                }
            } else if time.certainty == .documentDate, a.dct.value != nil {
                target = "t0"
            }
            if let target {
                lid += 1
                out += "<TLINK lid=\"l\(lid)\" relType=\"IS_INCLUDED\" eventInstanceID=\"\(eiid)\" relatedToTime=\"\(target)\"/>\n"
            }
        }
        out += "</TimeML>\n"
        return out
    }
}
