import Testing

@testable import ChronographSyntax

@Suite("Dependency tree API")
struct DependencyTreeTests {
    /// "Police said protesters stormed the office on Friday ." (hand-made tree)
    static let tree: DependencyTree = {
        let rows: [(String, String, Int, String)] = [
            ("Police", "NOUN", 2, "nsubj"), ("said", "VERB", 0, "root"), ("protesters", "NOUN", 4, "nsubj"),
            ("stormed", "VERB", 2, "ccomp"), ("the", "DET", 6, "det"), ("office", "NOUN", 4, "obj"),
            ("on", "ADP", 8, "case"), ("Friday", "PROPN", 4, "obl:tmod"), (".", "PUNCT", 2, "punct"),
        ]
        return DependencyTree(words: rows.map { SyntaxWord(form: $0.0, upos: $0.1, head: $0.2, deprel: $0.3) })
    }()

    @Test func headsDependentsAndRelations() {
        let t = Self.tree
        #expect(t.root == 1)
        #expect(t.head(of: 3) == 1)
        #expect(t.head(of: 1) == nil)
        #expect(t.dependents(of: 3) == [2, 5, 7])
        #expect(t.dependents(of: 3, ["obl"]) == [7])
        #expect(t.relation(of: 7) == "obl:tmod")
        #expect(t.universalRelation(of: 7) == "obl")
    }

    @Test func pathsGoUpToTheCommonHeadAndDown() {
        let t = Self.tree
        #expect(t.path(from: 7, to: 2) == [7, 3, 2])
        #expect(t.path(from: 0, to: 5) == [0, 1, 3, 5])
        #expect(t.path(from: 4, to: 4) == [4])
        #expect(t.dominates(1, 6))
        #expect(!t.dominates(3, 0))
    }

    @Test func clausesAndSpans() {
        let t = Self.tree
        #expect(t.clause(of: 5) == 3)
        #expect(t.clause(of: 0) == 1)
        #expect(t.span(of: 3) == 2...7)
        #expect(t.isPredicate(3))
        #expect(!t.isPredicate(5))
    }
}
