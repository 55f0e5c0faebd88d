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
    let scorer: FurnitureScorer

    public init(language: String, model: FurnitureModel) {
        self.language = language
        self.model = model
        scorer = FurnitureScorer(model)
        let words = LanguageDetector.shared.profiles.first { $0.code == language }?.words ?? []
        features = LineFeatures(functionWords: WordSet(words))
    }

    /// The furniture lines of `text`, in order. `title` is the headline the input gave apart from
    /// the text, if any.
    public func detect(_ text: ScalarText, title: String? = nil) -> [FurnitureLine] {
        let lines = PageLine.lines(of: text)
        let found = features.features(text, lines: lines, title: title)
        let scores = scorer.scores(found.features, lines: lines, runHeads: found.runHeads)
        let decisions = Self.decide(
            scores, threshold: model.threshold, text: text, lines: lines, wordCounts: found.wordCounts, repeats: found.repeats)
        var furniture: [FurnitureLine] = []
        for (line, isFurniture) in zip(lines, decisions) where isFurniture {
            furniture.append(FurnitureLine(start: line.start, end: line.end))
        }
        // A stamp that opens the first line (before the lead) is furniture on its own.
        if let stamp = PublicationStamp.find(in: text), !furniture.contains(where: { $0.start <= stamp.start && stamp.end <= $0.end }) {
            furniture.insert(stamp, at: 0)
        }
        return furniture
    }

    /// The lines whose score is above the threshold; the second and later copies of a line of three
    /// words or more that the page already showed (a headline or caption printed twice, a paragraph
    /// duplicated by the page's layout); and the lists furniture lines head: a furniture line of at
    /// most three words below the top of the page ("Related stories", "Read more:", "Trending") that
    /// runs straight on (no blank line) into headline-sized lines (at most fifteen words, not ending
    /// like a sentence) heads a box of links, and those lines are furniture too. (The classifier sees
    /// the line above each line; a box's third headline is two lines away from its heading.)
    static func decide(
        _ scores: [Double], threshold: Double, text: ScalarText, lines: [PageLine], wordCounts: [Int], repeats: [Bool]
    ) -> [Bool] {
        var decisions = scores.indices.map { scores[$0] > threshold || (repeats[$0] && wordCounts[$0] >= 3) }
        for k in lines.indices where decisions[k] && k >= 3 && wordCounts[k] <= 3 {
            var j = k + 1
            while j < lines.count, !lines[j].blankBefore, wordCounts[j] >= 1, wordCounts[j] <= LineFeatures.runWordLimit,
                !".!?".unicodeScalars.contains(text[lines[j].end - 1])
            {
                decisions[j] = true
                j += 1
            }
        }
        return decisions
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
