import ChronographCore
import Foundation
import Testing

@testable import ChronographTime

@Suite struct DocumentCreationTimeTests {
    static let seedText = """
        Foreign Militant Involvement Revealed in Kazakhstan Coup Plot

        05 January

        A recent documentary aired by Kazakhstan's state TV channel Khabar has shed light on the failed coup attempt in January 2022.

        Kazakhstan President Kassym-Jomart Tokayev had previously characterized the mass riots as an attempted coup. In April 2023, former chairman Karim Masimov and other officials were sentenced for treason.
        """

    static func seedDocument() -> Document {
        let scalars = Array(seedText.unicodeScalars)
        let needle = Array("05 January".unicodeScalars)
        var start = 0
        while Array(scalars[start..<start + needle.count]) != needle { start += 1 }
        return Document(id: "seed", text: seedText, dateline: Dateline(text: "05 January", start: start, end: start + needle.count))
    }

    static func run(_ doc: Document, dct: String? = nil) -> TaggingResult {
        let text = ScalarText(doc.text)
        return sharedTagger.tag(doc, text: text, sentences: SentenceSplitter.forLanguage().split(text), dct: dct)
    }

    @Test func datelineYearInferredFromPastDates() {
        let r = Self.run(Self.seedDocument())
        #expect(r.dct.value == "2024-01-05")
        #expect(r.dct.inferred)
        #expect(r.dct.origin == .datelineYearInferred)
        #expect(r.dct.evidence?.contains("April 2023") == true)
        let byText = Dictionary(r.timexes.map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["05 January"] == "2024-01-05")
        #expect(byText["January 2022"] == "2022-01")
        #expect(byText["April 2023"] == "2023-04")
    }

    /// A document with a year-less dateline line under its title.
    static func datelined(_ dateline: String, _ body: String) -> Document {
        let text = "Title\n\n\(dateline)\n\n\(body)"
        let start = 7
        return Document(id: "d", text: text, dateline: Dateline(text: dateline, start: start, end: start + dateline.unicodeScalars.count))
    }

    @Test func datelineYearIsTheYearAfterTheLatestWrittenPastYear() {
        // News writes out the year of dates in other years: "in March 2021" in an August piece is last year's.
        let later = Self.run(Self.datelined("August 7", "Protests broke out in March 2021 and were crushed."))
        #expect(later.dct.value == "2022-08-07")
        #expect(later.dct.inferred)
        // A full date less than a month before the dateline keeps its year.
        let recent = Self.run(Self.datelined("October 24", "The doctor was shot on Oct. 23, 1998, at his home."))
        #expect(recent.dct.value == "1998-10-24")
        // A full date further back does not.
        let older = Self.run(Self.datelined("October 24", "The doctor was shot on Aug. 7, 1998, at his home."))
        #expect(older.dct.value == "1999-10-24")
        // A bare year is background as often as news ("in power since 1994"): it dates nothing.
        let background = Self.run(Self.datelined("August 10", "Lukashenko, in power since 1994, claimed victory in Sunday's election."))
        #expect(background.dct.value?.hasPrefix("XXXX") == true)
        #expect(!background.dct.inferred)
        let both = Self.run(Self.datelined("August 10", "Lukashenko, in power since 1994, won a vote in March 2019."))
        #expect(both.dct.value == "2020-08-10")
        // A later year told in the past is a floor: the piece is not older than the events it reports.
        let floor = Self.run(Self.datelined("August 10", "The treaty was signed in February 1947. Talks collapsed in 1997, officials said."))
        #expect(floor.dct.value == "1997-08-10")
        #expect(floor.dct.evidence?.contains("1997") == true)
    }

    @Test func optionBeatsMetadataBeatsDateline() {
        var doc = Self.seedDocument()
        doc.publicationDate = "2024-02-01"
        #expect(Self.run(doc).dct == DocumentCreationTime(value: "2024-02-01", inferred: false, origin: .metadata))
        #expect(Self.run(doc, dct: "2024-03-01").dct.origin == .option)
        #expect(Self.run(doc, dct: "2024-03-01").dct.value == "2024-03-01")
    }

    @Test func fullDatelineIsTaken() {
        let text = "Title\n\nMoscow, 5 Jan 2024\n\nIt happened yesterday."
        let start = Array(text.unicodeScalars).firstIndex(of: "M")!
        let doc = Document(id: "d", text: text, dateline: Dateline(text: "Moscow, 5 Jan 2024", start: start, end: start + 18))
        let r = Self.run(doc)
        #expect(r.dct.value == "2024-01-05")
        #expect(r.dct.origin == .dateline)
        #expect(!r.dct.inferred)
        #expect(r.timexes.last?.value == "2024-01-04")
    }

    @Test func yearlessDatelineWithoutEvidenceStaysUnresolved() {
        let text = "Title\n\n05 January\n\nThe talks went on yesterday."
        let start = Array(text.unicodeScalars).firstIndex(of: "0")!
        let r = Self.run(Document(id: "y", text: text, dateline: Dateline(text: "05 January", start: start, end: start + 10)))
        #expect(r.dct.value == "XXXX-01-05")
        #expect(!r.dct.inferred)
        #expect(r.warnings.contains { $0.contains("no year") })
    }

    /// A year-less dateline still makes the text news: its year-less dates are of the unknown
    /// year, not of the last year the text mentions ("a 2014 case").
    @Test func yearlessDatelineKeepsYearlessDatesUnknown() {
        let r = Self.run(Self.datelined("Feb 2", "A court ordered him to serve a 2014 sentence. He was arrested on January 17 after his return."))
        #expect(r.dct.value == "XXXX-02-02")
        let byText = Dictionary(r.timexes.map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["2014"] == "2014")
        #expect(byText["January 17"] == "XXXX-01-17")
    }

    @Test func noDateAtAllWarnsButResolvesAbsoluteDates() {
        let doc = Document(id: "n", text: "The treaty was signed on 5 May 1955. It was revised last year.")
        let r = Self.run(doc)
        #expect(r.dct == .unknown)
        #expect(!r.warnings.isEmpty)
        #expect(r.timexes.first?.value == "1955-05-05")
    }
}
