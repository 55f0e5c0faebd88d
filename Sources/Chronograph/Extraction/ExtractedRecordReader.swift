import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Streams the lines of a file written by `chronograph extract --format jsonl` (or `-` for standard input).
public final class ExtractedRecordReader {
    private let lines: LineReader

    public init(path: String) throws {
        if path == "-" {
            lines = LineReader(fd: 0, ownsDescriptor: false)
            return
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw AtomicFileWriter.WriteError(path: path, reason: String(cString: strerror(errno))) }
        lines = LineReader(fd: fd, ownsDescriptor: true)
    }

    /// The next non-blank line with its number.
    public func next() -> (Int, ArraySlice<UInt8>)? {
        while let bytes = lines.next() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return (lines.lineNumber, bytes)
        }
        return nil
    }
}
