#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Zeroed memory for a weight look-up table: aligned to a cache line, and a large table to 2 MB
/// with the kernel asked for huge pages (a parse reads such a table at random, and with 4 KB
/// pages most of those reads also miss the address translation cache). Free it with `free`.
enum TableMemory {
    static func allocate(bytes: Int) -> UnsafeMutableRawPointer {
        let alignment = bytes >= 4 << 20 ? 2 << 20 : 64
        var raw: UnsafeMutableRawPointer? = nil
        guard posix_memalign(&raw, alignment, bytes) == 0, let raw else { fatalError("out of memory for \(bytes) bytes of weights") }
        #if os(Linux)
        if alignment > 64 { _ = madvise(raw, bytes, Int32(MADV_HUGEPAGE)) }
        #endif
        memset(raw, 0, bytes)
        return raw
    }
}
