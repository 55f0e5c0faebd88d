import ChronographCore
import Testing
@testable import ChronographEvents

/// A salient draft of the test article, with its headline and participants.
private func draft(_ label: String, _ actors: [Actor] = [], place: Place? = nil) -> Draft {
    var d = Draft(sentence: 0, tokStart: 0, tokEnd: 1, start: 0, end: 1, text: label, lemma: label.lowercased(), isVerb: false, type: "other",
        eventClass: .occurrence, salient: true, rule: "test")
    d.label = label
    d.actors = actors
    d.location = place
    return d
}

private let acme = Actor(id: "actor:acme", name: "Acme Corp", kind: .organization)
private let beta = Actor(id: "actor:beta", name: "Beta Ltd", kind: .organization)
private let kowal = Actor(id: "actor:kowal", name: "Adam Kowal", kind: .person)

@Test func aOneWordHeadlineNamesTheArticlesMainParticipants() {
    var drafts = [draft("Acme Corp bought Beta Ltd", [acme, beta]), draft("Acme Corp fired Adam Kowal", [acme, kowal]),
        draft("Beta Ltd shares fell", [beta]), draft("Trial")]
    OneWordHeadlines.place(&drafts)
    #expect(drafts[3].label == "Trial: Acme Corp, Beta Ltd")
}

@Test func aParticipantNamedOnceIsNoMainParticipant() {
    var drafts = [draft("Acme Corp bought Beta Ltd", [acme, beta]), draft("Deal")]
    OneWordHeadlines.place(&drafts)
    #expect(drafts[1].label == "Deal")
}

@Test func theSharedPlaceComesBeforeTheParticipants() {
    let lyon = Place(name: "Lyon", kind: .city)
    var drafts = [draft("Acme Corp bought Beta Ltd", [acme, beta], place: lyon), draft("Acme Corp fired Adam Kowal", [acme, kowal], place: lyon),
        draft("Beta Ltd shares fell", [beta]), draft("Trial")]
    OneWordHeadlines.place(&drafts)
    #expect(drafts[3].label == "Trial in Lyon")
}

@Test func aTimelineThatNamesNoOneTwiceTakesTheArticlesOtherEvents() {
    var bought = draft("Acme Corp bought Beta Ltd", [acme, beta])
    var fired = draft("Acme Corp fired Adam Kowal", [acme, kowal])
    bought.salient = false
    fired.salient = false
    var drafts = [bought, fired, draft("Sentencing")]
    OneWordHeadlines.place(&drafts)
    #expect(drafts[2].label == "Sentencing: Acme Corp")
}
