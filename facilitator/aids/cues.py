"""The resistance cue library: what drives resistance, how it shows, and ways to respond."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictBool, StrictInt

from facilitator.languages import Language
from facilitator.sessions.plan_schema import Fact, Slug, Text, _Strict

MoveKind = Literal[
    "acknowledge",
    "ask",
    "reflect",
    "connect-values",
    "fact",
    "role-model",
    "take-outside",
    "moveable-middle",
]
CUES_FORMAT = 1


class Principle(_Strict):
    id: Slug
    title: Text
    text: Text


class Driver(_Strict):
    id: Slug
    title: Text
    text: Text


class Form(_Strict):
    id: Slug
    title: Text
    subtle: StrictBool
    text: Text


class Move(_Strict):
    kind: MoveKind
    text: Text


class Cue(_Strict):
    id: Slug
    statement: Text
    variants: tuple[Text, ...] = ()
    drivers: tuple[Slug, ...] = Field(min_length=1)
    forms: tuple[Slug, ...] = Field(min_length=1)
    moves: tuple[Move, ...] = Field(min_length=1)
    fact: Fact | None = None
    avoid: tuple[Text, ...] = ()
    take_outside: StrictBool = False


class CueLibrary(_Strict):
    format: StrictInt
    type: Literal["cues"]
    language: Language
    principles: tuple[Principle, ...] = ()
    drivers: tuple[Driver, ...] = ()
    forms: tuple[Form, ...] = ()
    cues: tuple[Cue, ...] = ()

    def driver(self, driver_id: str) -> Driver | None:
        return next((d for d in self.drivers if d.id == driver_id), None)

    def form(self, form_id: str) -> Form | None:
        return next((f for f in self.forms if f.id == form_id), None)

    def cue(self, cue_id: str) -> Cue | None:
        return next((c for c in self.cues if c.id == cue_id), None)
