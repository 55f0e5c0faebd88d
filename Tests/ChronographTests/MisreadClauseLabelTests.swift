import ChronographCore
import ChronographEvents
import Testing

@testable import Chronograph

/// Headlines of clauses the parse reads wrongly: who does it is still told, what is done keeps its
/// object, and a time expression is never who.
@Suite struct MisreadClauseLabelTests {
    static func labels(_ text: String) -> [String] {
        EventsOnParseTests.mentions(text, date: "2024-03-08").map(\.label)
    }

    @Test func aPossessiveWeekdayIsNoActor() {
        let mentions = EventsOnParseTests.mentions(
            "Before sunset, bus and tram services in the Paris region, the focus of Wednesday's riots, were shut down.", date: "2024-03-08")
        #expect(!mentions.flatMap(\.actors).contains { $0.name == "Wednesday" }, "\(mentions.flatMap(\.actors).map(\.name))")
        #expect(!mentions.contains { $0.label.hasPrefix("Wednesday") }, "\(mentions.map(\.label))")
    }

    @Test func aNounInAppositionToAFrontedAdverbialIsTheSubject() throws {
        let shut = try EventsOnParseTests.mention(
            "Before sunset, bus and tram services in the Paris region, the focus of Wednesday's riots, were shut down.", date: "2024-03-08", trigger: "shut")
        #expect(shut.label.hasPrefix("Bus and tram services shut down"), "\(shut.label)")
    }

    @Test func aParticipleAfterTheObjectIsTheObjects() throws {
        let fleeing = try EventsOnParseTests.mention(
            "The drama threatened to send clients or counterparties fleeing, with potential ramifications for the industry.", date: "2024-03-08", trigger: "fleeing")
        #expect(fleeing.label.hasPrefix("Clients or counterparties fleeing"), "\(fleeing.label)")
    }

    @Test func aGerundSubjectIsANoun() {
        let all = Self.labels("Sentencing will be set for March 28, 2024.")
        #expect(!all.contains { $0.hasPrefix("Plan to") }, "\(all)")
    }

    @Test func aSubjectHungOnAPronounIsTheNextClausesSubject() throws {
        let declared = try EventsOnParseTests.mention(
            "Leaders of the coup named a general transitional president after seizing power following disputed elections in which President Ali Bongo Ondimba, whose family has ruled for 55 years, had been declared the winner.",
            date: "2024-03-08", trigger: "declared")
        #expect(declared.label.hasPrefix("Ali Bongo"), "\(declared.label)")
    }

    @Test func aNounAndGerundAfterTheVerbAreItsObject() throws {
        let shut = try EventsOnParseTests.mention(
            "In addition to the treaty suspension, India has shut down the Attari-Wagah border crossing — a symbolic move.", date: "2024-03-08", trigger: "shut")
        #expect(shut.label.contains("border crossing"), "\(shut.label)")
    }

    @Test func aSuperlativesInfinitiveDescribesItsNoun() throws {
        let strike = try EventsOnParseTests.mention(
            "Rescuers searched the rubble after more than 2,000 people were killed in the deadliest earthquake to strike the country in decades.",
            date: "2024-03-08", trigger: "strike")
        #expect(strike.label.lowercased().contains("earthquake to strike"), "\(strike.label)")
        #expect(!strike.label.contains("people strike"), "\(strike.label)")
    }
}
