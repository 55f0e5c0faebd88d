import ArgumentParser
import Chronograph

/// Which events a graph keeps (`build` and `render`): see ``EventFilter``.
struct FilterOptions: ParsableArguments {
    @Option(help: "Keep only the events this actor takes part in (a name or part of one, e.g. \"Masimov\").")
    var focus: String?

    @Option(help: "Keep only the events whose days reach this date or later (YYYY-MM-DD; undated events are left out).")
    var from: String?

    @Option(help: "Keep only the events whose days begin on this date or earlier (YYYY-MM-DD; undated events are left out).")
    var to: String?

    @Option(help: ArgumentHelp("Keep only events of these types or type families (comma-separated, e.g. arrest,unrest).", valueName: "types"))
    var type: String?

    @Option(help: ArgumentHelp("Keep only events that a document of these publishers mentions (comma-separated, e.g. TASS,Reuters).", valueName: "sources"))
    var source: String?

    func validate() throws {
        _ = try filter()
    }

    func filter() throws -> EventFilter {
        func day(_ s: String?, _ option: String) throws -> Day? {
            guard let s else { return nil }
            guard TemporalValue(timex3: s).granularity == .day, let d = TemporalValue(timex3: s).range?.start else {
                throw ValidationError("--\(option) must be a date as YYYY-MM-DD, not '\(s)'")
            }
            return d
        }
        func list(_ s: String?) -> Set<String> {
            Set((s ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        let from = try day(from, "from"), to = try day(to, "to")
        if let from, let to, to < from { throw ValidationError("--to is before --from") }
        return EventFilter(focus: focus, from: from, to: to, types: list(type), sources: list(source))
    }
}
