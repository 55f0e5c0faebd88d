/// A parser configuration of the arc-hybrid system (Kuhlmann, Gómez-Rodríguez and Satta 2011):
/// a stack, a buffer (the words not yet read, then the artificial root at the end — Ballesteros
/// and Nivre 2013), and the arcs made so far, with the children bookkeeping the features read.
///
/// Words are numbered 1...n; the root is n + 1 while parsing and becomes 0 in the output.
/// The arrays are reused from sentence to sentence (`reset`), since parsing is allocation-bound
/// otherwise.
final class Configuration {
    private(set) var n = 0
    var stack: [Int32] = []
    /// The first buffer position (n + 1 when only the root is left).
    var buffer = 1
    var head: [Int32] = []
    var label: [Int32] = []
    /// The two leftmost and two rightmost children of each word (-1 when none), the number of
    /// left and right children, and the set of their relations as bits.
    var leftmost: [Int32] = []
    var leftmost2: [Int32] = []
    var rightmost: [Int32] = []
    var rightmost2: [Int32] = []
    var leftCount: [Int32] = []
    var rightCount: [Int32] = []
    var leftLabels: [UInt64] = []
    var rightLabels: [UInt64] = []

    var root: Int { n + 1 }
    var isTerminal: Bool { stack.isEmpty && buffer == n + 1 }

    func reset(wordCount: Int) {
        n = wordCount
        stack.removeAll(keepingCapacity: true)
        buffer = 1
        let size = wordCount + 2
        func fill<T>(_ a: inout [T], _ v: T) {
            a.removeAll(keepingCapacity: true)
            a.append(contentsOf: repeatElement(v, count: size))
        }
        fill(&head, -1)
        fill(&label, -1)
        fill(&leftmost, -1)
        fill(&leftmost2, -1)
        fill(&rightmost, -1)
        fill(&rightmost2, -1)
        fill(&leftCount, 0)
        fill(&rightCount, 0)
        fill(&leftLabels, 0)
        fill(&rightLabels, 0)
    }

    /// The stack item `k` from the top (0 = top), or -1.
    @inline(__always) func s(_ k: Int) -> Int {
        let c = stack.count
        return k < c ? Int(stack[c - 1 - k]) : -1
    }

    /// The buffer item `k` from the front (0 = front; the root counts), or -1.
    @inline(__always) func b(_ k: Int) -> Int {
        let i = buffer + k
        return i <= n + 1 ? i : -1
    }

    func attach(_ dependent: Int, to headWord: Int, label l: Int) {
        head[dependent] = Int32(headWord)
        label[dependent] = Int32(l)
        let d = Int32(dependent)
        if dependent < headWord {
            leftCount[headWord] += 1
            leftLabels[headWord] |= 1 << UInt64(l & 63)
            if leftmost[headWord] < 0 || d < leftmost[headWord] {
                leftmost2[headWord] = leftmost[headWord]
                leftmost[headWord] = d
            } else if leftmost2[headWord] < 0 || d < leftmost2[headWord] {
                leftmost2[headWord] = d
            }
        } else {
            rightCount[headWord] += 1
            rightLabels[headWord] |= 1 << UInt64(l & 63)
            if d > rightmost[headWord] {
                rightmost2[headWord] = rightmost[headWord]
                rightmost[headWord] = d
            } else if d > rightmost2[headWord] {
                rightmost2[headWord] = d
            }
        }
    }
}
