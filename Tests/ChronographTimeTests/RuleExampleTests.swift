import ChronographCore
import Foundation
import Testing

@testable import ChronographTime

/// Every `example` line of `rules.txt` is run, so the rule documentation cannot drift from the engine.
@Suite struct RuleExampleTests {
    @Test(arguments: ["en", "ru"]) func everyRuleHasAnExample(language: String) {
        for rule in tagger(language).rules {
            #expect(!rule.examples.isEmpty, "rule \(rule.name) (\(language)) has no example")
        }
    }

    @Test(arguments: ["en", "ru"]) func everyExampleYieldsItsValue(language: String) {
        var checked = 0
        for rule in tagger(language).rules {
            for ex in rule.examples {
                let result = tag(ex.text, dct: ex.dct, mode: ex.narrative ? .narrative : nil, language: language)
                // The expression this rule found (examples may set a context first), else the first one.
                guard let first = result.timexes.first(where: { $0.rule == rule.name }) ?? result.timexes.first else {
                    print("EXAMPLE-FAIL \(rule.name): \"\(ex.text)\" found nothing")
                    Issue.record("\(rule.name): \"\(ex.text)\" found nothing")
                    continue
                }
                if first.value != ex.value { print("EXAMPLE-FAIL \(rule.name): \"\(ex.text)\" gave \(result.timexes.map { "\($0.text)=\($0.value)/\($0.rule)" }), expected \(ex.value)") }
                #expect(first.value == ex.value, "\(rule.name): \"\(ex.text)\" gave \(first.value), expected \(ex.value)")
                #expect(first.type.rawValue == ex.type, "\(rule.name): \"\(ex.text)\" gave type \(first.type.rawValue)")
                if let mod = ex.mod { #expect(first.mod?.rawValue == mod, "\(rule.name): \"\(ex.text)\" mod") }
                checked += 1
            }
        }
        #expect(checked > 50)
    }
}
