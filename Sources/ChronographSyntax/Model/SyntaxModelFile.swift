/// The syntax model as one versioned binary file (`syntax.model` in a language's resources):
///
/// ```
/// "CHRSYN" + version (UInt16)
/// tagger:   UPOS and XPOS of each tag; first-pass weights; second-pass weights (a class
///           count of 0 when there is none); tag dictionary; ambiguity classes; lexicon classes;
///           lemma table (keys, lemmas); lemma edits (keys, edits)
/// parser:   relations; weights
/// splitter: multiword tokens (surfaces, word lengths); clitics; hyphen prefixes;
///           hyphenated words; abbreviations
/// ```
///
/// Weights are stored as rows (32-bit feature fingerprints ascending, each row's length, then
/// every row's classes and 16-bit fixed-point weights, see ``FeatureWeights``) and the look-up
/// table is rebuilt on load.
/// Everything is written in sorted order, so the same model gives the same bytes.
public enum SyntaxModelFile {
    static let magic = Array("CHRSYN".utf8)
    public static let version: UInt16 = 2

    public static func encode(_ model: SyntaxModel) -> [UInt8] {
        var w = BinaryWriter()
        w.raw(magic)
        w.int(version)
        let t = model.tagger
        w.strings(t.tags.upos)
        w.strings(t.tags.xpos)
        write(t.weights, to: &w)
        if let second = t.secondPass { write(second, to: &w) } else { w.int(UInt32(0)) }
        write(t.tagDictionary, to: &w)
        write(t.ambiguityClasses, to: &w)
        write(t.lexicon, to: &w)
        let known = t.lemmatizer.known.sorted { $0.key < $1.key }
        w.strings(known.map(\.key))
        w.strings(known.map(\.value))
        let edits = t.lemmatizer.edits.sorted { $0.key < $1.key }
        w.strings(edits.map(\.key))
        w.strings(edits.map(\.value.encoded))
        w.strings(model.parser.labels)
        write(model.parser.weights, to: &w)
        let s = model.splitter
        let multiword = s.multiword.sorted { $0.key < $1.key }
        w.strings(multiword.map(\.key))
        w.strings(multiword.map { $0.value.map(String.init).joined(separator: " ") })
        w.strings(s.clitics)
        w.strings(s.hyphenPrefixes.sorted())
        w.strings(s.hyphenatedWords.sorted())
        w.strings(s.abbreviations.sorted())
        return w.bytes
    }

    public static func decode(_ bytes: [UInt8]) throws -> SyntaxModel {
        var r = BinaryReader(bytes)
        guard Array(try r.raw(magic.count)) == magic else {
            throw ModelFormatError(description: "not a Chronograph syntax model")
        }
        let v: UInt16 = try r.int()
        guard v == version else {
            throw ModelFormatError(description: "model format version \(v); this build reads version \(version)")
        }
        let upos = try r.strings()
        let xpos = try r.strings()
        guard upos.count == xpos.count, !upos.isEmpty else { throw ModelFormatError(description: "a tag list is damaged") }
        let tags = TagSet(pairs: Array(zip(upos, xpos)))
        let taggerWeights = try readWeights(&r)
        let secondPass = try readOptionalWeights(&r)
        let dictionary = try readTable(&r)
        let ambiguity = try readTable(&r)
        let lexicon = try readTable(&r)
        let knownKeys = try r.strings()
        let knownValues = try r.strings()
        let editKeys = try r.strings()
        let editValues = try r.strings()
        guard knownKeys.count == knownValues.count, editKeys.count == editValues.count else {
            throw ModelFormatError(description: "the lemma tables are damaged")
        }
        var edits: [String: LemmaEdit] = [:]
        for (key, value) in zip(editKeys, editValues) {
            let parts = value.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let strip = Int(parts[1]) else { throw ModelFormatError(description: "a lemma edit is damaged") }
            edits[key] = LemmaEdit(lowercase: parts[0] == "1", strip: strip, append: String(parts[2]))
        }
        let lemmatizer = Lemmatizer(known: Dictionary(uniqueKeysWithValues: zip(knownKeys, knownValues)), edits: edits)
        let labels = try r.strings()
        let parserWeights = try readWeights(&r)
        guard parserWeights.classCount == 1 + 2 * labels.count else { throw ModelFormatError(description: "parser weights do not fit its relations") }
        let surfaces = try r.strings()
        let lengths = try r.strings()
        guard surfaces.count == lengths.count else { throw ModelFormatError(description: "the multiword table is damaged") }
        var multiword: [String: [Int]] = [:]
        for (surface, l) in zip(surfaces, lengths) { multiword[surface] = l.split(separator: " ").compactMap { Int($0) } }
        let splitter = WordSplitter(
            multiword: multiword, clitics: try r.strings(), hyphenPrefixes: Set(try r.strings()),
            hyphenatedWords: Set(try r.strings()), abbreviations: Set(try r.strings()))
        guard r.offset == bytes.count else { throw ModelFormatError(description: "unexpected bytes after the model") }
        return SyntaxModel(
            tagger: TaggerModel(
                tags: tags, weights: taggerWeights, secondPass: secondPass, tagDictionary: dictionary, ambiguityClasses: ambiguity,
                lexicon: lexicon, lemmatizer: lemmatizer),
            parser: ParserModel(labels: labels, weights: parserWeights), splitter: splitter)
    }

    static func write(_ weights: FeatureWeights, to w: inout BinaryWriter) {
        let rows = weights.rows
        w.int(UInt32(weights.classCount))
        w.int(weights.scale.bitPattern)
        w.array(rows.fingerprints)
        w.array(rows.counts)
        w.array(rows.classes)
        w.array(rows.weights)
    }

    static func readWeights(_ r: inout BinaryReader) throws -> FeatureWeights {
        guard let weights = try readOptionalWeights(&r) else { throw ModelFormatError(description: "a weight table is missing") }
        return weights
    }

    /// Weights, or nil where a class count of 0 stands for "none".
    static func readOptionalWeights(_ r: inout BinaryReader) throws -> FeatureWeights? {
        let classCount = Int(try r.int(UInt32.self))
        if classCount == 0 { return nil }
        let scale = Float(bitPattern: try r.int(UInt32.self))
        let fingerprints: [UInt32] = try r.array()
        let counts: [UInt8] = try r.array()
        let classes: [UInt8] = try r.array()
        let weights: [Int16] = try r.array()
        guard classCount < 256, scale.isFinite, scale > 0, counts.count == fingerprints.count, classes.count == weights.count,
            !weights.contains(0), counts.reduce(0, { $0 + Int($1) }) == classes.count, classes.allSatisfy({ Int($0) < classCount }),
            zip(fingerprints, fingerprints.dropFirst()).allSatisfy({ $0 < $1 }), !fingerprints.contains(0)
        else { throw ModelFormatError(description: "a weight table is damaged") }
        return FeatureWeights(classCount: classCount, scale: scale, fingerprints: fingerprints, counts: counts, classes: classes, weights: weights)
    }

    static func write(_ table: HashTable, to w: inout BinaryWriter) {
        let pairs = table.sortedPairs
        w.array(pairs.map(\.key))
        w.array(pairs.map(\.value))
    }

    static func readTable(_ r: inout BinaryReader) throws -> HashTable {
        let keys: [UInt64] = try r.array()
        let values: [UInt64] = try r.array()
        guard keys.count == values.count else { throw ModelFormatError(description: "a word table is damaged") }
        return HashTable(Array(zip(keys, values)))
    }
}
