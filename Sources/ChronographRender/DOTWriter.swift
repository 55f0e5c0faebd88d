/// Builds DOT text with every id and attribute value quoted (``Escaping/dot(_:)``), so no label,
/// date-like id (`2019-03-01`) or keyword (`node`, `graph`) can change the graph's structure.
struct DOTWriter {
    private(set) var text = ""

    /// An attribute value: a plain string (quoted) or an HTML-like label (`<...>`, already escaped).
    enum Value {
        case string(String)
        case html(String)
        case number(Double)
        /// A tooltip, id or class: see ``Escaping/dotEscString(_:)``.
        case escString(String)
        case url(String)

        var dot: String {
            switch self {
            case .string(let s): return Escaping.dot(s)
            case .html(let h): return "<" + h + ">"
            case .number(let n): return Escaping.dot(DOTWriter.format(n))
            case .escString(let s): return Escaping.dotEscString(s)
            case .url(let u): return Escaping.dotURL(u)
            }
        }
    }

    static func format(_ n: Double) -> String {
        let r = (n * 100).rounded() / 100
        if r == r.rounded() { return String(Int(r)) }
        return String(r)
    }

    static func attributes(_ attrs: [(String, Value)]) -> String {
        attrs.map { "\(Escaping.dot($0.0))=\($0.1.dot)" }.joined(separator: ", ")
    }

    mutating func line(_ s: String, indent: Int = 1) {
        text += String(repeating: "  ", count: indent) + s + "\n"
    }

    mutating func defaults(_ kind: String, _ attrs: [(String, Value)], indent: Int = 1) {
        line("\(kind) [\(DOTWriter.attributes(attrs))];", indent: indent)
    }

    mutating func node(_ id: String, _ attrs: [(String, Value)], indent: Int = 1) {
        line("\(Escaping.dot(id)) [\(DOTWriter.attributes(attrs))];", indent: indent)
    }

    mutating func edge(_ from: String, _ to: String, _ attrs: [(String, Value)], indent: Int = 1) {
        line("\(Escaping.dot(from)) -> \(Escaping.dot(to)) [\(DOTWriter.attributes(attrs))];", indent: indent)
    }

    mutating func open(_ header: String, indent: Int = 0) { line(header + " {", indent: indent) }
    mutating func close(indent: Int = 0) { line("}", indent: indent) }
}
