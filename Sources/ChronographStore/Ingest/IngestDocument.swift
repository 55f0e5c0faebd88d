import ChronographCore

/// A document to add to a store: its analysis (the text included, for TimeML output) and the
/// fingerprint of what it was made from (``DocumentFingerprint``). A document whose id the store
/// holds with the same fingerprint is unchanged; with another, it replaces the stored one.
public struct IngestDocument: Sendable {
    public var analysis: DocumentAnalysis
    public var fingerprint: String

    public init(analysis: DocumentAnalysis, fingerprint: String) {
        self.analysis = analysis
        self.fingerprint = fingerprint
    }
}

/// What one ingested batch changed.
public struct IngestReport: Sendable, Equatable {
    /// Documents new to the store, and documents of a known id with new content (replaced).
    public var added = 0
    public var replaced = 0
    /// Unit pairs compared, links the store holds after the batch, units merged again.
    public var comparisons = 0
    public var remerged = 0
    /// The largest connected component of links merged again (in units, and links).
    public var largestComponent = 0
    public var largestComponentLinks = 0

    public init() {}

    public mutating func add(_ other: IngestReport) {
        added += other.added
        replaced += other.replaced
        comparisons += other.comparisons
        remerged += other.remerged
        largestComponent = max(largestComponent, other.largestComponent)
        largestComponentLinks = max(largestComponentLinks, other.largestComponentLinks)
    }
}

/// A fingerprint of a document's content (64-bit FNV-1a over its fields, in hex): what decides
/// whether a document of a known id changed. Two different contents share one with a chance of
/// about one in 2^64.
public enum DocumentFingerprint {
    /// Of an article as read (id, title, text, date, source, URL) and the options its analysis used.
    public static func article(_ d: Document, options: [String]) -> String {
        var h = Hash()
        h.add("article/1")
        for field in [d.id, d.title ?? "\u{0}", d.text, d.publicationDate ?? "\u{0}", d.source ?? "\u{0}", d.url ?? "\u{0}"] + options {
            h.add(field)
        }
        return h.hex
    }

    /// Of an extraction record (`extract --format jsonl`), by its bytes.
    public static func record(_ bytes: some Sequence<UInt8>) -> String {
        var h = Hash()
        h.add("record/1")
        h.add(bytes)
        return h.hex
    }

    struct Hash {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ bytes: some Sequence<UInt8>) {
            for b in bytes {
                state ^= UInt64(b)
                state = state &* 0x0000_0100_0000_01B3
            }
            // A separator no UTF-8 text contains, so that fields cannot run into each other.
            state ^= 0xFF
            state = state &* 0x0000_0100_0000_01B3
        }

        mutating func add(_ s: String) { add(s.utf8) }

        var hex: String {
            let s = String(state, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
    }
}
