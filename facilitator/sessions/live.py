"""A live session: the engine, its record in the store, and the notes typed during it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from facilitator.sessions.clock import Clock
from facilitator.sessions.engine import Engine
from facilitator.sessions.events import Event
from facilitator.sessions.plan_loader import LoadedPlan, parse_plan
from facilitator.sessions.store import Note, Store

NOTE_TAGS = ("quote", "insight", "resistance", "follow-up", "referral")


class LiveSession:
    """Commands go to the engine; every event and note is committed before anyone sees it."""

    def __init__(
        self, store: Store, session_id: str, engine: Engine, clock: Clock, loaded: LoadedPlan
    ) -> None:
        self.store = store
        self.loaded = loaded
        self.id = session_id
        self.engine = engine
        self._clock = clock

    @classmethod
    def new(cls, store: Store, loaded: LoadedPlan, plan_name: str, clock: Clock) -> LiveSession:
        plan = loaded.plan
        session_id = store.create_session(
            plan_id=plan.id,
            plan_title=plan.title,
            language=plan.language,
            plan_source=loaded.source,
            plan_name=plan_name,
            created_wall=clock.wall(),
        )
        engine = Engine(plan, clock, journal=lambda event: store.record_event(session_id, event))
        return cls(store, session_id, engine, clock, loaded)

    @classmethod
    def resume(cls, store: Store, session_id: str, clock: Clock) -> LiveSession:
        """Rebuild an unfinished session; the time the laptop was off counts as time that passed."""
        info = store.session(session_id)
        folder = Path(info.plan_name).parent
        # images are checked again where they were; a missing or refused one is simply not shown
        loaded = parse_plan(
            store.plan_source(session_id).encode("utf-8"),
            info.plan_name,
            base_dir=folder if folder.is_dir() else None,
        )
        journal = lambda event: store.record_event(session_id, event)  # noqa: E731
        engine = Engine.replay(loaded.plan, store.events(session_id), clock, journal)
        return cls(store, session_id, engine, clock, loaded)

    def add_note(self, text: str, tags: Sequence[str] = (), step: int | None = None) -> int:
        """Commit a note to the current step (or ``step``) and return its id."""
        target = self.engine.index if step is None else step
        return self.store.add_note(self.id, target, text, checked_tags(tags), self._clock.wall())

    def update_note(self, note_id: int, text: str, tags: Sequence[str]) -> None:
        self.store.update_note(note_id, text, checked_tags(tags), self._clock.wall())

    def wall(self) -> float:
        """The wall-clock time notes are stamped with."""
        return self._clock.wall()

    def notes(self) -> list[Note]:
        return self.store.notes(self.id)

    def events(self) -> list[Event]:
        return self.store.events(self.id)


def checked_tags(tags: Sequence[str]) -> list[str]:
    """Known tags, each once, in the order given; ``ValueError`` names an unknown one."""
    unknown = [tag for tag in tags if tag not in NOTE_TAGS]
    if unknown:
        raise ValueError(f"unknown note tag {unknown[0]!r}; expected one of {', '.join(NOTE_TAGS)}")
    return list(dict.fromkeys(tags))
