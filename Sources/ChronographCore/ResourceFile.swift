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

    /// The non-comment, non-blank lines of a text resource (an empty list when it is missing).
    public static func lines(named name: String, language: String, bundle: Bundle) -> [String] {
        guard let url = url(named: name, language: language, bundle: bundle),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.isEmpty || t.hasPrefix("#") ? nil : t
        }
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
