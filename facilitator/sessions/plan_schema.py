"""The plan file's schema: what a plan file may hold, checked in full (pydantic) when a plan is read
for the first time. The app works with the plain dataclasses of ``plan`` that ``to_plan`` makes of
the checked file; the field names and defaults of both are the same (tests/sessions/test_plan_cache.py).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StrictBool,
    StrictInt,
    StringConstraints,
    model_validator,
)

from facilitator.languages import Language
from facilitator.sessions import plan as plain
from facilitator.sessions.durations import MAX_SECONDS, parse_duration
from facilitator.sessions.plan import StepKind
from facilitator.sessions.tallies import MIN_THRESHOLD, check_threshold

Slug = Annotated[str, Strict(), StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]
MAX_STEPS = 500
"""Far more than any workshop or library holds (a 2-hour workshop has about 15 steps, the library
about 40): a plan of thousands is a generated or damaged file, refused plainly."""
Text = Annotated[str, Strict(), StringConstraints(min_length=1, max_length=4000)]
Seconds = Annotated[int, BeforeValidator(parse_duration)]
BufferMinutes = Annotated[StrictInt, Field(ge=0, le=MAX_SECONDS // 60)]
"""Whole minutes (``buffer_minutes: 10``), not a duration: ``"10m"`` is refused with its line."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Fact(_Strict):
    """A fact shown to participants; it always names its source."""

    text: Text
    source: Text
    reveal: StrictBool = False


Percent = Annotated[float, Field(ge=0, le=100)]
Threshold = Annotated[StrictInt, AfterValidator(check_threshold)]


class Answer(_Strict):
    id: Slug
    label: Annotated[str, Strict(), StringConstraints(min_length=1, max_length=80)]


class National(_Strict):
    """A national survey's figure beside the room's answers: what it says, a share per answer
    (``shares``) or one ``share``, and always its source."""

    text: Text
    source: Text
    shares: dict[Slug, Percent] = Field(default_factory=dict)
    share: Percent | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> National:
        if self.shares and self.share is not None:
            raise ValueError("give shares (one per answer) or share (one figure), not both")
        return self


class Tally(_Strict):
    """A statement the room answers by hands, cards or slips; the facilitator types the counts.
    The room's distribution is shown only from ``threshold`` answers (at least 5)."""

    id: Slug
    statement: Text
    answers: tuple[Answer, ...] = Field(min_length=2, max_length=6)
    threshold: Threshold = MIN_THRESHOLD
    national: National | None = None

    @model_validator(mode="after")
    def _answers_known(self) -> Tally:
        ids = [answer.id for answer in self.answers]
        twice = sorted({answer for answer in ids if ids.count(answer) > 1})
        if twice:
            raise ValueError(f'duplicate answer id "{twice[0]}"; expected each answer once')
        unknown = [key for key in (self.national.shares if self.national else {}) if key not in ids]
        if unknown:
            raise ValueError(
                f'national shares name "{unknown[0]}", which is not an answer; expected one of '
                + ", ".join(ids)
            )
        return self


class AudienceContent(_Strict):
    """What the projector may show. Nothing private belongs here."""

    title: Text | None = None
    text: Text | None = None
    items: tuple[Text, ...] = ()
    questions: tuple[Text, ...] = ()
    facts: tuple[Fact, ...] = ()
    image: Text | None = None
    tallies: tuple[Tally, ...] = ()
    """Statements the room answers by show of hands or cards (counts typed on the console)."""
    film: Text | None = None
    """A film step's video file, relative to the plan's folder or the media folder (plan_films)."""

    def is_empty(self) -> bool:
        return not (
            self.text or self.items or self.questions or self.facts or self.image or self.tallies or self.film
        )


class ResistanceLink(_Strict):
    cue: Slug
    note: Text | None = None


class FacilitatorContent(_Strict):
    """Private guidance for the console. Never handed to the audience window."""

    purpose: Text
    how_to_run: tuple[Text, ...] = Field(min_length=1)
    resistance: tuple[ResistanceLink, ...] = ()
    safety: Text | None = None
    shorten: Text | None = None
    materials: tuple[Text, ...] = ()


class Phase(_Strict):
    label: Text
    duration: Seconds


class Step(_Strict):
    id: Slug
    kind: StepKind
    title: Text
    duration: Seconds
    phases: tuple[Phase, ...] = ()
    fixed: StrictBool = False
    sensitive: StrictBool = False
    themes: tuple[Slug, ...] = ()
    audience: AudienceContent
    facilitator: FacilitatorContent

    @property
    def audience_title(self) -> str:
        return self.audience.title or self.title


class Plan(_Strict):
    format: StrictInt
    type: Literal["workshop", "library"] = "workshop"
    id: Slug
    title: Text
    language: Language
    facilitator_language: Language | None = None
    audience: Text
    target_length: Seconds | None = None
    buffer_minutes: BufferMinutes = 0
    description: Text | None = None
    steps: tuple[Step, ...] = Field(min_length=1, max_length=MAX_STEPS)

    @property
    def planned_total(self) -> int:
        return sum(step.duration for step in self.steps)


def to_plan(checked: Plan) -> plain.Plan:
    """The app's plan (plain dataclasses) from the checked file."""
    return plain.plan_from_data(checked.model_dump())
