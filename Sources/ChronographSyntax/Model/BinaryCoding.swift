/// Little-endian binary writing and reading for the model file: fixed-width integers, arrays
/// of them copied as blocks, and length-prefixed UTF-8 strings.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func array<T: FixedWidthInteger>(_ a: [T]) {
        int(UInt64(a.count))
        for v in a { int(v) }
    }

    mutating func floats(_ a: [Float]) {
        array(a.map(\.bitPattern))
    }

    mutating func string(_ s: String) {
        int(UInt32(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }

    mutating func strings(_ a: [String]) {
        int(UInt64(a.count))
        for s in a { string(s) }
    }

    mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }
}

/// A model file that ends early or holds an impossible count.
public struct ModelFormatError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

struct BinaryReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func int<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw ModelFormatError(description: "the file ends early") }
        var v: T = 0
        withUnsafeMutableBytes(of: &v) { out in
            bytes.withUnsafeBytes { out.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + size])) }
        }
        offset += size
        return T(littleEndian: v)
    }

    /// An array written by ``BinaryWriter/array(_:)``, copied as one block (the file is little
    /// endian, like every machine Swift runs on Linux).
    mutating func array<T: FixedWidthInteger>(_: T.Type = T.self) throws -> [T] {
        let count = Int(try int(UInt64.self))
        let size = MemoryLayout<T>.size
        guard count >= 0, count <= (bytes.count - offset) / size else { throw ModelFormatError(description: "an array runs past the end of the file") }
        let out = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { src in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<offset + count * size]))
            }
            initialized = count
        }
        offset += count * size
        #if _endian(little)
        return out
        #else
        return out.map { T(littleEndian: $0) }
        #endif
    }

    mutating func floats() throws -> [Float] {
        try array(UInt32.self).map { Float(bitPattern: $0) }
    }

    mutating func string() throws -> String {
        let count = Int(try int(UInt32.self))
        guard count <= bytes.count - offset else { throw ModelFormatError(description: "a string runs past the end of the file") }
        let s = String(decoding: bytes[offset..<offset + count], as: UTF8.self)
        offset += count
        return s
    }

    mutating func strings() throws -> [String] {
        let count = Int(try int(UInt64.self))
        guard count <= bytes.count - offset else { throw ModelFormatError(description: "a list runs past the end of the file") }
        var out: [String] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(try string()) }
        return out
    }

    mutating func raw(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count <= bytes.count - offset else { throw ModelFormatError(description: "the file ends early") }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }
}
