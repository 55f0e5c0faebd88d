import Chronograph

/// Renders a graph in every text format (no Graphviz: libgvc is not built with the fuzzer's
/// instrumentation), so that escaping and layout are exercised with whatever text the fuzzer invents;
/// the escapers are also called on the raw input directly.
enum FuzzRenderers {
    static func exercise(_ graph: EventGraph, analyses: [DocumentAnalysis], raw: String) {
        let options = RenderOptions(direction: raw.count % 2 == 0 ? .leftToRight : .topToBottom, title: raw.isEmpty ? nil : String(raw.prefix(80)))
        _ = DOTRenderer.render(graph, options: options, layout: .pinned)
        _ = MarkdownBriefRenderer.render(graph, options: options)
        _ = try? GraphJSONRenderer.render(graph)
        _ = GraphMLRenderer.render(graph)
        _ = GEXFRenderer.render(graph)
        _ = try? TimelineJSRenderer.render(graph, options: options)
        _ = CSVRenderer.render(graph)
        if let page = try? HTMLTimelineRenderer.render(graph, options: options) {
            // The page has exactly its own two scripts' closing tags: no article text ended the data element.
            precondition(String(decoding: page, as: UTF8.self).components(separatedBy: "</script").count == 3)
        }
        for a in analyses { _ = TimeMLRenderer.render(a) }
        for escape in [Escaping.dot, Escaping.dotEscString, Escaping.dotHTML, Escaping.xml, Escaping.xmlAttribute, Escaping.markdown, Escaping.mermaid, Escaping.csv, Escaping.fileName, Escaping.singleLine] {
            _ = escape(raw)
        }
        _ = Escaping.dotURL(raw)
        _ = Escaping.markdownURL(raw)
        precondition(!Escaping.scriptJSON(Array(raw.utf8)).contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") }))
    }
}
