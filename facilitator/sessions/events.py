"""What happens in a live session, as recorded: the engine's state is rebuilt from these."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EventKind(StrEnum):
    START = "start"
    GOTO = "goto"
    PAUSE = "pause"
    RESUME = "resume"
    ADJUST = "adjust"
    PHASE = "phase"
    REVEAL = "reveal"
    END = "end"


@dataclass(frozen=True)
class Event:
    """One transition. ``step`` is the step it concerns; ``value`` is seconds for ``adjust`` and,
    for ``reveal``, how many of the step's hidden answers are shown after it."""

    kind: EventKind
    wall: float
    step: int | None = None
    value: float = 0.0
