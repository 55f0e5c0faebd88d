#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSyntaxKernels

/// The look-up table of ``FeatureWeights``: open addressing with linear probing over 16-byte
/// slots, so that a feature is found with one cache miss.
///
/// A slot is two 64-bit words. The first holds the feature's fingerprint (high 32 bits, never 0;
/// a slot whose first word is 0 is empty), the row's length (8 bits) and, for rows of at most
/// three weights (nine in ten features), the first weight; the second word holds the second and
/// third. A weight takes 24 bits: class << 16 | 16-bit weight. Longer rows keep their weights in
/// `overflow` (class << 16 | weight, 32 bits each), and the second word holds where they start.
/// Rows of at least ``denseMinimum`` weights (the frequent features of tags and tag pairs, which
/// stay in the cache and are read at every step) are stored dense in `dense`, one 16-bit weight
/// per class, and added with vector instructions; the second word holds their row number. Dense
/// The second word's top 16 bits are the slot's reach: how far from this slot the farthest
/// feature whose first slot this is lies (0: none was moved on), so that a feature not in the
/// table is known absent after that many probes instead of at the next empty slot. Dense
/// rows start on a cache line (their stride is a whole number of lines), so that a row's span of
/// classes touches as few lines as it can. The look-up itself is in `WeightLookup.swift`.
///
/// Slots are 16-byte aligned (a slot never straddles two cache lines), and a large table is
/// aligned to 2 MB and asks the kernel for huge pages: a parse reads millions of slots at random,
/// and with 4 KB pages most of those reads also miss the address translation cache.
public final class WeightSlots: @unchecked Sendable {
    /// Rows of at most this many weights live in their slot.
    static var inline: Int { 3 }
    /// Rows of at least this many weights are stored dense.
    static var denseMinimum: Int { 16 }
    /// The second word of a slot without its reach.
    static var restMask: UInt64 { 0xFFFF_FFFF_FFFF }
    /// A reach this large (never seen) means: probe on to an empty slot.
    static var unboundedReach: Int { 0xFFFF }

    /// How many rows ahead of the one being put in the table its first slot is asked for.
    static var insertionLookahead: Int { 16 }

    /// The reach held in a slot's second word.
    @inline(__always) static func reach(_ rest: UInt64) -> Int { Int(truncatingIfNeeded: rest >> 48) }

    let slots: UnsafeMutablePointer<UInt64>
    let mask: Int
    /// Longer rows' weights (class << 16 | weight).
    let overflow: UnsafeMutablePointer<UInt32>
    let overflowCount: Int
    /// Dense rows, `denseStride` weights each (the first `classCount` used).
    let dense: UnsafeMutablePointer<Int16>
    let denseStride: Int
    let classCount: Int
    let capacity: Int
    let featureCount: Int
    let weightCount: Int

    /// Rows as a model file holds them (fingerprints ascending, never 0, distinct).
    init(classCount: Int, fingerprints: [UInt32], counts: [UInt8], classes: [UInt8], weights: [Int16]) {
        precondition(classes.count < 1 << 32, "overflow starts are stored in 32 bits")
        // At most three slots in four used: probes stay short, mostly within one cache line.
        var capacity = 16
        while capacity * 3 < fingerprints.count * 4 { capacity <<= 1 }
        let raw = TableMemory.allocate(bytes: capacity * 16)
        let slots = raw.bindMemory(to: UInt64.self, capacity: 2 * capacity)
        let mask = capacity - 1
        var overflow: [UInt32] = []
        var dense: [Int16] = []
        func entry(_ k: Int) -> UInt64 { UInt64(classes[k]) << 16 | UInt64(UInt16(bitPattern: weights[k])) }
        // Rows go in by kind, longest first (each pass in fingerprint order, reading the arrays in
        // sequence): a long row is a feature seen with many classes, that is a frequent one (the
        // dense rows are tags and tag pairs, read at almost every step), and the rows put in first
        // take their own first slot, so that the look-ups made most often need no probing. The
        // rows and every look-up's answer are the same in any order; only the time differs.
        for lengths in [Self.denseMinimum...255, (Self.inline + 1)...(Self.denseMinimum - 1), 1...Self.inline] {
            var start = 0
            for (i, f) in fingerprints.enumerated() {
                let count = Int(counts[i])
                defer { start += count }
                // The slots are read at random: ask for a later row's first slot now (most of the
                // load time was waiting for them).
                let later = i + Self.insertionLookahead
                if later < fingerprints.count && lengths.contains(Int(counts[later])) {
                    chronograph_prefetch(slots + 2 * (Int(fingerprints[later]) & mask))
                }
                guard lengths.contains(count) else { continue }
                let home = Int(f) & mask
                var slot = home
                while slots[2 * slot] != 0 { slot = (slot + 1) & mask }
                let distance = (slot - home) & mask
                if distance > Self.reach(slots[2 * home + 1]) {
                    slots[2 * home + 1] = slots[2 * home + 1] & Self.restMask | UInt64(min(distance, Self.unboundedReach)) << 48
                }
                var head = UInt64(f) << 32 | UInt64(count) << 24
                var rest: UInt64 = 0
                if count <= Self.inline {
                    head |= entry(start)
                    if count > 1 { rest |= entry(start + 1) }
                    if count > 2 { rest |= entry(start + 2) << 24 }
                } else if count < Self.denseMinimum {
                    rest = UInt64(overflow.count)
                    for k in start..<(start + count) { overflow.append(UInt32(entry(k))) }
                } else {
                    rest = UInt64(dense.count / classCount)
                    var row = [Int16](repeating: 0, count: classCount)
                    for k in start..<(start + count) { row[Int(classes[k])] = weights[k] }
                    dense.append(contentsOf: row)
                }
                slots[2 * slot] = head
                slots[2 * slot + 1] = rest
            }
        }
        self.slots = slots
        self.mask = mask
        // Copied to memory of their own: the look-up reads them through plain pointers.
        let overflowRows = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, overflow.count))
        overflowRows.initialize(from: overflow, count: overflow.count)
        self.overflow = overflowRows
        overflowCount = overflow.count
        let stride = (classCount + 31) / 32 * 32
        let rowCount = dense.count / classCount
        let denseBytes = max(64, rowCount * stride * 2)
        let denseRows = TableMemory.allocate(bytes: denseBytes).bindMemory(to: Int16.self, capacity: denseBytes / 2)
        dense.withUnsafeBufferPointer { source in
            for r in 0..<rowCount { (denseRows + r * stride).update(from: source.baseAddress! + r * classCount, count: classCount) }
        }
        self.dense = denseRows
        denseStride = stride
        self.classCount = classCount
        self.capacity = capacity
        featureCount = fingerprints.count
        weightCount = classes.count
    }

    deinit {
        free(UnsafeMutableRawPointer(slots))
        free(UnsafeMutableRawPointer(dense))
        overflow.deallocate()
    }

    /// The rows in ascending fingerprint order (what a model file stores).
    var rows: (fingerprints: [UInt32], counts: [UInt8], classes: [UInt8], weights: [Int16]) {
        var order: [(fingerprint: UInt32, slot: Int)] = []
        order.reserveCapacity(featureCount)
        for slot in 0..<capacity where slots[2 * slot] != 0 { order.append((UInt32(truncatingIfNeeded: slots[2 * slot] >> 32), slot)) }
        order.sort { $0.fingerprint < $1.fingerprint }
        var out: (fingerprints: [UInt32], counts: [UInt8], classes: [UInt8], weights: [Int16]) = ([], [], [], [])
        for (f, slot) in order {
            let head = slots[2 * slot]
            let rest = slots[2 * slot + 1] & Self.restMask
            let count = Int((head >> 24) & 0xFF)
            out.fingerprints.append(f)
            out.counts.append(UInt8(count))
            var entries: [UInt64] = []
            if count <= Self.inline {
                entries = [head & 0xFF_FFFF, rest & 0xFF_FFFF, (rest >> 24) & 0xFF_FFFF].prefix(count).map { $0 }
            } else if count < Self.denseMinimum {
                let start = Int(rest)
                entries = (start..<(start + count)).map { UInt64(overflow[$0]) }
            } else {
                let start = Int(rest) * denseStride
                for c in 0..<classCount where dense[start + c] != 0 {
                    entries.append(UInt64(c) << 16 | UInt64(UInt16(bitPattern: dense[start + c])))
                }
            }
            for e in entries {
                out.classes.append(UInt8(truncatingIfNeeded: e >> 16))
                out.weights.append(Int16(truncatingIfNeeded: e))
            }
        }
        return out
    }
}
