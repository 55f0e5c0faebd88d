import ChronographCore
import Foundation
import Testing
@testable import ChronographEvents

/// The in-place lexicon indexes give what parsing every line into dictionaries gave.
@Suite("Lexicon indexes")
struct LexiconIndexTests {
    let lexicon = try! LexiconStore.shared(language: "en").lexicon

    @Test func verbFormsMatchTheParsedTable() {
        var parsed: [String: [(lemma: String, tags: Set<String>)]] = [:]
        for line in ResourceFile.lines(named: "verb-forms.tsv", language: "en", bundle: .module) {
            let f = ResourceFile.fields(line)
            guard f.count == 3 else { continue }
            parsed[f[0], default: []].append((f[1], Set(ResourceFile.fields(f[2], separator: 0x2C))))
        }
        #expect(parsed.count > 10000)
        for (form, readings) in parsed {
            let got = lexicon.forms[form] ?? []
            #expect(got.map(\.lemma) == readings.map(\.lemma), "\(form)")
            #expect(got.map(\.tags) == readings.map(\.tags), "\(form)")
            #expect(lexicon.verbReadings(form).map(\.lemma) == readings.filter { $0.tags.contains { $0.hasPrefix("VB") } }.map(\.lemma))
        }
        #expect(lexicon.forms["zzzq"] == nil)
        #expect(lexicon.forms["Attacked"] == nil)
    }

    @Test func gazetteerMatchesTheParsedTable() {
        var places: [String: Place] = [:]
        var firstWords: [String: [[String]]] = [:]
        for line in ResourceFile.lines(named: "gazetteer.tsv", language: "en", bundle: .module) {
            let f = ResourceFile.fields(line)
            guard f.count >= 4, let kind = PlaceKind(rawValue: f[1]) else { continue }
            places[f[0]] = Place(
                name: f[0], kind: kind, country: f[2].isEmpty ? nil : f[2], geonameid: Int(f[3]),
                lat: f.count > 4 ? Double(f[4]) : nil, lon: f.count > 5 ? Double(f[5]) : nil)
            let words = Tokenizer.tokenize(ScalarText(f[0])).map(\.text)
            if let first = words.first { firstWords[first, default: []].append(words) }
        }
        for k in firstWords.keys { firstWords[k]!.sort { $0.count > $1.count } }
        #expect(places.count > 5000)
        for (name, place) in places { #expect(lexicon.places[name] == place, "\(name)") }
        #expect(lexicon.placeFirstWords.count == firstWords.count)
        for (first, names) in firstWords { #expect(lexicon.placeFirstWords[first] == names, "\(first)") }
        #expect(lexicon.places["Atlantis City"] == nil)
    }

    @Test func resourceKeysAreNFC() {
        for file in ["verb-forms.tsv", "gazetteer.tsv"] {
            for line in ResourceFile.lines(named: file, language: "en", bundle: .module) {
                let key = ResourceFile.fields(line)[0]
                #expect(Array(key.utf8) == Array(key.precomposedStringWithCanonicalMapping.utf8), "\(file): \(key)")
            }
        }
    }
}
