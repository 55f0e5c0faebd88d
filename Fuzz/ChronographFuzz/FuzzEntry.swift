import Chronograph
import Foundation

/// libFuzzer entry point: every input goes through reading (as plain text, HTML, Markdown and a
/// JSON Lines record), the whole per-document pipeline (segmenting, time tagging, events), graph
/// building, and the text renderers. A crash, a hang or a sanitizer report is a bug.
///
/// Built only when CHRONOGRAPH_FUZZ=1 (see `Scripts/fuzz`).
private let pipeline = try! Pipeline(language: "en")
private let source = try! DocumentSource(inputs: [], format: .auto)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var analyses: [DocumentAnalysis] = []
    for format in [InputFormat.text, .html, .markdown, .jsonl] {
        if case .document(let doc, _) = source.read(bytes: bytes, id: "fuzz", format: format) {
            let analysis = pipeline.analyze(doc)
            let count = analysis.document.text.unicodeScalars.count
            for t in analysis.timexes {
                precondition(0 <= t.start && t.start < t.end && t.end <= count, "timex offsets out of range")
                _ = TemporalValue(timex3: t.value)
            }
            for m in analysis.mentions {
                precondition(0 <= m.start && m.start < m.end && m.end <= count, "event offsets out of range")
            }
            analyses.append(analysis)
        }
    }
    FuzzRenderers.exercise(pipeline.graph(analyses), analyses: analyses, raw: String(decoding: bytes, as: UTF8.self))
    return 0
}

// SwiftPM links an executable target's entry point under the name `<Target>_main`; hand
// control to libFuzzer's driver from there.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("ChronographFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return withUnsafeMutablePointer(to: &vector) { LLVMFuzzerRunDriver(&count, $0, fuzzOneInput) }
}
