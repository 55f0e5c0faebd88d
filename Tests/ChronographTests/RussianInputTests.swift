import Chronograph
import Foundation
import Testing

/// Russian input end to end: language detection, Russian wire datelines and credits, and a TASS-style item
/// with a year-less dateline read beside the English seed.
@Suite("Russian input")
struct RussianInputTests {
    /// A TASS-style item written for this test (not wire copy): headline, a dateline without a year that
    /// opens the body, a past dated event with its year, and the credit line.
    static let tassItem = """
        В Ташкенте открылась международная книжная ярмарка

        ТАШКЕНТ, 5 января. /ТАСС/. Международная книжная ярмарка открылась в пятницу в Ташкенте и продлится до 9 января, сообщили организаторы.

        Как отметили в оргкомитете, в этом году в ярмарке участвуют более 200 издательств из 15 стран. В прошлый раз ярмарка проходила в апреле 2023 года и собрала около 40 тыс. посетителей. Торжественная церемония закрытия состоится во вторник в 18:00 по местному времени.

        Материал подготовлен на основе информации ТАСС и открытых источников

        """

    func read(_ text: String, name: String = "item.txt") throws -> Document {
        let dir = try TestSupport.temporaryFolder()
        let file = dir.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let items = Array(try DocumentSource(inputs: [file.path]))
        guard case .document(let doc, _) = try #require(items.first) else { throw CocoaError(.fileReadUnknown) }
        return doc
    }

    // MARK: language detection

    @Test func languageIsDetectedFromLettersAndFunctionWords() throws {
        let detector = LanguageDetector.shared
        #expect(detector.languages.contains("en") && detector.languages.contains("ru"))
        #expect(detector.detect(try String(contentsOf: TestSupport.seedArticle, encoding: .utf8), fallback: "xx") == "en")
        #expect(detector.detect(Self.tassItem, fallback: "xx") == "ru")
        // Latin names and numbers in a Russian text do not make it English.
        #expect(detector.detect("Компания Apple и Microsoft сообщили в среду о результатах за 2023 год.", fallback: "xx") == "ru")
        // Cyrillic names in an English text do not make it Russian.
        #expect(detector.detect("The mayor of Almaty, Ерлан Қожағапанов, said on Monday that the roads were closed for the whole week.", fallback: "xx") == "en")
        // Nothing to go by: the fallback.
        #expect(detector.detect("2024-01-05 12:00", fallback: "xx") == "xx")
        // Two languages of one script: the function words decide; half Cyrillic, half Latin letters too.
        let latin: [ClosedRange<UInt32>] = [0x41...0x5A, 0x61...0x7A]
        let two = LanguageDetector(profiles: [
            .init(code: "de", ranges: latin, words: ["und", "der", "die", "das", "nicht"]),
            .init(code: "en", ranges: latin, words: ["and", "the", "of", "not"]),
        ])
        #expect(two.detect("Die Regierung und der Rat haben das nicht gesagt.", fallback: "xx") == "de")
        #expect(two.detect("The government and the council did not say so.", fallback: "xx") == "en")
        // (14 Latin and 15 Cyrillic letters: both scripts are candidates, and only Russian function words occur.)
        #expect(detector.detect("Fords и Tesla заявили о том что Tata", fallback: "xx") == "ru")
    }

    // MARK: datelines and credits

    @Test func tassDatelineAndCredit() throws {
        let doc = try read(Self.tassItem)
        #expect(doc.title == "В Ташкенте открылась международная книжная ярмарка")
        let dateline = try #require(doc.dateline)
        #expect(dateline.text.hasPrefix("ТАШКЕНТ, 5 января"))
        #expect(ScalarText(doc.text).slice(dateline.start, dateline.end) == dateline.text)
        #expect(doc.source == "ТАСС")
    }

    @Test func riaAndInterfaxDatelines() throws {
        let ria = try read("Курс рубля укрепился\n\nМОСКВА, 5 янв — РИА Новости. Рубль укрепился в пятницу на открытии торгов.\n")
        #expect(ria.dateline?.text == "МОСКВА, 5 янв")
        #expect(ria.source == "РИА Новости")
        let interfax = try read("Землетрясение в Чечне\nМосква. 13 декабря. INTERFAX.RU - Землетрясение магнитудой 4,9 произошло в ночь на воскресенье.\n")
        #expect(interfax.dateline?.text == "Москва. 13 декабря")
        #expect(interfax.source == "INTERFAX.RU")
        // An English wire dateline is read as before.
        let reuters = try read("Title\n\nTBILISI, Dec 5 (Reuters) - Georgia's president said on Tuesday.\n")
        #expect(reuters.dateline?.text == "TBILISI, Dec 5 (Reuters)")
        #expect(reuters.source == "Reuters")
    }

    // MARK: the whole pipeline

    @Test func russianItemGivesItsDateAndTimeExpressions() throws {
        let pipeline = try Pipeline()
        let analysis = pipeline.analyze(try read(Self.tassItem))
        #expect(analysis.document.language == "ru")
        // The year of the dateline is inferred from the dated past event, and flagged.
        #expect(analysis.dct.value == "2024-01-05")
        #expect(analysis.dct.inferred)
        #expect(analysis.dct.origin == .datelineYearInferred)
        #expect(analysis.dct.evidence?.contains("апреле 2023 года") == true)
        let values = Dictionary(analysis.timexes.map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["пятницу"] == "2024-01-05")
        #expect(values["9 января"] == "2024-01-09")
        #expect(values["этом году"] == "2024")
        #expect(values["апреле 2023 года"] == "2023-04")
        // "состоится во вторник": a future verb, so the coming Tuesday.
        #expect(values["вторник"] == "2024-01-09")
        #expect(values["18:00 по местному времени"] == "2024-01-09T18:00")
        // Offsets are Unicode scalar offsets into the text.
        let text = ScalarText(analysis.document.text)
        for t in analysis.timexes { #expect(text.slice(t.start, t.end) == t.text) }
        // Events need Russian syntax: not looked for, and said so.
        #expect(analysis.mentions.isEmpty)
        #expect(analysis.eventsExtracted == false)
        #expect(analysis.warnings.contains { $0.contains("events were not extracted") })
    }

    @Test func buildBesideTheEnglishSeedRecordsLanguagesAndSaysWhatWasNotExtracted() throws {
        let dir = try TestSupport.temporaryFolder()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Self.tassItem.write(to: input.appendingPathComponent("tass-ru.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: TestSupport.seedArticle, to: input.appendingPathComponent("seed-en.txt"))
        let out = dir.appendingPathComponent("out")
        let run = try TestSupport.chronograph(["build", input.path, "--out", out.path, "--format", "json,md,svg", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("graph.json"))) as? [String: Any])
        let docs = try #require(graph["documents"] as? [[String: Any]])
        let ru = try #require(docs.first { $0["id"] as? String == "tass-ru.txt" })
        let en = try #require(docs.first { $0["id"] as? String == "seed-en.txt" })
        #expect(ru["language"] as? String == "ru")
        #expect(ru["eventsExtracted"] as? Bool == false)
        #expect((ru["dct"] as? [String: Any])?["origin"] as? String == "datelineYearInferred")
        #expect(en["language"] as? String == "en")
        #expect(en["eventsExtracted"] == nil)
        // The English seed's events are all there; the Russian item adds none.
        let events = try #require(graph["events"] as? [[String: Any]])
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { e in (e["mentions"] as? [[String: Any]] ?? []).allSatisfy { $0["doc"] as? String == "seed-en.txt" } })
        let brief = try String(contentsOf: out.appendingPathComponent("brief.md"), encoding: .utf8)
        #expect(brief.contains("were not extracted"))
        #expect(brief.contains("В Ташкенте открылась международная книжная ярмарка"))
        let svg = try String(contentsOf: out.appendingPathComponent("timeline.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
    }

    @Test func languageOptionAndJSONLinesLang() throws {
        // `--language ru` reads every document as Russian; a record's "lang" is honoured under auto.
        let record = #"{"id":"r1","date":"2024-01-05","lang":"ru","text":"Саммит состоится в среду, сообщили в четверг."}"#
        let auto = try TestSupport.chronograph(["extract", "-", "--format", "jsonl", "--quiet", "--events", "none"], stdin: record + "\n")
        #expect(auto.status == 0, "\(auto.stderr)")
        let line = try #require(try JSONSerialization.jsonObject(with: Data(auto.stdout.utf8)) as? [String: Any])
        #expect(line["language"] as? String == "ru")
        let values = (line["timexes"] as? [[String: Any]] ?? []).map { $0["value"] as? String }
        #expect(values == ["2024-01-10", "2024-01-04"])
        let bad = try TestSupport.chronograph(["extract", "-", "--language", "xx"], stdin: record + "\n")
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--language"))
    }
}
