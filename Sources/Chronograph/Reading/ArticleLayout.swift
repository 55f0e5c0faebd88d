import ChronographCore
import Foundation

/// The per-language description of how a plain-text article's edges look (see `Resources/en/README.md`).
public struct ArticleLayout: Sendable, Decodable {
    public var sourcePrefixes: [String]
    public var creditPrefixes: [String]
    /// Endings cut off a source named by a credit line ("… РИА Новости и открытых источников").
    public var sourceEnds: [String]?
    public var maxDatelineLength: Int
    public var maxTitleLength: Int

    public static func load(language: String = "en") throws -> ArticleLayout {
        try ResourceFile.json(ArticleLayout.self, named: "article-layout.json", language: language, bundle: .module)
    }

    /// The layouts of every language merged into one: a document is read (title, dateline, source)
    /// before its language is known, and the edges of one language never look like another's.
    public static func loadAll() throws -> ArticleLayout {
        let languages = ResourceFile.languages(bundle: .module)
        var merged = try load(language: "en")
        for language in languages where language != "en" {
            let other = try load(language: language)
            merged.sourcePrefixes += other.sourcePrefixes
            merged.creditPrefixes += other.creditPrefixes
            merged.sourceEnds = (merged.sourceEnds ?? []) + (other.sourceEnds ?? [])
            merged.maxDatelineLength = max(merged.maxDatelineLength, other.maxDatelineLength)
            merged.maxTitleLength = max(merged.maxTitleLength, other.maxTitleLength)
        }
        return merged
    }
}
