import ChronographCore

/// `gazetteer.tsv` read in place: names are indexed at start-up (``KeyedLines``) and a
/// ``Place`` is made from its line when it is looked up.
struct Gazetteer: Sendable {
    private let lines: KeyedLines
    /// Per entry line, its place kind (nil: fewer than four fields or an unknown kind; skipped).
    private let kinds: [PlaceKind?]
    /// The tokens of every name, by first token, longest first (for matching names in text).
    /// (A `Dictionary`, not a ``WordMap``: it is built at every start-up from thousands of
    /// names, which the standard dictionary does faster, and only capitalized tokens look in it.)
    let namesByFirstWord: [String: [[String]]]

    init(_ lines: KeyedLines) {
        self.lines = lines
        var kinds = [PlaceKind?](repeating: nil, count: lines.count)
        var byFirst: [String: [[String]]] = [:]
        byFirst.reserveCapacity(lines.count)
        let bytes = lines.bytes
        let sep = lines.separator
        let kindNames = PlaceKind.allCases.map { (Array($0.rawValue.utf8), $0) }
        for e in 0..<lines.count {
            // At least four fields; the second one a place kind.
            let r = lines.lineRange(e)
            var seps = (-1, -1, -1)
            var i = r.lowerBound
            while i < r.upperBound {
                if bytes[i] == sep {
                    if seps.0 < 0 { seps.0 = i } else if seps.1 < 0 { seps.1 = i } else { seps.2 = i; break }
                }
                i += 1
            }
            guard seps.2 >= 0 else { continue }
            let kindBytes = bytes[(seps.0 + 1)..<seps.1]
            guard let kind = kindNames.first(where: { $0.0.elementsEqual(kindBytes) })?.1 else { continue }
            kinds[e] = kind
            let words = Self.words(bytes[r.lowerBound..<seps.0], name: { lines.string(r.lowerBound..<seps.0) })
            if let first = words.first { byFirst[first, default: []].append(words) }
        }
        // Only lists of two or more need sorting (and iterating `keys` while sorting in place
        // copied the whole dictionary).
        let shared = byFirst.compactMap { $0.value.count > 1 ? $0.key : nil }
        for k in shared { byFirst[k]!.sort { $0.count > $1.count } }
        self.kinds = kinds
        self.namesByFirstWord = byFirst
    }

    /// The place named `name` (the last line of that name wins, as in a dictionary filled in file order).
    subscript(_ name: String) -> Place? {
        var found: Int?
        var e = lines.firstEntry(forKey: name)
        while let k = e {
            if kinds[k] != nil { found = k }
            e = lines.nextEntry(after: k)
        }
        guard let k = found, let kind = kinds[k] else { return nil }
        let f = lines.fields(k)
        // Trailing empty fields (no coordinates) are trimmed by the resource reader.
        return Place(
            name: f[0], kind: kind, country: f[2].isEmpty ? nil : f[2], geonameid: Int(f[3]),
            lat: f.count > 4 ? Double(f[4]) : nil, lon: f.count > 5 ? Double(f[5]) : nil)
    }

    /// The token texts of a name, as ``Tokenizer`` splits it. Names of ASCII letters and
    /// spaces (most of them) split at the spaces without making a token list.
    static func words(_ bytes: ArraySlice<UInt8>, name: () -> String) -> [String] {
        var words: [String] = []
        var start = bytes.startIndex
        var i = start
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x20 {
                if i > start { words.append(String(decoding: bytes[start..<i], as: UTF8.self)) }
                start = i + 1
            } else if !((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) {
                return Tokenizer.tokenize(ScalarText(name())).map(\.text)
            }
            i += 1
        }
        if i > start { words.append(String(decoding: bytes[start..<i], as: UTF8.self)) }
        return words
    }
}
