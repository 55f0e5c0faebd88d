import ChronographCore
import Foundation

/// What a pure per-word look-up gave, remembered for the whole process and shared by the
/// threads that analyze documents (the verb readings of a form are asked for by the trigger
/// detector, participant finder, clause segmenter, tense reader, labeler ... for the same words
/// in every document). At most `limit` words are kept, so a long run's memory stays bounded.
///
/// Each remembered word also gets an id (``id(_:)``, ``add(_:_:)``): the event stage gives every token
/// its word's id once per document (``Token/wordID``), and the stages after it read the value
/// by id (``value(id:)``: array indexing, no hashing, no lock) however often they ask.
final class WordCache<Value: Sendable>: @unchecked Sendable {
    private var ids = WordMap<Int32>()
    private let lock = NSLock()
    private let limit: Int
    /// The values by id, in chunks that never move once allocated, so that a reader indexes
    /// them without the lock: an id is only handed out (under the lock) after its value was
    /// stored, so a thread that holds an id sees the value and its chunk.
    private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<Value>?>
    private let chunkCount: Int
    private var count = 0
    private static var chunkSize: Int { 4096 }

    init(limit: Int = 200_000) {
        self.limit = limit
        chunkCount = (limit + Self.chunkSize - 1) / Self.chunkSize
        chunks = .allocate(capacity: chunkCount)
        chunks.initialize(repeating: nil, count: chunkCount)
    }

    deinit {
        var left = count
        for c in 0..<chunkCount {
            guard let chunk = chunks[c] else { break }
            let n = min(left, Self.chunkSize)
            chunk.deinitialize(count: n)
            chunk.deallocate()
            left -= n
        }
        chunks.deallocate()
    }

    /// The value for `word`, made by `make` the first time (outside the lock: `make` must be a
    /// pure function of the word, so two threads making it at once make the same value).
    func value(_ word: String, make: (String) -> Value) -> Value {
        if let i = id(word) { return value(id: i) }
        let v = make(word)
        if let i = add(word, v) { return value(id: i) }
        return v
    }

    /// The id of `word`'s remembered value, if it has one.
    ///
    /// (Callers make a missing value themselves and ``add(_:_:)`` it, rather than hand in a
    /// closure: a closure that captures a large struct, such as the lexicon, copies it at
    /// every call, hit or miss.)
    @inline(__always) func id(_ word: String) -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        return ids[word]
    }

    /// Remembers `value` as `word`'s (a pure function of the word: when another thread added
    /// the word meanwhile, its id is returned); nil once `limit` words are remembered.
    func add(_ word: String, _ value: Value) -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        if let i = ids[word] { return i }
        if count >= limit { return nil }
        let c = count / Self.chunkSize
        if chunks[c] == nil { chunks[c] = .allocate(capacity: Self.chunkSize) }
        (chunks[c]! + count % Self.chunkSize).initialize(to: value)
        let i = Int32(count)
        count += 1
        ids[word] = i
        return i
    }

    /// The value of an id that ``id(_:)`` or ``add(_:_:)`` returned.
    @inline(__always) func value(id: Int32) -> Value {
        let i = Int(id)
        return chunks[i / Self.chunkSize].unsafelyUnwrapped[i % Self.chunkSize]
    }
}
