import Foundation

/// Reads the plain-text and JSON resources that hold each language's word lists and rules.
///
/// Text resources are one entry a line; `#` starts a comment line; blank lines are skipped.
public enum ResourceFile {
    /// The URL of `Resources/<language>/<name>` in `bundle`, or nil.
    public static func url(named name: String, language: String, bundle: Bundle) -> URL? {
        // `.copy("Resources")` puts the folder inside the bundle; where `resourceURL` points
        // differs between platforms, so both places are tried.
        for base in [bundle.bundleURL, bundle.resourceURL].compactMap({ $0 }) {
            let url = base.appendingPathComponent("Resources").appendingPathComponent(language).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return nil
    }

    /// The language folders of a bundle's resources (`en`, `ru`), sorted.
    public static func languages(bundle: Bundle) -> [String] {
        for base in [bundle.bundleURL, bundle.resourceURL].compactMap({ $0 }) {
            let dir = base.appendingPathComponent("Resources")
            if let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path), !names.isEmpty {
                return names.filter { !$0.hasPrefix(".") }.sorted()
            }
        }
        return []
    }

    /// The non-comment, non-blank lines of a text resource (an empty list when it is missing).
    public static func lines(named name: String, language: String, bundle: Bundle) -> [String] {
        guard let bytes = bytes(named: name, language: language, bundle: bundle) else { return [] }
        return lines(in: bytes)
    }

    /// The raw bytes of a resource, or nil when it is missing.
    public static func bytes(named name: String, language: String, bundle: Bundle) -> [UInt8]? {
        guard let url = url(named: name, language: language, bundle: bundle) else { return nil }
        return readFile(url.path)
    }

    /// A file's bytes read straight into an array (no `Data` in between: resources are read at
    /// every start-up), or nil when it cannot be read.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let size = max(Int(info.st_size), 0)
        var failed = false
        var out = [UInt8](unsafeUninitializedCapacity: size) { buf, initialized in
            var count = 0
            while count < size {
                let got = read(fd, buf.baseAddress! + count, size - count)
                if got <= 0 {
                    failed = got < 0
                    break
                }
                count += got
            }
            initialized = count
        }
        // Whatever the file holds beyond the size it had (it grew meanwhile).
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !failed {
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got <= 0 {
                failed = got < 0
                break
            }
            out.append(contentsOf: chunk[0..<got])
        }
        return failed ? nil : out
    }

    /// A large TSV resource indexed by its first field without parsing it (see ``KeyedLines``);
    /// an empty index when it is missing.
    public static func keyedLines(named name: String, language: String, bundle: Bundle, separator: UInt8 = 0x09) -> KeyedLines {
        KeyedLines(bytes: bytes(named: name, language: language, bundle: bundle) ?? [], separator: separator, nfc: nfc)
    }

    /// Unicode NFC, the form resource keys are written in.
    @Sendable static func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }

    /// The non-comment, non-blank lines of UTF-8 bytes, trimmed of ASCII spaces, tabs and `\r`.
    /// Works on bytes: resources are read at every start-up, and Foundation's trimming is slow on Linux.
    public static func lines(in bytes: [UInt8]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(bytes.count / 24)
        var start = 0
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var a = start
            var b = end
            while a < b && isSpace(bytes[a]) { a += 1 }
            while b > a && isSpace(bytes[b - 1]) { b -= 1 }
            if b > a && bytes[a] != 0x23 {  // '#'
                result.append(String(decoding: bytes[a..<b], as: UTF8.self))
            }
            start = end + 1
        }
        return result
    }

    /// The fields of a resource line split at an ASCII separator (tab by default), empty fields kept.
    /// Splits UTF-8 bytes rather than Characters: the large word lists are split at every start-up.
    public static func fields(_ line: String, separator: UInt8 = 0x09) -> [String] {
        var out: [String] = []
        let utf8 = line.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == separator {
                out.append(String(utf8[start..<i])!)
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out.append(String(utf8[start..<utf8.endIndex])!)
        return out
    }

    /// Decodes a JSON resource.
    public static func json<T: Decodable>(_ type: T.Type, named name: String, language: String, bundle: Bundle) throws -> T {
        guard let url = url(named: name, language: language, bundle: bundle) else {
            throw ResourceError.missing("Resources/\(language)/\(name)")
        }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

public enum ResourceError: Error, CustomStringConvertible {
    case missing(String)
    case invalid(String, String)
    public var description: String {
        switch self {
        case .missing(let path): return "missing resource \(path): the build is incomplete (reinstall or rebuild Chronograph)"
        case .invalid(let path, let why): return "invalid resource \(path): \(why)"
        }
    }
}
