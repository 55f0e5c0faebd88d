import ChronographCore

extension TimelineStore {
    /// Adds a batch of documents in one transaction: new ones are added, ones of a known id with a new
    /// fingerprint replace the stored version, unchanged ones are left as they are. Either the whole
    /// batch is in the store afterwards or (an error, a crash) none of it.
    public func ingest(_ documents: [IngestDocument]) throws -> IngestReport {
        do {
            defer { CrashPoint.reach("batch") }
            return try db.transaction {
                let batch = BatchMerge(db: db, builder: builder, codec: codec, records: records, keyLimit: keyLimit)
                for d in documents {
                    let id = d.analysis.document.id
                    var old: (doc: Int64, fingerprint: String)?
                    try db.query("SELECT doc, content_hash FROM documents WHERE id = ?", [.text(id)]) { row in old = (row.int64(0), row.text(1)) }
                    if let old {
                        if old.fingerprint == d.fingerprint { continue }
                        try batch.remove(document: old.doc)
                        batch.report.replaced += 1
                    } else {
                        batch.report.added += 1
                    }
                    try batch.insert(d)
                    CrashPoint.reach("document")
                }
                try batch.finish()
                CrashPoint.reach("commit")
                return batch.report
            }
        } catch {
            // Row ids of the rolled-back units may be given out again.
            records.removeAll()
            throw error
        }
    }
}
