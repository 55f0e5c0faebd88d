/// A line of a document's text that is page furniture rather than the article: its scalar range
/// in the text (trimmed of surrounding blanks), end exclusive.
public struct FurnitureLine: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Whether the scalar range `from..<to` lies inside the line.
    public func contains(from: Int, to: Int) -> Bool { start <= from && to <= end }
}

extension Array where Element == FurnitureLine {
    /// Whether `from..<to` lies inside one of the lines (sorted by start, not overlapping).
    public func covers(from: Int, to: Int) -> Bool {
        var lo = 0
        var hi = count
        // The last line starting at or before `from`.
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid].start <= from { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && self[lo - 1].contains(from: from, to: to)
    }
}
