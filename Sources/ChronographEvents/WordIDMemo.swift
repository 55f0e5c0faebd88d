/// The word ids of one document's recent words: a direct-mapped table in front of the
/// per-process facts cache (``WordCache``), whose look-up takes a lock and probes a large
/// table. A document's words repeat ("the", ",", its names), so most tokens are answered here.
/// A slot holds one word; a word that maps to a taken slot replaces it.
struct WordIDMemo {
    private var hashes: [UInt64]
    private var words: [String]
    private var ids: [Int32]
    private let mask: Int

    init(slots: Int = 1024) {
        var n = 1
        while n < slots { n <<= 1 }
        hashes = [UInt64](repeating: 0, count: n)
        words = [String](repeating: "", count: n)
        ids = [Int32](repeating: -1, count: n)
        mask = n - 1
    }

    /// The id of `lower`, asked of `lookUp` when this table does not hold it.
    @inline(__always) mutating func id(_ lower: String, lookUp: (String) -> Int32) -> Int32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in lower.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        let s = Int(truncatingIfNeeded: h) & mask
        if hashes[s] == h && ids[s] >= 0 && words[s] == lower { return ids[s] }
        let id = lookUp(lower)
        hashes[s] = h
        words[s] = lower
        ids[s] = id
        return id
    }
}
