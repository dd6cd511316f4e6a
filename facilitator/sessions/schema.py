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
    # 2: the referral directory (public information), and what happened in a session without
    # anyone's identity: referrals offered (kind only) and resistance moments (kind and outcome).
    """
    CREATE TABLE services (
        id             INTEGER PRIMARY KEY,
        name           TEXT NOT NULL,
        kind           TEXT NOT NULL,
        phone          TEXT NOT NULL DEFAULT '',
        hours          TEXT NOT NULL DEFAULT '',
        languages      TEXT NOT NULL DEFAULT '',
        cost           TEXT NOT NULL DEFAULT '',
        region         TEXT NOT NULL DEFAULT '',
        notes          TEXT NOT NULL DEFAULT '',
        last_verified  TEXT
    );
    INSERT INTO services (name, kind, phone, region, notes) VALUES (
        'Helpline 150 (Union of Crisis Centres of Kazakhstan)', 'crisis-helpline', '150',
        'Kazakhstan (national)',
        'Anonymous helpline for children and women: family conflict, domestic violence, abuse, '
        || 'bullying, suicidal thoughts. Source: article on feminism in Kazakhstan quoting the Union '
        || 'of Crisis Centres. Hours, cost and languages: verify before use.'
    );
    CREATE TABLE referrals_offered (
        id          INTEGER PRIMARY KEY,
        session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step        INTEGER NOT NULL,
        kind        TEXT NOT NULL,
        wall        REAL NOT NULL
    );
    CREATE TABLE resistance_moments (
        id          INTEGER PRIMARY KEY,
        session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step        INTEGER NOT NULL,
        cue         TEXT NOT NULL DEFAULT '',
        driver      TEXT NOT NULL DEFAULT '',
        form        TEXT NOT NULL DEFAULT '',
        move        TEXT NOT NULL DEFAULT '',
        outcome     TEXT NOT NULL,
        wall        REAL NOT NULL
    );
    """,
    # 3: the facilitator's review of detected identifiers before export (offsets, no text).
    """
    CREATE TABLE review_decisions (
        id            INTEGER PRIMARY KEY,
        session_id    TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        note_id       INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        note_updated  REAL NOT NULL,
        start         INTEGER NOT NULL,
        end           INTEGER NOT NULL,
        kind          TEXT NOT NULL,
        decision      TEXT NOT NULL,
        UNIQUE (note_id, start, end)
    );
    """,
    # 4: the session's figures asked for at the end (participant count and age band are
    # structured; the town is the only free text, and it already has its column).
    """
    ALTER TABLE sessions ADD COLUMN age_band TEXT;
    """,
    # 5: referrals per country: a service's country (ISO 3166-1 alpha-2; an empty region means
    # nationwide), a description printed on the handout, and the key of a built-in (seed) entry,
    # whose texts the sheet shows in the UI's or the handout's language (content/referrals/seed.yaml).
    # The seed of migration 2 becomes a Kazakhstan-wide service (its old notes only if unedited).
    # No ";" inside the texts: migrations are split on it.
    """
    ALTER TABLE services ADD COLUMN country TEXT NOT NULL DEFAULT '';
    ALTER TABLE services ADD COLUMN description TEXT NOT NULL DEFAULT '';
    ALTER TABLE services ADD COLUMN seed TEXT NOT NULL DEFAULT '';
    UPDATE services SET seed = 'kz-helpline-150', country = 'KZ', region = '',
        description = 'Anonymous helpline for children and women: family conflicts, relationships, '
        || 'domestic violence, abuse, bullying, suicidal thoughts.'
        WHERE name = 'Helpline 150 (Union of Crisis Centres of Kazakhstan)' AND phone = '150'
        AND region = 'Kazakhstan (national)';
    UPDATE services SET notes = 'Source: an undated article on feminism in Kazakhstan quoting a board '
        || 'member of the Union of Crisis Centres (Soyuz Krizisnyh Centrov). The article calls it the '
        || 'country''s only anonymous helpline. Hours, cost and languages are not in the source: check '
        || 'them before use.'
        WHERE seed = 'kz-helpline-150' AND notes LIKE 'Anonymous helpline for children and women:%';
    UPDATE services SET country = 'KZ', region = ''
        WHERE country = '' AND lower(region) LIKE '%national%'
        AND (lower(region) LIKE '%kazakhstan%' OR region LIKE '%Казахстан%' OR region LIKE '%Қазақстан%');
    """,
    # 6: device-free tallies: how many in the room gave each answer to a statement (counts only,
    # never who). One row per session, step, question and answer; typing a count again replaces it.
    """
    CREATE TABLE tallies (
        id          INTEGER PRIMARY KEY,
        session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step        INTEGER NOT NULL,
        question    TEXT NOT NULL,
        answer      TEXT NOT NULL,
        count       INTEGER NOT NULL CHECK (count >= 0),
        wall        REAL NOT NULL,
        UNIQUE (session_id, step, question, answer)
    );
    """,
    # 7: the programme summary's instance id ("uuid:..."), made once per session, so exporting it
    # again gives the same id and ODK Central / KoboToolbox refuse a repeat upload.
    """
    ALTER TABLE sessions ADD COLUMN programme_instance TEXT;
    """,
    # 8: the room's second language (--language kk+ru): the companion plan's text and its side, so
    # a resumed session comes back in both languages, however the app was started again.
    """
    ALTER TABLE sessions ADD COLUMN companion_source TEXT;
    ALTER TABLE sessions ADD COLUMN companion_first INTEGER NOT NULL DEFAULT 0;
    """,
    # 9: "not now" to a note's follow-up offer, kept with the note (a flag, no text), so the offers
    # a crash interrupted come back on resume, and those answered "not now" do not.
    """
    ALTER TABLE notes ADD COLUMN follow_up_declined INTEGER NOT NULL DEFAULT 0;
    """,
    # 10: when the facilitator closed the app on purpose with the session still open (Ctrl+Q, "Yes"):
    # the next start says it was left open, not that it did not end properly. Anything recorded
    # after that moment (the session resumed, then a crash) makes it a crash again.
    """
    ALTER TABLE sessions ADD COLUMN left_open_wall REAL;
    """,
    # 11: a short known text encrypted with the notes' key the first time a key opens the store:
    # a key file from another data folder (or an older one) is then told apart from damaged notes.
    """
    CREATE TABLE key_check (
        id     INTEGER PRIMARY KEY CHECK (id = 1),
        codec  TEXT NOT NULL,
        body   BLOB NOT NULL
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
