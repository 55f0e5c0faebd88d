import ChronographCore

/// PLACEHOLDER INTERFACE (issue 5 replaces the bodies).
public enum DOTRenderer {
    public static func render(_ graph: EventGraph) -> String { "digraph chronograph {}\n" }
}
