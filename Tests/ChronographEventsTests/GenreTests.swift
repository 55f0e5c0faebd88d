import ChronographCore
import Testing
@testable import ChronographEvents

/// Political and security news: one test per class of defect the genre round fixed, on sentences
/// written for the test (wire style), not on the development articles.
private func mentions(_ text: String, source: String? = nil, dct: String = "2023-03-09") -> [EventMention] {
    Fixture(id: "g", text: text, dct: dct, source: source).analyze(Shared.extractor).mentions
}

/// The timeline's events (minor ones, of no salient type, left out) by trigger.
private func types(_ text: String) -> [String: String] {
    Dictionary(mentions(text).filter { $0.minor != true }.map { ($0.text, $0.type) }, uniquingKeysWith: { a, _ in a })
}

// MARK: 1. salient events of the genre are found

@Test func courtOrdersAreSentencesAndDetentions() {
    let t = types("A court in Samara on Tuesday ordered the activist to serve four years in a prison colony. A judge ordered her held in custody for two months.")
    #expect(t["serve"] == "sentencing")
    #expect(t["held"] == "arrest")
}

@Test func streetProtestAndRiotIdiomsAreEvents() {
    let t = types("Thousands of people took to the streets of Quito. Demonstrators stormed the parliament building and set fire to several cars.")
    #expect(t["took"] == "protest")
    #expect(t["stormed"] == "riot")
    #expect(t["set fire"] == "riot")
}

@Test func riotControlIsACrackdown() {
    let ms = mentions("Riot police fired tear gas to disperse the crowd outside the ministry.")
    #expect(ms.contains { $0.type == "crackdown" })
}

@Test func flightAndLegislationHaveTheirTypes() {
    let t = types("The deposed leader fled the country on Sunday. Lawmakers passed the bill in its second reading.")
    #expect(t["fled"] == "flight")
    #expect(t["passed"] == "legislation")
}

@Test func objectWordsChooseAmongALemmasTypes() {
    #expect(types("The government withdrew the bill after the protests.")["withdrew"] == "legislation")
    #expect(types("Moscow withdrew its troops from the border.")["withdrew"] == "military_withdrawal")
    #expect(types("Protesters blocked roads in the capital.")["blocked"] == "protest")
    #expect(types("The authorities blocked access to social networks.")["blocked"] == "restriction")
    #expect(types("The candidate withdrew on Friday.")["withdrew"] == nil)
}

@Test func crowdsThatComeBackAreProtesting() {
    #expect(types("Protesters returned to the square on Wednesday evening.")["returned"] == "protest")
    #expect(types("The delegation returned to the capital on Wednesday.")["returned"] == nil)
    #expect(types("Foreign troops arrived in the capital on Friday.")["arrived"] == "military_deployment")
}

// MARK: 2. non-events

@Test func powersToArrestAreNoArrest() {
    let ms = mentions("The president declared a state of emergency, giving the authorities broad powers to make arrests.")
    #expect(!ms.contains { $0.type == "arrest" })
    #expect(ms.contains { $0.type == "state_of_emergency" })
}

@Test func aDemandedReleaseIsNoRelease() {
    let ms = mentions("Tens of thousands rallied in the capital to demand his release.")
    #expect(!ms.contains { $0.type == "release" })
    #expect(ms.contains { $0.type == "protest" })
}

@Test func protestsCalledForArePlanned() {
    let ms = mentions("His supporters called for nationwide protests on Saturday.")
    #expect(ms.first { $0.type == "protest" }?.factuality == .planned)
}

// MARK: 3. factuality of intentions and plans

@Test func wouldAfterAPastReportingVerbIsAnIntention() {
    let ms = mentions("The ruling party said on Thursday it would withdraw the bill.")
    #expect(ms.first { $0.text == "withdraw" }?.factuality == .intended)
    let appeal = mentions("His lawyers said they would appeal the verdict.")
    #expect(appeal.first { $0.type == "appeal" }?.factuality == .intended)
    // The verdict is what the appeal is about: it happened.
    #expect(appeal.first { $0.text == "verdict" }.map { !$0.factuality.isUnrealized } ?? true)
}

@Test func conditionalWouldStaysHypothetical() {
    let ms = mentions("The bill would have banned foreign funding of media.")
    #expect(ms.first { $0.text == "banned" }?.factuality == .hypothetical)
}

@Test func condemningIsAStatementNotAClaim() {
    let ms = mentions("The European Union and the United States condemned the ruling.")
    let c = ms.first { $0.text == "condemned" }
    #expect(c?.type == "statement")
    #expect(c?.factuality == .asserted)
    #expect(c?.attribution == nil)
    #expect(c?.actors.map(\.name).contains("United States") == true)
}

// MARK: 4. claimant spans

@Test func claimantAfterARelativePronoun() {
    let ms = mentions("A court jailed the activist, a ruling that his allies said would spark new street protests.")
    let p = ms.first { $0.type == "protest" }
    #expect(p?.attribution?.source == "his allies")
    #expect(p?.factuality == .planned)
}

// MARK: 5. actors

@Test func theWireAgencyIsNoParticipant() {
    let text = "LAGOS, March 18 (Reuters) - Police detained the opposition politician Ade Bello at the airport."
    let ms = mentions(text, dct: "2021-03-18")
    let arrest = ms.first { $0.type == "arrest" }
    #expect(arrest != nil)
    #expect(arrest?.actors.contains { $0.name == "Reuters" } == false)
    let slashes = mentions("ALMATY, January 5. /TASS/. Protesters stormed the city administration building.", dct: "2022-01-05")
    #expect(!slashes.isEmpty)
    #expect(slashes.allSatisfy { m in !m.actors.contains { $0.name == "TASS" } })
}

@Test func aTitleDoesNotReachAcrossAComma() {
    let ms = mentions("Parliament elected Maria Lopes as the new president, a week after her predecessor Jorge Tavares fled the country.")
    let fled = ms.first { $0.type == "flight" }
    let person = fled?.actors.first { $0.name == "Jorge Tavares" }
    #expect(person != nil)
    #expect(person?.title == nil)
}

// MARK: 6. places

@Test func ambiguousPlacesFollowTheDocumentsCountries() {
    let ve = mentions("Protesters stormed the governor's residence in Valencia. Venezuela's parliament met on Saturday.")
    #expect(ve.first { $0.type == "riot" }?.location?.country == "VE")
    let es = mentions("Protesters stormed the regional parliament in Valencia. Spain's government met on Saturday.")
    #expect(es.first { $0.type == "riot" }?.location?.country == "ES")
    let us = mentions("Police arrested 40 protesters in Birmingham. The governor of Alabama condemned the violence.")
    #expect(us.first { $0.type == "arrest" }?.location?.country == "US")
    let uk = mentions("Police arrested 40 protesters in Birmingham on Saturday.")
    #expect(uk.first { $0.type == "arrest" }?.location?.country == "GB")
}

// MARK: more non-events and conditions

@Test func eventsInAConditionClauseHaveNotHappened() {
    let ms = mentions("The opposition said protests would continue until the bill is voted down and all detained demonstrators are released.")
    #expect(ms.first { $0.type == "release" }?.factuality == .hypothetical)
    let steps = mentions("Protesters vowed to keep blocking roads until the prime minister steps down.")
    #expect(steps.first { $0.type == "resignation" }?.factuality == .hypothetical)
}

@Test func aQuestionAssertsNothing() {
    let ms = mentions("\"What negotiations can there be with criminals and murderers?\" he said.")
    #expect(ms.first { $0.type == "negotiation" }?.factuality == .hypothetical)
}

@Test func mannerAndChargesAreNoEvents() {
    let fire = mentions("Security forces opened fire without warning on the crowd.")
    #expect(fire.contains { $0.type == "violence" })
    #expect(!fire.contains { $0.type == "statement" })
    let charge = mentions("Prosecutors opened an investigation against the former president for rebellion.")
    #expect(charge.contains { $0.type == "trial" })
    #expect(!charge.contains { $0.type == "coup_attempt" })
}

@Test func phrasalTriggersSpanTheHeadVerbInTimeMLMode() {
    let ms = Fixture(id: "g", text: "Thousands took to the streets and police rounded up dozens.", dct: "2023-03-09").analyze(Shared.timeml).mentions
    #expect(ms.contains { $0.text == "took" })
    #expect(ms.contains { $0.text == "rounded" })
    #expect(!ms.contains { $0.text.contains(" ") })
}

@Test func aConditionHoldsWhateverItNegates() {
    let ms = mentions("Washington said it would cut aid if the military did not release the president.")
    #expect(ms.first { $0.type == "release" }?.factuality == .hypothetical)
    #expect(ms.first { $0.type == "sanctions" }?.factuality == .intended)
}

@Test func theDatelineIsNoClaimant() {
    let ms = mentions("NIAMEY, July 26 (Reuters) - Soldiers in Niger announced that members of the guard had detained the president.", dct: "2023-07-26")
    #expect(ms.first { $0.type == "arrest" }?.attribution?.source == "Soldiers in Niger")
}

@Test func butOpensAClauseOfItsOwn() {
    let ms = mentions("Supporters tried to approach the palace but were dispersed by the guard, who fired warning shots.")
    let c = ms.first { $0.type == "crackdown" }
    #expect(c?.factuality == .asserted)
    #expect(!ms.contains { $0.type == "statement" })
}

@Test func aTermServedInPrisonIsASentence() {
    #expect(types("A Minsk court ordered Pavel Dorin to serve three and a half years in a prison colony.")["serve"] == "sentencing")
    #expect(types("He served as prime minister for five years.")["served"] == nil)
}

@Test func aCourtOrderCarriesTheDateOfTheSentenceOrDetention() {
    var f = Fixture(id: "g", text: "A court in Gomel on Monday ordered him held in custody for 30 days. A Minsk court on Tuesday ordered Pavel Dorin to serve three years in a prison colony.", dct: "2021-02-02")
    f.timex("Monday", "2021-02-01")
    f.timex("Tuesday", "2021-02-02")
    let ms = f.analyze(Shared.extractor).mentions
    #expect(ms.first { $0.type == "arrest" }?.time?.value == "2021-02-01")
    #expect(ms.first { $0.type == "sentencing" }?.time?.value == "2021-02-02")
}

@Test func aParticipleNamingPeopleIsAReferenceNotAnEvent() {
    let ms = mentions("Soldiers detained the president on Monday. The United States called on the army to free the detained leaders.")
    #expect(ms.filter { $0.type == "arrest" }.count == 1)
    #expect(ms.first { $0.type == "arrest" }?.text == "detained")
}

@Test func policeUsingTearGasIsACrackdownDatedLikeTheVerb() {
    var f = Fixture(id: "g", text: "Police used tear gas and water cannon to disperse the crowds on Tuesday night.", dct: "2023-03-09")
    f.timex("Tuesday night", "2023-03-07TNI")
    let ms = f.analyze(Shared.extractor).mentions
    #expect(ms.first { $0.text == "used" }?.type == "crackdown")
    #expect(types("The company used the money to buy shares.")["used"] == nil)
}

@Test func aClaimantAfterTheEventIsNoParticipant() {
    let ms = mentions("Police detained several dozen people at the airport, according to the OVD-Info monitoring group.")
    let a = ms.first { $0.type == "arrest" }
    #expect(a?.attribution?.source == "the OVD-Info monitoring group")
    #expect(a?.actors.contains { $0.name == "OVD-Info" } == false)
}

@Test func anAccordingToSourceIsNoParticipantWhereverItStands() {
    let ms = mentions("According to the Interior Ministry, 95 police officers were injured.")
    let a = ms.first { $0.type == "death_toll" }
    #expect(a?.attribution?.source == "the Interior Ministry")
    #expect(a?.actors.contains { $0.name == "Interior Ministry" } == false)
}

// MARK: review fixes

@Test func aChargeEndsWhereANewClauseBegins() {
    let ms = mentions("Police arrested the activist for the second time after clashes erupted in the capital.")
    #expect(ms.contains { $0.text == "clashes" })
}

@Test func anAcronymAfterANameIsNoWireAgency() {
    let ms = mentions("The Collective Security Treaty Organization (CSTO), a Moscow-led alliance, sent troops to Kazakhstan.")
    #expect(ms.first { $0.text == "sent" }?.actors.contains { $0.name.contains("Collective Security") } == true)
}

@Test func anOrderToReturnIsNoProtest() {
    #expect(!mentions("Police told protesters to return home.").contains { $0.type == "protest" })
    #expect(mentions("Protesters began to return to the square.").contains { $0.type == "protest" })
}
