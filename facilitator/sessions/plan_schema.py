"""The plan file's schema: what a plan file may hold, checked in full (pydantic) when a plan is read
for the first time. The app works with the plain dataclasses of ``plan`` that ``to_plan`` makes of
the checked file; the field names and defaults of both are the same (tests/sessions/test_plan_cache.py).
"""

from __future__ import annotations

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
from facilitator.sessions import plan as plain
from facilitator.sessions.durations import parse_duration
from facilitator.sessions.plan import StepKind

Slug = Annotated[str, Strict(), StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]
Text = Annotated[str, Strict(), StringConstraints(min_length=1, max_length=4000)]
Seconds = Annotated[int, BeforeValidator(parse_duration)]


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

    def is_empty(self) -> bool:
        return not (self.text or self.items or self.questions or self.facts or self.image)


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


def to_plan(checked: Plan) -> plain.Plan:
    """The app's plan (plain dataclasses) from the checked file."""
    return plain.plan_from_data(checked.model_dump())
