"""What the live session records, kept in memory when the disk cannot take it, until it lands.

Every record a live session makes besides a note's text goes through one ``PendingWrites``: the
engine's events (steps, pauses, time added), resistance moments, referrals offered, tally counts,
the session's figures, the projector's screen. A write that fails because the disk is full (or
busy, or open read-only) once the space held in reserve is given back
(``reserve.write_with_room``) is kept, in the order it was made, and written again by ``retry`` (the
UI calls it every few seconds); a later write waits behind it, so the journal's order is the order
things happened. A write made again under the same ``key`` (a count typed over) replaces the one
waiting: the newer one carries the whole value.

Notes keep their own writer (``note_writer.NoteWriter``): their text stays in the notes box.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from enum import Enum

from facilitator.sessions.errors import StoreError, StoreProblem
from facilitator.sessions.reserve import write_with_room
from facilitator.sessions.store import Store

KEPT_PROBLEMS = (
    StoreProblem.DISK_FULL,
    StoreProblem.SAVE,
    StoreProblem.BUSY,
    StoreProblem.READ_ONLY,
    StoreProblem.WRITE_PROTECTED,
)
"""Failures that may pass (space freed, the other program done): what failed is kept and tried
again. Any other failure (a refused value, a record gone) is raised: trying again cannot help."""


class RecordKind(Enum):
    """What a kept write records: the console says which kinds wait."""

    EVENT = "event"
    """A step, a pause, time added or taken: the engine's journal."""
    MOMENT = "moment"
    """A resistance moment (F2)."""
    REFERRAL = "referral"
    """A referral offered (F3)."""
    COUNT = "count"
    """A tally count."""
    FIGURES = "figures"
    """Participants, age band, town."""
    SESSION = "session"
    """The session's own settings (the projector's screen, the room's second language)."""


@dataclass(eq=False)
class Record:
    """One write waiting: ``write`` does it on the store; ``detail`` is what the UI may show of it
    before it lands (a referral's step, a count's step and question), never a note's text."""

    kind: RecordKind
    write: Callable[[Store], object]
    key: Hashable | None = None
    detail: object = None


@dataclass(frozen=True)
class Change:
    """What a write or a retry did, for the listeners: ``left`` records still wait; ``error`` is
    why the first of them did not land (None when all did); ``fresh`` when that error came from
    a record just made (say it) rather than a retry; ``refused`` a record dropped because trying
    again cannot help (said, never silently)."""

    left: int
    error: BaseException | None
    fresh: bool
    refused: tuple[tuple[Record, BaseException], ...] = ()


Listener = Callable[[Change], None]


class PendingWrites:
    """The live session's records on their way to the store, in order. Not thread-safe: used
    from the thread that runs the session (the UI's)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._waiting: list[Record] = []
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every write or retry that leaves something waiting, or empties
        the queue; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def write(
        self,
        kind: RecordKind,
        write: Callable[[Store], object],
        key: Hashable | None = None,
        detail: object = None,
    ) -> bool:
        """Write now, after whatever waits; True when it landed, False when it is kept (to be
        written by ``retry``). A failure that trying again cannot mend is raised, nothing kept."""
        record = Record(kind, write, key, detail)
        if not self._waiting:
            try:
                write_with_room(self._store, write)
            except StoreError as exc:
                if exc.kind not in KEPT_PROBLEMS:
                    raise
                self._waiting.append(record)
                self._tell(Change(len(self._waiting), exc, fresh=True))
                return False
            return True
        same = next((i for i, r in enumerate(self._waiting) if key is not None and r.key == key), None)
        if same is None:
            self._waiting.append(record)
        else:
            self._waiting[same] = record
        self._flush(fresh=record)
        return record not in self._waiting

    def retry(self) -> bool:
        """Write what waits, in order, until one fails again; True when nothing waits any more."""
        if self._waiting:
            self._flush(fresh=None)
        return not self._waiting

    def waiting(self, kind: RecordKind | None = None) -> list[Record]:
        """The records not on disk yet (of ``kind``), oldest first."""
        return [record for record in self._waiting if kind is None or record.kind is kind]

    def __len__(self) -> int:
        return len(self._waiting)

    def _flush(self, fresh: Record | None) -> None:
        refused: list[tuple[Record, BaseException]] = []
        error: BaseException | None = None
        while self._waiting:
            record = self._waiting[0]
            try:
                write_with_room(self._store, record.write)
            except StoreError as exc:
                if exc.kind in KEPT_PROBLEMS:
                    error = exc
                    break
                refused.append((record, exc))
            except Exception as exc:  # a record that can never be written must not block the rest
                refused.append((record, exc))
            self._waiting.pop(0)
        said = error is not None and fresh is not None and fresh in self._waiting
        self._tell(Change(len(self._waiting), error, said, tuple(refused)))

    def _tell(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
