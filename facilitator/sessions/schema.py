"""The database schema, versioned with ``PRAGMA user_version`` and migrated forward in order."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: sessions, their events and notes. Note text is a BLOB with its codec named beside it,
    # so note text can be encrypted at rest without another table change.
    """
    CREATE TABLE sessions (
        id            TEXT PRIMARY KEY,
        plan_id       TEXT NOT NULL,
        plan_title    TEXT NOT NULL,
        language      TEXT NOT NULL,
        plan_source   TEXT NOT NULL,
        plan_name     TEXT NOT NULL,
        created_wall  REAL NOT NULL,
        ended_wall    REAL,
        participants  INTEGER,
        town          TEXT,
        audience_screen TEXT
    );
    CREATE TABLE events (
        id          INTEGER PRIMARY KEY,
        session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        step        INTEGER,
        value       REAL NOT NULL DEFAULT 0,
        wall        REAL NOT NULL
    );
    CREATE INDEX events_by_session ON events(session_id, id);
    CREATE TABLE notes (
        id            INTEGER PRIMARY KEY,
        session_id    TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step          INTEGER NOT NULL,
        created_wall  REAL NOT NULL,
        updated_wall  REAL NOT NULL,
        tags          TEXT NOT NULL DEFAULT '[]',
        codec         TEXT NOT NULL,
        body          BLOB NOT NULL
    );
    CREATE INDEX notes_by_session ON notes(session_id, id);
    CREATE TABLE roster (
        session_id  TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        codec       TEXT NOT NULL,
        body        BLOB NOT NULL
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
