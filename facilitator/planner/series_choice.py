"""Which session of a series to open: each session with its number, title, purpose and length, and
the one to offer first, the next not yet run on this laptop (session 1 when none has run)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.sessions.series_loader import LoadedSeries
    from facilitator.sessions.store import Store


@dataclass(frozen=True)
class SessionChoice:
    number: int | None
    """None: the follow-up, after the numbered sessions."""
    title: str
    purpose: str
    seconds: float
    """The session's length: its steps and its buffer (what fills the target length)."""
    path: Path
    plan_id: str
    last_run: float | None
    """When a session of this plan last started on this laptop (wall clock), None: never."""


def session_choices(loaded: LoadedSeries, runs: Mapping[str, float]) -> list[SessionChoice]:
    """The series' sessions in order, then its follow-up; ``runs``: plan id -> when it last ran."""
    series = loaded.series
    told = [s.purpose for s in series.sessions] + ([series.follow_up.purpose] if series.follow_up else [])
    entries = [*loaded.sessions, *([loaded.follow_up] if loaded.follow_up else [])]
    return [
        SessionChoice(
            entry.number,
            entry.loaded.plan.title,
            purpose,
            entry.loaded.plan.total_with_buffer,
            Path(entry.path),
            entry.loaded.plan.id,
            runs.get(entry.loaded.plan.id),
        )
        for purpose, entry in zip(told, entries, strict=True)
    ]


def next_to_run(choices: Sequence[SessionChoice]) -> int:
    """The first session (in the series' order) never run here; the first one when every session
    has run or none has (a laptop that knows nothing of the group offers session 1)."""
    return next((index for index, choice in enumerate(choices) if choice.last_run is None), 0)


def runs_in(store: Store) -> dict[str, float]:
    """Plan id -> when a session of it last started in ``store`` (started sessions only: a record
    is made when the facilitator presses Start); none when the store cannot be read (the chooser
    then offers session 1, as on a new laptop)."""
    from facilitator.sessions.store import StoreError

    try:
        sessions = store.sessions()
    except StoreError:
        return {}
    runs: dict[str, float] = {}
    for info in sessions:
        runs[info.plan_id] = max(info.created_wall, runs.get(info.plan_id, info.created_wall))
    return runs
