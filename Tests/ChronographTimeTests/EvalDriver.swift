import ChronographCore
import Foundation
import Testing

@testable import ChronographTime

/// Development driver: tags a gold JSONL file when CHRONO_EVAL_IN and CHRONO_EVAL_OUT are set
/// (the release evaluation goes through `chronograph extract`, see Scripts/eval-timex).
@Suite struct EvalDriver {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CHRONO_EVAL_IN"] != nil))
    func tagGoldFile() throws {
        let env = ProcessInfo.processInfo.environment
        let input = try String(contentsOfFile: env["CHRONO_EVAL_IN"]!, encoding: .utf8)
        var out = ""
        let splitter = SentenceSplitter.forLanguage()
        for line in input.split(separator: "\n") {
            let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let text = obj["text"] as! String
            let doc = Document(id: obj["doc"] as! String, text: text, publicationDate: obj["dct"] as? String)
            let scalars = ScalarText(text)
            let result = sharedTagger.tag(doc, text: scalars, sentences: splitter.split(scalars))
            let timexes: [[String: Any]] = result.timexes.map { t in
                var d: [String: Any] = ["start": t.start, "end": t.end, "text": t.text, "type": t.type.rawValue, "value": t.value, "rule": t.rule]
                if let m = t.mod { d["mod"] = m.rawValue }
                return d
            }
            let rec: [String: Any] = ["doc": doc.id, "timexes": timexes]
            out += String(data: try JSONSerialization.data(withJSONObject: rec, options: [.sortedKeys]), encoding: .utf8)! + "\n"
        }
        try out.write(toFile: env["CHRONO_EVAL_OUT"]!, atomically: true, encoding: .utf8)
    }
}
