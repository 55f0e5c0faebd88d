import ChronographCore
import ChronographSyntax

/// A sentence prepared for extraction: its tokens and which of them stand inside quotation marks.
struct SentenceView {
    var index: Int
    var sentence: Sentence
    var tokens: [Token]
    var quoted: [Bool]
    /// Index of the paragraph (blank-line separated block) the sentence stands in.
    var paragraph: Int
    /// The sentence's tagged words and (made when first asked for) its parse, when the pipeline has a
    /// syntax model for the document's language.
    var syntax: SentenceSyntax? = nil
}

/// A mention under construction: the extractor's stages fill it in turn.
struct Draft {
    var sentence: Int
    /// Token range in the sentence, end exclusive.
    var tokStart: Int
    var tokEnd: Int
    var start: Int
    var end: Int
    var text: String
    var lemma: String
    var isVerb: Bool
    var type: String
    var eventClass: EventClass
    var salient: Bool
    var tense: String = "none"
    var passive = false
    var factuality: Factuality = .asserted
    var attribution: Attribution?
    var actors: [Actor] = []
    var location: Place?
    var time: EventTime?
    var parent: Int?
    var phaseIndex: Int?
    var phaseLabel: String?
    /// Absorbed into another mention (a phase's description, a plan noun): not emitted on its own.
    var absorbed = false
    /// A minor event no headline can be written for (no subject, a bare noun): not emitted on the timeline.
    var untold = false
    var rule: String
    var label = ""
    var id = ""
}

/// A participant found in a sentence, with its token span.
struct ActorSpan {
    var tokStart: Int
    var tokEnd: Int
    var actor: Actor
}

enum Slug {
    /// Lower-case ASCII letters and digits, other runs become one hyphen.
    static func make(_ s: String) -> String {
        // ASCII names (most): the same steps over bytes.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count)
            var dash = false
            for b in s.utf8 {
                let c = b >= 65 && b <= 90 ? b | 0x20 : b
                if (c >= 97 && c <= 122) || (c >= 48 && c <= 57) {
                    bytes.append(c)
                    dash = false
                } else if !dash && !bytes.isEmpty {
                    bytes.append(0x2D)
                    dash = true
                }
            }
            while bytes.last == 0x2D { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        var dash = false
        for c in s.lowercased().unicodeScalars {
            if (c.value >= 97 && c.value <= 122) || (c.value >= 48 && c.value <= 57) {
                out.unicodeScalars.append(c)
                dash = false
            } else if c.value > 127 && c.properties.isAlphabetic {
                // Non-ASCII letters: keep them so that non-Latin names still get distinct slugs.
                out.unicodeScalars.append(c)
                dash = false
            } else if !dash && !out.isEmpty {
                out += "-"
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
