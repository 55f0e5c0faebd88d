@testable import Chronograph
import ChronographCore
import Testing

/// The ASCII fast path of the furniture detector's line cues gives what the general `String` and
/// Foundation path gives, and non-ASCII lines take the general path.
@Suite("Line text cues")
struct LineTextCuesTests {
    static let asciiLines = [
        "", " ", "\t \t", "Share on Facebook", "  Read more at HTTP://Example.COM/news  ",
        "www.example.org | Home | World", "WWW.", ".Com", "pic.twitter.com/AbC123", "Pic.Twitter",
        "htt p", "ht\ttp", "a\tb  c   d", "Copyright (c) 2019", "line with\r\nbreak", "@handle said",
        "ALL CAPS HEADLINE", "trailing tab\t", "\tleading tab", "x|y", "http", "comma.co m",
    ]

    static let nonASCIILines = [
        "\u{00A9} 2019 The Paper", "Caf\u{E9} news\u{A0}\u{A0}today", "HTTP\u{A0}WWW.Example.com",
        "\u{201C}Quoted\u{201D} | section", "Www\u{2019}s .COM", "e\u{301}dition www.x.com",
        "\u{212A}elvin HTTP", "Москва, 31 декабря. /ТАСС/", "wide\u{3000}space", "http\u{301}s",
    ]

    @Test("An ASCII line's cues from its bytes equal the general path's")
    func asciiMatchesGeneral() {
        for line in Self.asciiLines {
            var copy = line
            let fast = copy.withUTF8 { LineTextCues.ascii($0) }
            #expect(fast == LineTextCues.general(line), "\(line.debugDescription)")
            #expect(LineTextCues(line) == LineTextCues.general(line), "\(line.debugDescription)")
        }
    }

    @Test("A line's cues from its place in a document's scalars equal the general path's")
    func fromScalars() {
        for line in Self.asciiLines + Self.nonASCIILines {
            let text = ScalarText("\u{E9}x\n" + line + "\nA|B")
            let start = 3, end = 3 + line.unicodeScalars.count
            #expect(LineTextCues(text, from: start, to: end) == LineTextCues.general(line), "\(line.debugDescription)")
        }
    }

    @Test("Every ASCII character alone and around the needles gives the general path's cues")
    func everyASCIICharacter() {
        for v in 0..<128 {
            let c = String(UnicodeScalar(UInt8(v)))
            for line in [c, "\(c)http", "www\(c).com", "x\(c)\(c)|\(c)y", "PIC.\(c)TWITTER", " \(c) "] {
                #expect(LineTextCues(line) == LineTextCues.general(line), "\(line.debugDescription)")
            }
        }
    }

    @Test("A line with a non-ASCII scalar takes the general path")
    func nonASCIIFallsBack() {
        for line in Self.nonASCIILines {
            var copy = line
            #expect(copy.withUTF8 { LineTextCues.ascii($0) } == nil, "\(line.debugDescription)")
            #expect(LineTextCues(line) == LineTextCues.general(line), "\(line.debugDescription)")
        }
        #expect(LineTextCues("\u{00A9} 2019").hasCopyright)
        #expect(LineTextCues("Caf\u{E9}\u{A0} News").normalized == "caf\u{E9} news")
    }

    @Test("The cues themselves")
    func cues() {
        let cues = LineTextCues("  Follow us at WWW.Example.COM |\tShare ")
        #expect(cues.isURL && cues.hasPipe && !cues.hasCopyright)
        #expect(cues.normalized == "follow us at www.example.com | share")
        #expect(!LineTextCues("The pictures of Twitter").isURL)
    }
}
