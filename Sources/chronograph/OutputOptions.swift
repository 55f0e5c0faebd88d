import ArgumentParser
import Chronograph

/// Where and how a graph is written (`build` and `render`).
struct OutputOptions: ParsableArguments {
    @Option(help: "Folder to write the outputs to (created when missing).")
    var out: String

    @Option(
        help: ArgumentHelp(
            "Comma-separated outputs: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ",")).",
            valueName: "formats"))
    var format: String = "svg,png,pdf,dot,md,json"

    @Option(help: "Direction of the time axis: LR (left to right) or TB (top to bottom).")
    var direction: TimelineDirection = .leftToRight

    @Option(help: "Title for the brief and the timeline (default: from the documents).")
    var title: String?

    func validate() throws {
        _ = try formats()
    }

    var renderOptions: RenderOptions { RenderOptions(direction: direction, title: title) }

    /// The formats of the comma-separated list.
    func formats() throws -> [OutputFormat] {
        var result: [OutputFormat] = []
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            let alias = ["markdown": "md", "tml": "timeml", "timeline": "timelinejs"][name] ?? name
            guard let f = OutputFormat(rawValue: alias) else {
                throw ValidationError("unknown format '\(name)'; choose from \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !result.contains(f) { result.append(f) }
        }
        if result.isEmpty { throw ValidationError("--format names no output") }
        return result
    }
}

extension TimelineDirection: ExpressibleByArgument {}
