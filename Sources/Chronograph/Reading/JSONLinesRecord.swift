import ChronographCore
import Foundation

/// One line of a JSON Lines corpus: `{"id", "text", "title"?, "date"?, "source"?, "url"?, "lang"?}`.
///
/// `doc`/`docid` are accepted for `id` and `dct` for `date`, so that TimeML-derived gold files
/// (such as `../shared/eval/dev/*.jsonl`) can be read as they are.
enum JSONLinesRecord {
    enum Failure: Error, CustomStringConvertible {
        case notJSON(String)
        case notObject
        case missingText
        var description: String {
            switch self {
            case .notJSON(let why): return "malformed JSON: \(why)"
            case .notObject: return "a line must be a JSON object"
            case .missingText: return "the object has no string field \"text\""
            }
        }
    }

    /// Every field `decode` reads.
    private static let fields: Set<String> = ["id", "doc", "docid", "title", "text", "date", "dct", "published", "source", "publisher", "url", "link", "lang", "language"]

    static func decode(_ bytes: ArraySlice<UInt8>, fallbackID: String, path: String?) -> Result<Document, Failure> {
        // The fields read here must be strings or null for the fast reader (numbers are read
        // through NSNumber below).
        if let parsed = FlatJSONObject.parse(bytes), parsed.others.isDisjoint(with: fields) {
            let flat = parsed.strings
            guard let text = flat["text"] else { return .failure(.missingText) }
            return .success(document(text: text, fallbackID: fallbackID, path: path) { keys in
                keys.lazy.compactMap { flat[$0] }.first { !$0.isEmpty }
            })
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "cannot parse"
            return .failure(.notJSON(reason))
        }
        guard let dict = object as? [String: Any] else { return .failure(.notObject) }
        guard let text = dict["text"] as? String else { return .failure(.missingText) }
        return .success(document(text: text, fallbackID: fallbackID, path: path) { keys in
            for k in keys {
                if let s = dict[k] as? String, !s.isEmpty { return s }
                if let n = dict[k] as? NSNumber { return n.stringValue }
            }
            return nil
        })
    }

    /// The document a record describes; `field` gives the first non-empty value of a field under
    /// any of its names (`id`/`doc`/`docid`, `date`/`dct`/`published`, ...).
    private static func document(text: String, fallbackID: String, path: String?, field: ([String]) -> String?) -> Document {
        Document(
            id: field(["id", "doc", "docid"]) ?? fallbackID, title: field(["title"]), text: text,
            publicationDate: field(["date", "dct", "published"]).map { String($0.prefix(10)) },
            source: field(["source", "publisher"]), url: field(["url", "link"]), path: path,
            language: field(["lang", "language"]).map { $0.lowercased() })
    }
}
