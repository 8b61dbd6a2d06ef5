"""The SQLite schema of the store as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied; opening a store applies the
missing ones in order, each in its own transaction. Never edit a released migration: append a new one.

Document-derived tables reference ``documents(id)`` with ``ON DELETE CASCADE``; the store deletes
derived rows explicitly as well when an article is replaced (its ``documents`` row is updated in place,
so cascades do not fire there). Story-level tables hold the cross-document layer, rewritten as one unit.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the initial schema
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,          -- ingestion order; a replaced article keeps its first seq
        content_hash TEXT NOT NULL,
        url TEXT, outlet TEXT, title TEXT,
        published TEXT,                        -- ISO at the given precision: "2024", "2024-11", "2024-11-26"
        published_lo TEXT, published_hi TEXT,  -- the day range the partial date covers, for date filters
        published_inferred INTEGER NOT NULL DEFAULT 0,
        lang TEXT,
        text TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX documents_outlet ON documents(outlet);
    CREATE INDEX documents_published ON documents(published_lo, published_hi);

    CREATE TABLE dropped (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (doc, ord)
    );

    CREATE TABLE entities (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
        aliases TEXT NOT NULL, roles TEXT NOT NULL, affiliations TEXT NOT NULL,   -- JSON lists of strings
        PRIMARY KEY (doc, ord)
    );
    CREATE INDEX entities_id ON entities(id);

    CREATE TABLE mentions (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,   -- the analysed document
        entity_ord INTEGER NOT NULL, ord INTEGER NOT NULL,
        mention_doc TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (doc, entity_ord, ord)
    );

    CREATE TABLE quotes (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        kind TEXT NOT NULL, statement TEXT NOT NULL, confidence REAL NOT NULL,
        speaker_start INTEGER, speaker_end INTEGER, speaker_text TEXT,
        speaker_entity TEXT, speaker_name TEXT,
        cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
        medium TEXT,
        PRIMARY KEY (doc, ord)
    );
    CREATE INDEX quotes_id ON quotes(id);

    CREATE TABLE claims (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        value REAL, unit TEXT, qualifier TEXT,
        subject_start INTEGER NOT NULL, subject_end INTEGER NOT NULL, subject_text TEXT NOT NULL,
        confidence REAL NOT NULL,
        source_name TEXT, source_entity TEXT, source_start INTEGER, source_end INTEGER, source_text TEXT,
        PRIMARY KEY (doc, ord)
    );

    CREATE TABLE times (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        value TEXT, anchor TEXT NOT NULL, confidence REAL NOT NULL,
        PRIMARY KEY (doc, ord)
    );

    CREATE TABLE features (
        name TEXT NOT NULL,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        data BLOB NOT NULL,
        PRIMARY KEY (name, doc)
    );

    -- the cross-document layer (StoryResult)
    CREATE TABLE stories (
        ord INTEGER NOT NULL, id TEXT PRIMARY KEY, title TEXT NOT NULL,
        start TEXT, "end" TEXT,
        origin_name TEXT, origin_doc TEXT, origin_start INTEGER, origin_end INTEGER
    );
    CREATE TABLE story_documents (story TEXT NOT NULL, ord INTEGER NOT NULL, doc TEXT NOT NULL,
        PRIMARY KEY (story, ord));
    CREATE INDEX story_documents_doc ON story_documents(doc);
    CREATE TABLE story_actors (story TEXT NOT NULL, ord INTEGER NOT NULL, entity TEXT NOT NULL,
        PRIMARY KEY (story, ord));
    CREATE TABLE membership (doc TEXT PRIMARY KEY, story TEXT NOT NULL, ord INTEGER NOT NULL);
    CREATE TABLE copies (ord INTEGER PRIMARY KEY, doc TEXT NOT NULL, copy_of TEXT NOT NULL, similarity REAL NOT NULL);
    CREATE TABLE statements (quote TEXT PRIMARY KEY, statement TEXT NOT NULL, ord INTEGER NOT NULL);
    CREATE TABLE timeline (
        ord INTEGER PRIMARY KEY, story TEXT NOT NULL, time TEXT NOT NULL, doc TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
    );
    CREATE TABLE timeline_actors (event INTEGER NOT NULL, ord INTEGER NOT NULL, entity TEXT NOT NULL,
        PRIMARY KEY (event, ord));
    CREATE TABLE canonical_entities (
        ord INTEGER NOT NULL, id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
        aliases TEXT NOT NULL, roles TEXT NOT NULL, affiliations TEXT NOT NULL
    );
    CREATE TABLE canonical_mentions (
        entity TEXT NOT NULL, ord INTEGER NOT NULL, doc TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (entity, ord)
    );
    CREATE INDEX canonical_mentions_doc ON canonical_mentions(doc);
    CREATE TABLE entity_links (doc_entity TEXT PRIMARY KEY, canonical TEXT NOT NULL, ord INTEGER NOT NULL);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
