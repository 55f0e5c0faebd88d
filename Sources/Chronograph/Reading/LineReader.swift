import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a file descriptor line by line in 64 KiB chunks, so a corpus of any size streams
/// through in bounded memory (a line is held whole; lines are split at `\n`, a `\r` before it is dropped).
final class LineReader {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEOF = false
    private(set) var lineNumber = 0
    private(set) var readError: Int32?

    init(fd: Int32, ownsDescriptor: Bool) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// The next line's bytes, or nil at the end.
    func next() -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                var end = nl
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = nl + 1
                lineNumber += 1
                return line
            }
            if atEOF {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return line
            }
            fill()
        }
    }

    private func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let chunk = 1 << 16
        let old = buffer.count
        buffer.reserveCapacity(old + chunk)
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        let n = buffer.withUnsafeMutableBufferPointer { p in
            read(fd, p.baseAddress! + old, chunk)
        }
        if n <= 0 {
            if n < 0 { readError = errno }
            atEOF = true
            buffer.removeLast(chunk)
        } else {
            buffer.removeLast(chunk - n)
        }
    }
}
