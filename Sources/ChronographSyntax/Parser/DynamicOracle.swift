/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): for any
/// configuration, how many arcs of the gold tree each move makes unreachable. Training follows
/// the cheapest moves from wherever the parser's own mistakes led it, so the model learns to
/// recover from errors it will really make.
///
/// Exact for projective gold trees (training trees are made projective first, see
/// ``Projectivizer``).
struct DynamicOracle {
    /// Gold heads (root = n + 1) and relations, 1-based like the configuration.
    let goldHead: [Int32]
    let goldLabel: [Int32]

    /// The cost of every action (`Int.max` for illegal ones) into `costs`.
    func costs(_ c: Configuration, system: ArcHybrid, into costs: inout [Int]) {
        let n = c.n
        let s0 = c.s(0)
        let s1 = c.s(1)
        let b0 = c.buffer
        @inline(__always) func inBuffer(_ i: Int32) -> Bool { Int(i) >= b0 && Int(i) <= n + 1 }

        var shiftCost = 0
        if system.canShift(c) {
            let gb = goldHead[b0]
            for (k, item) in c.stack.enumerated() {
                if goldHead[Int(item)] == b0 { shiftCost += 1 }
                if k < c.stack.count - 1 && gb == item { shiftCost += 1 }
            }
        }
        // Dependents of s0 still in the buffer are lost by both LEFT and RIGHT.
        var s0Dependents = 0
        if s0 >= 0 && b0 <= n {
            for d in b0...n where goldHead[d] == s0 { s0Dependents += 1 }
        }
        let gs0 = s0 >= 0 ? goldHead[s0] : -1
        let leftCost = s0Dependents + (s0 >= 0 && Int(gs0) != b0 && (Int(gs0) == s1 || inBuffer(gs0)) ? 1 : 0)
        let rightCost = s0Dependents + (s0 >= 0 && Int(gs0) != s1 && inBuffer(gs0) ? 1 : 0)

        for a in 0..<system.actionCount {
            guard system.isLegal(a, c) else {
                costs[a] = Int.max
                continue
            }
            switch system.move(a) {
            case .shift:
                costs[a] = shiftCost
            case .left:
                costs[a] = leftCost + (Int(gs0) == b0 && Int(goldLabel[s0]) != system.label(a) ? 1 : 0)
            case .right:
                costs[a] = rightCost + (Int(gs0) == s1 && Int(goldLabel[s0]) != system.label(a) ? 1 : 0)
            }
        }
    }
}
