import ChronographCore
import Foundation

/// The weights of the page-furniture line classifier (`Resources/<lang>/furniture-model.tsv`, made by
/// `Scripts/train-furniture`), in two passes: the first decides each line from its own features
/// (furniture when the sum of their `firstPass` weights is above 0), the second from its own features
/// and the first pass's decisions on its neighbours (``LineFeatures/context(_:lines:runHeads:)``); a line is
/// furniture when the sum of its second-pass `weights` is above `threshold`.
public struct FurnitureModel: Sendable {
    public var firstPass: [String: Double]
    public var weights: [String: Double]
    public var threshold: Double

    public init(firstPass: [String: Double] = [:], weights: [String: Double], threshold: Double = 0) {
        self.firstPass = firstPass
        self.weights = weights
        self.threshold = threshold
    }

    /// The second-pass score of each line, from the lines' own features.
    func scores(_ features: [[String]], lines: [PageLine], runHeads: [Int?]) -> [Double] {
        FurnitureScorer(self).scores(features, lines: lines, runHeads: runHeads)
    }

    public static let fileName = "furniture-model.tsv"

    /// The model of `language`, or nil when the language has none.
    public static func load(language: String) throws -> FurnitureModel? {
        guard ResourceFile.url(named: fileName, language: language, bundle: .module) != nil else { return nil }
        return try parse(ResourceFile.lines(named: fileName, language: language, bundle: .module), name: "Resources/\(language)/\(fileName)")
    }

    /// `feature<TAB>weight` lines (`1|feature` for the first pass) and one `threshold<TAB>value`; `#`
    /// comments were dropped by the reader.
    public static func parse(_ lines: [String], name: String) throws -> FurnitureModel {
        var model = FurnitureModel(weights: [:])
        for line in lines {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2, let value = Double(parts[1]) else { throw ResourceError.invalid(name, "bad line \"\(line)\"") }
            if parts[0] == "threshold" {
                model.threshold = value
            } else if parts[0].hasPrefix("1|") {
                model.firstPass[String(parts[0].dropFirst(2))] = value
            } else {
                model.weights[String(parts[0])] = value
            }
        }
        guard !model.weights.isEmpty else { throw ResourceError.invalid(name, "no weights") }
        return model
    }

    public func score(_ features: [String]) -> Double {
        var s = 0.0
        for f in features { s += weights[f] ?? 0 }
        return s
    }

    /// The model file: a header of `#` lines, the threshold, then the first-pass and the second-pass
    /// weights, each sorted by feature.
    public func file(header: [String]) -> String {
        var out = header.map { "# \($0)" }
        out.append("threshold\t\(Self.format(threshold))")
        for (f, w) in firstPass.sorted(by: { $0.key < $1.key }) where abs(w) >= 0.00005 { out.append("1|\(f)\t\(Self.format(w))") }
        for (f, w) in weights.sorted(by: { $0.key < $1.key }) where abs(w) >= 0.00005 { out.append("\(f)\t\(Self.format(w))") }
        return out.joined(separator: "\n") + "\n"
    }

    static func format(_ w: Double) -> String { String(format: "%.4f", w) }
}
