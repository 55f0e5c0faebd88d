import Testing

@testable import ChronographSyntax

/// The arc-hybrid system, its dynamic oracle and the projectivizer, on trees made up here.
@Suite("Transition system and oracle")
struct TransitionTests {
    /// "The cat sat on the mat ." — heads 1-based, 0 = root.
    static let heads = [2, 3, 0, 6, 6, 3, 3]
    static let labels = ["det", "nsubj", "root", "case", "det", "obl", "punct"]
    static let labelSet = ["root", "det", "nsubj", "case", "obl", "punct"]

    static func oracle(_ heads: [Int], _ labels: [String]) -> DynamicOracle {
        let n = heads.count
        var gh = [Int32](repeating: -1, count: n + 2)
        var gl = [Int32](repeating: -1, count: n + 2)
        for k in 0..<n {
            gh[k + 1] = Int32(heads[k] == 0 ? n + 1 : heads[k])
            gl[k + 1] = Int32(labelSet.firstIndex(of: labels[k])!)
        }
        return DynamicOracle(goldHead: gh, goldLabel: gl)
    }

    /// Follows the first zero-cost action until the end; returns the heads (0 = root) and labels.
    static func followOracle(_ heads: [Int], _ labels: [String]) -> (heads: [Int], labels: [String]) {
        let system = ArcHybrid(labelCount: labelSet.count, rootLabel: 0)
        let oracle = oracle(heads, labels)
        let c = Configuration()
        c.reset(wordCount: heads.count)
        var costs = [Int](repeating: 0, count: system.actionCount)
        var steps = 0
        while !c.isTerminal && steps < 10 * heads.count {
            oracle.costs(c, system: system, into: &costs)
            let action = costs.firstIndex(of: 0)!
            system.apply(action, to: c)
            steps += 1
        }
        let n = heads.count
        return ((1...n).map { Int(c.head[$0]) == n + 1 ? 0 : Int(c.head[$0]) }, (1...n).map { labelSet[Int(c.label[$0])] })
    }

    @Test func followingZeroCostActionsRebuildsTheGoldTree() {
        let result = Self.followOracle(Self.heads, Self.labels)
        #expect(result.heads == Self.heads)
        #expect(result.labels == Self.labels)
    }

    @Test func zeroCostActionsRebuildRandomProjectiveTrees() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<200 {
            let n = Int(random.next() % 12) + 1
            let heads = Projectivizer.projectivize(Self.randomTree(n, &random)).heads
            let labels = heads.map { $0 == 0 ? "root" : "det" }
            #expect(Self.followOracle(heads, labels).heads == heads)
        }
    }

    @Test func aWrongAttachmentCostsWhatItLoses() {
        let system = ArcHybrid(labelCount: Self.labelSet.count, rootLabel: 0)
        let oracle = Self.oracle(Self.heads, Self.labels)
        let c = Configuration()
        c.reset(wordCount: Self.heads.count)
        system.apply(0, to: c)  // SHIFT "The"
        var costs = [Int](repeating: 0, count: system.actionCount)
        oracle.costs(c, system: system, into: &costs)
        // "The" belongs to "cat", the buffer's front: LEFT(det) is free, LEFT with another label costs 1.
        #expect(costs[system.left(1)] == 0)
        #expect(costs[system.left(2)] == 1)
        // SHIFT would put "cat" above its dependent "The": one arc lost.
        #expect(costs[0] == 1)
        // RIGHT needs two stack items.
        #expect(costs[system.right(1)] == Int.max)
    }

    @Test func theRootTakesExactlyOneDependentLabelledRoot() {
        let system = ArcHybrid(labelCount: 3, rootLabel: 0)
        let c = Configuration()
        c.reset(wordCount: 2)
        system.apply(0, to: c)
        system.apply(0, to: c)
        // Only the root is left in the buffer, two words on the stack: LEFT is not possible.
        #expect(!system.isLegal(system.left(0), c))
        #expect(!system.isLegal(system.right(0), c))
        #expect(system.isLegal(system.right(1), c))
        system.apply(system.right(1), to: c)
        #expect(system.isLegal(system.left(0), c))
        #expect(!system.isLegal(system.left(1), c))
        system.apply(system.left(0), to: c)
        #expect(c.isTerminal)
        #expect(c.head[1] == 3 && c.head[2] == 1)
    }

    @Test func liftingMakesCrossingArcsProjective() {
        // 1 <- 3, 2 <- 4, 3 <- 0, 4 <- 3: arcs (3,1) and (4,2) cross.
        let (heads, lifted) = Projectivizer.projectivize([3, 4, 0, 3])
        #expect(lifted == 1)
        #expect(Projectivizer.shortestNonProjective(heads) == nil)
        #expect(heads == [3, 3, 0, 3])
        #expect(Projectivizer.projectivize([2, 0, 2]).lifted == 0)
    }

    /// A random tree over `n` words (each word's head chosen among words already attached).
    static func randomTree(_ n: Int, _ random: inout SeededRandom) -> [Int] {
        var order = Array(1...n)
        random.shuffle(&order)
        var heads = [Int](repeating: 0, count: n)
        for (k, w) in order.enumerated() where k > 0 {
            heads[w - 1] = order[Int(random.next() % UInt64(k))]
        }
        return heads
    }
}
