/// The feature keys of one decision, written in place: a parse appends 135 keys per decision,
/// and an array's append (its uniqueness and capacity checks) took about 3% of a parse's time.
/// One buffer per parser or tagger, reused for every decision.
final class FeatureBuffer {
    /// More than any template set writes (the parser: 135).
    static let capacity = 256
    let base: UnsafeMutablePointer<UInt64>
    private(set) var count = 0

    init() {
        base = .allocate(capacity: Self.capacity)
    }

    deinit {
        base.deallocate()
    }

    @inline(__always) func removeAll() { count = 0 }

    @inline(__always) func append(_ key: UInt64) {
        precondition(count < Self.capacity, "more features than a buffer holds")
        base[count] = key
        count += 1
    }

    /// The keys written since the last ``removeAll()``.
    var keys: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: base, count: count) }
}
