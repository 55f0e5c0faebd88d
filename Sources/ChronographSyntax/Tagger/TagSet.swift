/// The tagger's classes: each is one pair of a universal tag (UPOS) and a Penn Treebank tag
/// (XPOS) seen together in training, so that one decision gives both columns.
public struct TagSet: Sendable, Hashable {
    public let upos: [String]
    public let xpos: [String]
    private let index: [String: Int]

    public init(pairs: [(upos: String, xpos: String)]) {
        upos = pairs.map(\.upos)
        xpos = pairs.map(\.xpos)
        var index: [String: Int] = [:]
        for (i, p) in pairs.enumerated() { index[p.upos + "\t" + p.xpos] = i }
        self.index = index
    }

    public var count: Int { upos.count }

    public func id(upos: String, xpos: String) -> Int? { index[upos + "\t" + xpos] }

    public static func == (a: TagSet, b: TagSet) -> Bool { a.upos == b.upos && a.xpos == b.xpos }
    public func hash(into h: inout Hasher) {
        h.combine(upos)
        h.combine(xpos)
    }
}
