import ChronographCore
import Foundation

/// The syntax model of each language, loaded from `Resources/<language>/syntax.model` on first
/// use and then shared by the whole process (a time-only run never loads it).
public enum SyntaxModels {
    private static let cache = LanguageCache<SyntaxModel>()

    /// A language with no model, or a model file that cannot be read.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The bytes of a language's model file, or nil when it has none.
    public static func fileBytes(language: String) -> [UInt8]? {
        ResourceFile.bytes(named: "syntax.model", language: language, bundle: .module)
    }

    public static func model(for language: String) throws -> SyntaxModel {
        try cache.value(for: language) { language in
            guard let bytes = fileBytes(language: language) else {
                throw LoadError(description: "no syntax model for language \"\(language)\" (Resources/\(language)/syntax.model)")
            }
            do {
                return try SyntaxModelFile.decode(bytes)
            } catch {
                throw LoadError(description: "Resources/\(language)/syntax.model: \(error)")
            }
        }
    }
}
