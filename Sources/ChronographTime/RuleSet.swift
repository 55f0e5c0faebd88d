import ChronographCore

/// One element of a rule pattern (see `Resources/en/README.md`).
struct PatternElement: Sendable {
    /// Token classes (MONTH, NUM, ...) any of which matches.
    var classes: [String]
    /// Literal tokens (lower case) any of which matches.
    var literals: WordSet
    /// Zero-width: the next token (after a hyphen, if any) is none of `literals`.
    var negative: Bool
    var optional: Bool
    /// A range connector: tokens before it form the first expression, tokens after it the second.
    var connector: Bool
}

/// An example a rule documents and the test suite checks: "text => TYPE value [MOD]".
struct RuleExample: Sendable {
    var text: String
    var type: String
    var value: String
    var mod: String?
    var dct: String
    /// "[narrative]" before the text runs the example in narrative mode.
    var narrative: Bool = false
}

/// A pattern over token classes plus the normalization action that turns a match into a value.
struct Rule: Sendable {
    var name: String
    var pattern: [PatternElement]
    var action: String
    var args: [String: String]
    var examples: [RuleExample]
}

/// Parses `rules.txt` (format in `Resources/en/README.md`).
enum RuleSetParser {
    static let defaultExampleDCT = "2024-01-05"

    static func parse(_ lines: [String]) throws -> [Rule] {
        var rules: [Rule] = []
        var dct = defaultExampleDCT
        for line in lines {
            guard let space = line.firstIndex(of: " ") else { throw ResourceError.invalid("rules.txt", line) }
            let key = String(line[..<space])
            let rest = trimmed(line[line.index(after: space)...])
            switch key {
            case "rule":
                rules.append(Rule(name: rest, pattern: [], action: "", args: [:], examples: []))
            case "dct":
                dct = rest
            case "pattern":
                guard !rules.isEmpty else { throw ResourceError.invalid("rules.txt", line) }
                rules[rules.count - 1].pattern = try rest.split(separator: " ").map { try element(String($0)) }
            case "action":
                guard !rules.isEmpty else { throw ResourceError.invalid("rules.txt", line) }
                let parts = rest.split(separator: " ")
                rules[rules.count - 1].action = String(parts[0])
                for p in parts.dropFirst() {
                    let kv = p.split(separator: "=", maxSplits: 1)
                    if kv.count == 2 { rules[rules.count - 1].args[String(kv[0])] = String(kv[1]) }
                }
            case "example":
                let halves = rest.split(separator: " => ", maxSplits: 1, omittingEmptySubsequences: false)
                guard !rules.isEmpty, halves.count == 2 else { throw ResourceError.invalid("rules.txt", line) }
                let fields = halves[1].split(separator: " ").map(String.init)
                guard fields.count >= 2 else { throw ResourceError.invalid("rules.txt", line) }
                var text = String(halves[0])
                let narrative = text.hasPrefix("[narrative] ")
                if narrative { text = String(text.dropFirst(12)) }
                rules[rules.count - 1].examples.append(
                    RuleExample(text: text, type: fields[0], value: fields[1] == "-" ? "" : fields[1], mod: fields.count > 2 ? fields[2] : nil, dct: dct, narrative: narrative))
            default:
                throw ResourceError.invalid("rules.txt", "unknown key \(key)")
            }
        }
        for r in rules where r.pattern.isEmpty || r.action.isEmpty {
            throw ResourceError.invalid("rules.txt", "rule \(r.name) needs a pattern and an action")
        }
        return rules
    }

    /// `s` without leading and trailing white space (not Foundation's `trimmingCharacters`:
    /// bridging each line to `NSString` cost about 2 ms of start-up).
    static func trimmed(_ s: Substring) -> String {
        guard let first = s.firstIndex(where: { !$0.isWhitespace }), let last = s.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(s[first...last])
    }

    static func element(_ raw: String) throws -> PatternElement {
        var s = Substring(raw)
        var optional = false
        var connector = false
        if s.count > 1 && s.hasSuffix("?") { optional = true; s = s.dropLast() }
        if s.count > 1 && s.hasPrefix("~") { connector = true; s = s.dropFirst() }
        var negative = false
        if s.count > 1 && s.hasPrefix("!") { negative = true; s = s.dropFirst() }
        var classes: [String] = []
        var literals = WordSet()
        for alt in s.split(separator: "|") {
            if alt.count > 1 && alt.allSatisfy({ $0.isUppercase || $0 == "_" }) && !negative {
                classes.append(String(alt))
            } else {
                literals.insert(alt.lowercased())
            }
        }
        guard !classes.isEmpty || !literals.isEmpty else { throw ResourceError.invalid("rules.txt", "empty element \(raw)") }
        return PatternElement(classes: classes, literals: literals, negative: negative, optional: optional, connector: connector)
    }
}
