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
struct PatternMatcher: Sendable {
    let patterns: [[PatternElement]]
    /// For each class name the rules that can start with it.
    let rulesByFirstClass: WordMap<[Int]>
    /// For each literal token the rules that can start with it.
    let rulesByFirstWord: WordMap<[Int]>
    /// Accepts or rejects a complete candidate (context checks such as "2000 troops" is no year).
    typealias Guard = (Int, RuleMatch) -> Bool

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
        rulesByFirstClass = WordMap(byClass.mapValues { Array(Set($0)).sorted() })
        rulesByFirstWord = WordMap(byWord.mapValues { Array(Set($0)).sorted() })
    }

    /// The rules worth trying at token `i`, in file order.
    func candidates(at i: Int, tokens: [TToken], ann: [[Annotation]]) -> [Int] {
        var out: [Int] = rulesByFirstWord[tokens[i].lower] ?? []
        for a in ann[i] { if let rs = rulesByFirstClass[a.cls] { out += rs } }
        if out.isEmpty { return out }
        out.sort()
        var unique: [Int] = []
        unique.reserveCapacity(out.count)
        for r in out where unique.last != r { unique.append(r) }
        return unique
    }

    func longest(at i: Int, tokens: [TToken], ann: [[Annotation]], accept: Guard) -> RuleMatch? {
        var best: RuleMatch?
        for r in candidates(at: i, tokens: tokens, ann: ann) {
            var caps: [Capture] = []
            var found: RuleMatch?
            step(patterns[r], 0, i, tokens, ann, &caps, 0, nil) { end, captures, conn in
                guard end > i else { return }
                if let f = found, f.to >= end { return }
                let m = RuleMatch(rule: r, from: i, to: end, captures: captures, connector: conn)
                if accept(r, m) { found = m }
            }
            if let f = found, best == nil || f.to > best!.to { best = f }
        }
        return best
    }

    /// Depth-first over the pattern; calls `done` for every complete way to match it.
    private func step(
        _ p: [PatternElement], _ e: Int, _ i: Int, _ t: [TToken], _ ann: [[Annotation]], _ caps: inout [Capture],
        _ part: Int, _ conn: Int?, _ done: (Int, [Capture], Int?) -> Void
    ) {
        if e == p.count { done(i, caps, conn); return }
        let el = p[e]
        if el.optional { step(p, e + 1, i, t, ann, &caps, part, conn, done) }
        if el.negative {
            var k = i
            if k < t.count && t[k].lower == "-" { k += 1 }
            if k >= t.count || !el.literals.contains(t[k].lower) { step(p, e + 1, i, t, ann, &caps, part, conn, done) }
            return
        }
        guard i < t.count else { return }
        if el.literals.contains(t[i].lower) {
            let newPart = el.connector ? part + 1 : part
            caps.append(Capture(cls: t[i].lower, value: ClassValue(), from: i, to: i + 1, part: part))
            step(p, e + 1, i + 1, t, ann, &caps, newPart, el.connector ? i : conn, done)
            caps.removeLast()
        }
        for name in el.classes {
            for a in ann[i] where a.cls == name {
                caps.append(Capture(cls: name, value: a.value, from: i, to: i + a.length, part: part))
                step(p, e + 1, i + a.length, t, ann, &caps, part, conn, done)
                caps.removeLast()
            }
        }
    }
}
