import ChronographCore

/// "Novak said": a claimant named by a surname is the person the document names in full ("District
/// Attorney Anna Novak"), when exactly one known person or organization carries that name as an
/// alias and the full name ends with it. `writtenAs` keeps the text's word.
///
/// Pronouns ("he said") are left as written: with no gender or syntax, the nearest person named before is
/// wrong too often, and a wrong claimant is worse than a pronoun.
struct ClaimantResolver {
    let known: [Actor]

    func resolve(_ drafts: inout [Draft]) {
        var cache: [String: String?] = [:]
        for k in drafts.indices {
            guard let source = drafts[k].attribution?.source, !TextSearch.contains(" ", in: source) else { continue }
            let full: String?
            if let c = cache[source] {
                full = c
            } else {
                full = fullName(of: source)
                cache[source] = full
            }
            guard let full else { continue }
            drafts[k].attribution?.source = full
            drafts[k].attribution?.writtenAs = source
        }
    }

    private func fullName(of surname: String) -> String? {
        // Every known name the word may stand for: as an alias, or as the last word ("Fidel Castro" and
        // "Raul Castro" leave "Castro" unresolved).
        let candidates = known.filter { a in
            (a.kind == .person || a.kind == .organization) && a.name != surname
                && (a.aliases.contains(surname) || a.name.split(separator: " ").last.map(String.init) == surname)
        }
        guard candidates.count == 1, let name = candidates.first?.name else { return nil }
        let words = name.split(separator: " ")
        guard words.last.map(String.init) == surname, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return name
    }
}
