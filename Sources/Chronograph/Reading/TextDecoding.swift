import Foundation

/// Turns the bytes of an input into text, or says why it cannot.
enum TextDecoding {
    struct Decoded {
        var text: String
        var warnings: [String]
    }

    enum Failure: Error {
        case empty
        case binary(offset: Int)
    }

    /// Decodes UTF-8 (a byte-order mark is dropped). Invalid sequences become U+FFFD with a
    /// warning, rather than losing the document; a NUL byte marks the input as binary.
    /// C0 control characters other than tab, line feed and carriage return are replaced by
    /// spaces (one scalar for one, so offsets do not move) with a warning.
    static func decode(_ bytes: [UInt8]) -> Result<Decoded, Failure> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
        if let nul = body.firstIndex(of: 0) { return .failure(.binary(offset: nul - bytes.startIndex)) }
        var warnings: [String] = []
        var text: String
        if let valid = String(validating: body, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: body, as: UTF8.self)
            warnings.append("invalid UTF-8: undecodable bytes replaced by U+FFFD")
        }
        var controls = 0
        if text.unicodeScalars.contains(where: isStrayControl) {
            var cleaned = String.UnicodeScalarView()
            for s in text.unicodeScalars {
                if isStrayControl(s) {
                    controls += 1
                    cleaned.append(" ")
                } else {
                    cleaned.append(s)
                }
            }
            text = String(cleaned)
            warnings.append("\(controls) control character(s) replaced by spaces")
        }
        return .success(Decoded(text: text, warnings: warnings))
    }

    private static func isStrayControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\n" && s != "\r" && s != "\t") || s.value == 0x7F
    }
}
