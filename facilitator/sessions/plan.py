"""The workshop plan: ordered steps, each with audience content and private facilitator content.

``AudienceContent`` and ``FacilitatorContent`` are different types on purpose: the audience window is
typed to accept only the former, so private guidance cannot reach the projector by accident.

These are plain, frozen dataclasses with no validation of their own: a plan is checked in full by
its schema (``plan_schema``, pydantic) when a file is read for the first time, and a plan read
before opens from the cache of checked plans (``plan_cache``) without pydantic or YAML.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any, Literal

from facilitator.languages import Language
from facilitator.sessions.tallies import MIN_THRESHOLD, NationalFigure, TallyAnswer, TallyQuestion

FORMAT_VERSION = 1


class StepKind(StrEnum):
    EXERCISE = "exercise"
    DISCUSSION = "discussion"
    CASE_STUDY = "case-study"
    FILM = "film"
    STATISTIC = "statistic"
    REFLECTION = "reflection"
    ENERGIZER = "energizer"
    BREAK = "break"
    CHECK_IN = "check-in"
    CHECK_OUT = "check-out"


@dataclass(frozen=True, kw_only=True)
class Fact:
    """A fact shown to participants; it always names its source."""

    text: str
    source: str
    reveal: bool = False


@dataclass(frozen=True, kw_only=True)
class Answer:
    id: str
    label: str


@dataclass(frozen=True, kw_only=True)
class National:
    """A national survey's figure beside the room's answers: what it says, a share per answer
    (``shares``) or one ``share``, and always its source."""

    text: str
    source: str
    shares: dict[str, float] = dataclasses.field(default_factory=dict)
    share: float | None = None


@dataclass(frozen=True, kw_only=True)
class Tally:
    """A statement the room answers by hands, cards or slips; the facilitator types the counts.
    The room's distribution is shown only from ``threshold`` answers (at least 5)."""

    id: str
    statement: str
    answers: tuple[Answer, ...]
    threshold: int = MIN_THRESHOLD
    national: National | None = None

    def question(self) -> TallyQuestion:
        """The core's view of this tally (what the store, the bridge and exports use)."""
        national = None
        if self.national is not None:
            shares = tuple(self.national.shares.items())
            national = NationalFigure(self.national.text, self.national.source, shares, self.national.share)
        answers = tuple(TallyAnswer(answer.id, answer.label) for answer in self.answers)
        return TallyQuestion(self.id, self.statement, answers, self.threshold, national)


@dataclass(frozen=True, kw_only=True)
class AudienceContent:
    """What the projector may show. Nothing private belongs here."""

    title: str | None = None
    text: str | None = None
    items: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    image: str | None = None
    tallies: tuple[Tally, ...] = ()
    """Statements the room answers by show of hands or cards (counts typed on the console)."""
    film: str | None = None
    """A film step's video file, relative to the plan's folder or the media folder (plan_films)."""

    def is_empty(self) -> bool:
        return not (
            self.text or self.items or self.questions or self.facts or self.image or self.tallies or self.film
        )


@dataclass(frozen=True, kw_only=True)
class ResistanceLink:
    cue: str
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class FacilitatorContent:
    """Private guidance for the console. Never handed to the audience window."""

    purpose: str
    how_to_run: tuple[str, ...]
    resistance: tuple[ResistanceLink, ...] = ()
    safety: str | None = None
    shorten: str | None = None
    materials: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Phase:
    label: str
    duration: int
    """Seconds."""


@dataclass(frozen=True, kw_only=True)
class Step:
    id: str
    kind: StepKind
    title: str
    duration: int
    """Seconds."""
    phases: tuple[Phase, ...] = ()
    fixed: bool = False
    sensitive: bool = False
    themes: tuple[str, ...] = ()
    audience: AudienceContent
    facilitator: FacilitatorContent

    @property
    def audience_title(self) -> str:
        return self.audience.title or self.title


@dataclass(frozen=True, kw_only=True)
class Plan:
    format: int
    type: Literal["workshop", "library"] = "workshop"
    id: str
    title: str
    language: Language
    facilitator_language: Language | None = None
    audience: str
    target_length: int | None = None
    """Seconds."""
    buffer_minutes: int = 0
    """Minutes kept free within the target length, in no step: time in hand for an overrun."""
    description: str | None = None
    steps: tuple[Step, ...]

    @property
    def planned_total(self) -> int:
        """Seconds the steps add up to (the buffer is not in any step)."""
        return sum(step.duration for step in self.steps)

    @property
    def buffer(self) -> int:
        """The buffer in seconds."""
        return self.buffer_minutes * 60

    @property
    def total_with_buffer(self) -> int:
        """Seconds the steps and the buffer add up to: what should equal the target length."""
        return self.planned_total + self.buffer


def as_data(record: Any, exclude_defaults: bool = False) -> Any:
    """A plan, step or part of one as plain data (dicts, lists, strings, numbers), in field order;
    ``exclude_defaults`` leaves out the fields that hold their default."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        data: dict[str, Any] = {}
        for item in dataclasses.fields(record):
            value = getattr(record, item.name)
            if exclude_defaults and _is_default(item, value):
                continue
            data[item.name] = as_data(value, exclude_defaults)
        return data
    if isinstance(record, Enum):
        return record.value
    if isinstance(record, tuple | list):
        return [as_data(value, exclude_defaults) for value in record]
    return record


def _is_default(item: dataclasses.Field[Any], value: Any) -> bool:
    if item.default is not dataclasses.MISSING:
        return bool(value == item.default)
    if item.default_factory is not dataclasses.MISSING:
        return bool(value == item.default_factory())
    return False


def plan_from_data(data: dict[str, Any]) -> Plan:
    """The plan from plain data as ``as_data`` writes it (and as the checked schema dumps it). The
    data must already be checked: only its shape is (a missing or unknown field raises TypeError or
    KeyError), not its values."""
    fields = dict(data)
    fields["steps"] = tuple(_step(step) for step in fields["steps"])
    return Plan(**fields)


def _step(data: dict[str, Any]) -> Step:
    fields = dict(data)
    fields["kind"] = StepKind(fields["kind"])
    fields["phases"] = tuple(Phase(**phase) for phase in fields.get("phases", ()))
    fields["themes"] = tuple(fields.get("themes", ()))
    audience = dict(fields["audience"])
    for name in ("items", "questions"):
        audience[name] = tuple(audience.get(name, ()))
    audience["facts"] = tuple(Fact(**fact) for fact in audience.get("facts", ()))
    audience["tallies"] = tuple(_tally(tally) for tally in audience.get("tallies", ()))
    fields["audience"] = AudienceContent(**audience)
    private = dict(fields["facilitator"])
    for name in ("how_to_run", "materials"):
        private[name] = tuple(private.get(name, ()))
    private["resistance"] = tuple(ResistanceLink(**link) for link in private.get("resistance", ()))
    fields["facilitator"] = FacilitatorContent(**private)
    return Step(**fields)


def _tally(data: dict[str, Any]) -> Tally:
    fields = dict(data)
    fields["answers"] = tuple(Answer(**answer) for answer in fields["answers"])
    national = fields.get("national")
    if national is not None:
        fields["national"] = National(**{**national, "shares": dict(national.get("shares", {}))})
    return Tally(**fields)
