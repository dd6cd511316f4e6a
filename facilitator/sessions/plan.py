"""The workshop plan: ordered steps, each with audience content and private facilitator content.

``AudienceContent`` and ``FacilitatorContent`` are different types on purpose: the audience window is
typed to accept only the former, so private guidance cannot reach the projector by accident.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StrictBool,
    StrictInt,
    StringConstraints,
)

from facilitator.languages import Language
from facilitator.sessions.durations import parse_duration

FORMAT_VERSION = 1

Slug = Annotated[str, Strict(), StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]
Text = Annotated[str, Strict(), StringConstraints(min_length=1, max_length=4000)]
Seconds = Annotated[int, BeforeValidator(parse_duration)]


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


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Fact(_Strict):
    """A fact shown to participants; it always names its source."""

    text: Text
    source: Text
    reveal: StrictBool = False


class AudienceContent(_Strict):
    """What the projector may show. Nothing private belongs here."""

    title: Text | None = None
    text: Text | None = None
    items: tuple[Text, ...] = ()
    questions: tuple[Text, ...] = ()
    facts: tuple[Fact, ...] = ()
    image: Text | None = None
    film: Text | None = None
    """A film step's video file, relative to the plan's folder or the media folder (plan_films)."""

    def is_empty(self) -> bool:
        return not (self.text or self.items or self.questions or self.facts or self.image or self.film)


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
    description: Text | None = None
    steps: tuple[Step, ...] = Field(min_length=1)

    @property
    def planned_total(self) -> int:
        return sum(step.duration for step in self.steps)
