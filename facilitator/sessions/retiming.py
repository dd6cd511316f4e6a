"""Advice for a session running late: which upcoming steps to shorten, and by how many minutes."""

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

    @property
    def recovered_minutes(self) -> int:
        return sum(cut.minutes for cut in self.cuts)


def advise(behind_seconds: float, upcoming: Sequence[Candidate]) -> RetimingAdvice:
    """Spread the delay over upcoming, non-fixed steps in proportion to what each can give."""
    need = math.ceil(behind_seconds / 60) if behind_seconds >= 60 else 0
    if need <= 0:
        return RetimingAdvice(0, (), 0)
    capacity = {
        c.index: int(c.remaining * MAX_SHARE // 60)
        for c in upcoming
        if not c.fixed and c.remaining >= MIN_CUTTABLE
    }
    capacity = {index: minutes for index, minutes in capacity.items() if minutes > 0}
    total = sum(capacity.values())
    if total <= need:
        cuts = tuple(Cut(index, minutes) for index, minutes in capacity.items())
        return RetimingAdvice(need, cuts, need - total)
    shares = {index: need * minutes / total for index, minutes in capacity.items()}
    given = {index: math.floor(share) for index, share in shares.items()}
    left = need - sum(given.values())
    by_remainder = sorted(shares, key=lambda index: (given[index] - shares[index], index))
    for index in by_remainder[:left]:
        given[index] += 1
    cuts = tuple(Cut(index, minutes) for index, minutes in sorted(given.items()) if minutes > 0)
    return RetimingAdvice(need, cuts, 0)
