"""Time for the engine: a monotonic clock for durations and a wall clock for records."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (durations, deadlines)."""
        ...

    def wall(self) -> float:
        """Seconds since the epoch (what is recorded, what survives a reboot)."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()


class FakeClock:
    """A clock tests move by hand: ``clock.advance(90)``. Both readings move together."""

    def __init__(self, wall: float = 1_790_000_000.0, monotonic: float = 1000.0) -> None:
        self._wall = wall
        self._monotonic = monotonic

    def monotonic(self) -> float:
        return self._monotonic

    def wall(self) -> float:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._wall += seconds
        self._monotonic += seconds


class ReplayClock:
    """Replays recorded wall times in the monotonic domain of ``live``.

    Used to rebuild a session after a crash: every recorded moment is placed on the live monotonic
    axis, so the time the laptop spent rebooting counts as time that passed in the workshop.
    """

    def __init__(self, live: Clock) -> None:
        self._offset = live.monotonic() - live.wall()
        self._wall = live.wall()

    def at(self, wall: float) -> None:
        self._wall = wall

    def monotonic(self) -> float:
        return self._wall + self._offset

    def wall(self) -> float:
        return self._wall
