import CSyntaxKernels

extension WeightSlots {
    /// Asks for the first slots of `features` (keys) ahead of a look-up, without waiting for them.
    @inline(__always)
    func prefetch(_ features: UnsafeBufferPointer<UInt64>) {
        for key in features { prefetch(key) }
    }

    /// Asks for the first slot of one feature.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        chronograph_prefetch(slots + 2 * (Int(truncatingIfNeeded: FeatureWeights.fingerprint(key)) & mask))
    }

    /// Adds the rows of `features` (keys) to `scores`; dense rows over the classes of `wanted`
    /// only (see ``FeatureWeights/addScores(_:to:classes:)``).
    ///
    /// Most of a decision's time is cache misses, so the look-ups are made in three sweeps over
    /// the features, each of whose loads are independent of one another and overlap: first every
    /// feature's first slot is read; then each feature's own slot is found (probing on from the
    /// first, which is mostly in the same cache line) and, for a row kept outside its slot, the
    /// row's cache lines are prefetched; last the rows are added, by then mostly in the cache. Done
    /// in one sweep, a row's miss could only start once its slot had arrived.
    @inline(__always)
    func addScores(_ features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutablePointer<Int32>, classes wanted: Range<Int>) {
        let n = features.count
        guard n > 0 else { return }
        let slots = self.slots
        let mask = self.mask
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * n) { found in
            withUnsafeTemporaryAllocation(of: UnsafePointer<Int16>?.self, capacity: n) { denseRows in
                var denseCount = 0
                // 1. The first slot of each feature: its fingerprint and slot number, and the slot's head.
                for i in 0..<n {
                    let f = UInt64(FeatureWeights.fingerprint(features[i]))
                    let slot = Int(truncatingIfNeeded: f) & mask
                    found[2 * i] = f << 32 | UInt64(slot)
                    found[2 * i + 1] = slots[2 * slot]
                }
                // 2. The feature's own slot (its head left 0 when the feature has no weights), and its
                // row's lines asked for when the row is not in the slot.
                for i in 0..<n {
                    let f = found[2 * i] >> 32
                    var head = found[2 * i + 1]
                    var slot = Int(truncatingIfNeeded: found[2 * i] & 0xFFFF_FFFF)
                    if head >> 32 != f && head != 0 {
                        // Not in its first slot: probe on as far as that slot's reach.
                        var left = Self.reach(slots[2 * slot + 1])
                        if left == Self.unboundedReach { left = Int.max }
                        head = 0
                        while left > 0 {
                            slot = (slot + 1) & mask
                            let h = slots[2 * slot]
                            if h >> 32 == f { head = h; break }
                            if h == 0 { break }
                            left -= 1
                        }
                    }
                    found[2 * i] = UInt64(slot)
                    found[2 * i + 1] = head
                    let count = Int(truncatingIfNeeded: (head >> 24) & 0xFF)
                    guard count > Self.inline else { continue }
                    let start = Int(truncatingIfNeeded: slots[2 * slot + 1] & Self.restMask)
                    if count < Self.denseMinimum {
                        chronograph_prefetch(overflow + start)
                        chronograph_prefetch(overflow + start + count - 1)
                    } else {
                        let row = dense + start * denseStride
                        var offset = wanted.lowerBound & ~31
                        while offset < wanted.upperBound {
                            chronograph_prefetch(row + offset)
                            offset += 32
                        }
                        denseRows[denseCount] = UnsafePointer(row)
                        denseCount += 1
                    }
                }
                // 3. The rows added: short ones from the slot, longer ones from the overflow list, then
                // the dense ones over the wanted classes, all together (in C, with vector registers).
                // The sums are of integers, so their order does not matter.
                @inline(__always) func add(_ e: UInt64) {
                    scores[Int(truncatingIfNeeded: (e >> 16) & 0xFF)] &+= Int32(Int16(truncatingIfNeeded: e))
                }
                for i in 0..<n {
                    let head = found[2 * i + 1]
                    guard head != 0 else { continue }
                    let slot = Int(truncatingIfNeeded: found[2 * i])
                    let count = Int(truncatingIfNeeded: (head >> 24) & 0xFF)
                    if count <= Self.inline {
                        add(head)
                        if count > 1 {
                            let rest = slots[2 * slot + 1]
                            add(rest)
                            if count > 2 { add(rest >> 24) }
                        }
                    } else if count < Self.denseMinimum {
                        let row = overflow + Int(truncatingIfNeeded: slots[2 * slot + 1] & Self.restMask)
                        for k in 0..<count { add(UInt64(row[k])) }
                    }
                }
                chronograph_add_dense_rows(scores, denseRows.baseAddress!, denseCount, wanted.lowerBound, wanted.upperBound)
            }
        }
    }
}
