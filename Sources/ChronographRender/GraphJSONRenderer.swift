import ChronographCore
import Foundation

/// `graph.json`: the ``EventGraph`` as JSON (schema in the README), byte-deterministic: sorted keys,
/// two-space pretty printing, unescaped slashes, arrays in the graph's own order, a final newline.
///
/// The top-level object is written here and each element of its arrays is encoded on its own
/// (by `JSONEncoder`, indented to its depth), so memory holds one element's encoding at a time
/// rather than the encoder's tree of the whole graph, and ``write(_:into:)`` hands the bytes on in
/// pieces; the bytes are what `JSONEncoder` writes for the whole graph (a test checks this).
public enum GraphJSONRenderer {
    public static func render(_ graph: EventGraph) throws -> [UInt8] {
        var all: [UInt8] = []
        try write(graph) { all.append(contentsOf: $0) }
        return all
    }

    /// The same bytes in pieces of about 64 KiB, handed to `put` in order (to stream a large graph to a file).
    public static func write(_ graph: EventGraph, into put: ([UInt8]) throws -> Void) throws {
        try write(
            conflicts: graph.conflicts, documents: graph.documents, events: { each in for e in graph.events { try each(e) } },
            relations: graph.relations, schema: graph.schema, into: put)
    }

    /// The same bytes for a graph whose events are not held: they come one at a time, in the graph's order.
    public static func write(_ stream: EventStream, into put: ([UInt8]) throws -> Void) throws {
        try write(
            conflicts: stream.conflicts, documents: stream.documents, events: stream.forEachEvent, relations: stream.relations,
            schema: EventGraph.schemaVersion, into: put)
    }

    private static func write(
        conflicts: [Conflict], documents: [DocumentSummary], events: (_ each: (Event) throws -> Void) throws -> Void, relations: [Relation],
        schema: String, into put: ([UInt8]) throws -> Void
    ) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var out: [UInt8] = []
        out.reserveCapacity(1 << 17)
        out.append(contentsOf: "{\n".utf8)
        // The keys in sorted order, as the encoder would write them.
        try array("conflicts", { each in for c in conflicts { try each(c) } }, encoder, &out, put)
        try array("documents", { each in for d in documents { try each(d) } }, encoder, &out, put)
        try array("events", events, encoder, &out, put)
        try array("relations", { each in for r in relations { try each(r) } }, encoder, &out, put)
        out.append(contentsOf: "  \"schema\" : ".utf8)
        out.append(contentsOf: try encoder.encode(schema))
        out.append(contentsOf: "\n}\n".utf8)
        try put(out)
    }

    /// `"name" : [...],` at the top level: the elements (handed over one at a time by `items`) at depth two,
    /// an empty array as the encoder writes one.
    private static func array<T: Encodable>(
        _ name: String, _ items: (_ each: (T) throws -> Void) throws -> Void, _ encoder: JSONEncoder, _ out: inout [UInt8],
        _ put: ([UInt8]) throws -> Void
    ) throws {
        out.append(contentsOf: "  \"\(name)\" : [\n".utf8)
        var count = 0
        // `items` is called as an escaping closure: a non-escaping one may not be handed a closure that captures `put`.
        try withoutActuallyEscaping(items) { items in
            try items { item in
                if out.count >= 1 << 16 {
                    try put(out)
                    out.removeAll(keepingCapacity: true)
                }
                if count > 0 { out.append(contentsOf: ",\n".utf8) }
                count += 1
                // Every line indented, but the empty line the encoder writes inside an empty array. (Strings are
                // escaped: every newline is the encoder's own.)
                var lineStart = true
                for byte in try encoder.encode(item) {
                    if lineStart && byte != 0x0A { out.append(contentsOf: "    ".utf8) }
                    out.append(byte)
                    lineStart = byte == 0x0A
                }
            }
        }
        if count == 0 { out.append(0x0A) }
        out.append(contentsOf: (count == 0 ? "  ],\n" : "\n  ],\n").utf8)
    }
}
