import ChronographCore
import Testing
@testable import ChronographEvents

/// Participants and places come from the mention's own clause.
private func mention(_ text: String, trigger: String, mode: EventExtractor = Shared.extractor) -> EventMention? {
    Fixture(id: "t", text: text, dct: "2024-03-10").analyze(mode).mentions.first { $0.text == trigger }
}

@Test func originIsNoPlaceAndDestinationIs() {
    let m = mention("Leaders of terrorist organizations from Afghanistan and Syria were going to send their fighters to Kazakhstan.", trigger: "send")
    #expect(m?.location?.name == "Kazakhstan")
    #expect(m?.actors.first { $0.name == "Afghanistan" }?.role == "origin")
    #expect(m?.actors.first { $0.name == "Syria" }?.role == "origin")
    #expect(m?.actors.first { $0.name == "Kazakhstan" }?.role == "destination")
}

@Test func actorsOfANeighbouringClauseStayThere() {
    let m = mention("Police arrested John Smith in Almaty, and President Tokayev praised the operation.", trigger: "arrested")
    #expect(m?.actors.contains { $0.name == "John Smith" } == true)
    #expect(m?.actors.contains { $0.name == "Tokayev" } == false)
    #expect(m?.location?.name == "Almaty")
}

@Test func organizationInAPersonsTitleIsNoParticipant() {
    let m = mention("In April 2023, former chairman of Kazakhstan's National Security Committee (KNB), Karim Masimov, was sentenced for treason.", trigger: "sentenced")
    #expect(m?.actors.contains { $0.name == "Karim Masimov" } == true)
    #expect(m?.actors.contains { $0.name == "National Security Committee" } == false)
}

@Test func byPhraseGivesTheAgentAcrossItsDescriptor() {
    let m = mention("A documentary aired by Kazakhstan's state TV channel Khabar has shed light on the unrest.", trigger: "documentary")
    #expect(m?.actors.first { $0.name == "Khabar" }?.role == "agent")
    #expect(m?.actors.contains { $0.name == "Kazakhstan" } == false)
}

@Test func surnameStillLinksToTheFullName() {
    let f = Fixture(id: "t", text: "Karim Masimov was arrested in January. Masimov was sentenced in April.", dct: "2024-03-10")
    let ms = f.analyze(Shared.extractor).mentions
    let s = ms.first { $0.text == "sentenced" }
    #expect(s?.actors.contains { $0.name == "Karim Masimov" } == true)
}

@Test func labelSubjectComesFromTheOwnClause() {
    let m = mention("Juan Miguel Gonzalez wrote in a letter published on the front page of the daily Granma.", trigger: "published", mode: Shared.timeml)
    #expect(m?.label.hasPrefix("Juan Miguel Gonzalez") == false)
}

@Test func placeAfterInIsALocationNotAnAgent() {
    let m = mention("The 11 Americans were killed in Kenya.", trigger: "killed")
    #expect(m?.actors.first { $0.name == "Kenya" }?.role == "location")
    #expect(m?.location?.name == "Kenya")
}

@Test func possessivePronounIsNoActor() {
    let m = mention("His mother died in a boating accident.", trigger: "died", mode: Shared.timeml)
    #expect(m?.actors.contains { $0.name == "His" } == false)
}

@Test func sentenceInitialGroupNounIsAnActor() {
    let m = mention("Police arrested 20 protesters in Almaty.", trigger: "arrested")
    #expect(m?.actors.first { $0.name == "police" }?.role == "agent")
    #expect(m?.actors.first { $0.name == "protesters" }?.role == "patient")
}

// MARK: the country of unplaced unrest

@Test func unplacedUnrestTakesTheCountryOfEveryLocatedEvent() {
    let extractor = Shared.extractor
    let one = Fixture(
        id: "kz", text: "The riots shook the country. Police arrested 40 people in Almaty on Monday. Troops were deployed to Kazakhstan on Tuesday.",
        dct: "2022-01-08"
    ).analyze(extractor)
    #expect(one.mentions.first { $0.type == "riot" }?.location?.name == "Kazakhstan")
    // ... and says the text did not place them; the places the text names are not marked.
    #expect(one.mentions.first { $0.type == "riot" }?.location?.inferred == true)
    #expect(one.mentions.first { $0.type == "arrest" }?.location?.inferred == nil)
    // Located events in two countries: no country is taken for granted.
    let two = Fixture(
        id: "two", text: "The riots shook the country. Police arrested 40 people in Almaty on Monday. Troops were deployed from Russia on Tuesday, officials in Moscow said.",
        dct: "2022-01-08"
    ).analyze(extractor)
    #expect(two.mentions.contains { $0.type == "riot" })
    #expect(two.mentions.first { $0.type == "riot" }?.location == nil)
}

@Test func aNamedPlaceWinsOverTheSamePlaceInferred() {
    let inferred = Place(name: "Kazakhstan", kind: .country, country: "KZ", inferred: true)
    let named = Place(name: "Kazakhstan", kind: .country, country: "KZ")
    #expect(GraphBuilder.mostCited([inferred, named])?.inferred == nil)
    #expect(GraphBuilder.mostCited([inferred, inferred])?.inferred == true)
}

@Test func aCityWinsOverItsCountryWhenMentionsDisagree() {
    let minsk = Place(name: "Minsk", kind: .city, country: "BY")
    let belarus = Place(name: "Belarus", kind: .country, country: "BY")
    #expect(GraphBuilder.mostCited([belarus, minsk, belarus]) == minsk)
    let vilnius = Place(name: "Vilnius", kind: .city, country: "LT")
    #expect(GraphBuilder.mostCited([belarus, vilnius, belarus]) == belarus)
    #expect(GraphBuilder.mostCited([minsk, belarus, vilnius, vilnius]) == vilnius)
}

@Test func anEventNounAsSubjectTakesThePlaceOfItsClause() {
    let f = Fixture(id: "p", text: "A blast destroyed the embassy in Mombasa. The ministry said in Nairobi that it was shocked.", dct: "2024-03-10")
    let blast = f.analyze(Shared.extractor).mentions.first { $0.text == "blast" }
    #expect(blast?.location?.name == "Mombasa")
}

@Test func aCompanysLegalFormEndsItsNameAndNoTitleStartsIt() {
    let m = mention("General Motors Corp. announced on Monday that it will close three plants.", trigger: "announced")
    let company = m?.actors.first { $0.kind == .organization }
    #expect(company?.name == "General Motors")
    #expect(company?.title == nil)
    #expect(company?.aliases.contains { $0.hasPrefix("General Motors Corp") } == true)
}

@Test func anAcronymIsTheOrganizationWhoseInitialsItSpells() {
    // (Parsed: the tagger says "also" is no noun "AU" would modify.)
    let text = "The African Union suspended the country on Thursday. The AU also condemned the coup."
    let ms = Fixture(id: "t", text: text, dct: "2024-03-10").analyze(Shared.extractor, parsed: true).mentions
    let condemned = ms.first { $0.text == "condemned" }
    #expect(condemned?.actors.contains { $0.name == "African Union" && $0.aliases.contains("AU") } == true)
    #expect(ParticipantFinder.DocumentActors.isAcronym("GM", of: "General Motors"))
    #expect(!ParticipantFinder.DocumentActors.isAcronym("GM", of: "General Electric Motors"))
    #expect(!ParticipantFinder.DocumentActors.isAcronym("Gm", of: "General Motors"))
}

@Test func aTitleInsideARunOfCapitalizedWordsIsThePersonsTitle() {
    // WordNet's office holders ("judge", "ceo") and abbreviated forms of address ("Mr") end the title; the name follows.
    let m = mention("US District Judge Lewis Kaplan sentenced the founder on Thursday, and Tesla CEO Elon Musk said nothing.", trigger: "sentenced")
    let judge = m?.actors.first { $0.name == "Lewis Kaplan" }
    #expect(judge?.kind == .person)
    #expect(judge?.title == "US District Judge")
    let said = mention("Attorney General Merrick Garland said on Friday that the case was closed.", trigger: "said")
    #expect(said?.actors.contains { $0.name == "Merrick Garland" && $0.kind == .person } == true)
    // An office word opening the run is no title unless the hand list has it: WordNet's offices include given names.
    let dean = mention("On Monday, Dean Smith resigned.", trigger: "resigned")
    #expect(dean?.actors.contains { $0.name == "Dean Smith" } == true)
    // A title before one common word names a company ("General Motors"), as before.
    let gm = mention("General Motors announced on Monday that it will close three plants.", trigger: "announced")
    #expect(gm?.actors.contains { $0.name == "General Motors" && $0.kind == .organization } == true)
}

@Test func aFormOfAddressOrAGivenNameAloneLinksToTheNamedPerson() {
    let text = "Sam Bankman-Fried was convicted in November. Mr Bankman-Fried was sentenced on Thursday. "
        + "Yoon Suk Yeol declared martial law. Mr Yoon was arrested in January. Elon Musk bought Twitter. Elon then fired the board."
    let ms = Fixture(id: "t", text: text, dct: "2024-03-10").analyze(Shared.extractor).mentions
    #expect(ms.first { $0.text == "sentenced" }?.actors.contains { $0.name == "Sam Bankman-Fried" && $0.kind == .person } == true)
    // A surname written first (Korean names) after a form of address.
    #expect(ms.first { $0.text == "arrested" }?.actors.contains { $0.name == "Yoon Suk Yeol" } == true)
    // A given name alone, read as a company by default.
    #expect(ms.first { $0.text == "fired" }?.actors.contains { $0.name == "Elon Musk" } == true)
}

@Test func focusReadsAHyphenAsASpace() {
    let event = Event(
        id: "e1", type: "arrest", eventClass: .occurrence, label: "Yoon Suk-yeol arrested", time: nil, factuality: .asserted,
        actors: [Actor(id: "actor:yoon-suk-yeol", name: "Yoon Suk-yeol", kind: .person)], location: nil, attribution: nil, mentions: [])
    #expect(EventFilter(focus: "Yoon Suk Yeol").keeps(event, family: { $0 }))
    #expect(EventFilter(focus: "yoon suk-yeol").keeps(event, family: { $0 }))
    #expect(!EventFilter(focus: "Yoon Suk Min").keeps(event, family: { $0 }))
    #expect(EventFilter.nameKey("Bankman-Fried") == "bankman fried")
}

@Test func aPronounInsideAQuotationIsNotItsSpeaker() {
    // The speaker would say "I": "he" in his quotation is someone else, also in a sentence after the attribution's.
    let text = "Judge Lewis Kaplan sentenced Sam Bankman-Fried on Thursday. \u{201C}He knew it was wrong,\u{201D} Kaplan said of Bankman-Fried. "
        + "\u{201C}He knew it was criminal. He regrets that he made a very bad bet about the likelihood of getting caught.\u{201D}"
    let ms = Fixture(id: "t", text: text, dct: "2024-03-29").analyze(Shared.timeml, parsed: true).mentions
    for verb in ["knew", "made"] {
        let m = ms.first { $0.text == verb }
        #expect(m?.actors.contains { $0.name == "Lewis Kaplan" } == false, "\(verb)")
        #expect(m?.actors.contains { $0.name == "Sam Bankman-Fried" } == true, "\(verb)")
    }
}
