import Foundation

/// Runs the `chronograph` executable built beside the tests.
enum Command {
    static var executable: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("chronograph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return Corpus.root.appendingPathComponent(".build/debug/chronograph")
    }

    struct Run {
        var status: Int32
        /// True when a signal ended it (then `status` is the signal).
        var killed: Bool
        var stderr: String
    }

    /// Starts `chronograph` with the arguments (and extra environment); output goes to files.
    static func start(_ arguments: [String], environment: [String: String] = [:], in dir: URL) throws -> (Process, URL) {
        let err = dir.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: err.path, contents: Data())
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.currentDirectoryURL = dir
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = try FileHandle(forWritingTo: err)
        try p.run()
        return (p, err)
    }

    static func finish(_ started: (Process, URL)) throws -> Run {
        started.0.waitUntilExit()
        return Run(
            status: started.0.terminationStatus, killed: started.0.terminationReason == .uncaughtSignal,
            stderr: try String(contentsOf: started.1, encoding: .utf8))
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], in dir: URL) throws -> Run {
        try finish(start(arguments, environment: environment, in: dir))
    }
}
