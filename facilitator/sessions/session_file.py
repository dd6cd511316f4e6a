"""The raw session record as a JSON file (``sessions export-json`` / ``sessions import``).

SENSITIVE: the file holds every note as typed. It is documented in docs/session-format.md.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, NonNegativeInt, StrictFloat, StrictInt

from facilitator.languages import Language
from facilitator.security.keys import SCRYPT_N
from facilitator.security.sealed import is_sealed, seal, unseal
from facilitator.sessions.atomic import write_atomic
from facilitator.sessions.errors import FileError, InvalidFile
from facilitator.sessions.events import Event, EventKind
from facilitator.sessions.figures import AgeBand, checked_town
from facilitator.sessions.live import NOTE_TAGS
from facilitator.sessions.plan import Plan
from facilitator.sessions.plan_loader import parse_plan
from facilitator.sessions.plan_schema import Slug, Text
from facilitator.sessions.store import SessionInfo, Store, StoreError
from facilitator.sessions.structured import Document, read_file, size_in_words
from facilitator.sessions.tallies import MAX_COUNT
from facilitator.sessions.validation import parse_checked

SESSION_FORMAT = 1
SENSITIVE_NOTICE = (
    "SENSITIVE: raw notes of a workshop session, as typed, not anonymized. Keep it private and "
    "delete it when no longer needed."
)
EARLIEST, LATEST = 946_684_800, 4_102_444_800  # 2000-01-01 and 2100-01-01, seconds since 1970
MAX_PARTICIPANTS = 10_000
MAX_ADJUST = 24 * 60 * 60


def _wall(value: float) -> float:
    if not math.isfinite(value) or not EARLIEST <= value <= LATEST:
        raise ValueError(f"expected a time from 2000 to 2100 (seconds since 1970), got {value!r}")
    return value


def _seconds(value: float) -> float:
    if not math.isfinite(value) or abs(value) > MAX_ADJUST:
        raise ValueError(f"expected seconds from -{MAX_ADJUST} to {MAX_ADJUST}, got {value!r}")
    return value


def _participants(value: int) -> int:
    if value > MAX_PARTICIPANTS:
        raise ValueError(f"expected at most {MAX_PARTICIPANTS} participants, got {value}")
    return value


Wall = Annotated[StrictFloat | StrictInt, AfterValidator(_wall)]
Seconds = Annotated[StrictFloat | StrictInt, AfterValidator(_seconds)]
Participants = Annotated[NonNegativeInt, AfterValidator(_participants)]
Town = Annotated[Text, AfterValidator(checked_town)]


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SessionMeta(_Closed):
    id: Annotated[str, Field(pattern=r"^[a-z0-9]{1,32}$")]
    plan_id: Text
    plan_title: Text
    language: Language
    plan_name: Text
    created_wall: Wall
    ended_wall: Wall | None = None
    participants: Participants | None = None
    town: Town | None = None
    age_band: AgeBand | None = None
    programme_instance: (
        Annotated[str, Field(pattern=r"^uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
        | None
    ) = None
    """The programme summary's instance id: the same session is counted once wherever it is imported."""


class EventRecord(_Closed):
    kind: EventKind
    step: NonNegativeInt | None
    value: Seconds = 0.0
    wall: Wall


class NoteRecord(_Closed):
    step: NonNegativeInt
    created_wall: Wall
    updated_wall: Wall
    tags: tuple[Literal["quote", "insight", "resistance", "follow-up", "referral"], ...] = ()
    text: Annotated[str, Field(max_length=100_000)]


class TallyRecord(_Closed):
    """How many in the room gave one answer to one tally of a step (counts only, never who)."""

    step: NonNegativeInt
    question: Slug
    answer: Slug
    count: Annotated[NonNegativeInt, Field(le=MAX_COUNT)]


class SessionFile(_Closed):
    format: Literal[1]
    kind: Literal["facilitator-session"]
    sensitive: str
    session: SessionMeta
    plan_source: str
    events: tuple[EventRecord, ...]
    notes: tuple[NoteRecord, ...] = ()
    roster: tuple[Text, ...] = ()
    tallies: tuple[TallyRecord, ...] = ()


SEALED_CONTENT = "facilitator-session"


MAX_SESSION_BYTES = 8 * 1024 * 1024
"""The most a session's record (its notes, plan and events as JSON) may take, sealed or not: import
reads what export writes, and export refuses a session over it (a two-hour session's notes take a
few dozen KiB)."""


def export_session(
    store: Store, session_id: str, out: Path, passphrase: str, cost: int = SCRYPT_N, replace: bool = True
) -> None:
    """Write the complete raw record of a session to ``out``, sealed under ``passphrase`` (the
    notes never reach the disk in plain text) and readable by its owner only. A session that could
    not be read back (too large; a note over the length import takes) is refused (``InvalidFile``,
    naming the field, never the text), and nothing is written.
    ``replace``: False keeps a file made at ``out`` meanwhile (``WriteFailed``), as ``write_atomic``."""
    plain = session_record(store, session_id)
    if len(plain) > MAX_SESSION_BYTES:
        message = (
            f"session {session_id} takes {size_in_words(len(plain))}, more than the "
            f"{size_in_words(MAX_SESSION_BYTES)} a session file can hold to be imported again; "
            "nothing was written"
        )
        raise InvalidFile([FileError(str(out), 0, "", message)])
    try:  # import reads what export writes: read back here first, in memory
        _checked_record(plain, f"session {session_id}")
    except InvalidFile as exc:
        reasons = "; ".join(f"{e.path}: {e.message}" if e.path else e.message for e in exc.errors[:3])
        message = f"session {session_id} could not be imported again ({reasons}); nothing was written"
        raise InvalidFile([FileError(str(out), 0, "", message)]) from None
    write_atomic(out, seal(plain, passphrase, SEALED_CONTENT, cost), private=True, replace=replace)


def session_record(store: Store, session_id: str) -> bytes:
    """The complete raw record of a session as JSON (in memory: it holds the notes as typed)."""
    info = store.session(session_id)
    record = {
        "format": SESSION_FORMAT,
        "kind": "facilitator-session",
        "sensitive": SENSITIVE_NOTICE,
        "session": _meta(info) | {"programme_instance": _instance(store, session_id)},
        "plan_source": store.plan_source(session_id),
        "events": [
            {"kind": e.kind.value, "step": e.step, "value": e.value, "wall": e.wall}
            for e in store.events(session_id)
        ],
        "notes": [
            {
                "step": n.step,
                "created_wall": n.created_wall,
                "updated_wall": n.updated_wall,
                "tags": list(n.tags),
                "text": n.text,
            }
            for n in store.notes(session_id)
        ],
        "roster": store.roster(session_id),
        "tallies": [
            {"step": t.step, "question": t.question, "answer": t.answer, "count": t.count}
            for t in store.tallies(session_id)
        ],
    }
    return (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _instance(store: Store, session_id: str) -> str | None:
    """The session's programme instance id; None when it has none and none can be saved (a full
    disk): the record is still written, and the copy gets its own id when imported."""
    try:
        return store.programme_instance(session_id)
    except StoreError:
        return None


def _meta(info: SessionInfo) -> dict[str, object]:
    fields = (
        "id",
        "plan_id",
        "plan_title",
        "language",
        "plan_name",
        "created_wall",
        "ended_wall",
        "participants",
        "town",
        "age_band",
    )
    return {name: getattr(info, name) for name in fields}


PLAIN_FILE_WARNING = (
    "not sealed: anyone who can open this file reads its notes; delete it once imported "
    "(sessions export-json writes a sealed copy)"
)


def read_session_file(
    path: Path,
    passphrase: Callable[[], str] | None = None,
    warn: Callable[[FileError], None] | None = None,
) -> SessionFile:
    """Read and check a session file; raise ``InvalidFile`` naming file, line and field.

    A sealed file is opened with ``passphrase()`` (asked only then); a plain one, written by an
    earlier version or by hand, is read as it is (there is no passphrase to ask), and ``warn`` told
    that its notes lie in plain text. A direction control in a text (a note typed with one, by
    an earlier version) is removed, and ``warn`` told with the line and the field."""
    raw = read_file(path)
    name = str(path)
    sealed = is_sealed(raw)
    if sealed:
        if passphrase is None:
            message = "this session file is sealed with a passphrase; give it to open the file"
            raise InvalidFile([FileError(name, 0, "", message)])
        raw = unseal(raw, passphrase(), name, SEALED_CONTENT, MAX_SESSION_BYTES)
        name = f"{path} (opened)"
    record, document = _checked_record(raw, name)
    if warn is not None:
        plain = [] if sealed else [FileError(name, 0, "", PLAIN_FILE_WARNING)]
        for warning in [*plain, *document.warnings]:
            warn(warning)
    return record


def _checked_record(raw: bytes, name: str) -> tuple[SessionFile, Document]:
    """The record in ``raw``, checked as import checks it, or ``InvalidFile``."""
    record, document = parse_checked(
        raw, name, SessionFile, SESSION_FORMAT, MAX_SESSION_BYTES, drop_direction=True
    )
    errors = _check_consistency(record, document)
    if errors:
        raise InvalidFile(errors)
    return record, document


def _check_consistency(record: SessionFile, document: Document) -> list[FileError]:
    errors: list[FileError] = []

    def report(path: tuple[str | int, ...], message: str) -> None:
        errors.append(document.error(path, message))

    try:
        plan = parse_plan(record.plan_source.encode("utf-8"), "plan_source").plan
    except InvalidFile as exc:
        first = exc.errors[0]
        report(("plan_source",), f"the embedded plan is invalid: {first}")
        return errors
    last_wall = float("-inf")
    for index, event in enumerate(record.events):
        if event.step is not None and event.step >= len(plan.steps):
            report(("events", index, "step"), f"expected a step from 0 to {len(plan.steps) - 1}")
        if event.wall < last_wall:
            report(("events", index, "wall"), "expected times in order; this event is earlier")
        last_wall = max(last_wall, float(event.wall))
    for index, note in enumerate(record.notes):
        if note.step >= len(plan.steps):
            report(("notes", index, "step"), f"expected a step from 0 to {len(plan.steps) - 1}")
    _check_tallies(record, plan, report)
    return errors


def _check_tallies(
    record: SessionFile, plan: Plan, report: Callable[[tuple[str | int, ...], str], None]
) -> None:
    """Each count names a tally of its step and one of its answers, once."""
    seen: set[tuple[int, str, str]] = set()
    for index, tally in enumerate(record.tallies):
        if tally.step >= len(plan.steps):
            report(("tallies", index, "step"), f"expected a step from 0 to {len(plan.steps) - 1}")
            continue
        questions = {t.id: t for t in plan.steps[tally.step].audience.tallies}
        question = questions.get(tally.question)
        if question is None:
            known = ", ".join(questions) or "none"
            report(
                ("tallies", index, "question"),
                f'step {tally.step} has no tally "{tally.question}" (its tallies: {known})',
            )
            continue
        answers = [answer.id for answer in question.answers]
        if tally.answer not in answers:
            report(("tallies", index, "answer"), f"expected one of {', '.join(answers)}")
        key = (tally.step, tally.question, tally.answer)
        if key in seen:
            report(("tallies", index), "this answer's count is already given earlier in the file")
        seen.add(key)


def already_imported(store: Store, record: SessionFile) -> SessionInfo | None:
    """The session of ``record`` if the store has it already: the same programme instance (the
    id a session keeps across laptops), or the same workshop started at the same moment that is
    the same record (its own id here, or the same events and notes: a copy imported before).
    Two different records that only share the workshop and the start second are two sessions."""
    meta = record.session
    instances = {str(row[0]): row[1] for row in store.query("SELECT id, programme_instance FROM sessions")}
    for info in store.sessions():
        same_instance = (
            meta.programme_instance is not None and instances.get(info.id) == meta.programme_instance
        )
        if same_instance:
            return info
        same_start = info.plan_id == meta.plan_id and info.created_wall == float(meta.created_wall)
        if same_start and (info.id == meta.id or _same_content(store, info.id, record)):
            return info
    return None


def _same_content(store: Store, session_id: str, record: SessionFile) -> bool:
    """Whether the stored session holds what ``record`` holds (its events and its notes). One
    that cannot be read is taken as the same: refusing is safe, a duplicate is not undone."""
    try:
        events = [(event.kind.value, float(event.wall), event.step) for event in store.events(session_id)]
        notes = [(note.step, float(note.created_wall), note.text) for note in store.notes(session_id)]
    except Exception:
        return True
    return events == [
        (event.kind.value, float(event.wall), event.step) for event in record.events
    ] and notes == [(note.step, float(note.created_wall), note.text) for note in record.notes]


def import_session(store: Store, record: SessionFile) -> str:
    """Add a checked session record to the store; returns the new session's id."""
    with store.batch("the imported session"):
        return _insert(store, record)


def _insert(store: Store, record: SessionFile) -> str:
    meta = record.session
    session_id = store.create_session(
        plan_id=meta.plan_id,
        plan_title=meta.plan_title,
        language=meta.language,
        plan_source=record.plan_source,
        plan_name=meta.plan_name,
        created_wall=float(meta.created_wall),
    )
    store.update_session(session_id, participants=meta.participants, town=meta.town, age_band=meta.age_band)
    if meta.programme_instance is not None:
        store.set_programme_instance(session_id, meta.programme_instance)
    for event in record.events:
        store.record_event(session_id, Event(event.kind, float(event.wall), event.step, float(event.value)))
    for note in record.notes:
        note_id = store.add_note(session_id, note.step, note.text, note.tags, float(note.created_wall))
        if note.updated_wall != note.created_wall:
            store.update_note(note_id, note.text, note.tags, float(note.updated_wall))
    if record.roster:
        store.set_roster(session_id, record.roster)
    for tally in record.tallies:
        store.set_tally(session_id, tally.step, tally.question, tally.answer, tally.count)
    return session_id


__all__ = ["NOTE_TAGS", "already_imported", "export_session", "import_session", "read_session_file"]
