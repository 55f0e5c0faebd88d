import Dispatch

/// A value made on another thread while the caller does other work; ``value()`` waits for it.
/// (For start-up: loading independent resources at the same time.)
final class BackgroundLoad<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ make: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try make() }
            self.done.signal()
        }
    }

    /// The value (or the error it threw), once it is made. Later calls return at once.
    func value() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
