import ChronographCore
import ChronographRender

// PLACEHOLDER (issue 5 replaces this file).
public struct RenderedFile: Sendable {
    public var path: String
    public var contents: [UInt8]
}
public struct Rendering {
    public init() {}
    public func render(_ formats: [OutputFormat], graph: EventGraph, analyses: [DocumentAnalysis], options: RenderOptions) async throws -> [RenderedFile] { [] }
}
