// swift-tools-version: 6.0
import PackageDescription

// Chronograph: news text in, a trustworthy chronology out.
//
// The targets follow the pipeline:
//   ChronographCore     one document model, text utilities, temporal values, the event graph
//   ChronographTime     the temporal tagger (engine + per-language resources)
//   ChronographEvents   event mentions, participants, factuality, relations, cross-document merging
//   CSyntaxKernels      the syntax model's weight look-ups in C: prefetching, vector sums of dense rows
//   ChronographRender   renderers that only read the graph (DOT, Markdown, JSON, GraphML, HTML page, ...)
//   CGraphviz           the Graphviz C library (libgvc/libcgraph) as a system library
//   ChronographGraphviz DOT -> SVG/PNG/PDF in-process, one actor owning one gvContext
//   Chronograph         reading inputs and running the stages (the library most users import)
//   CSQLite             SQLite's C library as a system library
//   ChronographStore    the timeline store: documents and events in an SQLite file, grown a batch at a time
//   chronograph         the command-line tool
let package = Package(
    name: "Chronograph",
    platforms: [.macOS(.v13)],
    products: [
        .library(
            name: "Chronograph",
            targets: [
                "Chronograph", "ChronographCore", "ChronographTime", "ChronographSyntax", "ChronographEvents",
                "ChronographRender", "ChronographGraphviz", "ChronographStore",
            ]),
        .executable(name: "chronograph", targets: ["chronograph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Test-only: parse the Markdown brief and the CSV back with real parsers.
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .target(name: "ChronographCore", resources: [.copy("Resources")]),
        .target(
            name: "ChronographTime",
            dependencies: ["ChronographCore"],
            resources: [.copy("Resources")]),
        .target(
            name: "ChronographEvents",
            dependencies: ["ChronographCore", "ChronographSyntax"],
            resources: [.copy("Resources")]),
        .target(
            name: "ChronographSyntax", dependencies: ["ChronographCore", "CSyntaxKernels"], resources: [.copy("Resources")],
            // Optimized in debug builds too: loading the model and parsing are loops over millions
            // of weights, about fifty times slower unoptimized, and every test process loads it.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(name: "CSyntaxKernels"),
        .executableTarget(name: "chronograph-train", dependencies: ["ChronographSyntax", "Chronograph"]),
        .target(name: "ChronographRender", dependencies: ["ChronographCore"], resources: [.copy("HTML/Assets")]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "ChronographGraphviz", dependencies: ["CGraphviz"]),
        .target(
            name: "Chronograph",
            dependencies: [
                "ChronographCore", "ChronographTime", "ChronographSyntax", "ChronographEvents", "ChronographRender",
                "ChronographGraphviz",
            ],
            resources: [.copy("Resources")]),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        .target(
            name: "ChronographStore",
            dependencies: ["CSQLite", "Chronograph", "ChronographEvents", "ChronographCore"]),
        .executableTarget(
            name: "chronograph",
            dependencies: [
                "Chronograph", "ChronographCore", "ChronographSyntax", "ChronographStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "ChronographCoreTests", dependencies: ["ChronographCore"]),
        .testTarget(name: "ChronographSyntaxTests", dependencies: ["ChronographSyntax", "ChronographCore"]),
        .testTarget(
            name: "ChronographTimeTests", dependencies: ["ChronographTime", "ChronographCore"],
            resources: [.copy("Corpus")]),
        .testTarget(
            name: "ChronographEventsTests",
            dependencies: ["ChronographEvents", "ChronographTime", "ChronographCore", "ChronographSyntax"]),
        .testTarget(
            name: "ChronographRenderTests",
            dependencies: [
                "ChronographRender", "ChronographGraphviz", "ChronographCore", "Chronograph",
                .product(name: "Ink", package: "Ink"), .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            resources: [.copy("Snapshots")]),
        .testTarget(
            name: "ChronographTests",
            dependencies: ["Chronograph", "ChronographEvents", "chronograph"]),
        .testTarget(
            name: "ChronographStoreTests",
            dependencies: ["ChronographStore", "Chronograph", "ChronographEvents", "ChronographCore", "chronograph"]),
    ]
)

// The libFuzzer target is added only for `Scripts/fuzz` (CHRONOGRAPH_FUZZ=1): it needs
// `-sanitize=fuzzer`, which an ordinary build does not pass.
if Context.environment["CHRONOGRAPH_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(
            name: "ChronographFuzz", dependencies: ["Chronograph"], path: "Fuzz/ChronographFuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
