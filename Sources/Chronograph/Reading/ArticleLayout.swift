import ChronographCore
import Foundation

/// The per-language description of how a plain-text article's edges look (see `Resources/en/README.md`).
public struct ArticleLayout: Sendable, Decodable {
    public var sourcePrefixes: [String]
    public var creditPrefixes: [String]
    public var maxDatelineLength: Int
    public var maxTitleLength: Int

    public static func load(language: String = "en") throws -> ArticleLayout {
        try ResourceFile.json(ArticleLayout.self, named: "article-layout.json", language: language, bundle: .module)
    }
}
