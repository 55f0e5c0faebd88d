import ChronographCore
import Foundation

/// What a pure per-word look-up gave, remembered for the whole process and shared by the
/// threads that analyze documents (the verb readings of a form are asked for by the trigger
/// detector, participant finder, clause segmenter, tense reader, labeler ... for the same words
/// in every document). At most `limit` words are kept, so a long run's memory stays bounded.
final class WordCache<Value: Sendable>: @unchecked Sendable {
    private var map = WordMap<Value>()
    private let lock = NSLock()
    private let limit: Int

    init(limit: Int = 200_000) { self.limit = limit }

    /// The value for `word`, made by `make` the first time (outside the lock: `make` must be a
    /// pure function of the word, so two threads making it at once make the same value).
    func value(_ word: String, make: (String) -> Value) -> Value {
        lock.lock()
        if let v = map[word] {
            lock.unlock()
            return v
        }
        lock.unlock()
        let v = make(word)
        lock.lock()
        if map.count < limit && map.index(forKey: word) == nil { map[word] = v }
        lock.unlock()
        return v
    }
}
