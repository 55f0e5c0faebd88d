/// A read-only map from 64-bit keys (already well-mixed hashes) to 64-bit values, for the
/// models' word tables: open addressing, linear probing, built once.
public struct HashTable: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [UInt64]
    @usableFromInline let mask: Int
    public let count: Int

    /// `pairs` must have distinct keys.
    public init(_ pairs: [(key: UInt64, value: UInt64)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (key, value) in pairs {
            let k = key == 0 ? 1 : key
            var slot = Int(truncatingIfNeeded: k) & mask
            while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
            keys[slot] = k
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
        self.count = pairs.count
    }

    @inlinable public subscript(_ key: UInt64) -> UInt64? {
        let k = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: k) & mask
        while true {
            let found = keys[slot]
            if found == k { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The stored pairs in ascending key order (what a model file writes).
    public var sortedPairs: [(key: UInt64, value: UInt64)] {
        var out: [(key: UInt64, value: UInt64)] = []
        out.reserveCapacity(count)
        for i in 0..<keys.count where keys[i] != 0 { out.append((keys[i], values[i])) }
        return out.sorted { $0.key < $1.key }
    }
}
