import Chronograph

/// Renders a graph in the text formats (no Graphviz: libgvc is not built with the fuzzer's
/// instrumentation), so that escaping is exercised with whatever text the fuzzer invents.
enum FuzzRenderers {
    static func exercise(_ graph: EventGraph, analyses: [DocumentAnalysis]) {
        _ = DOTRenderer.render(graph)
    }
}
