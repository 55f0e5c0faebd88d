import Testing
@testable import ChronographEvents

/// Word families (`EventLexicon.wordFamily`) and the person nouns of `obj=@person`, from the WordNet-derived resources.
@Suite("Word families and person nouns")
struct WordFamilyTests {
    let lexicon = try! LexiconStore.shared(language: "en").lexicon

    @Test func anEventNounJoinsTheVerbItNames() {
        #expect(lexicon.wordFamily("testimony") == "testify")
        #expect(lexicon.wordFamily("testified") == "testify")
        #expect(lexicon.wordFamily("celebrations") == "celebrate")
        #expect(lexicon.wordFamily("Collapsed") == "collapse")
        #expect(lexicon.wordFamily("rallies") != lexicon.wordFamily("testified"))
    }

    @Test func personNounsComeInBothNumbers() {
        #expect(lexicon.namesPerson("ceo"))
        #expect(lexicon.namesPerson("executives"))
        #expect(lexicon.namesPerson("prosecutors"))
        #expect(!lexicon.namesPerson("gas"))
        #expect(!lexicon.namesPerson("bullets"))
    }
}
