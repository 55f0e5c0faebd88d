/// Lemmas from a table of the training data's words and, for a word not in it, the edit its
/// Penn tag and ending most often needed in training ("-ies" NNS -> "-y", "-ed" VBD -> "").
public struct Lemmatizer: Sendable {
    /// (form, XPOS) -> lemma, for every pair seen in training (the majority lemma).
    let known: [String: String]
    /// (XPOS, lower-cased ending of 0...5 characters) -> edit; the longest ending seen wins.
    let edits: [String: LemmaEdit]
    static let longestEnding = 5

    public init(known: [String: String], edits: [String: LemmaEdit]) {
        self.known = known
        self.edits = edits
    }

    public func lemma(_ form: String, xpos: String) -> String {
        if let lemma = known[form + "\t" + xpos] { return lemma }
        let lower = form.lowercased()
        // (A form already in lower case was looked up just now.)
        if lower != form, let lemma = known[lower + "\t" + xpos] { return lemma }
        // The endings' keys written in place: the tag's prefix once, then each ending's scalars
        // (no array of the word's scalars, no string per ending before the key).
        let prefix = xpos + "\t"
        let scalars = lower.unicodeScalars
        var length = min(Self.longestEnding, scalars.count)
        while length >= 0 {
            var key = prefix
            key.unicodeScalars.append(contentsOf: scalars.suffix(length))
            if let edit = edits[key] { return edit.apply(to: form) }
            length -= 1
        }
        return form
    }

    static func key(_ xpos: String, _ ending: String) -> String { xpos + "\t" + ending }
}

/// How a lemma is made from its form: optionally lower-cased, `strip` scalars cut from the
/// end, `append` added.
public struct LemmaEdit: Sendable, Hashable {
    public var lowercase: Bool
    public var strip: Int
    public var append: String

    public init(lowercase: Bool, strip: Int, append: String) {
        self.lowercase = lowercase
        self.strip = strip
        self.append = append
    }

    /// The edit that turns `form` into `lemma`, if one of this kind does. A lower-case lemma
    /// makes a lower-casing edit ("Protesters" -> "protester"), so that the treebank's casing of
    /// lemmas, not of forms, is what an ending's edits learn.
    public init?(form: String, lemma: String) {
        for lowercase in lemma == lemma.lowercased() ? [true] : [false, true] {
            let f = Array((lowercase ? form.lowercased() : form).unicodeScalars)
            let l = Array(lemma.unicodeScalars)
            var common = 0
            while common < f.count && common < l.count && f[common] == l[common] { common += 1 }
            // Only edits of the ending: at least half of the form (or three scalars) must stay.
            if common >= min(3, f.count) || common * 2 >= f.count {
                var rest = String.UnicodeScalarView()
                rest.append(contentsOf: l[common...])
                self.init(lowercase: lowercase, strip: f.count - common, append: String(rest))
                return
            }
        }
        return nil
    }

    public func apply(to form: String) -> String {
        var scalars = Array((lowercase ? form.lowercased() : form).unicodeScalars)
        scalars.removeLast(min(strip, scalars.count))
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out) + append
    }

    /// `lowercase strip append` on one line.
    var encoded: String { "\(lowercase ? 1 : 0)\t\(strip)\t\(append)" }
}
