/// The lines of a text and the tab-separated fields of a line, found by scanning UTF-8 bytes
/// instead of `Character`s, cut exactly where `split(separator: "\n")` and
/// `split(separator: "\t")` cut (a treebank's reading took a sixth of a parse's time in
/// grapheme breaking).
///
/// A line feed and a tab are always a `Character` of their own, except for a carriage return
/// followed by a line feed, which is one `Character` ("\r\n") and so no line break for
/// `split(separator: "\n")`: a line feed after a carriage return does not end a line here either.
struct TextLines {
    let text: String

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    /// One line: where it starts and ends in the text's UTF-8 bytes, and the bytes.
    struct Line {
        let bytes: UnsafeBufferPointer<UInt8>
        let start: Int
        let end: Int
    }

    /// Calls `body` with every line, as `text.split(separator: "\n", omittingEmptySubsequences: false)` gives them.
    func forEachLine(_ body: (Line) throws -> Void) rethrows {
        try text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            for i in 0..<bytes.count where bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) {
                try body(Line(bytes: bytes, start: start, end: i))
                start = i + 1
            }
            try body(Line(bytes: bytes, start: start, end: bytes.count))
        }!
    }

    /// The text between two UTF-8 offsets (each at a line or field boundary).
    func substring(_ start: Int, _ end: Int) -> Substring {
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }

    /// The text between two UTF-8 offsets, as a `String`.
    func string(_ line: Line, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: line.bytes[start..<end]), as: UTF8.self)
    }

    /// Where the fields of `start..<end` of a line start and end, as `split(separator: "\t",
    /// omittingEmptySubsequences: false)` cuts them.
    static func fields(_ line: Line, _ start: Int, _ end: Int, into out: inout [Range<Int>]) {
        out.removeAll(keepingCapacity: true)
        var fieldStart = start
        for i in start..<end where line.bytes[i] == 0x09 {
            out.append(fieldStart..<i)
            fieldStart = i + 1
        }
        out.append(fieldStart..<end)
    }
}
