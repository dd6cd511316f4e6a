"""A live session: the engine, its record in the store, and the notes typed during it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from facilitator.sessions.clock import Clock
from facilitator.sessions.engine import Engine
from facilitator.sessions.events import Event
from facilitator.sessions.pending import PendingWrites, RecordKind
from facilitator.sessions.plan_loader import LoadedPlan, parse_stored_plan
from facilitator.sessions.reserve import write_with_room
from facilitator.sessions.store import Note, Store

NOTE_TAGS = ("quote", "insight", "resistance", "follow-up", "referral")


class LiveSession:
    """Commands go to the engine; every event is committed before anyone sees it, or, when the
    disk cannot take it, kept in ``pending`` (in order) and written as soon as it can be."""

    def __init__(
        self,
        store: Store,
        session_id: str,
        engine: Engine,
        clock: Clock,
        loaded: LoadedPlan,
        pending: PendingWrites | None = None,
    ) -> None:
        self.store = store
        self.loaded = loaded
        self.id = session_id
        self.engine = engine
        self._clock = clock
        self.pending = pending if pending is not None else PendingWrites(store)
        """Every record of this session besides notes' text, kept until it lands."""

    @classmethod
    def new(cls, store: Store, loaded: LoadedPlan, plan_name: str, clock: Clock) -> LiveSession:
        plan = loaded.plan
        session_id = write_with_room(  # a full disk: written into the space kept aside, if any
            store,
            lambda s: s.create_session(
                plan_id=plan.id,
                plan_title=plan.title,
                language=plan.language,
                plan_source=loaded.source,
                plan_name=plan_name,
                created_wall=clock.wall(),
            ),
        )
        pending = PendingWrites(store)
        engine = Engine(plan, clock, journal=_journal(pending, session_id))
        return cls(store, session_id, engine, clock, loaded, pending)

    @classmethod
    def resume(cls, store: Store, session_id: str, clock: Clock) -> LiveSession:
        """Rebuild an unfinished session; the time the laptop was off counts as time that passed."""
        info = store.session(session_id)
        folder = Path(info.plan_name).parent
        # images are checked again where they were; a missing or refused one is simply not shown
        loaded = parse_stored_plan(
            store.plan_source(session_id).encode("utf-8"),
            info.plan_name,
            store.path,
            session_id,
            base_dir=folder if folder.is_dir() else None,
        )
        pending = PendingWrites(store)
        engine = Engine.replay(loaded.plan, store.events(session_id), clock, _journal(pending, session_id))
        return cls(store, session_id, engine, clock, loaded, pending)

    def add_note(self, text: str, tags: Sequence[str] = (), step: int | None = None) -> int:
        """Commit a note to the current step (or ``step``) and return its id."""
        target = self.engine.index if step is None else step
        return self.store.add_note(self.id, target, text, checked_tags(tags), self._clock.wall())

    def update_note(self, note_id: int, text: str, tags: Sequence[str]) -> None:
        self.store.update_note(note_id, text, checked_tags(tags), self._clock.wall())

    def leave_open(self) -> None:
        """Record that the facilitator closed the app on purpose now, the session still open."""
        self.store.mark_left_open(self.id, self._clock.wall())

    def wall(self) -> float:
        """The wall-clock time notes are stamped with."""
        return self._clock.wall()

    def notes(self) -> list[Note]:
        return self.store.notes(self.id)

    def events(self) -> list[Event]:
        return self.store.events(self.id)


def _journal(pending: PendingWrites, session_id: str) -> Callable[[Event], None]:
    """The engine's journal: each event committed, or kept in order when the disk cannot take it
    (the session goes on; a failure trying again cannot mend is raised and changes nothing)."""

    def record(event: Event) -> None:
        pending.write(RecordKind.EVENT, lambda store: store.record_event(session_id, event))

    return record


def checked_tags(tags: Sequence[str]) -> list[str]:
    """Known tags, each once, in the order given; ``ValueError`` names an unknown one."""
    unknown = [tag for tag in tags if tag not in NOTE_TAGS]
    if unknown:
        raise ValueError(f"unknown note tag {unknown[0]!r}; expected one of {', '.join(NOTE_TAGS)}")
    return list(dict.fromkeys(tags))
