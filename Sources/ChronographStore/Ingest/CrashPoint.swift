#if canImport(Glibc)
    import Glibc
#endif

/// A test hook: with `CHRONOGRAPH_TEST_KILL=STAGE:N` in the environment, the process kills itself
/// (SIGKILL, as a power loss would stop it) the N-th time it reaches STAGE (`document`: after a
/// document's rows are written; `link`, `merge`: inside a batch's merging; `commit`: just before a
/// batch commits; `batch`: just after). Without it, reaching a point does nothing.
enum CrashPoint {
    private static let target: (stage: String, count: Int)? = {
        guard let value = getenv("CHRONOGRAPH_TEST_KILL").map({ String(cString: $0) }) else { return nil }
        let parts = value.split(separator: ":")
        guard parts.count == 2, let n = Int(parts[1]) else { return nil }
        return (String(parts[0]), n)
    }()
    nonisolated(unsafe) private static var reached = 0

    static func reach(_ stage: String) {
        guard let target, target.stage == stage else { return }
        reached += 1
        if reached == target.count { kill(getpid(), SIGKILL) }
    }
}
