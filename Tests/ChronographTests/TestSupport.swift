import Foundation

/// Paths and a process runner shared by the end-to-end tests.
enum TestSupport {
    /// The repository root (two levels above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var seeds: URL { root.appendingPathComponent("seeds") }
    static var seedArticle: URL { seeds.appendingPathComponent("000_d25452a83f6e6819.txt") }

    /// The `chronograph` executable built beside the test bundle.
    static var executable: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("chronograph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/chronograph")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `chronograph` with arguments (and optional standard input) and collects what it printed.
    /// Output goes through files, not pipes, so a large output cannot block the child.
    static func chronograph(_ arguments: [String], stdin: String? = nil, cwd: URL? = nil) throws -> Run {
        let dir = try temporaryFolder()
        let inURL = dir.appendingPathComponent("stdin")
        let outURL = dir.appendingPathComponent("stdout")
        let errURL = dir.appendingPathComponent("stderr")
        try Data((stdin ?? "").utf8).write(to: inURL)
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.currentDirectoryURL = cwd ?? root
        p.standardInput = try FileHandle(forReadingFrom: inURL)
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = try FileHandle(forWritingTo: errURL)
        try p.run()
        p.waitUntilExit()
        let run = Run(
            status: p.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
        try? FileManager.default.removeItem(at: dir)
        return run
    }

    /// Every output format, as the README's main command (`Scripts/run-seeds`) writes them.
    static let allFormats = "svg,png,pdf,dot,md,json,graphml,gexf,timelinejs,csv,timeml,html"

    /// `chronograph build seeds` into `folder` with every format, as the main command runs it.
    static func buildSeeds(into folder: URL) throws -> Run {
        try chronograph(["build", "seeds", "--out", folder.path, "--quiet", "--format", allFormats])
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
