import Chronograph
import ChronographCore
import Foundation

/// The store's blobs: JSON, written compactly with sorted keys and read back with Foundation's decoder.
struct Codec {
    let path: String
    private let decoder = JSONDecoder()

    init(path: String) { self.path = path }

    func encode<T: Encodable>(_ value: T) throws -> [UInt8] { try CompactJSONEncoder.encode(value) }

    /// A blob read back; one that does not decode means the store was damaged (or written by hand).
    func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], what: String) throws -> T {
        do {
            return try decoder.decode(type, from: Data(bytes))
        } catch {
            throw StoreError(path: path, kind: .corrupt, message: "\(what) does not decode: \(error)")
        }
    }
}

/// What the store keeps of a document's analysis beside its columns, mentions and relations.
struct StoredAnalysis: Codable {
    var dateline: Dateline?
    var timexes: [Timex]
    var warnings: [String]
}
