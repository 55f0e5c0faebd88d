import ChronographCore
import ChronographTime
import Foundation

/// The per-language stages a document needs before events (sentence splitter, temporal tagger), loaded the
/// first time a document of that language comes, once per pipeline, under a lock (documents are analysed
/// in parallel). A class, so that copies of the pipeline share what was loaded.
final class LanguageStages: @unchecked Sendable {
    private let lock = NSLock()
    private var stages: [String: (SentenceSplitter, TemporalTagger)] = [:]

    init(preloaded language: String, splitter: SentenceSplitter, tagger: TemporalTagger) {
        stages[language] = (splitter, tagger)
    }

    /// The splitter and tagger of `language`; nil when it has no temporal resources.
    func stages(for language: String) -> (SentenceSplitter, TemporalTagger)? {
        lock.lock()
        defer { lock.unlock() }
        if let s = stages[language] { return s }
        guard let tagger = try? TemporalTagger(language: language) else { return nil }
        let s = (SentenceSplitter.forLanguage(language), tagger)
        stages[language] = s
        return s
    }
}
