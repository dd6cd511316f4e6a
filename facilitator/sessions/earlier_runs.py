"""Has this workshop been run already? Asked before F5 starts a new session of it.

Starting a session is cheap to do by accident (F5, or the first press of a clicker's "next") and
costly to undo: a second session of the same workshop splits its notes, its moments and the
programme's counts in two. So a start is held once when the same workshop has a session that did
not end properly (the facilitator chose "decide later" about it) or one started today, and the
console says so; the same key pressed again starts the new session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator.sessions.store import Store


@dataclass(frozen=True)
class EarlierRun:
    """A session of the same workshop that makes starting another one worth a second press."""

    started_wall: float
    ended_wall: float | None
    """None: it did not end properly and is kept to resume later."""
    last_wall: float
    """The last thing recorded in it (an event or a note)."""
    left_open: bool = False
    """Unfinished because the facilitator closed the app on purpose while it ran (Ctrl+Q, "Yes")."""

    @property
    def unfinished(self) -> bool:
        return self.ended_wall is None


def same_day(one: float, other: float) -> bool:
    """Two moments on the same calendar day of the laptop's time zone."""
    return datetime.fromtimestamp(one).date() == datetime.fromtimestamp(other).date()


def earlier_run(store: Store, plan_id: str, now_wall: float) -> EarlierRun | None:
    """The latest session of ``plan_id`` that did not end properly, else the latest started on
    ``now_wall``'s day; None when there is neither (a run on another day is a new group's).

    Raises ``StoreError`` when the store cannot be read.
    """
    runs = [info for info in store.sessions() if info.plan_id == plan_id]
    kept = [info for info in runs if not info.finished]
    today = [info for info in runs if same_day(info.created_wall, now_wall)]
    if not (kept or today):
        return None
    chosen = (kept or today)[-1]
    left_open = chosen.ended_wall is None and store.left_open(chosen.id)
    return EarlierRun(chosen.created_wall, chosen.ended_wall, store.last_activity(chosen.id), left_open)
