import Chronograph
import Foundation

/// Reads the extraction records (`extract --format jsonl`) of the inputs, a line at a time; a line that
/// is not one is reported on the console (`file:line: error: ...`) and skipped.
struct ExtractedInputs {
    let paths: [String]
    let console: Console

    /// Hands each record, with the bytes of its line, to `handle`, in input order.
    func forEach(_ handle: (ExtractionRecord, ArraySlice<UInt8>) throws -> Void) throws {
        let decoder = JSONDecoder()
        for path in paths {
            let reader: ExtractedRecordReader
            do {
                reader = try ExtractedRecordReader(path: path)
            } catch {
                console.report("\(path): error: \(error)", isError: true)
                continue
            }
            while let (line, bytes) = reader.next() {
                let record: ExtractionRecord
                do {
                    record = try decoder.decode(ExtractionRecord.self, from: Data(bytes))
                } catch {
                    console.report("\(path):\(line): error: not an extraction record (\(error.localizedDescription))", isError: true)
                    continue
                }
                try handle(record, bytes)
            }
        }
    }
}
