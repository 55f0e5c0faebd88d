/// Makes a tree projective for training by lifting (Nivre and Nilsson 2005, without encoding
/// the lifts in the relations): while some arc crosses another, the shortest crossing arc's
/// dependent moves up to its head's head. The relation is kept.
enum Projectivizer {
    /// `heads` 1-based (0 = root), one per word; returns the projective heads and how many
    /// words were lifted.
    static func projectivize(_ heads: [Int]) -> (heads: [Int], lifted: Int) {
        var h = heads
        var lifted = 0
        while let d = shortestNonProjective(h) {
            h[d] = h[h[d] - 1]
            lifted += 1
        }
        return (h, lifted)
    }

    /// Index (0-based) of the dependent of the shortest non-projective arc, or nil.
    static func shortestNonProjective(_ h: [Int]) -> Int? {
        var best: Int? = nil
        var bestLength = Int.max
        for d in 0..<h.count where h[d] > 0 {
            let dep = d + 1
            let head = h[d]
            let lo = min(dep, head)
            let hi = max(dep, head)
            guard hi - lo < bestLength else { continue }
            // Projective when every word strictly between them descends from the head.
            var projective = true
            var k = lo + 1
            while k < hi {
                if !dominates(head, k, h) {
                    projective = false
                    break
                }
                k += 1
            }
            if !projective {
                best = d
                bestLength = hi - lo
            }
        }
        return best
    }

    /// Whether `a` is an ancestor of `b` (1-based words).
    static func dominates(_ a: Int, _ b: Int, _ h: [Int]) -> Bool {
        var x = b
        var steps = 0
        while x != 0 && steps <= h.count {
            if x == a { return true }
            x = h[x - 1]
            steps += 1
        }
        return false
    }
}
