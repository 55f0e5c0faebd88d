import ChronographCore

extension TimelineStore {
    /// The stored documents' analyses as extraction gave them (text, time expressions, every mention,
    /// relations), in the graph's order: all of them, or those of the ids. For outputs per document (TimeML).
    public func analyses(ids: [String]? = nil) throws -> [DocumentAnalysis] {
        try db.reading {
            var docs: [(key: Int64, document: Document, dct: DocumentCreationTime, stored: StoredAnalysis)] = []
            let read: (Statement) throws -> Void = { row in
                let id = row.text(1)
                let stored = try self.codec.decode(StoredAnalysis.self, row.blob(12), what: "the analysis of document \(id)")
                guard let origin = DocumentCreationTime.Origin(rawValue: row.text(9)) else {
                    throw StoreError(path: self.path, kind: .corrupt, message: "document \(id) has an unknown date origin")
                }
                let document = Document(
                    id: id, title: row.optionalText(2), text: row.text(3), publicationDate: row.optionalText(4), dateline: stored.dateline,
                    source: row.optionalText(5), url: row.optionalText(6), path: row.optionalText(7))
                let dct = DocumentCreationTime(value: row.optionalText(8), inferred: row.int(10) != 0, origin: origin, evidence: row.optionalText(11))
                docs.append((row.int64(0), document, dct, stored))
            }
            let columns = "doc, id, title, text, published, source, url, path, dct, dct_origin, dct_inferred, dct_evidence, analysis"
            if let ids {
                for id in ids { try db.query("SELECT \(columns) FROM documents WHERE id = ?", [.text(id)], row: read) }
            } else {
                try db.query("SELECT \(columns) FROM documents ORDER BY id", row: read)
            }
            return try docs.map { d in
                var mentions: [EventMention] = []
                try db.query("SELECT data FROM mentions WHERE doc = ? ORDER BY ordinal", [.int(d.key)]) { row in
                    mentions.append(try codec.decode(EventMention.self, row.blob(0), what: "a mention of document \(d.document.id)"))
                }
                var relations: [Relation] = []
                try db.query("SELECT from_mention, to_mention, type, rule, derived FROM relations WHERE doc = ? ORDER BY ordinal", [.int(d.key)]) { row in
                    relations.append(Relation(from: row.text(0), to: row.text(1), type: try self.relationType(row.text(2)), rule: row.text(3), derived: row.int(4) != 0))
                }
                return DocumentAnalysis(document: d.document, dct: d.dct, timexes: d.stored.timexes, mentions: mentions, relations: relations, warnings: d.stored.warnings)
            }
        }
    }
}
