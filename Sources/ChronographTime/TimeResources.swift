import ChronographCore
import Foundation

/// Loads this module's per-language resources.
///
/// On Linux, Foundation treats a `Resources` folder inside a flat bundle as the bundle's
/// resource directory, so `resourceURL` may already end in `Resources`; `ResourceFile` (core)
/// appends `Resources` again. This loader tries both layouts.
enum TimeResources {
    static func lines(_ name: String, language: String) -> [String] {
        let direct = ResourceFile.lines(named: name, language: language, bundle: .module)
        if !direct.isEmpty { return direct }
        let base = Bundle.module.resourceURL ?? Bundle.module.bundleURL
        for url in [base.appendingPathComponent(language).appendingPathComponent(name),
                    base.appendingPathComponent("Resources").appendingPathComponent(language).appendingPathComponent(name)] {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            return text.split(whereSeparator: \.isNewline).compactMap { line in
                let t = line.trimmingCharacters(in: .whitespaces)
                return t.isEmpty || t.hasPrefix("#") ? nil : String(line)
            }
        }
        return []
    }
}
