"""Read-only views of a live session, computed on demand from the engine and the clock."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    NOT_STARTED = "not-started"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class RowStatus(StrEnum):
    DONE = "done"
    CURRENT = "current"
    UPCOMING = "upcoming"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class PhaseState:
    index: int
    label: str
    remaining: float
    """Seconds left in this phase; negative once it runs over."""
    count: int


@dataclass(frozen=True)
class SessionState:
    status: Status
    index: int
    step_elapsed: float
    step_allotted: float
    remaining: float
    """Seconds left in the current step (deadline minus now); negative in overtime."""
    phase: PhaseState | None
    session_elapsed: float
    """Wall-time seconds since the start, pauses included: the room's clock."""
    projected_length: float
    """Start to projected end, in seconds, if every remaining step keeps its time box."""
    planned_length: float
    """Seconds the steps add up to (the buffer is not in any step)."""
    start_wall: float | None
    buffer: float = 0.0
    """Seconds of the plan's buffer: time in hand, within the target length, after the steps."""

    @property
    def overtime(self) -> float:
        return max(0.0, -self.remaining)

    @property
    def behind(self) -> float:
        """Seconds behind plan (negative: ahead)."""
        return self.projected_length - self.planned_length

    @property
    def buffer_left(self) -> float:
        """Seconds of buffer still in hand (0 once the delay has used it up)."""
        return max(0.0, self.buffer - max(0.0, self.behind))

    @property
    def over_buffer(self) -> float:
        """Seconds behind beyond the buffer: what would make the session end after its target."""
        return max(0.0, self.behind - self.buffer)

    @property
    def projected_end_wall(self) -> float | None:
        return None if self.start_wall is None else self.start_wall + self.projected_length


@dataclass(frozen=True)
class AgendaRow:
    index: int
    step_id: str
    title: str
    planned: float
    allotted: float
    actual: float
    status: RowStatus
    fixed: bool
