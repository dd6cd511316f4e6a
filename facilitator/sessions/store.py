"""The durable store: SQLite in WAL mode with ``synchronous=FULL``, one commit per change.

Every engine event and every note is committed the moment it happens, so a crash loses nothing
that was written. Error messages name the database file and the operation, never note text.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.sessions.codec import Codec, PlainCodec, UnreadableData
from facilitator.sessions.errors import StoreError as StoreError  # re-exported: its old home
from facilitator.sessions.errors import StoreProblem, disk_is_full, sqlite_problem
from facilitator.sessions.events import Event, EventKind
from facilitator.sessions.hidden_characters import without_direction_controls
from facilitator.sessions.schema import MIGRATIONS, SCHEMA_VERSION
from facilitator.sessions.tallies import TallyCount, check_count

if TYPE_CHECKING:
    from facilitator.sessions.reserve import SpaceReserve

_SYNCHRONOUS_FULL = 2
_OPEN_HERE: dict[str, int] = {}
"""Databases this process has open for writing (by real path), and how many times: a -wal beside
one of them is in use, not left by a crash; and its -shm must not be opened and closed here
(SQLite's POSIX locks on it belong to the process, and closing any descriptor of it drops them)."""


def _open_here(path: Path) -> bool:
    return _OPEN_HERE.get(os.path.realpath(path), 0) > 0


@dataclass(frozen=True)
class SessionInfo:
    id: str
    plan_id: str
    plan_title: str
    language: str
    plan_name: str
    created_wall: float
    ended_wall: float | None
    participants: int | None
    town: str | None
    audience_screen: str | None
    age_band: str | None = None

    @property
    def finished(self) -> bool:
        return self.ended_wall is not None


@dataclass(frozen=True)
class Note:
    id: int
    session_id: str
    step: int
    created_wall: float
    updated_wall: float
    tags: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class UnreadableNote:
    """A note whose stored bytes cannot be turned back into text (damaged on disk): where and
    when it was written, never anything of its text."""

    id: int
    session_id: str
    step: int
    created_wall: float

    def where(self) -> str:
        """``step 2, written 2 Dec 2026 13:44`` (steps counted from 1, as the console shows them)."""
        import time

        written = time.strftime("%d %b %Y %H:%M", time.localtime(self.created_wall))
        return f"step {self.step + 1}, written {written}"


KEY_CHECK_TEXT = "facilitator: the key of this data folder"
"""What the key record holds, encrypted: it opens only with the key that wrote it."""
KEY_CHECK_ROWS = 100
"""A store without a key record: this many encrypted notes (and rosters) are tried at most."""


def _opens(codec: Codec, body: object, expected: str | None = None) -> bool:
    try:
        text = codec.decode(bytes(body))  # type: ignore[call-overload]
    except (UnreadableData, TypeError):
        return False
    return expected is None or text == expected


_SESSION_COLUMNS = (
    "id, plan_id, plan_title, language, plan_name, created_wall, ended_wall, participants, town,"
    " audience_screen, age_band"
)


class Store:
    """One open database. Safe to share between the UI thread and one worker (calls are locked)."""

    def __init__(self, connection: sqlite3.Connection, path: Path, codec: Codec) -> None:
        self._db = connection
        self.path = path
        self._codec = codec
        self._lock = threading.RLock()
        self.read_only = False
        """Opened with ``open_read_only`` (a full disk): nothing can be written."""
        self.write_protected = False
        """Read-only because the data folder cannot be written to (not because the disk is full)."""
        self.reserve: SpaceReserve | None = None
        """The space kept aside for a live session's writes (``reserve.write_with_room``), if any."""
        self._counted = ""
        """The real path this store counts in ``_OPEN_HERE`` while it is open ("" if none)."""

    def _count_open(self) -> None:
        self._counted = os.path.realpath(self.path)
        _OPEN_HERE[self._counted] = _OPEN_HERE.get(self._counted, 0) + 1

    @classmethod
    def open(cls, path: Path, codec: Codec | None = None) -> Store:
        """Open (creating or migrating) the database at ``path``; raise ``StoreError`` if unusable."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            problem = sqlite_problem(exc, path.parent, StoreProblem.OPEN)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise StoreError(f"cannot open the database {path}: {reason}", problem, path, reason) from None
        store = cls(connection, path, codec or PlainCodec())
        try:
            store._configure()
            store._migrate()
        except sqlite3.DatabaseError as exc:
            connection.close()
            problem = sqlite_problem(exc, path.parent, StoreProblem.OPEN)
            raise StoreError(f"the database {path} cannot be used: {exc}", problem, path, str(exc)) from None
        except StoreError:
            connection.close()
            raise
        store._count_open()
        return store

    @classmethod
    def open_read_only(cls, path: Path, codec: Codec | None = None) -> Store:
        """Open the database at ``path`` for reading only, creating no file at all (no -shm, no
        -wal): what a full disk still allows. Writes then fail with ``StoreError``. What a crash
        left in a -wal file is not read, and not touched: it is read once the disk has room.
        ``StoreError`` when there is no database or it cannot be read."""
        if not path.is_file():
            raise StoreError(
                f"cannot open the database {path}: there is none yet",
                StoreProblem.OPEN,
                path,
                "there is none yet",
            )
        try:
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro&immutable=1",
                uri=True,
                isolation_level=None,
                check_same_thread=False,
            )
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            problem = sqlite_problem(exc, None, StoreProblem.READ)
            raise StoreError(f"the database {path} cannot be read: {exc}", problem, path, str(exc)) from None
        if version != SCHEMA_VERSION:  # an older one needs changes written; a newer, a newer app
            connection.close()
            raise StoreError(
                f"the database {path} (schema {version}) cannot be read without changing it "
                f"(this version knows {SCHEMA_VERSION})",
                StoreProblem.NEWER if version > SCHEMA_VERSION else StoreProblem.DISK_FULL,
                path,
            )
        store = cls(connection, path, codec or PlainCodec())
        store.read_only = True
        return store

    @classmethod
    def in_memory(cls, codec: Codec | None = None) -> Store:
        """A database that lives in memory only: nothing of it ever reaches the disk."""
        connection = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        store = cls(connection, Path(":memory:"), codec or PlainCodec())
        store._db.execute("PRAGMA foreign_keys=ON")
        store._migrate()
        return store

    def reopen(self) -> None:
        """Open the file again, e.g. once ``delete all data`` removed it (a new, empty database);
        whoever holds this store goes on with it. Plain codec until unlocked again."""
        fresh = Store.open(self.path)
        with self._lock:
            self._db.close()
            self._db = fresh._db
            self._codec = PlainCodec()
            if self._counted:  # the fresh connection takes the old one's place, counted once
                fresh._forget_open()
            else:
                self._counted, fresh._counted = fresh._counted, ""

    def set_codec(self, codec: Codec) -> None:
        """Use another codec from now on (unlocking gives the encrypting one)."""
        with self._lock:
            self._codec = codec

    def encrypt_plain_rows(self) -> int:
        """Re-encode every note and roster written as plain text with the current codec."""
        plain = PlainCodec()
        if self._codec.name == plain.name or self.read_only:  # read-only: done at a later start
            return 0
        changed = 0
        with self._writing("the encrypted notes"):
            for table in ("notes", "roster"):
                key = "id" if table == "notes" else "session_id"
                rows = list(
                    self._db.execute(f"SELECT {key}, body FROM {table} WHERE codec = ?", (plain.name,))
                )
                for row_key, body in rows:
                    text = plain.decode(bytes(body))
                    self._db.execute(
                        f"UPDATE {table} SET body = ?, codec = ? WHERE {key} = ?",
                        (self._codec.encode(text), self._codec.name, row_key),
                    )
                    changed += 1
        self.empty_journal()  # the plain text is wiped from the journal too
        return changed

    def encrypted_rows(self) -> int:
        """How many notes and rosters are encrypted (they need the key file to be read)."""
        plain = PlainCodec().name
        total = 0
        for table in ("notes", "roster"):
            (count,) = self._read(f"SELECT COUNT(*) FROM {table} WHERE codec != ?", (plain,))[0]
            total += count if isinstance(count, int) else 0
        return total

    def key_fits(self, codec: Codec) -> bool:
        """Whether ``codec`` (an encrypting one, just unlocked) is the key this store's encrypted
        text was written with: its key record opens with it, or (no record: an earlier version
        made the store; or a damaged one) one of the first encrypted notes or rosters does, or
        nothing is encrypted yet. False: a key file from another data folder, or an older one."""
        rows = self._read("SELECT codec, body FROM key_check WHERE id = 1")
        if rows and rows[0][0] == codec.name and _opens(codec, rows[0][1], KEY_CHECK_TEXT):
            return True
        encrypted = 0
        for table in ("notes", "roster"):
            for (body,) in self._read(
                f"SELECT body FROM {table} WHERE codec = ? LIMIT {KEY_CHECK_ROWS}", (codec.name,)
            ):
                encrypted += 1
                if _opens(codec, body):
                    return True
        return encrypted == 0

    def remember_key(self, codec: Codec) -> None:
        """Write the key record with ``codec`` (once ``key_fits`` said it is this store's key):
        the next start tells a foreign key file at once. Not on a read-only store (a later start)."""
        if self.read_only:
            return
        rows = self._read("SELECT codec, body FROM key_check WHERE id = 1")
        if rows and rows[0][0] == codec.name and _opens(codec, rows[0][1], KEY_CHECK_TEXT):
            return
        with self._writing("the key check"):
            self._db.execute(
                "INSERT OR REPLACE INTO key_check (id, codec, body) VALUES (1, ?, ?)",
                (codec.name, codec.encode(KEY_CHECK_TEXT)),
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()
            self._forget_open()

    def _forget_open(self) -> None:
        if self._counted:
            _OPEN_HERE[self._counted] -= 1
            self._counted = ""

    def empty_journal(self) -> bool:
        """Copy the journal (-wal) into the database and cut it to nothing, giving its space back
        to the disk: done after each write while a full disk leaves only the reserve. False (and
        nothing changed) when it cannot be done now."""
        if self.read_only:
            return False
        try:
            with self._lock:
                busy = self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.Error:
            return False  # no room for the database to grow: the journal keeps the writes
        return not busy

    # -- set-up ------------------------------------------------------------------------------
    def _configure(self) -> None:
        mode = self._db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA secure_delete=ON")
        synchronous = self._db.execute("PRAGMA synchronous").fetchone()[0]
        if str(mode).lower() != "wal" or synchronous != _SYNCHRONOUS_FULL:
            raise StoreError(
                f"the database {self.path} could not be put in safe mode (journal_mode={mode}, "
                f"synchronous={synchronous}); is the folder on a network or read-only drive?",
                StoreProblem.OPEN,
                self.path,
            )

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the database {self.path} was written by a newer version of Facilitator "
                f"(schema {version}; this version knows {SCHEMA_VERSION}). Update the app.",
                StoreProblem.NEWER,
                self.path,
            )
        for number in range(version, SCHEMA_VERSION):
            with self._transaction():
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={number + 1}")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock:
            if self._db.in_transaction:  # nested in batch(): the outer one commits
                yield
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def batch(self, what: str) -> Iterator[None]:
        """Several writes that land together or not at all (e.g. an import)."""
        with self._writing(what):
            yield

    @contextmanager
    def _writing(self, what: str) -> Iterator[None]:
        if self.write_protected:
            raise StoreError(
                f"could not save {what}: {write_protected_advice(self.path.parent)}",
                StoreProblem.WRITE_PROTECTED,
                self.path,
            )
        if self.read_only:
            raise StoreError(
                f"could not save {what}: {self.path} is open read-only (the disk was full when the "
                "app started); free some space and start again",
                StoreProblem.READ_ONLY,
                self.path,
            )
        try:
            with self._transaction():
                yield
        except sqlite3.Error as exc:
            problem = sqlite_problem(exc, self.path.parent, StoreProblem.SAVE)
            message = f"could not save {what} to {self.path}: {exc}"
            raise StoreError(message, problem, self.path, str(exc)) from None

    def execute(self, what: str, sql: str, args: Sequence[object] = ()) -> int:
        """One committed write for the other record keepers (referrals, resistance log); rowid."""
        with self._writing(what):
            cursor = self._db.execute(sql, args)
        return int(cursor.lastrowid or 0)

    def query(self, sql: str, args: Sequence[object] = ()) -> list[tuple[object, ...]]:
        return self._read(sql, args)

    def _read(self, sql: str, args: Sequence[object] = ()) -> list[tuple[object, ...]]:
        try:
            with self._lock:
                return list(self._db.execute(sql, args))
        except sqlite3.Error as exc:
            problem = sqlite_problem(exc, None, StoreProblem.READ)
            raise StoreError(f"could not read {self.path}: {exc}", problem, self.path, str(exc)) from None

    # -- sessions ----------------------------------------------------------------------------
    def create_session(
        self,
        *,
        plan_id: str,
        plan_title: str,
        language: str,
        plan_source: str,
        plan_name: str,
        created_wall: float,
    ) -> str:
        import uuid  # here: uuid imports platform, which the start need not wait for

        session_id = uuid.uuid4().hex[:12]
        with self._writing("the new session"):
            self._db.execute(
                "INSERT INTO sessions (id, plan_id, plan_title, language, plan_source, plan_name,"
                " created_wall) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (session_id, plan_id, plan_title, language, plan_source, plan_name, created_wall),
            )
        return session_id

    def programme_instance(self, session_id: str) -> str:
        """The session's ``uuid:...`` instance id for the programme's summaries: made the first time,
        the same ever after, and carried by the session file, so a session counted on two laptops
        (or imported twice) is one instance, counted once by the merge."""
        self.session(session_id)  # a clear error for an unknown session
        rows = self._read("SELECT programme_instance FROM sessions WHERE id = ?", (session_id,))
        if rows and rows[0][0]:
            return str(rows[0][0])
        import uuid

        self.set_programme_instance(session_id, f"uuid:{uuid.uuid4()}", only_if_unset=True)
        return str(self._read("SELECT programme_instance FROM sessions WHERE id = ?", (session_id,))[0][0])

    def set_programme_instance(self, session_id: str, instance: str, only_if_unset: bool = False) -> None:
        """Give the session the instance id ``instance`` (from a session file being imported)."""
        unset = " AND programme_instance IS NULL" if only_if_unset else ""
        with self._writing("the session's instance id"):
            self._db.execute(
                f"UPDATE sessions SET programme_instance = ? WHERE id = ?{unset}", (instance, session_id)
            )

    def set_companion(self, session_id: str, source: str, first: bool) -> None:
        """Keep the plan of the room's second language with the session (``first``: on the left)."""
        with self._writing("the session's second language"):
            self._db.execute(
                "UPDATE sessions SET companion_source = ?, companion_first = ? WHERE id = ?",
                (source, int(first), session_id),
            )

    def mark_left_open(self, session_id: str, wall: float) -> None:
        """The facilitator closed the app on purpose at ``wall`` with the session still open."""
        with self._writing("that the session was left open"):
            self._db.execute("UPDATE sessions SET left_open_wall = ? WHERE id = ?", (wall, session_id))

    def left_open(self, session_id: str) -> bool:
        """True when the app was closed on purpose with the session open and nothing was recorded
        in it since (False after a crash, or a crash after it was resumed)."""
        rows = self._read("SELECT left_open_wall FROM sessions WHERE id = ?", (session_id,))
        if not rows or rows[0][0] is None:
            return False
        return float(rows[0][0]) >= self.last_activity(session_id)  # type: ignore[arg-type]

    def companion(self, session_id: str) -> tuple[str, bool] | None:
        """The plan text of the room's second language and whether it is on the left, if any."""
        query = "SELECT companion_source, companion_first FROM sessions WHERE id = ?"
        rows = self._read(query, (session_id,))
        if not rows or rows[0][0] is None:
            return None
        return str(rows[0][0]), bool(rows[0][1])

    def sessions(self) -> list[SessionInfo]:
        rows = self._read(f"SELECT {_SESSION_COLUMNS} FROM sessions ORDER BY created_wall")
        return [SessionInfo(*row) for row in rows]  # type: ignore[arg-type]

    def session(self, session_id: str) -> SessionInfo:
        rows = self._read(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise StoreError(f'no session "{session_id}" in {self.path}', StoreProblem.NOT_FOUND, self.path)
        return SessionInfo(*rows[0])  # type: ignore[arg-type]

    def unfinished(self) -> list[SessionInfo]:
        return [info for info in self.sessions() if not info.finished]

    def plan_source(self, session_id: str) -> str:
        rows = self._read("SELECT plan_source FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise StoreError(f'no session "{session_id}" in {self.path}', StoreProblem.NOT_FOUND, self.path)
        return str(rows[0][0])

    def update_session(
        self,
        session_id: str,
        *,
        participants: int | None = None,
        town: str | None = None,
        audience_screen: str | None = None,
        age_band: str | None = None,
    ) -> None:
        values = {
            "participants": participants,
            "town": town,
            "audience_screen": audience_screen,
            "age_band": age_band,
        }
        changes = {column: value for column, value in values.items() if value is not None}
        if not changes:
            return
        assignments = ", ".join(f"{column} = ?" for column in changes)
        with self._writing("the session details"):
            self._db.execute(
                f"UPDATE sessions SET {assignments} WHERE id = ?", (*changes.values(), session_id)
            )

    def delete_raw_notes(self, session_id: str) -> list[Path]:
        """Delete what participants said (the notes, the roster, the review's decisions) and keep
        the session's record: its steps, times, figures, moments and referrals by kind. The copies
        of a damaged journal holding any of the session go too (``_forget_copies``): those deleted."""
        self.session(session_id)
        with self._writing("the deletion"):
            for table in ("review_decisions", "notes", "roster"):
                self._db.execute(f"DELETE FROM {table} WHERE session_id = ?", (session_id,))
        with self._lock:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return self._forget_copies(session_id, "its raw notes were")

    def delete_session(self, session_id: str) -> list[Path]:
        """Delete the session and everything of it, the copies of a damaged journal that hold any
        of it among them (``journal_rescue.forget_copies``): the copies deleted."""
        self.session(session_id)
        with self._writing("the deletion"):
            self._db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        with self._lock:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return self._forget_copies(session_id, "it was")

    def _forget_copies(self, session_id: str, done: str) -> list[Path]:
        from facilitator.sessions.journal_rescue import forget_copies

        try:
            return forget_copies(self.path, session_id)
        except OSError as exc:
            where = exc.filename or self.path.parent
            raise StoreError(
                f"session {session_id}: {done} deleted, but {where}, a copy of a damaged journal "
                f"that holds some of it, could not be deleted ({exc.strerror or exc}); delete it by hand",
                StoreProblem.SAVE,
                where,
                exc.strerror or str(exc),
            ) from None

    # -- events ------------------------------------------------------------------------------
    def record_event(self, session_id: str, event: Event) -> None:
        with self._writing("the session's progress"):
            self._db.execute(
                "INSERT INTO events (session_id, kind, step, value, wall) VALUES (?, ?, ?, ?, ?)",
                (session_id, event.kind.value, event.step, event.value, event.wall),
            )
            if event.kind is EventKind.END:
                self._db.execute("UPDATE sessions SET ended_wall = ? WHERE id = ?", (event.wall, session_id))

    def events(self, session_id: str) -> list[Event]:
        rows = self._read(
            "SELECT kind, wall, step, value FROM events WHERE session_id = ? ORDER BY id",
            (session_id,),
        )
        return [Event(EventKind(kind), wall, step, value) for kind, wall, step, value in rows]  # type: ignore[arg-type]

    def last_activity(self, session_id: str) -> float:
        """Wall time of the last thing recorded in the session: its creation, an event or a note."""
        created = self.session(session_id).created_wall
        rows = self._read(
            "SELECT MAX(wall) FROM events WHERE session_id = ?"
            " UNION ALL SELECT MAX(updated_wall) FROM notes WHERE session_id = ?",
            (session_id, session_id),
        )
        return max([created, *(float(row[0]) for row in rows if row[0] is not None)])  # type: ignore[arg-type]

    # -- notes -------------------------------------------------------------------------------
    def add_note(self, session_id: str, step: int, text: str, tags: Sequence[str], wall: float) -> int:
        """Save a note; a direction control in it (typed or pasted) is dropped: it can make the text
        show something else than it holds, and no workshop language needs one."""
        text = without_direction_controls(text)
        with self._writing("the note"):
            cursor = self._db.execute(
                "INSERT INTO notes (session_id, step, created_wall, updated_wall, tags, codec, body)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    step,
                    wall,
                    wall,
                    json.dumps(list(tags)),
                    self._codec.name,
                    self._codec.encode(text),
                ),
            )
        return int(cursor.lastrowid or 0)

    def update_note(self, note_id: int, text: str, tags: Sequence[str], wall: float) -> None:
        text = without_direction_controls(text)
        with self._writing("the note"):
            cursor = self._db.execute(
                "UPDATE notes SET body = ?, codec = ?, tags = ?, updated_wall = ? WHERE id = ?",
                (self._codec.encode(text), self._codec.name, json.dumps(list(tags)), wall, note_id),
            )
        if cursor.rowcount != 1:
            raise StoreError(f"no note {note_id} in {self.path}", StoreProblem.NOT_FOUND, self.path)

    def decline_follow_up(self, note_id: int) -> None:
        """The facilitator answered "not now" to marking this note for follow-up: not offered again."""
        with self._writing("the note's follow-up answer"):
            self._db.execute("UPDATE notes SET follow_up_declined = 1 WHERE id = ?", (note_id,))

    def declined_follow_ups(self, session_id: str) -> set[int]:
        """The ids of the session's notes answered "not now" when offered a follow-up mark."""
        rows = self._read(
            "SELECT id FROM notes WHERE session_id = ? AND follow_up_declined = 1", (session_id,)
        )
        return {int(row[0]) for row in rows}  # type: ignore[call-overload]

    def delete_note(self, note_id: int) -> None:
        with self._writing("the deletion"):
            self._db.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def notes(self, session_id: str) -> list[Note]:
        """The session's notes that can be read: one damaged on disk is left out (see
        ``unreadable_notes``), never all of them. ``UnreadableData`` when the notes are locked."""
        return self._notes_read(session_id)[0]

    def unreadable_notes(self, session_id: str) -> list[UnreadableNote]:
        """The session's notes whose stored text cannot be read (damaged): where and when each was
        written, so they can be named; ``notes`` leaves them out."""
        return self._notes_read(session_id)[1]

    def _notes_read(self, session_id: str) -> tuple[list[Note], list[UnreadableNote]]:
        rows = self._read(
            "SELECT id, session_id, step, created_wall, updated_wall, tags, codec, body FROM notes"
            " WHERE session_id = ? ORDER BY created_wall, id",
            (session_id,),
        )
        notes: list[Note] = []
        unreadable: list[UnreadableNote] = []
        for row in rows:
            try:
                notes.append(self._note(row))
            except UnreadableData:
                if getattr(self._codec, "locked", False) or row[6] not in (PlainCodec.name, self._codec.name):
                    raise  # locked, or no key (a plain store): nothing is damaged, nothing can be read
                note_id, owner, step, created = row[:4]
                unreadable.append(
                    UnreadableNote(int(str(note_id)), str(owner), int(str(step)), float(str(created)))
                )
        return notes, unreadable

    def _note(self, row: tuple[object, ...]) -> Note:
        note_id, session_id, step, created, updated, tags, codec, body = row
        if codec == PlainCodec.name:  # written before the passphrase was set, not yet encrypted
            codec_used: Codec = PlainCodec()
        elif codec == self._codec.name:
            codec_used = self._codec
        else:
            raise UnreadableData(f"note {note_id} was written with codec {codec!r}")
        try:
            tag_list = tuple(json.loads(str(tags)))
        except ValueError:
            raise UnreadableData(f"note {note_id} has damaged tags") from None
        return Note(
            int(note_id),  # type: ignore[call-overload]
            str(session_id),
            int(step),  # type: ignore[call-overload]
            float(created),  # type: ignore[arg-type]
            float(updated),  # type: ignore[arg-type]
            tag_list,
            codec_used.decode(bytes(body)),  # type: ignore[call-overload]
        )

    # -- tallies -----------------------------------------------------------------------------
    def set_tally(
        self, session_id: str, step: int, question: str, answer: str, count: int, wall: float = 0.0
    ) -> None:
        """Store how many gave ``answer`` (replacing what was typed before); counts only, never who.
        A count that is not a whole number from 0 up raises ``StoreError`` naming the field."""
        try:
            checked = check_count(count)
        except ValueError as exc:
            raise StoreError(
                f"could not save the tally to {self.path}: {exc}", StoreProblem.REFUSED, self.path, str(exc)
            ) from None
        with self._writing("the tally"):
            self._db.execute(
                "INSERT INTO tallies (session_id, step, question, answer, count, wall)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(session_id, step, question, answer)"
                " DO UPDATE SET count = excluded.count, wall = excluded.wall",
                (session_id, step, question, answer, checked, wall),
            )

    def tallies(self, session_id: str) -> list[TallyCount]:
        """Every count of the session, by step, then in the order first typed."""
        rows = self._read(
            "SELECT step, question, answer, count FROM tallies WHERE session_id = ? ORDER BY step, id",
            (session_id,),
        )
        return [TallyCount(int(s), str(q), str(a), int(c)) for s, q, a, c in rows]  # type: ignore[call-overload]

    # -- roster ------------------------------------------------------------------------------
    def set_roster(self, session_id: str, names: Sequence[str]) -> None:
        body = self._codec.encode("\n".join(names))
        with self._writing("the roster"):
            self._db.execute(
                "INSERT INTO roster (session_id, codec, body) VALUES (?, ?, ?)"
                " ON CONFLICT(session_id) DO UPDATE SET codec = excluded.codec, body = excluded.body",
                (session_id, self._codec.name, body),
            )

    def roster(self, session_id: str) -> list[str]:
        rows = self._read("SELECT codec, body FROM roster WHERE session_id = ?", (session_id,))
        if not rows:
            return []
        text = self._codec.decode(bytes(rows[0][1]))  # type: ignore[call-overload]
        return [name for name in text.split("\n") if name]

    # -- maintenance -------------------------------------------------------------------------
    def integrity_check(self) -> str:
        return str(self._read("PRAGMA integrity_check")[0][0])

    def settings(self) -> dict[str, object]:
        """The safety pragmas as SQLite reports them (checked at start-up, shown by diagnostics)."""
        return {
            "journal_mode": self._read("PRAGMA journal_mode")[0][0],
            "synchronous": self._read("PRAGMA synchronous")[0][0],
            "user_version": self._read("PRAGMA user_version")[0][0],
        }

    def backup(self, target: Path) -> None:
        """Copy the database with SQLite's online backup API (consistent even mid-session)."""
        try:
            destination = sqlite3.connect(target)
            try:
                with self._lock:
                    self._db.backup(destination)
            finally:
                destination.close()
        except sqlite3.Error as exc:
            problem = sqlite_problem(exc, target.parent, StoreProblem.SAVE)
            message = f"could not back up {self.path} to {target}: {exc}"
            raise StoreError(message, problem, target, str(exc)) from None


KEY_FILE_NAME = "key.json"
"""The key file beside the database (facilitator/security/vault.py)."""


def refuse_empty_beside_key(path: Path) -> None:
    """``StoreError`` (damaged) when the database ``path`` is an empty file although the key file
    is beside it: the data was there and is gone from this file (a failed copy, a disk fault);
    SQLite would take it for a new database and write an empty one over it."""
    key = path.parent / KEY_FILE_NAME
    try:
        empty = path.is_file() and path.stat().st_size == 0 and key.exists()
    except OSError:
        return  # said when it is opened
    if empty:
        raise StoreError(
            f"the database {path} is empty (0 bytes) although the key file {key} beside it shows that "
            "it held sessions and notes; nothing was changed. Restore the database from a backup",
            StoreProblem.DAMAGED,
            path,
            "empty",
        )


def write_protected_advice(folder: Path) -> str:
    """What a data folder that cannot be written to means, and what to do (one line)."""
    return (
        f"the data folder {folder} cannot be written to (a read-only drive or folder): nothing can be "
        f"changed; make it writable, or copy the folder to one you can write in and set "
        f"FACILITATOR_DATA_DIR to the copy"
    )


def _writable(path: Path) -> bool:
    """The database ``path`` (which exists) and its folder can be written (SQLite makes its
    journal and shared memory beside it)."""
    return os.access(path.parent, os.W_OK | os.X_OK) and os.access(path, os.W_OK)


def open_database(path: Path, codec: Codec | None = None) -> Store:
    """The database at ``path`` as the app and the commands open it: read-write, or read-only
    (``read_only``) when the disk of its folder is full. On a full disk it is never opened
    read-write at all: SQLite's shared memory on a full disk can kill the process (SIGBUS) after
    a crash left a -wal file. A full disk first gets back the space an earlier run kept aside
    (``reserve.give_back_leftover``): with that room it opens read-write after all, a -wal a kill
    left is read, and a session can be started. ``StoreError`` (its ``kind`` says why) when
    neither works. A database in a folder that cannot be written to (a read-only drive) is opened
    read-only too (``write_protected``). An empty (0-byte) file beside a key file is refused,
    untouched: it held notes once, and is never taken for a new database."""
    refuse_empty_beside_key(path)
    if path.is_file() and not _writable(path):
        try:
            store = Store.open_read_only(path, codec)
        except StoreError as exc:
            if exc.kind is not StoreProblem.DISK_FULL:  # (an older schema: it needs changes written)
                raise
            raise StoreError(
                f"{exc}: an earlier version of the app wrote it, and it must be updated before it is "
                f"read; {write_protected_advice(path.parent)}",
                StoreProblem.WRITE_PROTECTED,
                path,
            ) from None
        store.write_protected = True
        return store
    if disk_is_full(path.parent):
        from facilitator.sessions.reserve import give_back_leftover

        # space an earlier run kept aside is given back: the database then opens for writing
        if not (give_back_leftover(path.parent) and not disk_is_full(path.parent)):
            return Store.open_read_only(path, codec)
    _keep_leftover_journal(path)
    try:
        return Store.open(path, codec)
    except StoreError:
        if not disk_is_full(path.parent):
            raise
    return Store.open_read_only(path, codec)


def _keep_leftover_journal(path: Path) -> None:
    """Before SQLite reads what a crash left in the -wal: what its recovery would drop is kept
    and recorded (``journal_rescue``). Not while the database is open, in this process or in
    another app on this data folder: its -wal is then in use, not left over."""
    try:  # the usual case, at no cost: no -wal is left after a clean close
        if _open_here(path) or not path.with_name(path.name + "-wal").stat().st_size:
            return
    except OSError:
        return
    from facilitator import instance_lock
    from facilitator.paths import INSTANCE_LOCK_NAME
    from facilitator.sessions.journal_rescue import keep_if_lost

    holder = instance_lock.holder(path.parent / INSTANCE_LOCK_NAME)
    if holder is not None and holder.pid != os.getpid():
        return
    keep_if_lost(path)
