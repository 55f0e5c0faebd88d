/// A document's text as an array of Unicode scalars, so that offsets are cheap to slice.
///
/// Offsets into Chronograph documents count Unicode scalars (see ``Document``).
/// Swift's `String` indexes by grapheme cluster; slicing by scalar offset is O(n) there,
/// so the stages that need many slices work on this buffer instead.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        self.scalars = Array(text.unicodeScalars)
    }

    public var count: Int { scalars.count }

    /// The text between two scalar offsets (end exclusive); offsets are clamped to the text.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        if lo == hi { return "" }
        // Encoded straight into the string's UTF-8 storage: appending scalars to a
        // `String.UnicodeScalarView` one by one was a tenth of the whole extraction time.
        return scalars.withUnsafeBufferPointer { buf in
            var width = 0
            for i in lo..<hi { width += UTF8.width(buf[i]) }
            return String(unsafeUninitializedCapacity: width) { out in
                var j = 0
                for i in lo..<hi {
                    let v = buf[i].value
                    if v < 0x80 {
                        out[j] = UInt8(truncatingIfNeeded: v)
                        j += 1
                    } else {
                        UTF8.encode(buf[i]) { byte in
                            out[j] = byte
                            j += 1
                        }
                    }
                }
                return j
            }
        }
    }

    public subscript(_ i: Int) -> Unicode.Scalar { scalars[i] }
}
