/// A multi-class averaged perceptron being trained (Collins 2002; the form used by Honnibal's
/// tagger and parser): integer weights, so that training gives the same bits on every machine
/// and in every run.
///
/// Averaging uses the accumulated-update trick (Daumé 2006): next to each weight `w` it keeps
/// `u`, the sum of `step × update`; the average over all steps is then `w - u / step`, with no
/// per-weight timestamps. Rows (one weight per class) are made the first time a feature is
/// updated, so features only ever seen in correct predictions take no memory.
public final class AveragedPerceptron {
    public let classCount: Int
    private var rows: [UInt64: Int32] = [:]
    private var rowKeys: [UInt64] = []
    private var w: [Int32] = []
    private var u: [Int64] = []
    /// The number of training instances seen so far, plus one.
    public private(set) var step: Int64 = 1

    public init(classCount: Int) {
        self.classCount = classCount
    }

    public var featureCount: Int { rowKeys.count }

    /// Adds each feature's current weights to `scores` (`classCount` integers).
    public func score<Features: Sequence<UInt64>>(_ features: Features, into scores: inout [Int32]) {
        for i in 0..<classCount { scores[i] = 0 }
        w.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                for f in features {
                    guard let row = rows[f] else { continue }
                    let base = Int(row) * classCount
                    for c in 0..<classCount { s[c] &+= w[base + c] }
                }
            }
        }
    }

    /// One instance done: a mistake moves the features toward `truth` and away from `guess`.
    public func update<Features: Sequence<UInt64>>(_ features: Features, truth: Int, guess: Int) {
        defer { step += 1 }
        guard truth != guess else { return }
        for f in features {
            let base = Int(row(for: f)) * classCount
            w[base + truth] += 1
            u[base + truth] += step
            w[base + guess] -= 1
            u[base + guess] -= step
        }
    }

    /// Counts an instance without an update (a correct prediction).
    public func tick() { step += 1 }

    private func row(for feature: UInt64) -> Int32 {
        if let row = rows[feature] { return row }
        let row = Int32(rowKeys.count)
        rows[feature] = row
        rowKeys.append(feature)
        w.append(contentsOf: repeatElement(0, count: classCount))
        u.append(contentsOf: repeatElement(0, count: classCount))
        return row
    }

    /// The averaged weights, sparse, keys in ascending order (deterministic), dropping weights
    /// whose magnitude is below `threshold` and features left with none.
    public func averaged(threshold: Float = 0) -> [(key: UInt64, entries: [(cls: Int, weight: Float)])] {
        var order = Array(0..<rowKeys.count)
        order.sort { rowKeys[$0] < rowKeys[$1] }
        var out: [(key: UInt64, entries: [(cls: Int, weight: Float)])] = []
        out.reserveCapacity(order.count)
        let steps = Double(step)
        for r in order {
            var entries: [(cls: Int, weight: Float)] = []
            let base = r * classCount
            for c in 0..<classCount {
                let avg = Double(w[base + c]) - Double(u[base + c]) / steps
                if avg != 0 && abs(avg) >= Double(threshold) { entries.append((c, Float(avg))) }
            }
            if !entries.isEmpty { out.append((rowKeys[r], entries)) }
        }
        return out
    }
}
