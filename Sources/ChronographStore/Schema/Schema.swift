/// The store's tables, and the migrations that bring an older store up to date.
///
/// The file says what it is in SQLite's header: `application_id` is ``applicationID`` and
/// `user_version` the schema version, the number of migrations applied. A store of a higher version
/// than ``migrations`` knows was written by a newer Chronograph and is refused, never altered.
enum Schema {
    /// "CHRG": marks an SQLite file as a Chronograph store.
    static let applicationID: Int32 = 0x4348_5247

    /// The schema version this build writes.
    static var version: Int { migrations.count }

    /// Migration `k` takes a store from version `k` to `k + 1` (version 0: an empty file).
    static let migrations: [String] = [version1, version2, version3]

    /// The first version whose minor events are merged by their own keys (``StoreFile`` refuses to
    /// bring a store with documents from an earlier version up to it: its links were found by other keys).
    static let minorKeysVersion = 3

    /// Version 3: whether each event is minor (every mention of no salient type: `render` streams those
    /// into graph.json rather than holding them) and whether its sources disagree on its date (its
    /// conflict, which graph.json lists before the events).
    static let version3 = """
        ALTER TABLE events ADD COLUMN minor INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX events_minor ON events(minor, first_doc, first_ordinal);
        """

    /// Version 2: each document's language and whether its events were extracted (documents in a
    /// language without event resources give time expressions only).
    static let version2 = """
        ALTER TABLE documents ADD COLUMN language TEXT;
        ALTER TABLE documents ADD COLUMN events_extracted INTEGER;
        """

    /// The first schema. Julian day numbers (`*_day`) index times; blobs are JSON.
    static let version1 = """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE documents (
            doc INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT,
            source TEXT,
            source_key TEXT,
            url TEXT,
            path TEXT,
            published TEXT,
            dct TEXT,
            dct_inferred INTEGER NOT NULL,
            dct_origin TEXT NOT NULL,
            dct_evidence TEXT,
            dct_day INTEGER,
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            analysis BLOB NOT NULL
        );
        CREATE INDEX documents_source ON documents(source_key);
        CREATE INDEX documents_dct ON documents(dct_day);

        CREATE TABLE mentions (
            mention INTEGER PRIMARY KEY,
            doc INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            id TEXT NOT NULL,
            unit INTEGER,
            type TEXT NOT NULL,
            start_day INTEGER,
            end_day INTEGER,
            data BLOB NOT NULL,
            UNIQUE (doc, ordinal)
        );
        CREATE INDEX mentions_unit ON mentions(unit) WHERE unit IS NOT NULL;
        CREATE INDEX mentions_id ON mentions(id);
        CREATE INDEX mentions_time ON mentions(start_day, end_day);

        CREATE TABLE relations (
            doc INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            from_mention TEXT NOT NULL,
            to_mention TEXT NOT NULL,
            type TEXT NOT NULL,
            rule TEXT NOT NULL,
            derived INTEGER NOT NULL,
            PRIMARY KEY (doc, ordinal)
        ) WITHOUT ROWID;

        CREATE TABLE units (
            unit INTEGER PRIMARY KEY,
            doc INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            event INTEGER,
            record BLOB NOT NULL,
            state BLOB NOT NULL,
            UNIQUE (doc, ordinal)
        );
        CREATE INDEX units_event ON units(event);

        CREATE TABLE keys (
            key INTEGER PRIMARY KEY,
            text TEXT NOT NULL UNIQUE,
            name TEXT,
            units INTEGER NOT NULL,
            sentence_units INTEGER NOT NULL
        );
        CREATE INDEX keys_name ON keys(name) WHERE name IS NOT NULL;

        CREATE TABLE unit_keys (
            key INTEGER NOT NULL,
            unit INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            PRIMARY KEY (key, unit)
        ) WITHOUT ROWID;
        CREATE INDEX unit_keys_unit ON unit_keys(unit);

        CREATE TABLE persons (
            name TEXT PRIMARY KEY,
            units INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE links (
            a INTEGER NOT NULL,
            b INTEGER NOT NULL,
            strength REAL NOT NULL,
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        CREATE INDEX links_b ON links(b);

        CREATE TABLE events (
            event INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            family TEXT NOT NULL,
            factuality TEXT NOT NULL,
            label TEXT NOT NULL,
            start_day INTEGER,
            end_day INTEGER,
            sort_day INTEGER NOT NULL,
            first_doc TEXT NOT NULL,
            first_start INTEGER NOT NULL,
            first_ordinal INTEGER NOT NULL,
            mentions INTEGER NOT NULL
        );
        CREATE INDEX events_time ON events(start_day, end_day);
        CREATE INDEX events_type ON events(type);
        CREATE INDEX events_family ON events(family);
        CREATE INDEX events_order ON events(sort_day, first_doc, first_start, first_ordinal);
        CREATE INDEX events_first ON events(first_doc, first_ordinal);

        CREATE TABLE actors (
            actor INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL
        );

        CREATE TABLE event_actors (
            event INTEGER NOT NULL,
            actor INTEGER NOT NULL,
            names TEXT NOT NULL,
            PRIMARY KEY (event, actor)
        ) WITHOUT ROWID;
        CREATE INDEX event_actors_actor ON event_actors(actor);
        """
}
