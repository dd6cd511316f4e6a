"""The step library: every step of the built-in plans and library, and of the facilitator's plans."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from facilitator.aids.search import words
from facilitator.content import builtin_plan_files
from facilitator.paths import user_plans_dir
from facilitator.planner.draft import step_document
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.plan import Step
from facilitator.sessions.plan_loader import load_plan


@dataclass(frozen=True)
class LibraryStep:
    step: Step
    language: str
    source: str
    """The plan or library it comes from (its title)."""
    builtin: bool

    @property
    def minutes(self) -> float:
        return self.step.duration / 60

    def document(self) -> dict[str, Any]:
        return step_document(self.step)

    def matches(
        self, query: str, kind: str | None, theme: str | None, max_minutes: float | None, language: str | None
    ) -> bool:
        if kind and self.step.kind.value != kind:
            return False
        if theme and theme not in self.step.themes:
            return False
        if max_minutes is not None and self.minutes > max_minutes:
            return False
        if language and self.language != language:
            return False
        return _all_found(query, self._haystack)

    def named_by(self, query: str) -> bool:
        """Whether every word of ``query`` is in the step's name (its title, id or kind), not only in
        how it is run: such steps are listed first."""
        return _all_found(query, self._name_words)

    @cached_property
    def _name_words(self) -> list[str]:
        step = self.step
        return words(" ".join([step.id, step.title, step.audience.title or "", step.kind.value]))

    @cached_property
    def _haystack(self) -> list[str]:
        """Every word a facilitator may remember the step by: what the room sees and how it is run."""
        step, audience = self.step, self.step.audience
        return words(
            " ".join(
                [
                    step.id,
                    step.title,
                    audience.title or "",
                    audience.text or "",
                    *audience.items,
                    *audience.questions,
                    *(tally.statement for tally in audience.tallies),
                    *step.themes,
                    step.kind.value,
                    step.facilitator.purpose,
                    *step.facilitator.how_to_run,
                    *step.facilitator.materials,
                ]
            )
        )


def _all_found(query: str, found: list[str]) -> bool:
    """Whether each word of ``query`` (or another ending of it) begins a word of ``found``."""
    return all(any(word.startswith(_stem(token)) for word in found) for token in words(query))


def _stem(token: str) -> str:
    """A long word less its last two letters, so another ending of it is found too ("көтеру" finds
    "көтеріп", "карточки" finds "карточкой"); short words are kept whole."""
    return token[: len(token) - 2] if len(token) >= 6 else token


def load_library(extra: list[Path] | None = None) -> list[LibraryStep]:
    """Built-in steps first (the library files, then the workshops), then the facilitator's own."""
    builtin = sorted(builtin_plan_files(), key=lambda path: "library" not in path.parts)
    own = sorted(user_plans_dir().glob("*.yaml")) + (extra or [])
    found: list[LibraryStep] = []
    seen: set[tuple[str, str, str]] = set()
    for path, is_builtin in [(p, True) for p in builtin] + [(p, False) for p in own]:
        try:
            plan = load_plan(path).plan
        except InvalidFile:
            continue  # a broken plan of the facilitator's is shown in the planner when opened
        for step in plan.steps:
            key = (plan.language, step.id, step.title)
            if key not in seen:
                seen.add(key)
                found.append(LibraryStep(step, plan.language, plan.title, is_builtin))
    return found


def themes(library: list[LibraryStep]) -> list[str]:
    return sorted({theme for item in library for theme in item.step.themes})
