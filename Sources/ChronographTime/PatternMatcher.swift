import ChronographCore

/// What one pattern element matched: its class (or literal), value and token range.
struct Capture: Sendable {
    var cls: String
    var value: ClassValue
    var from: Int
    var to: Int
    /// 0 before a range connector, 1 after it.
    var part: Int
}

/// A rule matched over tokens `from..<to` of a sentence.
struct RuleMatch: Sendable {
    var rule: Int
    var from: Int
    var to: Int
    var captures: [Capture]
    /// The token index of the range connector, when the rule has one.
    var connector: Int?
}

/// Runs the pattern rules over a sentence's tokens: at each position the longest match of any
/// rule wins (ties go to the rule listed first), then scanning resumes after it.
///
/// The patterns are compiled to integers: every literal and class name of the rules gets an id,
/// each element a bit set of its literals and a list of its class ids. A sentence is
/// ``prepare(_:_:)``d once (each token's literal id, each annotation's class id), so that trying
/// a rule at a position compares integers instead of hashing the same token's text again for
/// every element of every rule that reaches it.
struct PatternMatcher: Sendable {
    let patterns: [[PatternElement]]
    /// Accepts or rejects a complete candidate (context checks such as "2000 troops" is no year).
    typealias Guard = (Int, RuleMatch) -> Bool

    /// Element range of each rule in the flat element arrays.
    private let ruleStart: [Int]
    private let ruleEnd: [Int]
    /// Per element: ``Flag`` bits, its class ids (`classStart..<classEnd` in `elementClasses`),
    /// and its literals as a bit set of `literalWords` words in `literalBits`.
    private let flags: [UInt8]
    private let classStart: [Int]
    private let classEnd: [Int]
    private let elementClasses: [Int32]
    private let literalWords: Int
    private let literalBits: [UInt64]
    /// Class names by id, and ids by name (every class some element names).
    private let classNames: [String]
    private let classIDs: WordMap<Int32>
    /// Ids of the literals the elements name.
    private let literalIDs: WordMap<Int32>
    /// For each class id / literal id the rules that can start with it, in file order.
    private let rulesByFirstClass: [[Int]]
    private let rulesByFirstLiteral: [[Int]]

    private enum Flag {
        static let negative: UInt8 = 1
        static let optional: UInt8 = 2
        static let connector: UInt8 = 4
    }

    /// A sentence's tokens and annotations with their literal and class ids.
    struct Prepared {
        let tokens: [TToken]
        let ann: [[Annotation]]
        /// Per token: the id of its lower-case text as a literal, or -1.
        let literal: [Int32]
        /// The class ids of `ann[i]` are `annClass[annStart[i]..<annStart[i + 1]]` (-1: a class
        /// no element names).
        let annStart: [Int]
        let annClass: [Int32]
    }

    init(rules: [Rule]) {
        patterns = rules.map(\.pattern)
        var byClass: [String: [Int]] = [:]
        var byWord: [String: [Int]] = [:]
        for (r, p) in patterns.enumerated() {
            // Keys of every element up to and including the first required one.
            for el in p where !el.negative {
                for c in el.classes { byClass[c, default: []].append(r) }
                for l in el.literals { byWord[l, default: []].append(r) }
                if !el.optional { break }
            }
        }
        var classIDs = WordMap<Int32>()
        var classNames: [String] = []
        var literalIDs = WordMap<Int32>()
        for p in patterns {
            for el in p {
                for c in el.classes where classIDs[c] == nil {
                    classIDs[c] = Int32(classNames.count)
                    classNames.append(c)
                }
                for l in el.literals where literalIDs[l] == nil { literalIDs[l] = Int32(literalIDs.count) }
            }
        }
        let words = max(1, (literalIDs.count + 63) / 64)
        var ruleStart: [Int] = []
        var ruleEnd: [Int] = []
        var flags: [UInt8] = []
        var classStart: [Int] = []
        var classEnd: [Int] = []
        var elementClasses: [Int32] = []
        var literalBits: [UInt64] = []
        for p in patterns {
            ruleStart.append(flags.count)
            for el in p {
                flags.append((el.negative ? Flag.negative : 0) | (el.optional ? Flag.optional : 0) | (el.connector ? Flag.connector : 0))
                classStart.append(elementClasses.count)
                for c in el.classes { elementClasses.append(classIDs[c]!) }
                classEnd.append(elementClasses.count)
                var bits = [UInt64](repeating: 0, count: words)
                for l in el.literals {
                    let id = Int(literalIDs[l]!)
                    bits[id >> 6] |= 1 << UInt64(id & 63)
                }
                literalBits.append(contentsOf: bits)
            }
            ruleEnd.append(flags.count)
        }
        var rulesByFirstClass = [[Int]](repeating: [], count: classNames.count)
        for (c, rs) in byClass { rulesByFirstClass[Int(classIDs[c]!)] = Array(Set(rs)).sorted() }
        var rulesByFirstLiteral = [[Int]](repeating: [], count: literalIDs.count)
        for (l, rs) in byWord { rulesByFirstLiteral[Int(literalIDs[l]!)] = Array(Set(rs)).sorted() }
        self.ruleStart = ruleStart
        self.ruleEnd = ruleEnd
        self.flags = flags
        self.classStart = classStart
        self.classEnd = classEnd
        self.elementClasses = elementClasses
        self.literalWords = words
        self.literalBits = literalBits
        self.classNames = classNames
        self.classIDs = classIDs
        self.literalIDs = literalIDs
        self.rulesByFirstClass = rulesByFirstClass
        self.rulesByFirstLiteral = rulesByFirstLiteral
    }

    /// A sentence's literal and class ids, for ``longest(at:in:accept:)``.
    func prepare(_ tokens: [TToken], _ ann: [[Annotation]]) -> Prepared {
        var literal: [Int32] = []
        literal.reserveCapacity(tokens.count)
        for t in tokens { literal.append(literalIDs[t.lower] ?? -1) }
        var annStart: [Int] = []
        annStart.reserveCapacity(ann.count + 1)
        var annClass: [Int32] = []
        for list in ann {
            annStart.append(annClass.count)
            for a in list { annClass.append(classIDs[a.cls] ?? -1) }
        }
        annStart.append(annClass.count)
        return Prepared(tokens: tokens, ann: ann, literal: literal, annStart: annStart, annClass: annClass)
    }

    /// The rules worth trying at token `i`, in file order.
    func candidates(at i: Int, tokens: [TToken], ann: [[Annotation]]) -> [Int] {
        candidates(at: i, in: prepare(tokens, ann))
    }

    func candidates(at i: Int, in s: Prepared) -> [Int] {
        let l = Int(s.literal[i])
        var out: [Int] = l >= 0 ? rulesByFirstLiteral[l] : []
        for k in s.annStart[i]..<s.annStart[i + 1] {
            let c = Int(s.annClass[k])
            if c >= 0 { out += rulesByFirstClass[c] }
        }
        if out.isEmpty { return out }
        out.sort()
        var unique: [Int] = []
        unique.reserveCapacity(out.count)
        for r in out where unique.last != r { unique.append(r) }
        return unique
    }

    func longest(at i: Int, in s: Prepared, accept: Guard) -> RuleMatch? {
        var best: RuleMatch?
        var caps: [Capture] = []
        var complete: [Completion] = []
        for r in candidates(at: i, in: s) {
            // Every complete way to match the rule, in depth-first order, then the guard over
            // them in that order. (The matcher takes no closure: a guard passed down the
            // recursion was specialized into it, copying the tagger it captures at every step.)
            complete.removeAll(keepingCapacity: true)
            step(ruleStart[r], ruleEnd[r], i, s, &caps, 0, nil, &complete)
            var found: RuleMatch?
            for c in complete {
                guard c.end > i else { continue }
                if let f = found, f.to >= c.end { continue }
                let m = RuleMatch(rule: r, from: i, to: c.end, captures: c.captures, connector: c.connector)
                if accept(r, m) { found = m }
            }
            if let f = found, best == nil || f.to > best!.to { best = f }
        }
        return best
    }

    /// One complete way to match a pattern: where it ends, its captures and connector.
    private struct Completion {
        var end: Int
        var captures: [Capture]
        var connector: Int?
    }

    /// Whether element `e` lists literal `l`.
    @inline(__always) private func hasLiteral(_ e: Int, _ l: Int32) -> Bool {
        l >= 0 && literalBits[e &* literalWords &+ Int(l >> 6)] & (1 << UInt64(l & 63)) != 0
    }

    /// Depth-first over the elements `e..<end` of a pattern; appends every complete way to
    /// match it to `done`.
    private func step(
        _ e: Int, _ end: Int, _ i: Int, _ s: Prepared, _ caps: inout [Capture],
        _ part: Int, _ conn: Int?, _ done: inout [Completion]
    ) {
        if e == end {
            done.append(Completion(end: i, captures: caps, connector: conn))
            return
        }
        let f = flags[e]
        if f & Flag.optional != 0 { step(e + 1, end, i, s, &caps, part, conn, &done) }
        let t = s.tokens
        if f & Flag.negative != 0 {
            var k = i
            if k < t.count && t[k].lower == "-" { k += 1 }
            if k >= t.count || !hasLiteral(e, s.literal[k]) { step(e + 1, end, i, s, &caps, part, conn, &done) }
            return
        }
        guard i < t.count else { return }
        if hasLiteral(e, s.literal[i]) {
            let isConnector = f & Flag.connector != 0
            caps.append(Capture(cls: t[i].lower, value: ClassValue(), from: i, to: i + 1, part: part))
            step(e + 1, end, i + 1, s, &caps, isConnector ? part + 1 : part, isConnector ? i : conn, &done)
            caps.removeLast()
        }
        let a0 = s.annStart[i]
        let a1 = s.annStart[i + 1]
        if a0 == a1 { return }
        for c in classStart[e]..<classEnd[e] {
            let cls = elementClasses[c]
            for k in a0..<a1 where s.annClass[k] == cls {
                let a = s.ann[i][k - a0]
                caps.append(Capture(cls: classNames[Int(cls)], value: a.value, from: i, to: i + a.length, part: part))
                step(e + 1, end, i + a.length, s, &caps, part, conn, &done)
                caps.removeLast()
            }
        }
    }
}
