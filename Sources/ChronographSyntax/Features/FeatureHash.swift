/// The keys of the linear models: 64-bit hashes of a feature template and its atoms.
///
/// Keys must be the same in every process (the model file stores them), so nothing here uses
/// Swift's `Hasher`, which is seeded per process.
public enum FeatureHash {
    /// FNV-1a over the UTF-8 bytes of a string.
    @inlinable public static func string(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// FNV-1a over Unicode scalar values (what word features hash: no `String` is built).
    @inlinable public static func scalars<S: Sequence>(_ s: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in s {
            h ^= UInt64(c.value)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// FNV-1a over a slice of UTF-8 bytes.
    @inlinable public static func bytes(_ s: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// Combines a running key with one more atom (a splitmix64-style finalizer over the sum, so
    /// that different orders and templates give unrelated keys).
    @inline(__always) public static func mix(_ key: UInt64, _ atom: UInt64) -> UInt64 {
        var z = (key ^ (atom &* 0x9E37_79B9_7F4A_7C15)) &+ 0x632B_E59B_D9B4_E019
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always) public static func key(_ template: Int, _ a: UInt64) -> UInt64 {
        mix(UInt64(template) &* 0xD6E8_FEB8_6659_FD93, a)
    }

    @inline(__always) public static func key(_ template: Int, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(key(template, a), b)
    }

    @inline(__always) public static func key(_ template: Int, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(mix(key(template, a), b), c)
    }

    @inline(__always) public static func key(_ template: Int, _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
        mix(mix(mix(key(template, a), b), c), d)
    }
}
