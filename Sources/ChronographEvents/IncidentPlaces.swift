import ChronographCore
import Foundation

/// Where the single incidents of a cluster happened: their countries and cities. Two clusters whose
/// incidents lie in different countries, or in different cities, are different incidents (a bombing
/// in Nairobi and a bombing in Dar es Salaam on the same morning). A city and its suburb (cities less
/// than `nearKilometres` apart: a city and its suburb) count as one place: reports name either.
struct IncidentPlaces: Sendable, Hashable, Codable {
    var countries: Set<String> = []
    var cities: Set<String> = []
    /// Coordinates of the cities where known ("lat,lon" keys would lose precision: kept as pairs).
    var coordinates: [String: [Double]] = [:]

    static let nearKilometres = 30.0

    init?(_ place: Place?) {
        guard let place else { return nil }
        if let c = place.country { countries.insert(c) }
        if place.kind == .city {
            cities.insert(place.name)
            if let lat = place.lat, let lon = place.lon { coordinates[place.name] = [lat, lon] }
        }
        if countries.isEmpty && cities.isEmpty { return nil }
    }

    private init(countries: Set<String>, cities: Set<String>, coordinates: [String: [Double]]) {
        self.countries = countries
        self.cities = cities
        self.coordinates = coordinates
    }

    func agrees(with other: IncidentPlaces) -> Bool {
        if !countries.isEmpty && !other.countries.isEmpty && countries.isDisjoint(with: other.countries) { return false }
        if !cities.isEmpty && !other.cities.isEmpty && cities.isDisjoint(with: other.cities) {
            return cities.contains { a in other.cities.contains { b in near(a, b, other) } }
        }
        return true
    }

    /// Whether city `a` (of self) and city `b` (of other) lie within `nearKilometres` (great-circle distance).
    private func near(_ a: String, _ b: String, _ other: IncidentPlaces) -> Bool {
        guard let p = coordinates[a], let q = other.coordinates[b] else { return false }
        let r = Double.pi / 180
        let dLat = (q[0] - p[0]) * r, dLon = (q[1] - p[1]) * r
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(p[0] * r) * cos(q[0] * r) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371 * asin(min(1, sqrt(h))) < Self.nearKilometres
    }

    static func merge(_ a: IncidentPlaces?, _ b: IncidentPlaces?) -> IncidentPlaces? {
        guard let a else { return b }
        guard let b else { return a }
        return IncidentPlaces(countries: a.countries.union(b.countries), cities: a.cities.union(b.cities),
                              coordinates: a.coordinates.merging(b.coordinates) { x, _ in x })
    }
}
