"""Device-free anonymous tallies: a statement, its answers, and how many in the room gave each.

People answer by show of hands, coloured cards or paper slips; the facilitator types the counts.
Only counts are kept, never who. The room's distribution is shown to the room only once enough
answers are in (``MIN_THRESHOLD``, which a plan may raise but never lower), so no one's answer can
be read off a small count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

MIN_THRESHOLD = 5
"""The fewest answers before the room's distribution may be shown (a plan may only raise it)."""

MAX_COUNT = 10_000
"""A count above this is a typing slip, not a room (the spin boxes stop here too)."""


@dataclass(frozen=True)
class TallyAnswer:
    id: str
    """A stable id ("agree", "not-sure", "disagree"): what is stored and exported."""
    label: str
    """What the room sees, in the plan's language."""


@dataclass(frozen=True)
class NationalFigure:
    """A figure from a national survey shown beside the room's answers, always with its source.

    Either ``shares`` (a percentage per answer id, drawn beside that answer's bar) or a single
    ``share`` that ``text`` describes, or neither (``text`` says it all)."""

    text: str
    source: str
    shares: tuple[tuple[str, float], ...] = ()
    share: float | None = None

    def share_of(self, answer: str) -> float | None:
        return dict(self.shares).get(answer)


@dataclass(frozen=True)
class TallyQuestion:
    id: str
    statement: str
    answers: tuple[TallyAnswer, ...]
    threshold: int = MIN_THRESHOLD
    national: NationalFigure | None = None

    def answer_ids(self) -> tuple[str, ...]:
        return tuple(answer.id for answer in self.answers)


@dataclass(frozen=True)
class TallyCount:
    step: int
    """The step's index in the session's plan."""
    question: str
    answer: str
    count: int


@dataclass(frozen=True)
class Distribution:
    """The room's answers to one question, as the projector may show them."""

    counts: tuple[tuple[str, int], ...]
    """Per answer id, in the question's order (0 where nothing was typed)."""
    total: int
    threshold: int

    @property
    def shown(self) -> bool:
        """Whether the room may see it: at least the threshold (never under ``MIN_THRESHOLD``)."""
        return self.total >= max(self.threshold, MIN_THRESHOLD)

    def percent(self, answer: str) -> int:
        """Whole per cent of the total (0 when nothing is in)."""
        count = dict(self.counts).get(answer, 0)
        return round(100 * count / self.total) if self.total else 0


def distribution(question: TallyQuestion, counts: Mapping[str, int]) -> Distribution:
    """The question's distribution from counts per answer id (unknown ids are ignored)."""
    ordered = tuple((answer.id, max(0, int(counts.get(answer.id, 0)))) for answer in question.answers)
    return Distribution(ordered, sum(count for _, count in ordered), question.threshold)


def counts_for(tallies: Iterable[TallyCount], step: int, question: str) -> dict[str, int]:
    """The stored counts of one question at one step, per answer id."""
    return {
        tally.answer: tally.count for tally in tallies if tally.step == step and tally.question == question
    }


def check_count(count: object) -> int:
    """A count as it may be stored, or ``ValueError`` saying what is expected."""
    if isinstance(count, bool) or not isinstance(count, int):
        raise ValueError(f"count: expected a whole number, got {count!r}")
    if not 0 <= count <= MAX_COUNT:
        raise ValueError(f"count: expected 0 to {MAX_COUNT}, got {count}")
    return count


def check_threshold(threshold: object) -> int:
    """A plan's threshold, or ``ValueError``: it may raise ``MIN_THRESHOLD``, never lower it."""
    if isinstance(threshold, bool) or not isinstance(threshold, int):
        raise ValueError(f"expected a whole number, got {threshold!r}")
    if threshold < MIN_THRESHOLD:
        raise ValueError(
            f"expected at least {MIN_THRESHOLD} (the room's answers are shown only from "
            f"{MIN_THRESHOLD}; a plan may raise this, never lower it), got {threshold}"
        )
    if threshold > MAX_COUNT:
        raise ValueError(f"expected at most {MAX_COUNT}, got {threshold}")
    return threshold
