/// The feature keys of one decision, written in place: a parse writes 135 keys per decision,
/// and an array's append (its uniqueness and capacity checks) took about 3% of a parse's time.
/// One buffer per parser or tagger, reused for every decision; the keys are written through a
/// ``FeatureWriter``.
final class FeatureBuffer {
    /// More than any template set writes (the parser: 135).
    static var capacity: Int { 256 }
    let base: UnsafeMutablePointer<UInt64>
    /// The number of keys the last writer wrote.
    fileprivate(set) var count = 0

    init() {
        base = .allocate(capacity: Self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The keys of the last decision.
    var keys: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: base, count: count) }
}

/// Writes one decision's keys into a ``FeatureBuffer`` (from the start, or after the keys it
/// holds with `appending`), counting them in a local value (a class's stored count would be checked for exclusive access at every key written, which
/// cost more than the writing); ``finish()`` stores the count in the buffer. With `prefetching`,
/// each key's first slot in those weights is asked for as the key is written, so that the
/// look-up's misses overlap with computing the keys after it.
struct FeatureWriter {
    private let buffer: FeatureBuffer
    private let base: UnsafeMutablePointer<UInt64>
    private var count = 0
    private let table: WeightSlots?

    init(into buffer: FeatureBuffer, appending: Bool = false, prefetching weights: FeatureWeights? = nil) {
        self.buffer = buffer
        base = buffer.base
        if appending { count = buffer.count }
        table = weights?.table
    }

    @inline(__always) mutating func append(_ key: UInt64) {
        precondition(count < FeatureBuffer.capacity, "more features than a buffer holds")
        base[count] = key
        count += 1
        table?.prefetch(key)
    }

    func finish() {
        buffer.count = count
    }
}
