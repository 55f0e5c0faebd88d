import ChronographCore
import Testing
@testable import ChronographEvents

private func mention(_ text: String, trigger: String, dct: String = "2024-03-10") -> EventMention? {
    let f = Fixture(id: "t", text: text, dct: dct)
    return f.analyze(Shared.extractor).mentions.first { $0.text == trigger }
}

@Test func assertedEventIsAsserted() {
    let m = mention("Police arrested the opposition leader John Smith on Monday.", trigger: "arrested")
    #expect(m?.factuality == .asserted)
    #expect(m?.attribution == nil)
}

@Test func reportedEventNamesItsSourceAndCitation() {
    let m = mention("The ministry claims, citing data from the security services: \"Rebels attacked the convoy.\"", trigger: "attacked")
    #expect(m?.factuality == .reported)
    #expect(m?.attribution?.source == "The ministry")
    #expect(m?.attribution?.citing == "the security services")
    #expect(m?.attribution?.cue == "claims")
}

@Test func accordingToAttributesTheSentence() {
    let m = mention("Three people were arrested, according to the Prosecutor General.", trigger: "arrested")
    #expect(m?.factuality == .reported)
    #expect(m?.attribution?.source == "the Prosecutor General")
}

@Test func plannedEventIsPlanned() {
    let m = mention("The rebels were going to attack the capital.", trigger: "attack")
    #expect(m?.factuality == .planned)
    #expect(m?.factuality.isUnrealized == true)
}

@Test func intendedEventIsIntended() {
    let m = mention("The opposition wanted to protest in the capital.", trigger: "protest")
    #expect(m?.factuality == .intended)
}

@Test func conditionalEventIsHypothetical() {
    let m = mention("Troops could withdraw from the border.", trigger: "withdraw")
    #expect(m?.factuality == .hypothetical)
}

@Test func negatedEventIsNegated() {
    let m = mention("The government did not resign.", trigger: "resign")
    #expect(m?.factuality == .negated)
}

@Test func preventedPlanIsPrevented() {
    let text = "The militants were going to attack the airport. The police thwarted the plans of the militants."
    let m = mention(text, trigger: "attack")
    #expect(m?.factuality == .prevented)
    let g = GraphBuilder().build([Fixture(id: "t", text: text, dct: "2024-03-10").analyze(Shared.extractor)])
    #expect(g.events.contains { $0.type == "violence" && $0.factuality == .prevented })
    #expect(!g.events.contains { $0.type == "violence" && !$0.factuality.isUnrealized })
}

@Test func reportingVerbsAreAttributionNotEvents() {
    let f = Fixture(id: "t", text: "The minister says the protesters clashed with police.", dct: "2024-03-10")
    let ms = f.analyze(Shared.extractor).mentions
    #expect(!ms.contains { $0.text == "says" && $0.minor != true })
    #expect(ms.first { $0.text == "clashed" }?.attribution?.source == "The minister")
}

// MARK: claimants

@Test func claimantAfterAQuoteFollowsTheCue() {
    let m = mention("\"The police arrested dozens of students,\" said Maria Lopez, a lawyer for the families.", trigger: "arrested")
    #expect(m?.factuality == .reported)
    #expect(m?.attribution?.source == "Maria Lopez")
    let title = mention("\"Police arrested dozens of students,\" said Mr. Archuleta, a witness.", trigger: "arrested")
    #expect(title?.attribution?.source == "Mr. Archuleta")
}

@Test func auxiliariesAndAdverbsAreNoPartOfTheClaimant() {
    let m = mention("The Interior Ministry has also said that police detained 40 protesters.", trigger: "detained")
    #expect(m?.attribution?.source == "The Interior Ministry")
}

@Test func aPassiveReportingVerbReportsWithoutAClaimant() {
    let m = mention("At least 51 people were reported killed in clashes with police.", trigger: "killed")
    #expect(m?.factuality == .reported)
    #expect(m?.attribution == nil)
}

@Test func aReportingWordUsedAsANounMakesNoClaim() {
    let m = mention("He has been arrested during protests in seven states and abroad.", trigger: "arrested")
    #expect(m?.attribution == nil)
}

@Test func aSurnameClaimantTakesTheFullNameWhenOnlyOnePersonHasIt() {
    let text = "Prosecutor Anna Novak opened the case on Monday. Novak said police arrested two men."
    let m = mention(text, trigger: "arrested")
    #expect(m?.attribution?.source == "Prosecutor Anna Novak" || m?.attribution?.source == "Anna Novak")
    #expect(m?.attribution?.writtenAs == "Novak")
    // Two people with that surname: the claimant stays as written.
    let two = mention("Fidel Castro met Raul Castro on Monday. Castro said police arrested two men.", trigger: "arrested")
    #expect(two?.attribution?.source == "Castro")
    #expect(two?.attribution?.writtenAs == nil)
}
