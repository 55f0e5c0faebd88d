import ChronographCore

/// `verb-forms.tsv` (inflected form → lemma, Penn tags) read in place: the ~26,000 lines are
/// indexed at start-up (``KeyedLines``) and a form's readings are made when it is looked up.
///
/// Tag lists repeat (a few dozen distinct ones such as `VBD,VBN`), so each distinct list is
/// one shared `Set` made once.
struct InflectionTable: Sendable {
    typealias Reading = (lemma: String, tags: Set<String>)

    private let lines: KeyedLines
    /// Per entry line: the lemma's byte range and its tag set (-1: not a 3-field line, skipped).
    private let lemmaStart: [Int32]
    private let lemmaEnd: [Int32]
    private let tagSet: [Int32]
    private let tagSets: [Set<String>]
    /// Whether a tag set has a verb tag (`VB*`); whether it has `NN` or `NNS`.
    private let tagSetIsVerbal: [Bool]
    private let tagSetIsNominal: [Bool]

    init(_ lines: KeyedLines) {
        self.lines = lines
        var lemmaStart = [Int32](repeating: 0, count: lines.count)
        var lemmaEnd = [Int32](repeating: 0, count: lines.count)
        var tagSet = [Int32](repeating: -1, count: lines.count)
        var tagSets: [Set<String>] = []
        var tagSetBytes: [ArraySlice<UInt8>] = []
        var byHash: [UInt64: [Int32]] = [:]
        let bytes = lines.bytes
        let sep = lines.separator
        for e in 0..<lines.count {
            let r = lines.lineRange(e)
            // Exactly three fields: form, lemma, tags.
            var s1 = -1
            var s2 = -1
            var extra = false
            var i = r.lowerBound
            while i < r.upperBound {
                if bytes[i] == sep {
                    if s1 < 0 { s1 = i } else if s2 < 0 { s2 = i } else { extra = true; break }
                }
                i += 1
            }
            guard s2 >= 0, !extra else { continue }
            lemmaStart[e] = Int32(s1 + 1)
            lemmaEnd[e] = Int32(s2)
            let tags = bytes[(s2 + 1)..<r.upperBound]
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in tags { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            if let id = byHash[h]?.first(where: { tagSetBytes[Int($0)].elementsEqual(tags) }) {
                tagSet[e] = id
            } else {
                let id = Int32(tagSets.count)
                tagSets.append(Set(ResourceFile.fields(String(decoding: tags, as: UTF8.self), separator: 0x2C)))
                tagSetBytes.append(tags)
                byHash[h, default: []].append(id)
                tagSet[e] = id
            }
        }
        self.lemmaStart = lemmaStart
        self.lemmaEnd = lemmaEnd
        self.tagSet = tagSet
        self.tagSets = tagSets
        self.tagSetIsVerbal = tagSets.map { $0.contains { $0.hasPrefix("VB") } }
        self.tagSetIsNominal = tagSets.map { $0.contains("NNS") || $0.contains("NN") }
    }

    /// Every reading of a form, in file order; nil when the form is not listed.
    subscript(_ form: String) -> [Reading]? {
        let r = readings(form, verbalOnly: false)
        return r.isEmpty ? nil : r
    }

    /// The readings of a form, in file order; with `verbalOnly`, only those with a `VB*` tag.
    func readings(_ form: String, verbalOnly: Bool) -> [Reading] {
        var out: [Reading] = []
        var e = lines.firstEntry(forKey: form)
        while let k = e {
            let t = Int(tagSet[k])
            if t >= 0 && (!verbalOnly || tagSetIsVerbal[t]) {
                out.append((lines.string(Int(lemmaStart[k])..<Int(lemmaEnd[k])), tagSets[t]))
            }
            e = lines.nextEntry(after: k)
        }
        return out
    }

    /// The lemmas of the form's noun readings (`NN`/`NNS`), in file order.
    func nounLemmas(_ form: String) -> [String] {
        var out: [String] = []
        var e = lines.firstEntry(forKey: form)
        while let k = e {
            let t = Int(tagSet[k])
            if t >= 0 && tagSetIsNominal[t] { out.append(lines.string(Int(lemmaStart[k])..<Int(lemmaEnd[k]))) }
            e = lines.nextEntry(after: k)
        }
        return out
    }

    /// Whether the form has a reading.
    func contains(_ form: String) -> Bool {
        var e = lines.firstEntry(forKey: form)
        while let k = e {
            if tagSet[k] >= 0 { return true }
            e = lines.nextEntry(after: k)
        }
        return false
    }
}
