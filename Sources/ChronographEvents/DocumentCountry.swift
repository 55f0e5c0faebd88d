import ChronographCore

/// The country of unrest the article does not place in so many words.
///
/// An analyst codes a protest, riot or coup attempt whose own clause names no place ("the failed coup
/// attempt in January 2022") at the country the article is about, as ACLED does with its country field.
/// Chronograph does so only when the article leaves no doubt: at least two of its located events, and
/// every one of them, lie in one country that the article names as such. Other kinds of event (a
/// statement, a sanction, an agreement) often happen elsewhere and are left without a place.
enum DocumentCountry {
    /// Gives unplaced unrest events the country all located events share.
    static func fill(_ drafts: inout [Draft], lexicon: EventLexicon) {
        var code: String?
        var country: Place?
        var located = 0
        for d in drafts where d.salient && !d.absorbed {
            guard let place = d.location else { continue }
            guard let c = place.kind == .country ? (place.country ?? place.name) : place.country else { return }
            if let known = code, known != c { return }
            code = c
            if place.kind == .country { country = place }
            located += 1
        }
        guard located >= 2, var country else { return }
        // Said so on every output: the text does not place these events.
        country.inferred = true
        for k in drafts.indices where drafts[k].location == nil && lexicon.family(drafts[k].type) == "unrest" {
            drafts[k].location = country
        }
    }
}
