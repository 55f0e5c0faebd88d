import ChronographCore
import Foundation

/// `graph.json`: the ``EventGraph`` as JSON (schema in README-graph-json.md), byte-deterministic:
/// sorted keys, fixed formatting, arrays in the graph's own order, a final newline.
public enum GraphJSONRenderer {
    public static func render(_ graph: EventGraph) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(graph)) + [0x0A]
    }
}
