import Foundation

/// Encodes `Encodable` values as compact JSON with sorted keys, byte for byte what Foundation's
/// `JSONEncoder` writes with `[.sortedKeys, .withoutEscapingSlashes]` (keys in UTF-8 order;
/// `"`, `\` and control characters escaped, `\u00XX` in lower-case hex; doubles as Swift prints
/// them without a trailing `.0`; nil optionals left out by `encodeIfPresent`, `null` otherwise).
///
/// `JSONEncoder` was a tenth of `chronograph extract --format jsonl`'s time; this writer goes
/// through the same `Encodable` conformances with fewer allocations and no dynamic dispatch on the
/// output side. Strings, integers of every width, floats, doubles, booleans, arrays and keyed
/// containers are written as `JSONEncoder` writes them; URL, Date, Data and Decimal (which
/// `JSONEncoder` writes by strategies of its own) are refused with an error, so a model field of
/// those types fails loudly in the tests rather than being written differently.
public enum CompactJSONEncoder {
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let node = try JSONNode.make(value)
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        node.write(into: &out)
        return out
    }

    /// The same value as `JSONEncoder` writes it with `[.sortedKeys, .prettyPrinted,
    /// .withoutEscapingSlashes]` (see ``JSONNode/writePretty(into:depth:)``).
    public static func encodePretty<T: Encodable>(_ value: T) throws -> [UInt8] {
        let node = try JSONNode.make(value)
        var out: [UInt8] = []
        out.reserveCapacity(16384)
        node.writePretty(into: &out, depth: 0)
        return out
    }
}

public enum CompactJSONError: Error {
    case notFinite(Double)
    /// A Foundation type JSONEncoder writes with a strategy of its own (URL, Date, Data, Decimal):
    /// refused rather than written differently.
    case unsupported(String)
}

/// A JSON value under construction; objects and arrays are reference boxes because nested
/// containers fill them after they were handed out.
enum JSONNode {
    case null
    case bool(Bool)
    case string(String)
    /// A number already written as JSON.
    case number(String)
    case array(JSONArrayBox)
    case object(JSONObjectBox)

    static func make<T: Encodable>(_ value: T) throws -> JSONNode {
        // The common leaf types by their metatype first (a comparison), before the chain of
        // dynamic casts below (each a runtime call, the protocol one a conformance look-up).
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .number(String(unsafeBitCast(value, to: Int.self))) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        // A value type that went through the casts below to `default` once always does.
        if ComposedTypes.shared.contains(T.self) { return try composed(value) }
        switch value {
        case let s as String: return .string(s)
        case let i as Int: return .number(String(i))
        case let b as Bool: return .bool(b)
        case let d as Double: return try number(d)
        case let i as any BinaryInteger: return .number(String(describing: i))
        case let f as Float:
            guard f.isFinite else { throw CompactJSONError.notFinite(Double(f)) }
            var s = f.description
            if s.hasSuffix(".0") { s.removeLast(2) }
            return .number(s)
        case is URL, is Date, is Data, is Decimal: throw CompactJSONError.unsupported(String(describing: T.self))
        default:
            // (Not a class: a subclass's values could cast differently.)
            if !(T.self is AnyObject.Type) { ComposedTypes.shared.insert(T.self) }
            return try composed(value)
        }
    }

    /// A value that encodes itself through containers.
    private static func composed<T: Encodable>(_ value: T) throws -> JSONNode {
        let encoder = NodeEncoder()
        try value.encode(to: encoder)
        // A value that asked for no container is an empty object, as with JSONEncoder.
        return encoder.node ?? .object(JSONObjectBox())
    }

    static func number(_ d: Double) throws -> JSONNode {
        guard d.isFinite else { throw CompactJSONError.notFinite(d) }
        var s = d.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        return .number(s)
    }

    func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: b ? "true".utf8 : "false".utf8)
        case .string(let s): Self.writeString(s, into: &out)
        case .number(let s): out.append(contentsOf: s.utf8)
        case .array(let box):
            out.append(0x5B)
            for (k, item) in box.items.enumerated() {
                if k > 0 { out.append(0x2C) }
                item.write(into: &out)
            }
            out.append(0x5D)
        case .object(let box):
            out.append(0x7B)
            for (n, k) in box.writtenMembers().enumerated() {
                if n > 0 { out.append(0x2C) }
                Self.writeString(box.keys[k], into: &out)
                out.append(0x3A)
                box.values[k].write(into: &out)
            }
            out.append(0x7D)
        }
    }

    /// Pretty-printed as `JSONEncoder` does: each member of an array or object on a line of its own,
    /// indented two spaces a level, `"key" : value`, and an empty array or object written open on
    /// two lines (`[`, an empty line, `]`).
    func writePretty(into out: inout [UInt8], depth: Int) {
        @inline(__always) func indent(_ level: Int) {
            out.append(0x0A)
            for _ in 0..<(2 * level) { out.append(0x20) }
        }
        switch self {
        case .null, .bool, .string, .number: write(into: &out)
        case .array(let box):
            out.append(0x5B)
            out.append(0x0A)
            for (k, item) in box.items.enumerated() {
                if k > 0 { out.append(0x2C); out.append(0x0A) }
                for _ in 0..<(2 * (depth + 1)) { out.append(0x20) }
                item.writePretty(into: &out, depth: depth + 1)
            }
            indent(depth)
            out.append(0x5D)
        case .object(let box):
            out.append(0x7B)
            out.append(0x0A)
            for (n, k) in box.writtenMembers().enumerated() {
                if n > 0 { out.append(0x2C); out.append(0x0A) }
                for _ in 0..<(2 * (depth + 1)) { out.append(0x20) }
                Self.writeString(box.keys[k], into: &out)
                out.append(contentsOf: " : ".utf8)
                box.values[k].writePretty(into: &out, depth: depth + 1)
            }
            indent(depth)
            out.append(0x7D)
        }
    }

    /// Whether `a` comes before `b` in UTF-8 byte order (compared in place, without iterators).
    static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        let r = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb -> Bool in
                let n = min(pa.count, pb.count)
                var i = 0
                while i < n {
                    if pa[i] != pb[i] { return pa[i] < pb[i] }
                    i += 1
                }
                return pa.count < pb.count
            }
        }
        if let r, let r { return r }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied at once.
            var run = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                run = i + 1
                switch b {
                case 0x22: out.append(contentsOf: "\\\"".utf8)
                case 0x5C: out.append(contentsOf: "\\\\".utf8)
                case 0x08: out.append(contentsOf: "\\b".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0C: out.append(contentsOf: "\\f".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                default:
                    let hex: StaticString = "0123456789abcdef"
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hex.utf8Start[Int(b >> 4)])
                    out.append(hex.utf8Start[Int(b & 0xF)])
                }
            }
            if bytes.count > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...])) }
        }
        out.append(0x22)
    }
}

/// The types ``JSONNode/make(_:)`` found to encode themselves through containers (none of the
/// leaf types it casts to), so that their later values skip the chain of dynamic casts (each a
/// runtime call, the protocol one a conformance look-up).
final class ComposedTypes: @unchecked Sendable {
    static let shared = ComposedTypes()
    private var types = Set<ObjectIdentifier>()
    private let lock = NSLock()

    func contains(_ type: Any.Type) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return types.contains(ObjectIdentifier(type))
    }

    func insert(_ type: Any.Type) {
        lock.lock()
        defer { lock.unlock() }
        types.insert(ObjectIdentifier(type))
    }
}

final class JSONArrayBox {
    var items: [JSONNode] = []
}

final class JSONObjectBox {
    var keys: [String] = []
    var values: [JSONNode] = []

    /// Room for a record's fields at once (growing one key at a time reallocated both arrays
    /// several times per object).
    init() {
        keys.reserveCapacity(16)
        values.reserveCapacity(16)
    }

    /// Adds a key (a key written twice keeps its last value, see ``writtenMembers()``).
    func set(_ key: String, _ value: JSONNode) {
        keys.append(key)
        values.append(value)
    }

    /// The members to write, as indices into `keys` and `values`: keys in UTF-8 order and, of a
    /// key set twice, the last value (as JSONEncoder's dictionary).
    func writtenMembers() -> [Int] {
        let keys = self.keys
        let order = keys.indices.sorted { a, b in
            keys[a] == keys[b] ? a < b : JSONNode.utf8Precedes(keys[a], keys[b])
        }
        return order.indices.compactMap { n in
            n + 1 < order.count && keys[order[n + 1]] == keys[order[n]] ? nil : order[n]
        }
    }
}

/// The `Encoder` that turns one value into a ``JSONNode``.
final class NodeEncoder: Encoder {
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var node: JSONNode?

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let box)? = node { return KeyedEncodingContainer(KeyedNodeContainer<Key>(box: box, codingPath: codingPath)) }
        let box = JSONObjectBox()
        node = .object(box)
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case .array(let box)? = node { return UnkeyedNodeContainer(box: box, codingPath: codingPath) }
        let box = JSONArrayBox()
        node = .array(box)
        return UnkeyedNodeContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleNodeContainer(encoder: self) }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONObjectBox
    var codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws { box.set(key.stringValue, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box.set(key.stringValue, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { box.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { box.set(key.stringValue, .number(String(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { box.set(key.stringValue, try JSONNode.number(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { box.set(key.stringValue, try JSONNode.make(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        box.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(box: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        box.set(key.stringValue, .array(nested))
        return UnkeyedNodeContainer(box: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder { SuperEncoder(store: { [box] in box.set("super", $0) }) }
    mutating func superEncoder(forKey key: Key) -> Encoder { SuperEncoder(store: { [box] in box.set(key.stringValue, $0) }) }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let box: JSONArrayBox
    var codingPath: [CodingKey]
    var count: Int { box.items.count }

    mutating func encodeNil() throws { box.items.append(.null) }
    mutating func encode(_ value: Bool) throws { box.items.append(.bool(value)) }
    mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
    mutating func encode(_ value: Int) throws { box.items.append(.number(String(value))) }
    mutating func encode(_ value: Double) throws { box.items.append(try JSONNode.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { box.items.append(try JSONNode.make(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        box.items.append(.object(nested))
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(box: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        box.items.append(.array(nested))
        return UnkeyedNodeContainer(box: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> Encoder {
        let n = box.items.count
        box.items.append(.null)
        return SuperEncoder(store: { [box] in box.items[n] = $0 })
    }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let encoder: NodeEncoder
    var codingPath: [CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.node = .null }
    mutating func encode(_ value: Bool) throws { encoder.node = .bool(value) }
    mutating func encode(_ value: String) throws { encoder.node = .string(value) }
    mutating func encode(_ value: Int) throws { encoder.node = .number(String(value)) }
    mutating func encode(_ value: Double) throws { encoder.node = try JSONNode.number(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.node = try JSONNode.make(value) }
}

/// The encoder a class hands its superclass: what it encodes is stored where `store` says
/// (under a key, or at an array position). No Chronograph type uses it.
final class SuperEncoder: Encoder {
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let inner = NodeEncoder()
    let store: (JSONNode) -> Void

    init(store: @escaping (JSONNode) -> Void) {
        self.store = store
        store(.object(JSONObjectBox()))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let c = inner.container(keyedBy: type)
        if let node = inner.node { store(node) }
        return c
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        let c = inner.unkeyedContainer()
        if let node = inner.node { store(node) }
        return c
    }

    func singleValueContainer() -> SingleValueEncodingContainer { ForwardingSingleContainer(encoder: inner, store: store) }
}

/// A single-value container that stores the value as soon as it is written.
struct ForwardingSingleContainer: SingleValueEncodingContainer {
    let encoder: NodeEncoder
    let store: (JSONNode) -> Void
    var codingPath: [CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { store(.null) }
    mutating func encode(_ value: Bool) throws { store(.bool(value)) }
    mutating func encode(_ value: String) throws { store(.string(value)) }
    mutating func encode(_ value: Int) throws { store(.number(String(value))) }
    mutating func encode(_ value: Double) throws { store(try JSONNode.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { store(try JSONNode.make(value)) }
}
