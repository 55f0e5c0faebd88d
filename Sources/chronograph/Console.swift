import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Standard output and error, with counts of the problems reported, and a progress line
/// on standard error when it is a terminal.
final class Console {
    private(set) var errors = 0
    private(set) var warnings = 0
    let quiet: Bool
    let showsProgress: Bool
    private var lastProgress: Double = 0
    private let started = Date()

    init(quiet: Bool) {
        self.quiet = quiet
        self.showsProgress = !quiet && isatty(2) == 1
    }

    private var outBuffer: [UInt8] = []

    /// Buffered standard output (flushed at 64 KiB and by ``flush()``).
    func out(_ bytes: [UInt8]) {
        outBuffer.append(contentsOf: bytes)
        if outBuffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        Console.writeAll(1, outBuffer)
        outBuffer.removeAll(keepingCapacity: true)
    }

    private func err(_ text: String) { Console.writeAll(2, Array(text.utf8)) }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var done = 0
        bytes.withUnsafeBytes { raw in
            while done < raw.count {
                let n = write(fd, raw.baseAddress! + done, raw.count - done)
                if n <= 0 { return }
                done += n
            }
        }
    }

    func out(_ text: String) { out(Array(text.utf8)) }

    /// One line on standard error (`file:line: error: message`).
    func report(_ line: String, isError: Bool) {
        if isError { errors += 1 } else { warnings += 1 }
        if quiet && !isError { return }
        clearProgress()
        err(line + "\n")
    }

    /// A line of information on standard error (not counted as a problem; left out with `--quiet`
    /// unless `always`: information the user asked for).
    func note(_ line: String, always: Bool = false) {
        guard !quiet || always else { return }
        clearProgress()
        err(line + "\n")
    }

    /// `documents done, rate, time left` (time left only when the total is known).
    func progress(done: Int, total: Int?) {
        guard showsProgress else { return }
        let now = Date().timeIntervalSince(started)
        guard now - lastProgress > 0.1 || done == total else { return }
        lastProgress = now
        let rate = now > 0 ? Double(done) / now : 0
        var line = "\r\u{1B}[2K\(done)"
        if let total, total > 0 {
            let width = 24
            let filled = min(width, done * width / total)
            line = "\r\u{1B}[2K[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(done)/\(total)"
            if rate > 0 { line += String(format: ", %.0f docs/s, %.0fs left", rate, Double(total - done) / rate) }
        } else {
            line += String(format: " documents, %.0f docs/s", rate)
        }
        err(line)
    }

    func clearProgress() {
        if showsProgress { err("\r\u{1B}[2K") }
    }

    /// The one-line summary at the end of a run (`events` nil: no events were looked for).
    func summary(documents: Int, events: Int?) {
        clearProgress()
        guard !quiet else { return }
        let seconds = Date().timeIntervalSince(started)
        let found = events.map { "\($0) event(s), " } ?? ""
        err("chronograph: \(documents) document(s), \(found)\(errors) error(s), \(warnings) warning(s) in " + String(format: "%.2fs\n", seconds))
    }
}

/// Exit codes (documented in the README).
enum ExitStatus {
    /// Everything read and written.
    static let success: Int32 = 0
    /// Some inputs had errors; the others were processed and their output written.
    static let someInputsFailed: Int32 = 1
    /// No input could be read: nothing to do.
    static let noInput: Int32 = 2
    /// An output file could not be written.
    static let outputFailed: Int32 = 3
    /// The store could not be used: not a store, damaged, of a newer version, or not writable.
    static let storeFailed: Int32 = 4
}
