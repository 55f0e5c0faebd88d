import CSyntaxKernels
import Testing

@testable import ChronographSyntax

/// The parts made for speed compute what the plain code computes: the weight table's look-up
/// over a span of classes and with absent features in crowded clusters, the dense rows' vector
/// sums, the parser's legal actions worked out once per step, the tagger's features written in
/// two parts, words' shapes and flags with ASCII classed without Unicode tables, and an ASCII word's
/// atoms read from its bytes.
@Suite("Speed-ups give the same answers")
struct SpeedupTests {
    @Test func aSpanOfClassesScoresAsTheWholeRowDoesThere() {
        let rows = FeatureWeightsTests.rows()
        let weights = FeatureWeights(classCount: FeatureWeightsTests.classCount, rows: rows)
        var random = SeededRandom(seed: 17)
        for _ in 0..<50 {
            let keys = (0..<30).map { _ in rows[Int(random.next() % UInt64(rows.count))].key }
            let low = Int(random.next() % 20)
            let span = low..<(low + 1 + Int(random.next() % UInt64(FeatureWeightsTests.classCount - low)))
            var scores = [Int32](repeating: 0, count: FeatureWeightsTests.classCount)
            keys.withUnsafeBufferPointer { k in scores.withUnsafeMutableBufferPointer { s in weights.addScores(k, to: s.baseAddress!, classes: span) } }
            let expected = FeatureWeightsTests.expected(weights, rows, keys)
            #expect(Array(scores[span]) == Array(expected[span]))
        }
    }

    /// Features absent from the table whose first slot is taken (by present features moved on,
    /// or others'): the slot's reach must stop the probe without missing a present one.
    @Test func absentFeaturesInCrowdedClustersScoreNothing() {
        // Forty features on each of a few first slots (fingerprint = key, the high half 0), the
        // table's capacity 16 times a power of two: slot = key & mask.
        var rows: [(key: UInt64, entries: [(cls: Int, weight: Float)])] = []
        for k in 0..<400 { rows.append((UInt64((k % 10) * 4096 + k / 10 + 1), [(cls: k % 7, weight: Float(k + 1))])) }
        let weights = FeatureWeights(classCount: 8, rows: rows)
        let present = Set(rows.map(\.key))
        var absent: [UInt64] = []
        for base in 0..<12 { for j in 0..<60 where !present.contains(UInt64(base * 4096 + j + 1)) { absent.append(UInt64(base * 4096 + j + 1)) } }
        absent.append(contentsOf: (1..<200).map { UInt64($0) * 7919 + (1 << 40) })
        var scores = [Int32](repeating: 0, count: 8)
        absent.withUnsafeBufferPointer { k in scores.withUnsafeMutableBufferPointer { s in weights.addScores(k, to: s.baseAddress!) } }
        #expect(scores == [Int32](repeating: 0, count: 8))
        let keys = rows.map(\.key) + absent
        scores = [Int32](repeating: 0, count: 8)
        keys.withUnsafeBufferPointer { k in scores.withUnsafeMutableBufferPointer { s in weights.addScores(k, to: s.baseAddress!) } }
        var expected = [Int32](repeating: 0, count: 8)
        for row in rows { for e in row.entries { expected[e.cls] += Int32((e.weight / weights.scale).rounded()) } }
        #expect(scores == expected)
    }

    @Test func denseRowsSumAsAPlainLoopDoes() {
        var random = SeededRandom(seed: 23)
        for classCount in [1, 7, 8, 31, 32, 33, 103, 200] {
            let rows = (0..<(1 + Int(random.next() % 90))).map { _ in (0..<classCount).map { _ in Int16(truncatingIfNeeded: random.next()) } }
            let low = Int(random.next() % UInt64(classCount))
            let high = low + Int(random.next() % UInt64(classCount - low + 1))
            // Scores near the ends of Int32, so that sums wrap.
            let start = (0..<classCount).map { _ in Int32(truncatingIfNeeded: random.next()) | (random.next() % 2 == 0 ? Int32.max - 40000 : 0) }
            var expected = start
            for row in rows { for c in low..<high { expected[c] &+= Int32(row[c]) } }
            let pointers = rows.map { row in row.withUnsafeBufferPointer { UnsafePointer<Int16>?(UnsafeMutablePointer(mutating: $0.baseAddress!)) } }
            // The chosen kernel (AVX2 where the processor has it) and the plain loop.
            for kernel in [chronograph_add_dense_rows, chronograph_add_dense_rows_portable] {
                var scores = start
                // The rows' storage outlives the pointers: `rows` is alive until the end of the loop body.
                withExtendedLifetime(rows) {
                    pointers.withUnsafeBufferPointer { p in
                        scores.withUnsafeMutableBufferPointer { s in kernel(s.baseAddress!, p.baseAddress!, p.count, low, high) }
                    }
                }
                #expect(scores == expected, "classes \(classCount), span \(low)..<\(high)")
            }
        }
    }

    @Test func legalActionsAreWhatIsLegalSays() {
        let system = ArcHybrid(labelCount: TransitionTests.labelSet.count, rootLabel: 0)
        var random = SeededRandom(seed: 29)
        for n in [1, 2, 3, 7, 12] {
            for _ in 0..<20 {
                let c = Configuration()
                c.reset(wordCount: n)
                while !c.isTerminal {
                    let legal = system.legalActions(c)
                    let allowed = (0..<system.actionCount).filter { system.isLegal($0, c) }
                    #expect((0..<system.actionCount).filter { legal.contains($0) } == allowed)
                    #expect(allowed.allSatisfy { legal.span.contains($0) })
                    #expect(legal.only == (allowed.count == 1 ? allowed[0] : nil))
                    system.apply(allowed[Int(random.next() % UInt64(allowed.count))], to: c)
                }
            }
        }
    }

    @Test func theTaggersTwoPartsAreAllItsFeatures() {
        let model = ModelTests.model.tagger
        let forms = ["The", "Bankman-Fried", "trial", "opened", "in", "New", "York", "on", "Oct.", "3", ",", "2023", "."]
        let input = TaggerInput(forms, model: model)
        let all = FeatureBuffer()
        let parts = FeatureBuffer()
        input.withBuffers { buffers in
            for right in [nil, (UInt64(4), UInt64(9))] as [(UInt64, UInt64)?] {
                for i in forms.indices {
                    TaggerFeatures.extract(i, buffers, t1: 5, t2: 2, right: right, into: all)
                    TaggerFeatures.extract(i, buffers, t1: 5, t2: 2, right: right, into: parts, parts: .words)
                    TaggerFeatures.extract(i, buffers, t1: 5, t2: 2, right: right, into: parts, parts: .tags, appending: true)
                    #expect(Array(all.keys).sorted() == Array(parts.keys).sorted())
                }
            }
        }
    }

    /// Shape and flags as they were computed before ASCII was classed by value: by Unicode
    /// properties for every scalar.
    static func referenceShapeAndFlags(_ word: String, first: Bool) -> (shape: UInt64, flags: UInt64) {
        var shapeText = ""
        var last: Character = " "
        var run = 0
        var upper = 0
        var letters = 0
        var flags: UInt64 = first ? 32 : 0
        for c in word.unicodeScalars {
            let cls: Character
            if c.properties.isUppercase {
                cls = "X"
                upper += 1
                letters += 1
            } else if c.properties.isAlphabetic {
                cls = "x"
                letters += 1
            } else if c.value >= 48 && c.value <= 57 {
                cls = "d"
                flags |= 4
            } else {
                cls = Character(c)
                if c == "-" { flags |= 8 }
            }
            if cls == last {
                run += 1
                if run > 2 { continue }
            } else {
                run = 1
                last = cls
            }
            shapeText.append(cls)
        }
        if let f = word.unicodeScalars.first, f.properties.isUppercase { flags |= 1 }
        if letters > 1 && upper == letters { flags |= 2 }
        if letters > 0 { flags |= 16 }
        return (FeatureHash.scalars(shapeText.unicodeScalars), flags)
    }

    @Test func wordShapesAndFlagsAreAsUnicodePropertiesSay() {
        var words = ["Kazakhstan", "2022", "U.S.", "Bankman-Fried", "AAA", "a", "", "--", "x1y2", "N'T", "café", "Ærø", "Σίσυφος", "日本",
            "\u{661}\u{662}", "A\u{301}", "ǅemal", "Ⅻ", "½", "MAY-JUNE", "e-mail", "\t", " ", "#1"]
        // Every ASCII scalar, alone and between letters and digits.
        for v in 0..<128 {
            let s = String(Character(Unicode.Scalar(UInt8(v))))
            words += [s, "A" + s + "b", "9" + s + s + s]
        }
        for word in words {
            for first in [false, true] {
                let atoms = WordAtoms(word, first: first)
                let reference = Self.referenceShapeAndFlags(word, first: first)
                #expect(atoms.shape == reference.shape && atoms.flags == reference.flags, "\(word.debugDescription)")
            }
        }
    }

    @Test func anASCIIWordsAtomsFromItsBytesAreThoseReadScalarByScalar() {
        var words = ["Kazakhstan", "2022", "U.S.", "Bankman-Fried", "AAA", "a", "", "--", "x1y2", "N'T", "MAY-JUNE", "e-mail", "\t", " ",
            "#1", "don't", "XXXXxxxx1111", "a---b", "...", "McDonald's"]
        for v in 0..<128 {
            let s = String(Character(Unicode.Scalar(UInt8(v))))
            words += [s, "A" + s + "b", "9" + s + s + s, s + "Zz"]
        }
        var random = SeededRandom(seed: 5)
        for _ in 0..<500 {
            words.append(String((0..<Int(random.next() % 12)).map { _ in Character(Unicode.Scalar(UInt8(random.next() % 128))) }))
        }
        #expect(WordAtoms.ascii("café", first: false) == nil)
        for word in words {
            for first in [false, true] {
                guard let fast = WordAtoms.ascii(word, first: first) else {
                    Issue.record("no ASCII atoms for \(word.debugDescription)")
                    continue
                }
                let plain = WordAtoms(scalarsOf: word, first: first)
                #expect(fast.form == plain.form && fast.lower == plain.lower && fast.shape == plain.shape && fast.flags == plain.flags, "\(word.debugDescription)")
                #expect(fast.suffix == plain.suffix && fast.prefix == plain.prefix, "\(word.debugDescription)")
            }
        }
    }
}
