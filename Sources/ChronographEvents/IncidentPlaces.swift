import ChronographCore

/// Where the single incidents of a cluster happened: their countries and cities. Two clusters whose
/// incidents lie in different countries, or in different cities, are different incidents (a bombing
/// in Nairobi and a bombing in Dar es Salaam on the same morning).
struct IncidentPlaces: Sendable, Hashable {
    var countries: Set<String> = []
    var cities: Set<String> = []

    init?(_ place: Place?) {
        guard let place else { return nil }
        if let c = place.country { countries.insert(c) }
        if place.kind == .city { cities.insert(place.name) }
        if countries.isEmpty && cities.isEmpty { return nil }
    }

    private init(countries: Set<String>, cities: Set<String>) {
        self.countries = countries
        self.cities = cities
    }

    func agrees(with other: IncidentPlaces) -> Bool {
        if !countries.isEmpty && !other.countries.isEmpty && countries.isDisjoint(with: other.countries) { return false }
        if !cities.isEmpty && !other.cities.isEmpty && cities.isDisjoint(with: other.cities) { return false }
        return true
    }

    static func merge(_ a: IncidentPlaces?, _ b: IncidentPlaces?) -> IncidentPlaces? {
        guard let a else { return b }
        guard let b else { return a }
        return IncidentPlaces(countries: a.countries.union(b.countries), cities: a.cities.union(b.cities))
    }
}
