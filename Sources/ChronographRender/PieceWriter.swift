/// Text written out in pieces of about 64 KiB (to stream a large file rather than hold it), remembering
/// how it ends so that a writer can ask what a `String` of all of it would answer.
struct PieceWriter {
    private var buffer: [UInt8] = []
    /// The last three bytes written (fewer at the start), oldest first.
    private var tail: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 17) }

    /// Appends `s`, handing the buffer to `put` once it holds 64 KiB.
    mutating func write(_ s: String, into put: ([UInt8]) throws -> Void) rethrows {
        let bytes = s.utf8
        guard !bytes.isEmpty else { return }
        buffer.append(contentsOf: bytes)
        tail = Array((tail + bytes.suffix(3)).suffix(3))
        if buffer.count >= 1 << 16 { try flush(into: put) }
    }

    /// Hands on what is buffered (at the end).
    mutating func flush(into put: ([UInt8]) throws -> Void) rethrows {
        guard !buffer.isEmpty else { return }
        try put(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// `text.hasSuffix("\n\n")` for the whole text written. `hasSuffix` compares characters, and "\r\n" is one
    /// character: text ending in "\r\n\n" does not end with two "\n" characters.
    var endsWithBlankLine: Bool {
        let n = tail.count
        guard n >= 2, tail[n - 1] == 0x0A, tail[n - 2] == 0x0A else { return false }
        return n < 3 || tail[n - 3] != 0x0D
    }
}
