import ChronographCore
import Testing
@testable import ChronographEvents

private func triggers(_ text: String, _ extractor: EventExtractor = Shared.extractor) -> [EventMention] {
    Fixture(id: "t", text: text, dct: "2024-03-10").analyze(extractor).mentions
}

@Test func inflectedVerbsAndPluralNounsAreFound() {
    let ms = triggers("Thousands joined the rallies. The court sentenced him and police detained two activists.")
    #expect(ms.first { $0.text == "rallies" }?.type == "protest")
    #expect(ms.first { $0.text == "sentenced" }?.type == "sentencing")
    #expect(ms.first { $0.text == "sentenced" }?.tense == "past")
    #expect(ms.first { $0.text == "detained" }?.type == "arrest")
}

@Test func phrasesWinOverTheirWords() {
    let ms = triggers("The president declared a state of emergency after the attempted coup d'état.")
    #expect(ms.contains { $0.text == "state of emergency" && $0.type == "state_of_emergency" })
    #expect(ms.contains { $0.text == "attempted coup d'état" && $0.type == "coup_attempt" })
}

@Test func objectConstraintsDecideTheType() {
    let troops = triggers("Russia will send troops to the border.")
    #expect(troops.contains { $0.text == "send" && $0.type == "military_deployment" })
    let letter = triggers("The mayor will send a letter to residents.")
    #expect(!letter.contains { $0.text == "send" && $0.minor != true })
    let money = triggers("The bank took a financial statement charge.")
    #expect(!money.contains { $0.type == "statement" })
}

@Test func openingFireIsAnAttack() {
    // WordNet's open_fire ("start firing a weapon"): not a minor "fire" of no type.
    let ms = triggers("Gunmen opened fire on a group of tourists in the valley.")
    #expect(ms.contains { $0.text == "opened fire" && $0.type == "violence" })
}

@Test func aNounTriggerReadAsAVerbIsNotTheNoun() {
    // "strike" the walkout and "address" the speech are nouns; their verbs are other words.
    let quake = triggers("It was the deadliest earthquake to strike the country in decades.")
    #expect(!quake.contains { $0.text == "strike" && $0.type == "protest" })
    let plan = triggers("The plan seeks to address a rout in bank stocks.")
    #expect(!plan.contains { $0.text == "address" && $0.type == "statement" })
    // The nouns stay what they are.
    let walkout = triggers("Dock workers began a strike on Monday.")
    #expect(walkout.contains { $0.text == "strike" && $0.type == "protest" })
}

@Test func timemlModeFindsEveryEventWithItsClass() {
    let ms = triggers("The company said it expects to complete the merger of its stake.", Shared.timeml)
    let byText = Dictionary(ms.map { ($0.text, $0.eventClass) }, uniquingKeysWith: { a, _ in a })
    #expect(byText["said"] == .reporting)
    #expect(byText["expects"] == .iState)
    #expect(byText["complete"] == .aspectual)
    #expect(byText["merger"] == .occurrence)
    #expect(byText["stake"] == nil)
    #expect(byText["company"] == nil)
}

@Test func salientModeMarksEventsOfNoSalientTypeMinor() {
    let ms = triggers("The company said it expects to complete the sale. Police arrested the director.")
    #expect(ms.filter { $0.minor != true }.map(\.type) == ["arrest"])
    #expect(ms.contains { $0.text == "complete" && $0.minor == true && $0.type == "other" })
}

@Test func titledPersonIsLinkedToLaterShortForms() {
    let text = "Former chairman of the National Security Committee (KNB) Karim Masimov was arrested. The former KNB chief was sentenced in April."
    let ms = triggers(text)
    let arrest = ms.first { $0.type == "arrest" }
    let person = arrest?.actors.first { $0.kind == .person }
    #expect(person?.name == "Karim Masimov")
    #expect(person?.title?.contains("chairman") == true)
    let sentencing = ms.first { $0.type == "sentencing" }
    let linked = sentencing?.actors.first { $0.kind == .person }
    #expect(linked?.id == "actor:karim-masimov")
    #expect(linked?.aliases.contains("The former KNB chief") == true || linked?.aliases.contains("the former KNB chief") == true)
}

@Test func labelsAreShortHeadlines() {
    let ms = triggers("In April 2023, former security chief Karim Masimov was sentenced for treason.")
    #expect(ms.first { $0.type == "sentencing" }?.label == "Karim Masimov sentenced for treason")
}
