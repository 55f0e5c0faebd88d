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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    public subscript(_ i: Int) -> Unicode.Scalar { scalars[i] }
}
