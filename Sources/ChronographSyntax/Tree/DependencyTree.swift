/// A parsed sentence as the later stages ask it: heads, dependents, relations, paths between
/// two words, subtrees, and the clause a word belongs to. Words are numbered from 0 here
/// (CoNLL-U's 1-based heads are converted on the way in).
public struct DependencyTree: Sendable, Hashable {
    public let words: [SyntaxWord]
    /// Head of each word (0-based), nil for the sentence's root.
    private let heads: [Int?]
    private let children: [[Int]]

    public init(words: [SyntaxWord]) {
        self.words = words
        let heads: [Int?] = words.map { $0.head > 0 && $0.head <= words.count ? $0.head - 1 : nil }
        var children = [[Int]](repeating: [], count: words.count)
        for (i, h) in heads.enumerated() {
            if let h { children[h].append(i) }
        }
        self.heads = heads
        self.children = children
    }

    public var count: Int { words.count }

    /// The root word (the first one with no head).
    public var root: Int? { heads.firstIndex { $0 == nil } }

    public func head(of i: Int) -> Int? { heads[i] }

    /// Dependents in word order.
    public func dependents(of i: Int) -> [Int] { children[i] }

    /// Dependents whose relation (without subtype) is one of `relations`.
    public func dependents(of i: Int, _ relations: Set<String>) -> [Int] {
        children[i].filter { relations.contains(String(words[$0].universalRelation)) }
    }

    /// The relation with its subtype, e.g. `nsubj:pass`.
    public func relation(of i: Int) -> String { words[i].deprel }

    /// The relation without its subtype, e.g. `nsubj`.
    public func universalRelation(of i: Int) -> String { String(words[i].universalRelation) }

    /// `i` and its heads up to the root.
    public func ancestors(of i: Int) -> [Int] {
        var out = [i]
        var x = i
        while let h = heads[x], out.count <= count {
            out.append(h)
            x = h
        }
        return out
    }

    /// Whether `a` is `b` or one of its heads, transitively.
    public func dominates(_ a: Int, _ b: Int) -> Bool { ancestors(of: b).contains(a) }

    /// The words on the tree path from `a` to `b`, both included: up from `a` to their lowest
    /// common head, then down to `b`.
    public func path(from a: Int, to b: Int) -> [Int] {
        let up = ancestors(of: a)
        let down = ancestors(of: b)
        guard let common = up.first(where: { down.contains($0) }) else { return [] }
        let first = up.prefix { $0 != common } + [common]
        let second = down.prefix { $0 != common }.reversed()
        return Array(first) + Array(second)
    }

    /// The first and last word of the subtree of `i` (its yield; contiguous in a projective tree).
    public func span(of i: Int) -> ClosedRange<Int> {
        var lo = i
        var hi = i
        var stack = [i]
        while let x = stack.popLast() {
            lo = min(lo, x)
            hi = max(hi, x)
            stack.append(contentsOf: children[x])
        }
        return lo...hi
    }

    /// Relations whose dependent heads a clause of its own.
    public static let clauseRelations: Set<String> = ["root", "ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis"]

    /// The head of the clause `i` belongs to: `i` itself or its nearest head that heads a clause
    /// (the root, a complement, adverbial or relative clause, a parataxis, or a conjoined verb).
    public func clause(of i: Int) -> Int {
        var x = i
        while true {
            let relation = universalRelation(of: x)
            if Self.clauseRelations.contains(relation) || heads[x] == nil { return x }
            if relation == "conj", isPredicate(x) { return x }
            x = heads[x]!
        }
    }

    /// Whether a word heads a predicate: a verb, or a word with a subject or copula of its own.
    public func isPredicate(_ i: Int) -> Bool {
        words[i].upos == "VERB" || children[i].contains { ["nsubj", "csubj", "cop"].contains(universalRelation(of: $0)) }
    }

    /// The word covering a scalar offset of the document, if any.
    public func word(at offset: Int) -> Int? {
        words.firstIndex { $0.start <= offset && offset < $0.end }
    }
}
