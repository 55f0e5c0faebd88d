/// The parser's feature templates, shared by training and parsing: the rich non-local
/// templates of Zhang and Nivre (2011) — words and tags of the top stack and buffer items,
/// their pairs and triples, distance, valency, the leftmost and rightmost children with their
/// relations, and the sets of relations already attached — adapted to arc-hybrid, where the
/// second stack item is a head candidate too.
enum ParserFeatures {
    static let none: UInt64 = 0xABCD
    static let rootAtom: UInt64 = 0xDCBA

    /// Features of configuration `c` into `buffer` (cleared first). `words` is indexed by word
    /// number (index 0 unused; n + 1 is the root). With `prefetching`, the weights' first slots
    /// of the keys are asked for as they are written.
    @inline(__always)
    static func extract(_ c: Configuration, words: UnsafeBufferPointer<ParserWord>, into buffer: FeatureBuffer, prefetching weights: FeatureWeights? = nil) {
        var out = FeatureWriter(into: buffer, prefetching: weights)
        defer { out.finish() }
        typealias H = FeatureHash
        let s0 = c.s(0)
        let s1 = c.s(1)
        let s2 = c.s(2)
        let b0 = c.b(0)
        let b1 = c.b(1)
        let b2 = c.b(2)
        @inline(__always) func w(_ i: Int) -> UInt64 { i < 0 ? none : words[i].form }
        @inline(__always) func p(_ i: Int) -> UInt64 { i < 0 ? none : words[i].tag }
        @inline(__always) func x(_ i: Int) -> UInt64 { i < 0 ? none : words[i].suffix }
        @inline(__always) func a(_ i: Int) -> UInt64 { i < 0 ? none : words[i].wordClass }
        @inline(__always) func l(_ i: Int) -> UInt64 { i < 0 ? none : UInt64(bitPattern: Int64(c.label[i])) }
        @inline(__always) func lm(_ i: Int) -> Int { i < 0 ? -1 : Int(c.leftmost[i]) }
        @inline(__always) func lm2(_ i: Int) -> Int { i < 0 ? -1 : Int(c.leftmost2[i]) }
        @inline(__always) func rm(_ i: Int) -> Int { i < 0 ? -1 : Int(c.rightmost[i]) }
        @inline(__always) func rm2(_ i: Int) -> Int { i < 0 ? -1 : Int(c.rightmost2[i]) }
        @inline(__always) func vl(_ i: Int) -> UInt64 { i < 0 ? none : UInt64(min(c.leftCount[i], 6)) }
        @inline(__always) func vr(_ i: Int) -> UInt64 { i < 0 ? none : UInt64(min(c.rightCount[i], 6)) }
        @inline(__always) func ls(_ i: Int) -> UInt64 { i < 0 ? none : c.leftLabels[i] }
        @inline(__always) func rs(_ i: Int) -> UInt64 { i < 0 ? none : c.rightLabels[i] }
        @inline(__always) func dist(_ a: Int, _ b: Int) -> UInt64 {
            if a < 0 || b < 0 { return none }
            let d = abs(b - a)
            return UInt64(d < 5 ? d : d < 8 ? 5 : d < 12 ? 6 : 7)
        }
        let s0w = w(s0), s0p = p(s0), s1w = w(s1), s1p = p(s1), s2p = p(s2), s2w = w(s2)
        let b0w = w(b0), b0p = p(b0), b1w = w(b1), b1p = p(b1), b2w = w(b2), b2p = p(b2)
        let s0l = lm(s0), s0l2 = lm2(s0), s0r = rm(s0), s0r2 = rm2(s0)
        let s1l = lm(s1), s1r = rm(s1), s1r2 = rm2(s1)
        let b0l = lm(b0), b0l2 = lm2(b0)
        let d0 = dist(s0, b0), d1 = dist(s1, s0)

        // Single words.
        out.append(H.key(1, s0w))
        out.append(H.key(2, s0p))
        out.append(H.key(3, s0w, s0p))
        out.append(H.key(4, s1w))
        out.append(H.key(5, s1p))
        out.append(H.key(6, s1w, s1p))
        out.append(H.key(7, b0w))
        out.append(H.key(8, b0p))
        out.append(H.key(9, b0w, b0p))
        out.append(H.key(10, b1w))
        out.append(H.key(11, b1p))
        out.append(H.key(12, b1w, b1p))
        out.append(H.key(13, b2w))
        out.append(H.key(14, b2p))
        out.append(H.key(15, b2w, b2p))
        out.append(H.key(16, s2p))
        out.append(H.key(17, s2w, s2p))
        // Pairs: s0 with b0, s1 with s0, s1 with b0.
        out.append(H.key(20, s0w, s0p, b0w, b0p))
        out.append(H.key(21, s0w, s0p, b0w))
        out.append(H.key(22, s0w, b0w, b0p))
        out.append(H.key(23, s0w, s0p, b0p))
        out.append(H.key(24, s0p, b0w, b0p))
        out.append(H.key(25, s0w, b0w))
        out.append(H.key(26, s0p, b0p))
        out.append(H.key(27, b0p, b1p))
        out.append(H.key(28, s1w, s1p, s0w, s0p))
        out.append(H.key(29, s1w, s1p, s0w))
        out.append(H.key(30, s1w, s0w, s0p))
        out.append(H.key(31, s1w, s1p, s0p))
        out.append(H.key(32, s1p, s0w, s0p))
        out.append(H.key(33, s1w, s0w))
        out.append(H.key(34, s1p, s0p))
        out.append(H.key(35, s1p, b0p))
        out.append(H.key(36, s1w, b0w))
        // Triples of tags (and two lexicalized).
        out.append(H.key(40, b0p, b1p, b2p))
        out.append(H.key(41, s0p, b0p, b1p))
        out.append(H.key(42, s1p, s0p, b0p))
        out.append(H.key(43, s2p, s1p, s0p))
        out.append(H.key(44, s0p, p(s0l), b0p))
        out.append(H.key(45, s0p, p(s0r), b0p))
        out.append(H.key(46, s0p, b0p, p(b0l)))
        out.append(H.key(47, s1p, p(s1r), s0p))
        out.append(H.key(48, s1p, s0p, p(s0l)))
        out.append(H.key(49, s1p, s0p, p(s0r)))
        out.append(H.key(50, s0w, b0p, b1p))
        out.append(H.key(51, s0p, b0w, b1p))
        out.append(H.key(52, s1p, s0w, b0p))
        out.append(H.key(53, s1p, p(s1l), s0p))
        // Distance.
        out.append(H.key(60, s0w, d0))
        out.append(H.key(61, s0p, d0))
        out.append(H.key(62, b0w, d0))
        out.append(H.key(63, b0p, d0))
        out.append(H.key(64, s0w, b0w, d0))
        out.append(H.key(65, s0p, b0p, d0))
        out.append(H.key(66, s1p, s0p, d1))
        out.append(H.key(67, s1w, s0w, d1))
        out.append(H.key(68, s1w, s0p, d1))
        out.append(H.key(69, s1p, s0w, d1))
        // Valency.
        out.append(H.key(70, s0w, vr(s0)))
        out.append(H.key(71, s0p, vr(s0)))
        out.append(H.key(72, s0w, vl(s0)))
        out.append(H.key(73, s0p, vl(s0)))
        out.append(H.key(74, b0w, vl(b0)))
        out.append(H.key(75, b0p, vl(b0)))
        out.append(H.key(76, s1w, vr(s1)))
        out.append(H.key(77, s1p, vr(s1)))
        out.append(H.key(78, s1p, vl(s1)))
        // Children.
        out.append(H.key(80, w(s0l)))
        out.append(H.key(81, p(s0l)))
        out.append(H.key(82, l(s0l)))
        out.append(H.key(83, w(s0r)))
        out.append(H.key(84, p(s0r)))
        out.append(H.key(85, l(s0r)))
        out.append(H.key(86, w(b0l)))
        out.append(H.key(87, p(b0l)))
        out.append(H.key(88, l(b0l)))
        out.append(H.key(89, w(s1r)))
        out.append(H.key(90, p(s1r)))
        out.append(H.key(91, l(s1r)))
        out.append(H.key(92, p(s1l)))
        out.append(H.key(93, l(s1l)))
        out.append(H.key(94, s0p, l(s0l), l(s0r)))
        out.append(H.key(95, s1p, l(s1l), l(s1r)))
        // Second children.
        out.append(H.key(100, w(s0l2)))
        out.append(H.key(101, p(s0l2)))
        out.append(H.key(102, l(s0l2)))
        out.append(H.key(103, w(s0r2)))
        out.append(H.key(104, p(s0r2)))
        out.append(H.key(105, l(s0r2)))
        out.append(H.key(106, w(b0l2)))
        out.append(H.key(107, p(b0l2)))
        out.append(H.key(108, l(b0l2)))
        out.append(H.key(109, s0p, p(s0l), p(s0l2)))
        out.append(H.key(110, s0p, p(s0r), p(s0r2)))
        out.append(H.key(111, b0p, p(b0l), p(b0l2)))
        out.append(H.key(112, s1p, p(s1r), p(s1r2)))
        // Relation sets.
        out.append(H.key(120, s0w, rs(s0)))
        out.append(H.key(121, s0p, rs(s0)))
        out.append(H.key(122, s0w, ls(s0)))
        out.append(H.key(123, s0p, ls(s0)))
        out.append(H.key(124, b0w, ls(b0)))
        out.append(H.key(125, b0p, ls(b0)))
        out.append(H.key(126, s1p, rs(s1)))
        out.append(H.key(127, s1p, ls(s1)))
        // Words next to the items (what lies between them).
        // Spelling and lexicon classes, for words the weights know little of.
        out.append(H.key(140, x(s0)))
        out.append(H.key(141, x(b0)))
        out.append(H.key(142, x(b1)))
        out.append(H.key(143, a(s0)))
        out.append(H.key(144, a(b0)))
        out.append(H.key(145, a(b1)))
        out.append(H.key(146, a(s1)))
        out.append(H.key(147, a(s0), a(b0)))
        out.append(H.key(148, a(s1), a(s0)))
        out.append(H.key(149, p(c.b(3))))
        out.append(H.key(150, s0p, x(b0)))
        out.append(H.key(151, x(s0), b0p))
        let s0next = s0 >= 0 && s0 < c.n ? s0 + 1 : -1
        let b0prev = b0 > 1 && b0 <= c.n ? b0 - 1 : -1
        out.append(H.key(130, s0p, p(s0next), b0p))
        out.append(H.key(131, s0p, p(b0prev), b0p))
        out.append(H.key(132, s1p, p(s1 >= 0 ? s1 + 1 : -1), s0p))
    }
}
