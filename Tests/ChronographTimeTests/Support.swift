import ChronographCore
import Foundation

@testable import ChronographTime

/// One tagger for all tests (loading resources once).
let sharedTagger: TemporalTagger = try! TemporalTagger()
/// The Russian tagger (`Resources/ru`), loaded once.
let russianTagger: TemporalTagger = try! TemporalTagger(language: "ru")

/// The tagger of a language code.
func tagger(_ language: String) -> TemporalTagger { language == "ru" ? russianTagger : sharedTagger }

/// Tags `text` as a one-document news item with the given DCT.
func tag(
    _ text: String, dct: String? = "2024-01-05", mode: ReferenceMode? = nil, dateline: Dateline? = nil, language: String = "en"
) -> TaggingResult {
    let doc = Document(id: "t", text: text, publicationDate: dct, dateline: dateline)
    let scalars = ScalarText(text)
    let sentences = SentenceSplitter.forLanguage(language).split(scalars)
    return tagger(language).tag(doc, text: scalars, sentences: sentences, mode: mode)
}

/// The (text, value) pairs found in `text`.
func values(_ text: String, dct: String? = "2024-01-05", mode: ReferenceMode? = nil) -> [String] {
    tag(text, dct: dct, mode: mode).timexes.map { "\($0.text)=\($0.value)" }
}
