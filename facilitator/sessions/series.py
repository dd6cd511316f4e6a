"""A programme (series): a titled, numbered list of workshop plans, and the follow-up session.

Each session names its plan file (relative to the series file), why it is in the programme and
what to prepare. The plans themselves are ordinary workshop plans, checked by the plan loader.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, Strict, StrictInt, StringConstraints

from facilitator.languages import Language
from facilitator.sessions.plan_schema import Slug, Text

SERIES_FORMAT = 1

PlanPath = Annotated[
    str, Strict(), StringConstraints(min_length=1, max_length=300, pattern=r"^[^\\:]*\.ya?ml$")
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SeriesSession(_Strict):
    number: Annotated[StrictInt, Field(ge=1, le=50)]
    plan: PlanPath
    purpose: Text
    prepare: tuple[Text, ...] = Field(min_length=1)


class FollowUp(_Strict):
    plan: PlanPath
    when: Text
    """When to hold it, e.g. "one to three months after the last session"."""
    purpose: Text
    prepare: tuple[Text, ...] = Field(min_length=1)


class Series(_Strict):
    format: StrictInt
    type: Annotated[str, Strict(), StringConstraints(pattern=r"^series$")]
    id: Slug
    title: Text
    language: Language
    audience: Text
    description: Text | None = None
    guidance: tuple[Text, ...] = ()
    """Private notes for the facilitator on the whole programme (consent, under-18s, ...)."""
    sessions: tuple[SeriesSession, ...] = Field(min_length=1, max_length=50)
    follow_up: FollowUp | None = None
