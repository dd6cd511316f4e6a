"""Advice for a session running late: which upcoming steps to shorten, and by how many minutes.

The plan's buffer is time in hand: a delay up to the buffer needs no cut (the advice says how much
of the buffer is left); only the minutes beyond it are taken from the steps not yet run."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

MIN_CUTTABLE = 4 * 60
"""A step with less time left than this is not worth shortening."""
MAX_SHARE = 0.5
"""At most this share of a step's remaining time is cut."""


@dataclass(frozen=True)
class Candidate:
    index: int
    remaining: float
    fixed: bool


@dataclass(frozen=True)
class Cut:
    index: int
    minutes: int


@dataclass(frozen=True)
class RetimingAdvice:
    behind_minutes: int
    cuts: tuple[Cut, ...]
    shortfall_minutes: int
    """Minutes that cannot be recovered without touching fixed steps or cutting deeper."""
    buffer_minutes: int = 0
    """The plan's buffer: the first minutes of delay it absorbs need no cut."""

    @property
    def recovered_minutes(self) -> int:
        return sum(cut.minutes for cut in self.cuts)

    @property
    def buffer_left_minutes(self) -> int:
        """Buffer minutes still in hand after the delay (0 once it is used up)."""
        return max(0, self.buffer_minutes - self.behind_minutes)

    @property
    def past_buffer(self) -> bool:
        """The delay is more than the buffer can absorb: steps must be shortened."""
        return self.behind_minutes > self.buffer_minutes


def advise(behind_seconds: float, upcoming: Sequence[Candidate], buffer_minutes: int = 0) -> RetimingAdvice:
    """Spread the delay beyond the buffer over upcoming, non-fixed steps in proportion to what
    each can give."""
    over = math.ceil(behind_seconds / 60) if behind_seconds >= 60 else 0
    need = over - buffer_minutes
    if need <= 0:
        return RetimingAdvice(over, (), 0, buffer_minutes)
    capacity = {
        c.index: int(c.remaining * MAX_SHARE // 60)
        for c in upcoming
        if not c.fixed and c.remaining >= MIN_CUTTABLE
    }
    capacity = {index: minutes for index, minutes in capacity.items() if minutes > 0}
    total = sum(capacity.values())
    if total <= need:
        cuts = tuple(Cut(index, minutes) for index, minutes in capacity.items())
        return RetimingAdvice(over, cuts, need - total, buffer_minutes)
    shares = {index: need * minutes / total for index, minutes in capacity.items()}
    given = {index: math.floor(share) for index, share in shares.items()}
    left = need - sum(given.values())
    by_remainder = sorted(shares, key=lambda index: (given[index] - shares[index], index))
    for index in by_remainder[:left]:
        given[index] += 1
    cuts = tuple(Cut(index, minutes) for index, minutes in sorted(given.items()) if minutes > 0)
    return RetimingAdvice(over, cuts, 0, buffer_minutes)
