import ChronographCore
import Testing
@testable import ChronographEvents

private func label(_ text: String, trigger: String, mode: EventExtractor = Shared.extractor) -> String? {
    Fixture(id: "t", text: text, dct: "1998-08-14").analyze(mode).mentions.first { $0.text == trigger }?.label
}

@Test func abbreviationPeriodDoesNotCutTheLabel() {
    #expect(label("The Security Council condemned the bombing of the U.S. embassies in Kenya.", trigger: "bombing") == "Bombing of the U.S. embassies")
}

@Test func labelEndsWithNoDanglingWord() {
    let l = label("The family refused to sign the agreement through two days of negotiations.", trigger: "sign", mode: Shared.timeml)
    #expect(l?.hasSuffix(" through") == false)
    #expect(l?.contains("agreement") == true)
}

@Test func possessiveDateIsNoModifierOfTheLabel() {
    let l = label("He was wanted for questioning in last month's shooting of a doctor.", trigger: "shooting")
    #expect(l?.hasPrefix("Month") == false)
}
