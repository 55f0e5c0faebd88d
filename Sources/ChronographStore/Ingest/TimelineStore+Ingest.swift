import ChronographCore

extension TimelineStore {
    /// Adds a batch of documents in one transaction (see ``IngestBatch``).
    public func ingest(_ documents: [IngestDocument]) throws -> IngestReport {
        let batch = try beginBatch()
        for d in documents { try batch.add(d) }
        return try batch.commit()
    }

    /// Starts a batch: documents added to it are written at once (memory does not hold them), and
    /// merged into the stored events when it commits.
    public func beginBatch() throws -> IngestBatch {
        try db.begin()
        return IngestBatch(store: self, merge: BatchMerge(db: db, builder: builder, codec: codec, records: records, keyLimit: keyLimit))
    }
}

/// A batch of documents added to a store in one transaction: new ones are added, ones of a known id
/// with a new fingerprint replace the stored version, unchanged ones are left as they are. Either the
/// whole batch is in the store after ``commit()``, or (an error, ``rollback()``, a crash) none of it.
/// One batch at a time per store.
public final class IngestBatch {
    private let store: TimelineStore
    private let merge: BatchMerge
    private var open = true

    init(store: TimelineStore, merge: BatchMerge) {
        self.store = store
        self.merge = merge
    }

    deinit { if open { rollback() } }

    /// Writes a document's rows (replacing an older version of it); true when it was new or changed.
    @discardableResult
    public func add(_ document: IngestDocument) throws -> Bool {
        precondition(open, "the batch was committed or rolled back")
        do {
            var old: (doc: Int64, fingerprint: String)?
            try store.db.query("SELECT doc, content_hash FROM documents WHERE id = ?", [.text(document.analysis.document.id)]) { row in
                old = (row.int64(0), row.text(1))
            }
            if let old {
                if old.fingerprint == document.fingerprint { return false }
                try merge.remove(document: old.doc)
                merge.report.replaced += 1
            } else {
                merge.report.added += 1
            }
            try merge.insert(document)
            CrashPoint.reach("document")
            return true
        } catch {
            rollback()
            throw error
        }
    }

    /// Links and merges the batch's documents into the stored events, and commits.
    public func commit() throws -> IngestReport {
        precondition(open, "the batch was committed or rolled back")
        do {
            try merge.finish()
            CrashPoint.reach("commit")
            try store.db.commit()
            open = false
        } catch {
            rollback()
            throw error
        }
        CrashPoint.reach("batch")
        return merge.report
    }

    /// Leaves the store as it was before the batch.
    public func rollback() {
        guard open else { return }
        open = false
        store.db.rollback()
        // Row ids of the rolled-back units may be given out again.
        store.records.removeAll()
    }
}
