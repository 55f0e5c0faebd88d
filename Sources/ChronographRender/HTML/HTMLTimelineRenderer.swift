import ChronographCore
import Foundation

/// `timeline.html`: the event graph as one self-contained page an analyst opens from disk: a zoomable
/// time axis with lanes by type or actor, filters and search, and the details of each event with its
/// source sentences. Nothing is fetched: the style sheet, the scripts and the data are in the file, and
/// its Content-Security-Policy forbids loading anything else.
///
/// The data sits in a `<script type="application/json">` element, escaped so that no text of an article
/// can end that element (``Escaping/scriptJSON(_:)``); the page reads it with `JSON.parse` and puts
/// every text into the page as text (`textContent`), never as markup. Same graph, same bytes.
///
/// The policy lets only the script that carries the page's nonce run. The nonce is no secret (it is a
/// hash of the data, so the bytes stay deterministic); what it buys is that the policy need not allow
/// inline scripts at large, so that markup which somehow reached the page could run no event handler
/// (`<img onerror=...>`) and no script (markup parsed into a page never runs its scripts otherwise).
public enum HTMLTimelineRenderer {
    public static func render(_ graph: EventGraph, options: RenderOptions = RenderOptions()) throws -> [UInt8] {
        let assets = try TimelinePageAssets.loaded.get()
        let data = TimelinePageData(graph: graph, options: options)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = Escaping.scriptJSON(Array(try encoder.encode(data)))
        let title = Escaping.xml(Escaping.singleLine(data.title))
        let nonce = Self.nonce(json)

        var out: [UInt8] = []
        out.reserveCapacity(json.count + assets.script.utf8.count + assets.style.utf8.count + assets.template.utf8.count + 256)
        // The template's placeholders are filled in one pass, so nothing inserted is read as a placeholder.
        var rest = Substring(assets.template)
        while let open = rest.range(of: "{{") {
            out += Array(rest[..<open.lowerBound].utf8)
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            switch rest[open.upperBound..<close.lowerBound] {
            case "title": out += Array(title.utf8)
            case "style": out += Array(assets.style.utf8)
            case "script": out += Array(assets.script.utf8)
            case "data": out += json
            case "nonce": out += Array(nonce.utf8)
            case let other: out += Array("{{\(other)}}".utf8)
            }
            rest = rest[close.upperBound...]
        }
        out += Array(rest.utf8)
        return out
    }

    /// 64-bit FNV-1a of the data, as 16 hex digits (the CSP nonce: see the type's comment).
    static func nonce(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
