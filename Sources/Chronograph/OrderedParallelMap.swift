/// Maps a stream of inputs through `transform` on up to `jobs` tasks at once, and hands the
/// results to `emit` in input order, so output is the same whatever the core count.
///
/// At most `jobs * 4` inputs are in flight: memory stays bounded however long the stream is.
public func orderedParallelMap<Input: Sendable, Output: Sendable>(
    _ inputs: some Sequence<Input>, jobs: Int,
    transform: @escaping @Sendable (Input) -> Output,
    emit: (Output) throws -> Void
) async rethrows {
    let window = max(1, jobs) * 4
    if jobs <= 1 {
        for input in inputs { try emit(transform(input)) }
        return
    }
    try await withThrowingTaskGroup(of: (Int, Output).self) { group in
        var iterator = inputs.makeIterator()
        var nextIndex = 0
        var nextToEmit = 0
        var ready: [Int: Output] = [:]
        var inFlight = 0
        func submit() -> Bool {
            guard let input = iterator.next() else { return false }
            let index = nextIndex
            nextIndex += 1
            inFlight += 1
            group.addTask { (index, transform(input)) }
            return true
        }
        while inFlight < window, submit() {}
        while inFlight > 0, let (index, output) = try await group.next() {
            inFlight -= 1
            ready[index] = output
            while let out = ready.removeValue(forKey: nextToEmit) {
                try emit(out)
                nextToEmit += 1
            }
            while inFlight < window, submit() {}
        }
    }
}
