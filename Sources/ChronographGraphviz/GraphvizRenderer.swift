import CGraphviz

/// PLACEHOLDER INTERFACE (issue 5 replaces the body).
public actor GraphvizRenderer {
    public static let shared = GraphvizRenderer()
    public func render(dot: String, format: String, layout: String = "dot") throws -> [UInt8] { [] }
}
