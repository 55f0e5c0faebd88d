import ChronographCore
import Foundation
import Testing
@testable import Chronograph

/// The fast JSON paths give exactly what Foundation gives.
@Suite("Fast JSON reading and writing")
struct FastJSONTests {
    @Test func flatRecordsReadAsJSONSerializationReadsThem() throws {
        let lines = [
            #"{"id":"a","text":"It rained on Friday.","date":"2023-05-06"}"#,
            #"  {"id" : "b", "text":"x\ny", "gold":[1,-2.5,{"a":null,"b":[true,false]}], "n": 0}  "#,
            #"{"text":"esc \/ \" \\ \b\f\n\r\t \u00e9 \ud83d\ude00","title":"","source":null}"#,
            #"{}"#,
            #"{"x":{"y":{"z":[[[[]]]]}},"text":"nested"}"#,
        ]
        for line in lines {
            let fast = try #require(FlatJSONObject.parse(Array(line.utf8)[...]))
            let slow = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(fast.strings == slow.compactMapValues { $0 as? String })
            #expect(fast.others == Set(slow.filter { !($0.value is String) && !($0.value is NSNull) }.keys))
        }
    }

    @Test func unusualRecordsAreLeftToFoundation() {
        let lines = [
            #"{"id":"a","text":"dup","text":"again"}"#, #"{"text":"lone \ud800"}"#, #"{"text":"bad \x"}"#,
            #"{"text":"t","x":01}"#, #"{"text":"t","x":1e400}"#, #"{"text":"t","x":[1,2,]}"#, #"{"text":"t"} x"#,
            #"[1,2]"#, "not json", "{\"text\":\"raw \u{01} control\"}", #"{"text":"t","x":tru}"#,
        ]
        for line in lines { #expect(FlatJSONObject.parse(Array(line.utf8)[...]) == nil, "\(line)") }
        #expect(FlatJSONObject.parse([0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D][...]) == nil)
    }

    @Test func compactWriterIsByteIdenticalToJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let pipeline = try Pipeline()
        let texts = [
            "KAZAKHSTAN, January 5. /TASS/. Riots broke out in Almaty on January 4, 2022; \"coup\" said Tokayev.\nKarim Masimov was sentenced in April 2023 to 18 years.",
            "Control \u{01}\u{1F} characters, tabs\tand quotes \" \\ / and ünïcödé 😀 on Friday.",
        ]
        for (n, text) in texts.enumerated() {
            let doc = Document(id: "d\(n)", title: "T \"\(n)\"", text: text, publicationDate: "2024-01-05", source: "TASS")
            let record = ExtractionRecord(pipeline.analyze(doc))
            #expect(try CompactJSONEncoder.encode(record) == [UInt8](try encoder.encode(record)))
        }
        struct Values: Encodable {
            var d: [Double] = [31.0, 0.1, 1e-7, 1e21, -0.0, 51.6992, 100, 1.5e300]
            var i: [Int] = [0, -1, Int.max]
            var o: String? = nil
            var n: [String?] = [nil, "x"]
            var keys: [String: Bool] = ["b": true, "B": false, "a_b": true, "aB": true, "a1": false, "é": true, "10": true, "9": false]
        }
        #expect(try CompactJSONEncoder.encode(Values()) == [UInt8](try encoder.encode(Values())))
        #expect(throws: (any Error).self) { try CompactJSONEncoder.encode([Double.nan]) }
        struct Widths: Encodable {
            var a: Int32 = -7
            var b: UInt8 = 255
            var c: Int64 = Int64.min
            var d: UInt64 = UInt64.max
            var f: Float = 0.1
            var g: [Int16] = [1, -2]
        }
        #expect(try CompactJSONEncoder.encode(Widths()) == [UInt8](try encoder.encode(Widths())))
        struct Link: Encodable { var u = URL(string: "http://x/y")! }
        #expect(throws: CompactJSONError.self) { try CompactJSONEncoder.encode(Link()) }
    }
}
