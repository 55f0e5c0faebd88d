import ChronographCore
import Foundation

/// Finds the lines of a page that are furniture, not the article: menus and section labels,
/// bylines, "Published …"/"Updated …" lines, share buttons, photo credits, related-headline boxes,
/// "READ ALSO" lines, newsletter and comment prompts, copyright lines, embedded posts, repeated
/// headlines. A line classifier (``FurnitureModel``, trained on annotated news pages:
/// `Benchmarks/page-furniture/`) decides each non-blank line from its ``LineFeatures``.
public struct FurnitureDetector: Sendable {
    public let language: String
    public let model: FurnitureModel
    let features: LineFeatures

    public init(language: String, model: FurnitureModel) {
        self.language = language
        self.model = model
        let words = LanguageDetector.shared.profiles.first { $0.code == language }?.words ?? []
        features = LineFeatures(functionWords: words)
    }

    /// The furniture lines of `text`, in order. `title` is the headline the input gave apart from
    /// the text, if any.
    public func detect(_ text: ScalarText, title: String? = nil) -> [FurnitureLine] {
        let lines = PageLine.lines(of: text)
        let scores = model.scores(features.features(text, lines: lines, title: title), lines: lines)
        var found: [FurnitureLine] = []
        for (line, score) in zip(lines, scores) where score > model.threshold {
            found.append(FurnitureLine(start: line.start, end: line.end))
        }
        return found
    }

    private static let cache = DetectorCache()

    /// The detector of `language` (loaded once per process), or nil when the language has no model.
    public static func shared(language: String) throws -> FurnitureDetector? {
        try cache.detector(language: language)
    }
}

/// The detectors loaded so far, by language (documents are analysed in parallel).
private final class DetectorCache: @unchecked Sendable {
    private let lock = NSLock()
    private var detectors: [String: FurnitureDetector?] = [:]

    func detector(language: String) throws -> FurnitureDetector? {
        lock.lock()
        defer { lock.unlock() }
        if let known = detectors[language] { return known }
        let detector = try FurnitureModel.load(language: language).map { FurnitureDetector(language: language, model: $0) }
        detectors[language] = detector
        return detector
    }
}
