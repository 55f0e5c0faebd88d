/// The weights of a trained linear model, for scoring: for each feature, the classes it has a
/// weight for and those weights (rows are sparse: a feature seen with three tags stores three
/// weights, not one per tag).
///
/// Laid out for speed and size: a feature is known by a 32-bit fingerprint of its 64-bit key
/// (about a thousand of three million parser features share one; their rows are merged, which
/// costs no measurable accuracy), and each weight is a class and a 16-bit fixed-point weight.
/// Scores are integer sums: one scale for the whole table keeps every comparison of scores what it
/// was in floating point, up to rounding of the weights. The look-up table is described at
/// ``WeightSlots``.
public struct FeatureWeights: Sendable {
    public let classCount: Int
    /// A stored weight `q` stands for `Float(q) * scale`.
    public let scale: Float
    let table: WeightSlots

    /// The 32-bit fingerprint of a feature key (never 0).
    @inline(__always) static func fingerprint(_ key: UInt64) -> UInt32 {
        let f = UInt32(truncatingIfNeeded: key >> 32) ^ UInt32(truncatingIfNeeded: key)
        return f == 0 ? 0x9E37_79B9 : f
    }

    /// From trained rows (key, [(class, weight)]): quantized with one scale, rows whose keys
    /// share a fingerprint merged.
    public init(classCount: Int, rows: [(key: UInt64, entries: [(cls: Int, weight: Float)])]) {
        let largest = rows.reduce(Float(0)) { m, row in row.entries.reduce(m) { max($0, abs($1.weight)) } }
        let scale = largest > 0 ? largest / 32767 : 1
        var byFingerprint: [UInt32: [Int: Float]] = [:]
        for row in rows {
            let f = Self.fingerprint(row.key)
            for e in row.entries { byFingerprint[f, default: [:]][e.cls, default: 0] += e.weight }
        }
        var fingerprints: [UInt32] = []
        var counts: [UInt8] = []
        var classes: [UInt8] = []
        var weights: [Int16] = []
        for f in byFingerprint.keys.sorted() {
            let row = byFingerprint[f]!.filter { ($0.value / scale).rounded() != 0 }.sorted { $0.key < $1.key }
            guard !row.isEmpty else { continue }
            fingerprints.append(f)
            counts.append(UInt8(row.count))
            for (c, w) in row {
                classes.append(UInt8(c))
                weights.append(Int16(max(-32767, min(32767, (w / scale).rounded()))))
            }
        }
        self.init(classCount: classCount, scale: scale, fingerprints: fingerprints, counts: counts, classes: classes, weights: weights)
    }

    /// From the arrays a model file holds: fingerprints ascending, the length of each row, and
    /// all rows' classes and weights one after the other.
    init(classCount: Int, scale: Float, fingerprints: [UInt32], counts: [UInt8], classes: [UInt8], weights: [Int16]) {
        precondition(classCount < 256, "classes and row lengths are stored in one byte")
        self.classCount = classCount
        self.scale = scale
        table = WeightSlots(classCount: classCount, fingerprints: fingerprints, counts: counts, classes: classes, weights: weights)
    }

    /// The number of features with weights, and of weights.
    public var featureCount: Int { table.featureCount }
    public var weightCount: Int { table.weightCount }

    /// Adds the weights of every feature in `features` to `scores` (`classCount` integers; the
    /// scale is left out, so compare, do not interpret). With `classes`, only the scores of those
    /// classes are wanted: dense rows are added over that span alone, and the other scores are left
    /// as they may be. The look-up is described at ``WeightSlots/addScores(_:to:classes:)``.
    @inline(__always) func addScores(_ features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutablePointer<Int32>, classes wanted: Range<Int>? = nil) {
        table.addScores(features, to: scores, classes: wanted ?? 0..<classCount)
    }

    /// Starts loading what a later ``addScores(_:to:classes:)`` of `features` reads first.
    @inline(__always) func prefetch(_ features: UnsafeBufferPointer<UInt64>) {
        table.prefetch(features)
    }

    /// The rows in ascending fingerprint order (what a model file stores).
    var rows: (fingerprints: [UInt32], counts: [UInt8], classes: [UInt8], weights: [Int16]) { table.rows }

    /// The same weights without those smaller in magnitude than `minimum` (in the trained
    /// scale), and without the features left with none: a model file's size is mostly rare
    /// features' small weights.
    public func pruned(minimum: Float) -> FeatureWeights {
        let r = rows
        let threshold = Int16(max(1, min(32767, (minimum / scale).rounded())))
        var fingerprints: [UInt32] = []
        var counts: [UInt8] = []
        var classes: [UInt8] = []
        var weights: [Int16] = []
        var k = 0
        for (i, f) in r.fingerprints.enumerated() {
            var kept = 0
            for j in k..<(k + Int(r.counts[i])) where abs(Int(r.weights[j])) >= Int(threshold) {
                classes.append(r.classes[j])
                weights.append(r.weights[j])
                kept += 1
            }
            k += Int(r.counts[i])
            if kept > 0 {
                fingerprints.append(f)
                counts.append(UInt8(kept))
            }
        }
        return FeatureWeights(classCount: classCount, scale: scale, fingerprints: fingerprints, counts: counts, classes: classes, weights: weights)
    }
}
