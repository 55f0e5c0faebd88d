// The browser tests drive Debian's Chromium through Linux system calls (posix_spawn, pipes, poll).
#if os(Linux)
import Foundation
import Glibc

/// Headless Chromium (Debian's `chromium`, installed by `Scripts/install-deps`) driven over the DevTools
/// protocol on a pipe (`--remote-debugging-pipe`: commands go to its fd 3, replies and events come from
/// its fd 4, each a JSON message ended by a NUL byte). No port is opened.
///
/// Everything the page reports is recorded while the test runs: console errors and warnings, uncaught
/// exceptions, log entries (failed loads, Content-Security-Policy violations) and the URL of every
/// request, so a test can say the page loaded cleanly and fetched nothing but itself.
final class HeadlessChromium {
    struct Message: CustomStringConvertible {
        var level: String
        var text: String
        var description: String { "[\(level)] \(text)" }
    }

    enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case launch(String)
        case timeout(String)
        case protocolError(String)
        case closed(String)
        var description: String {
            switch self {
            case .notInstalled: return "Chromium is not installed: run Scripts/install-deps (Debian package chromium)"
            case .launch(let s): return "Chromium did not start: \(s)"
            case .timeout(let s): return "timed out waiting for \(s)"
            case .protocolError(let s): return "DevTools protocol error: \(s)"
            case .closed(let s): return "Chromium closed the pipe (\(s))"
            }
        }
    }

    /// Console errors and warnings, exceptions and log entries of level warning or error.
    private(set) var messages: [Message] = []
    /// Every request the page made (its own URL included).
    private(set) var requests: [String] = []

    private var pid: pid_t = 0
    private var toBrowser: Int32 = -1
    private var fromBrowser: Int32 = -1
    private var buffer: [UInt8] = []
    private var nextID = 1
    private var sessionID: String?
    private var events: [[String: Any]] = []
    private var running = false
    private let profile: URL

    /// The browser binary: Debian installs the real one under /usr/lib/chromium (`/usr/bin/chromium` is
    /// a shell wrapper that adds flags from /etc/chromium.d).
    static var executable: String? {
        ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    init() throws {
        guard let binary = Self.executable else { throw Failure.notInstalled }
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("chronograph-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        try launch(binary)
    }

    deinit { close() }

    private func launch(_ binary: String) throws {
        var commands: [Int32] = [0, 0], replies: [Int32] = [0, 0]
        guard pipe(&commands) == 0, pipe(&replies) == 0 else { throw Failure.launch("pipe: \(errno)") }
        // Our ends are moved above the standard descriptors and closed on exec, so no other child
        // process started by a concurrent test inherits them (which would keep the pipe open).
        func high(_ fd: Int32) -> Int32 {
            let moved = fcntl(fd, F_DUPFD_CLOEXEC, 10)
            Glibc.close(fd)
            return moved
        }
        let childReads = high(commands[0]), parentWrites = high(commands[1])
        let parentReads = high(replies[0]), childWrites = high(replies[1])
        let log = Glibc.open(profile.appendingPathComponent("chromium.log").path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        let devNull = Glibc.open("/dev/null", O_RDONLY | O_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, devNull, 0)
        posix_spawn_file_actions_adddup2(&actions, log, 1)
        posix_spawn_file_actions_adddup2(&actions, log, 2)
        posix_spawn_file_actions_adddup2(&actions, childReads, 3)
        posix_spawn_file_actions_adddup2(&actions, childWrites, 4)

        // --no-sandbox: Chromium's sandbox refuses to run as root (CI runs as root); --disable-dev-shm-usage:
        // containers often have a small /dev/shm; no background networking, updates or sync, so that the
        // only requests are the page's.
        let arguments = [
            binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--remote-debugging-pipe",
            "--user-data-dir=\(profile.path)", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--hide-scrollbars", "--mute-audio", "--force-device-scale-factor=1",
            "--window-size=1280,800", "about:blank",
        ]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        let status = posix_spawn(&pid, binary, &actions, nil, &argv, environ)
        Glibc.close(childReads)
        Glibc.close(childWrites)
        Glibc.close(log)
        Glibc.close(devNull)
        guard status == 0 else {
            Glibc.close(parentWrites)
            Glibc.close(parentReads)
            throw Failure.launch("posix_spawn: \(status)")
        }
        running = true
        toBrowser = parentWrites
        fromBrowser = parentReads
        // Writing to a browser that died must fail with EPIPE, not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        _ = try send("Browser.getVersion", session: false, timeout: 30)
    }

    /// Stops the browser (politely, then by force) and removes its profile.
    func close() {
        guard running else { return }
        running = false
        if let data = try? JSONSerialization.data(withJSONObject: ["id": nextID, "method": "Browser.close"]) {
            write(Array(data) + [0])
        }
        Glibc.close(toBrowser)
        let deadline = Date().addingTimeInterval(5)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            usleep(20_000)
        }
        Glibc.close(fromBrowser)
        try? FileManager.default.removeItem(at: profile)
    }

    /// What Chromium itself printed (for a failure message).
    var browserLog: String {
        (try? String(contentsOf: profile.appendingPathComponent("chromium.log"), encoding: .utf8)) ?? ""
    }

    // MARK: pages

    /// Opens a page in a new tab of the given size and waits until it has loaded and its script has
    /// marked it ready (`<html data-state="ready">`).
    func open(_ url: URL, width: Int = 1280, height: Int = 800, mobile: Bool = false, timeout: TimeInterval = 30) throws {
        let target = try send("Target.createTarget", ["url": "about:blank"], session: false)
        guard let targetID = target["targetId"] as? String else { throw Failure.protocolError("no targetId") }
        let attached = try send("Target.attachToTarget", ["targetId": targetID, "flatten": true], session: false)
        guard let session = attached["sessionId"] as? String else { throw Failure.protocolError("no sessionId") }
        sessionID = session
        for domain in ["Page", "Runtime", "Log", "Network"] { _ = try send("\(domain).enable") }
        _ = try send("Emulation.setDeviceMetricsOverride", [
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile,
        ])
        if mobile { _ = try send("Emulation.setTouchEmulationEnabled", ["enabled": true, "maxTouchPoints": 5]) }
        events.removeAll()
        _ = try send("Page.navigate", ["url": url.absoluteString])
        try waitForEvent("Page.loadEventFired", timeout: timeout)
        try waitFor("document.documentElement.dataset.state === 'ready' || document.documentElement.dataset.state === 'failed'", timeout: timeout)
    }

    /// The value of a JavaScript expression (JSON-like values come back as Foundation objects).
    @discardableResult
    func evaluate(_ expression: String, timeout: TimeInterval = 15) throws -> Any? {
        let result = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true], timeout: timeout)
        if let details = result["exceptionDetails"] as? [String: Any] {
            let text = ((details["exception"] as? [String: Any])?["description"] as? String) ?? (details["text"] as? String) ?? "exception"
            throw Failure.protocolError("evaluating \(expression.prefix(80)): \(text)")
        }
        return (result["result"] as? [String: Any])?["value"]
    }

    func string(_ expression: String) throws -> String { (try evaluate(expression) as? String) ?? "" }

    func strings(_ expression: String) throws -> [String] { (try evaluate(expression) as? [String]) ?? [] }

    /// Waits until an expression is truthy (checked every 50 ms).
    func waitFor(_ expression: String, timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let v = try evaluate("Boolean(\(expression))") as? Bool, v { return }
            if Date() > deadline { throw Failure.timeout(expression) }
            try pump(until: Date().addingTimeInterval(0.05))
        }
    }

    /// A real mouse click (pressed and released) at page coordinates.
    func click(x: Double, y: Double) throws {
        for type in ["mouseMoved", "mousePressed", "mouseReleased"] {
            _ = try send("Input.dispatchMouseEvent", ["type": type, "x": x, "y": y, "button": "left", "clickCount": type == "mouseMoved" ? 0 : 1])
        }
    }

    /// A turn of the mouse wheel at page coordinates (negative `deltaY` scrolls up).
    func wheel(x: Double, y: Double, deltaY: Double) throws {
        _ = try send("Input.dispatchMouseEvent", ["type": "mouseWheel", "x": x, "y": y, "deltaX": 0, "deltaY": deltaY])
    }

    /// Clicks the centre of the first element a CSS selector finds.
    func click(_ selector: String) throws {
        let js = "(() => { const n = document.querySelector(\(Self.jsString(selector))); if (!n) return null; n.scrollIntoView({block: 'nearest'}); const r = n.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        guard let point = try evaluate(js) as? [Double], point.count == 2 else { throw Failure.protocolError("no element \(selector)") }
        try click(x: point[0], y: point[1])
    }

    /// A key press, as the keyboard sends it (`key` is a DOM key name: "ArrowRight", "Enter", "+").
    func press(_ key: String) throws {
        let codes: [String: (String, Int)] = [
            "ArrowLeft": ("ArrowLeft", 37), "ArrowRight": ("ArrowRight", 39), "ArrowUp": ("ArrowUp", 38), "ArrowDown": ("ArrowDown", 40),
            "Enter": ("Enter", 13), "Escape": ("Escape", 27), "Tab": ("Tab", 9), "Home": ("Home", 36), "End": ("End", 35),
            "+": ("Equal", 187), "-": ("Minus", 189), "0": ("Digit0", 48), "/": ("Slash", 191),
        ]
        let (code, keyCode) = codes[key] ?? ("", 0)
        let text = key.count == 1 ? key : (key == "Enter" ? "\r" : "")
        var down: [String: Any] = ["type": text.isEmpty ? "rawKeyDown" : "keyDown", "key": key, "code": code, "windowsVirtualKeyCode": keyCode]
        if !text.isEmpty { down["text"] = text }
        _ = try send("Input.dispatchKeyEvent", down)
        _ = try send("Input.dispatchKeyEvent", ["type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": keyCode])
    }

    /// Types text into the focused element.
    func type(_ text: String) throws {
        _ = try send("Input.insertText", ["text": text])
    }

    /// A PNG of what the page shows.
    func screenshot(to url: URL) throws {
        let shot = try send("Page.captureScreenshot", ["format": "png"], timeout: 30)
        guard let b64 = shot["data"] as? String, let data = Data(base64Encoded: b64) else { throw Failure.protocolError("no screenshot") }
        try data.write(to: url)
    }

    /// Gives the page time to run what it scheduled (animation frames, debounced updates).
    func settle(_ seconds: TimeInterval = 0.3) throws {
        try pump(until: Date().addingTimeInterval(seconds))
        _ = try evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))")
    }

    /// A JavaScript string literal for any text.
    static func jsString(_ s: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [s], options: [.fragmentsAllowed])
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }

    // MARK: protocol

    private func send(_ method: String, _ params: [String: Any] = [:], session: Bool = true, timeout: TimeInterval = 15) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if session, let s = sessionID { message["sessionId"] = s }
        let data = try JSONSerialization.data(withJSONObject: message)
        guard write(Array(data) + [0]) else { throw Failure.closed("writing \(method)") }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let i = events.firstIndex(where: { ($0["id"] as? Int) == id }) {
                let reply = events.remove(at: i)
                if let error = reply["error"] as? [String: Any] {
                    throw Failure.protocolError("\(method): \(error["message"] ?? error)")
                }
                return reply["result"] as? [String: Any] ?? [:]
            }
            if Date() > deadline { throw Failure.timeout(method) }
            try pump(until: deadline, stopAfterOne: true)
        }
    }

    private func waitForEvent(_ method: String, timeout: TimeInterval) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let i = events.firstIndex(where: { ($0["method"] as? String) == method }) {
                events.remove(at: i)
                return
            }
            if Date() > deadline { throw Failure.timeout(method) }
            try pump(until: deadline, stopAfterOne: true)
        }
    }

    @discardableResult
    private func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(toBrowser, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    /// Reads messages until the deadline (or until one arrived, with `stopAfterOne`), recording
    /// what the page reports and queueing replies and page events.
    private func pump(until deadline: Date, stopAfterOne: Bool = false) throws {
        while true {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return }
            var fds = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fds, 1, Int32(min(remaining, 1) * 1000) + 1)
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { read(fromBrowser, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { throw Failure.closed("end of output; log: \(browserLog.suffix(2000))") }
            buffer += chunk[0..<n]
            var got = false
            while let end = buffer.firstIndex(of: 0) {
                let bytes = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                if let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] {
                    record(object)
                    got = true
                }
            }
            if got && stopAfterOne { return }
        }
    }

    private func record(_ message: [String: Any]) {
        let params = message["params"] as? [String: Any] ?? [:]
        switch message["method"] as? String {
        case "Runtime.consoleAPICalled":
            let level = params["type"] as? String ?? "log"
            guard ["error", "warning", "assert"].contains(level) else { return }
            let args = (params["args"] as? [[String: Any]] ?? []).map { a in
                (a["value"].map { "\($0)" }) ?? (a["description"] as? String) ?? ""
            }
            messages.append(Message(level: "console." + level, text: args.joined(separator: " ")))
        case "Runtime.exceptionThrown":
            let details = params["exceptionDetails"] as? [String: Any] ?? [:]
            let text = ((details["exception"] as? [String: Any])?["description"] as? String) ?? (details["text"] as? String) ?? "exception"
            messages.append(Message(level: "exception", text: text))
        case "Log.entryAdded":
            let entry = params["entry"] as? [String: Any] ?? [:]
            let level = entry["level"] as? String ?? ""
            guard level == "error" || level == "warning" else { return }
            messages.append(Message(level: "log." + level, text: "\(entry["text"] ?? "") \(entry["url"] ?? "")"))
        case "Network.requestWillBeSent":
            if let url = (params["request"] as? [String: Any])?["url"] as? String { requests.append(url) }
        case "Inspector.targetCrashed":
            messages.append(Message(level: "crash", text: "the page crashed"))
        case "Page.loadEventFired":
            events.append(message)
        default:
            // Replies to commands; other events are not needed.
            if message["id"] != nil { events.append(message) }
        }
    }
}
#endif
