import ChronographCore
import ChronographEvents
import Testing

@testable import Chronograph

/// Headlines written from the parse that must read as headlines, not as fragments: who does it, never a
/// clause's first word or a verb the parse made a subject.
@Suite struct LabelsOnParseTests {
    static func labels(_ text: String) -> [String] {
        EventsOnParseTests.mentions(text, date: "2024-03-08").map(\.label)
    }

    @Test func aRelativePronounSubjectIsTheNounItDescribes() throws {
        let flood = try EventsOnParseTests.mention("Officials warned of a storm that threatened to flood the coast.", date: "2024-03-08", trigger: "flood")
        #expect(flood.label.contains("storm"), "\(flood.label)")
        #expect(!flood.label.hasPrefix("Plan to"), "\(flood.label)")
    }

    @Test func aVerbIsNoSubject() {
        let all = Self.labels("The march called by the family of Adam Kowal, who was killed by a police officer, began in the afternoon.")
        #expect(!all.contains { $0.hasPrefix("Killed ") }, "\(all)")
    }

    @Test func aContractedAuxiliaryIsLeftOutBeforeNot() {
        let all = Self.labels("Adam Kowal said the army’s not withdrawing its troops from the border.")
        #expect(!all.contains { $0.contains("’s not") || $0.contains("'s not") }, "\(all)")
    }

    @Test func aClausesFirstWordIsNoPartOfAGroupsName() {
        let mentions = EventsOnParseTests.mentions("Protests spread to Lyon, where police arrested 20 people.", date: "2024-03-08")
        #expect(!mentions.contains { $0.label.lowercased().hasPrefix("where") }, "\(mentions.map(\.label))")
        #expect(!mentions.flatMap(\.actors).contains { $0.name.lowercased().hasPrefix("where") }, "\(mentions.flatMap(\.actors).map(\.name))")
    }

    @Test func aGerundTheVerbTakesIsItsObject() throws {
        let sparked = try EventsOnParseTests.mention("The verdict sparked off rioting in the capital.", date: "2024-03-08", trigger: "sparked")
        #expect(sparked.label.hasSuffix("sparked off rioting"), "\(sparked.label)")
    }

    @Test func aPerfectWhoseParticipleIsNoPastFormKeepsItsAuxiliary() throws {
        let taken = try EventsOnParseTests.mention("Acme has taken control of Beta on Monday.", date: "2024-03-08", trigger: "taken")
        #expect(taken.label.hasPrefix("Acme has taken control"), "\(taken.label)")
        let fired = try EventsOnParseTests.mention("Acme has fired the chief executive of Beta on Monday.", date: "2024-03-08", trigger: "fired")
        #expect(fired.label.hasPrefix("Acme fired"), "\(fired.label)")
    }

    @Test func aLabelIsNotCutInsideAName() {
        let all = Self.labels("The fired executives were escorted out of the San Francisco headquarters after the deal closed.")
        #expect(!all.contains { $0.hasSuffix(" San") || $0.hasSuffix(" the") }, "\(all)")
    }

    @Test func aHyphenatedWordStaysWholeInALabel() throws {
        let halted = try EventsOnParseTests.mention(
            "India has halted the long-standing water-sharing agreement brokered by the World Bank in 1960.", date: "2025-04-24", trigger: "halted")
        #expect(halted.label.contains("long-standing water-sharing agreement"), "\(halted.label)")
        let feared = try EventsOnParseTests.mention("Critics feared a free-for-all hellscape with no consequences.", date: "2025-04-24", trigger: "feared")
        #expect(feared.label.contains("free-for-all"), "\(feared.label)")
    }

    @Test func aSayingHungOnTheClauseItFramesTellsThatClause() throws {
        let reported = try EventsOnParseTests.mention("As the broadcaster BFMTV reported, there were clashes with the police in Nanterre.", date: "2023-06-29", trigger: "reported")
        #expect(reported.label == "BFMTV reported there were clashes", "\(reported.label)")
        let ap = try EventsOnParseTests.mention("Hundreds of people were trapped under the rubble, the Associated Press reported.", date: "2023-02-06", trigger: "reported")
        #expect(ap.label.hasSuffix("reported hundreds were trapped"), "\(ap.label)")
    }

    @Test func aPredicateAfterACopulaKeepsItsPreposition() throws {
        let thought = try EventsOnParseTests.mention("Bankman-Fried thought he was above the law.", date: "2024-03-08", trigger: "thought")
        #expect(thought.label.hasSuffix("he was above the law"), "\(thought.label)")
        let said = try EventsOnParseTests.mention("Ruto said the protesters were out of control.", date: "2024-03-08", trigger: "said")
        #expect(said.label.hasSuffix("were out of control"), "\(said.label)")
    }

    @Test func aNegationIsWrittenOnceWhereTheTextHasIt() throws {
        let proper = try EventsOnParseTests.mention("Harpootlian said that it would not be proper to comment.", date: "2024-03-08", trigger: "said")
        #expect(proper.label.hasSuffix("said it would not be proper"), "\(proper.label)")
        let necessary = try EventsOnParseTests.mention("Darmanin said it is not yet necessary to declare a state of emergency.", date: "2024-03-08", trigger: "said")
        #expect(necessary.label.hasSuffix("said it is not yet necessary"), "\(necessary.label)")
    }

    @Test func theClippedHalfOfAContractionIsWrittenWhole() {
        let all = Self.labels("Adam Kowal said the army can't withdraw its troops from the border.")
        #expect(!all.contains { $0.contains(" ca ") }, "\(all)")
        #expect(all.contains { $0.contains("can not withdraw") }, "\(all)")
    }

    @Test func aPassiveKeepsWhatItsSubjectWasFoundToBe() throws {
        let found = try EventsOnParseTests.mention(
            "Sam Bankman-Fried has been found guilty of all seven criminal counts against him.", date: "2023-11-03", trigger: "found")
        #expect(found.label.hasPrefix("Sam Bankman-Fried found guilty"), "\(found.label)")
        let declared = try EventsOnParseTests.mention("Ali Bongo Ondimba had been declared the winner.", date: "2023-08-30", trigger: "declared")
        #expect(declared.label.hasSuffix("declared the winner"), "\(declared.label)")
    }

    @Test func anEventNounIsNoPerson() throws {
        let death = try EventsOnParseTests.mention(
            "Bongo took office in 2009 after the death of his father, Omar Bongo, who had ruled the country since 1967.", date: "2023-08-30", trigger: "death")
        #expect(death.label == "Death of Omar Bongo", "\(death.label)")
        let purchase = try EventsOnParseTests.mention("ITV News has the latest on Elon Musk's $44 billion purchase of the platform.", date: "2022-04-26", trigger: "purchase")
        #expect(purchase.label.contains("purchase"), "\(purchase.label)")
    }

    @Test func aNameKeepsThePossessiveItTookIn() throws {
        let agreed = try EventsOnParseTests.mention("Switzerland's biggest bank, UBS, has agreed to buy its ailing rival Credit Suisse.", date: "2023-03-19", trigger: "agreed")
        #expect(agreed.label.hasPrefix("Switzerland's biggest bank"), "\(agreed.label)")
    }

    @Test func aBareNounSubjectKeepsItsArgument() throws {
        let lie = try EventsOnParseTests.mention("Remains of tear gas cartridges lie on the ground.", date: "2023-06-29", trigger: "lie")
        #expect(lie.label.hasPrefix("Remains of tear gas cartridges lie"), "\(lie.label)")
    }

    @Test func aSayingWhoseSubjectFollowsItDatesWhatItSaysAndNamesItsSpeaker() throws {
        let text = "Some 5,000 police officers and gendarmes will be deployed in the Paris region and almost 40,000 in other French cities, announced the Interior Ministry."
        let announced = try EventsOnParseTests.mention(text, date: "2023-06-29", trigger: "announced")
        #expect(announced.label.hasPrefix("Interior Ministry announced "), "\(announced.label)")
        #expect(announced.label.contains("will be deployed"), "\(announced.label)")
        let deployed = try EventsOnParseTests.mention(text, date: "2023-06-29", trigger: "deployed")
        #expect(deployed.factuality.isUnrealized)
        #expect(deployed.time?.value == "2023-06-29")
        #expect(deployed.time?.certainty == .relation)
    }
}
