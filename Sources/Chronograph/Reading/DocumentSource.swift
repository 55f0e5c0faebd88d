import ChronographCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One thing read from the inputs: a document, or a problem with an input.
public enum InputItem: Sendable {
    case document(Document, warnings: [InputError])
    case problem(InputError)
}

/// Reads documents from files, folders (recursively, in sorted order) and `-` (standard input),
/// lazily: JSON Lines corpora are streamed a line at a time, so memory does not grow with the corpus.
///
/// A bad input never stops the others: it becomes an ``InputItem/problem(_:)`` naming the file
/// (and the line, for JSON Lines) and reading goes on.
public struct DocumentSource: Sequence, Sendable {
    public let inputs: [String]
    public let format: InputFormat
    let plain: PlainTextArticleReader

    /// (Articles of every language are read with the layouts of all languages merged: see ``ArticleLayout/loadAll()``.)
    public init(inputs: [String], format: InputFormat = .auto) throws {
        self.inputs = inputs
        self.format = format
        self.plain = PlainTextArticleReader(layout: try ArticleLayout.loadAll())
    }

    public func makeIterator() -> Iterator { Iterator(source: self) }

    public final class Iterator: IteratorProtocol {
        let source: DocumentSource
        var pending: [String]
        var queued: [InputItem] = []
        var lines: (reader: LineReader, path: String, display: String)?
        var usedIDs: [String: Int] = [:]

        init(source: DocumentSource) {
            self.source = source
            self.pending = source.inputs.reversed()
        }

        public func next() -> InputItem? {
            while true {
                if !queued.isEmpty { return queued.removeFirst() }
                if let item = nextLine() { return item }
                guard let input = pending.popLast() else { return nil }
                open(input)
            }
        }

        /// Expands a folder into its files, or reads a file.
        private func open(_ input: String) {
            if input == "-" {
                let format = source.format == .auto ? InputFormat.jsonl : source.format
                if format == .jsonl {
                    lines = (LineReader(fd: 0, ownsDescriptor: false), "-", "<stdin>")
                } else {
                    let bytes = Self.readAll(fd: 0)
                    queued.append(source.document(bytes: bytes, id: unique("stdin"), path: nil, display: "<stdin>", format: format))
                }
                return
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
                queued.append(.problem(InputError(file: input, message: "no such file or folder")))
                return
            }
            if isDir.boolValue {
                guard let walker = FileManager.default.enumerator(atPath: input) else {
                    queued.append(.problem(InputError(file: input, message: "cannot list the folder")))
                    return
                }
                var files: [String] = []
                while let rel = walker.nextObject() as? String {
                    let full = (input as NSString).appendingPathComponent(rel)
                    var sub: ObjCBool = false
                    let name = (rel as NSString).lastPathComponent
                    if name.hasPrefix(".") { continue }
                    if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { files.append(full) }
                }
                pending.append(contentsOf: files.sorted().reversed())
                return
            }
            let format = source.format == .auto ? InputFormat.byExtension(input) : source.format
            if format == .jsonl {
                let fd = Glibc.open(input, O_RDONLY)
                guard fd >= 0 else {
                    queued.append(.problem(InputError(file: input, message: "cannot open: \(String(cString: strerror(errno)))")))
                    return
                }
                lines = (LineReader(fd: fd, ownsDescriptor: true), input, input)
                return
            }
            guard let data = FileManager.default.contents(atPath: input) else {
                queued.append(.problem(InputError(file: input, message: "cannot read the file (it vanished or is not readable)")))
                return
            }
            let name = (input as NSString).lastPathComponent
            queued.append(source.document(bytes: [UInt8](data), id: unique(name), path: input, display: input, format: format))
        }

        private func nextLine() -> InputItem? {
            guard let (reader, path, display) = lines else { return nil }
            while let bytes = reader.next() {
                let number = reader.lineNumber
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                switch JSONLinesRecord.decode(bytes, fallbackID: "\((display as NSString).lastPathComponent):\(number)", path: path == "-" ? nil : path) {
                case .success(var doc):
                    doc.id = unique(doc.id)
                    if doc.publicationDate == nil {
                        // A record without a date is read like a text file for its date: a dateline
                        // line under a headline ("05 January") or a wire dateline ("MOSCOW, Jan 5
                        // (TASS) -"). (Not for its title: a record's first line is as often a
                        // short first paragraph as a headline.)
                        let laidOut = source.plain.read(id: doc.id, text: doc.text, path: nil)
                        doc.dateline = laidOut.dateline
                        if doc.source == nil { doc.source = laidOut.source }
                    }
                    var warnings: [InputError] = []
                    if doc.text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t") }) {
                        warnings.append(InputError(file: display, line: number, message: "control characters in the text", severity: .warning))
                    }
                    if doc.text.unicodeScalars.allSatisfy({ CharacterSet.whitespacesAndNewlines.contains($0) }) {
                        return .problem(InputError(file: display, line: number, message: "empty text", severity: .warning))
                    }
                    return .document(doc, warnings: warnings)
                case .failure(let why):
                    return .problem(InputError(file: display, line: number, message: why.description))
                }
            }
            if let err = reader.readError {
                lines = nil
                return .problem(InputError(file: display, line: reader.lineNumber + 1, message: "read failed: \(String(cString: strerror(err)))"))
            }
            lines = nil
            return nil
        }

        private func unique(_ id: String) -> String {
            let n = usedIDs[id, default: 0] + 1
            usedIDs[id] = n
            return n == 1 ? id : "\(id)#\(n)"
        }

        static func readAll(fd: Int32) -> [UInt8] {
            var out: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBufferPointer { Glibc.read(fd, $0.baseAddress!, $0.count) }
                if n <= 0 { break }
                out.append(contentsOf: chunk[0..<n])
            }
            return out
        }
    }

    /// Reads one input given as bytes (what a file would hold), by the reader for `format`
    /// (`.auto` reads plain text). JSON Lines bytes give their first record.
    public func read(bytes: [UInt8], id: String, format: InputFormat) -> InputItem {
        if format == .jsonl {
            switch JSONLinesRecord.decode(bytes[...], fallbackID: id, path: nil) {
            case .success(let doc): return .document(doc, warnings: [])
            case .failure(let why): return .problem(InputError(file: id, line: 1, message: why.description))
            }
        }
        return document(bytes: bytes, id: id, path: nil, display: id, format: format == .auto ? .text : format)
    }

    /// One non-JSON-Lines input: decoded, then read by the reader for its format.
    func document(bytes: [UInt8], id: String, path: String?, display: String, format: InputFormat) -> InputItem {
        switch TextDecoding.decode(bytes) {
        case .failure(.empty):
            return .problem(InputError(file: display, message: "empty file", severity: .warning))
        case .failure(.binary(let offset)):
            return .problem(InputError(file: display, message: "binary file (NUL byte at offset \(offset)), not text"))
        case .success(let decoded):
            let warnings = decoded.warnings.map { InputError(file: display, message: $0, severity: .warning) }
            let doc: Document
            switch format {
            case .html: doc = HTMLArticleReader(plain: plain).read(id: id, html: decoded.text, path: path)
            case .markdown: doc = MarkdownArticleReader(plain: plain).read(id: id, markdown: decoded.text, path: path)
            default: doc = plain.read(id: id, text: decoded.text, path: path)
            }
            return .document(doc, warnings: warnings)
        }
    }
}
