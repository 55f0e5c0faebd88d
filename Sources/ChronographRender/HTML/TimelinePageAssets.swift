import Foundation

/// The page's template, style sheet and scripts: resource files of this module (`HTML/Assets/`), so
/// that they are edited, linted and reviewed as HTML, CSS and JavaScript rather than as Swift strings.
enum TimelinePageAssets {
    /// The scripts in the order they are joined: helpers first, `main.js` (which starts the page) last.
    static let scriptNames = [
        "dom.js", "calendar.js", "model.js", "marks.js", "filters.js", "layout.js", "timeline-view.js",
        "timeline-input.js", "relations-overlay.js", "details.js", "fragment.js", "main.js",
    ]

    struct Loaded: Sendable {
        var template: String
        var style: String
        /// All scripts as one, wrapped in a function so that nothing leaks into the page's globals.
        var script: String
    }

    enum Failure: Error, CustomStringConvertible {
        case missing(String)
        var description: String {
            switch self {
            case .missing(let name): return "the interactive timeline's resource \(name) is missing from the installation"
            }
        }
    }

    static let loaded: Result<Loaded, Failure> = {
        do {
            let scripts = try scriptNames.map { name in "// \(name)\n" + (try text(name)) }
            return .success(Loaded(
                template: try text("timeline.html"), style: try text("timeline.css"),
                script: "(() => {\n\"use strict\";\n\n" + scripts.joined(separator: "\n") + "})();"))
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(.missing("\(error)"))
        }
    }()

    static func text(_ name: String) throws -> String {
        // `.copy("HTML/Assets")` puts the folder inside the bundle; where `resourceURL` points differs
        // between platforms, so both places are tried.
        for base in [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap({ $0 }) {
            let url = base.appendingPathComponent("Assets").appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: url.path), let s = String(data: data, encoding: .utf8) { return s }
        }
        throw Failure.missing(name)
    }
}
