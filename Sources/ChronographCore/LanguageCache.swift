import Foundation

/// One loaded value per language for the whole process (lexicons, word tables), made on first
/// use under a lock so that concurrent documents load each language once.
public final class LanguageCache<Value: Sendable>: @unchecked Sendable {
    private var values: [String: Value] = [:]
    private let lock = NSLock()

    public init() {}

    public func value(for language: String, load: (String) throws -> Value) rethrows -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let v = values[language] { return v }
        let v = try load(language)
        values[language] = v
        return v
    }
}
