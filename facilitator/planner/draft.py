"""A workshop being built: the plan file's data, edited step by step, checked as it changes.

The draft is the plan document itself (what will be saved as YAML), so it is checked by the very
loader that `facilitator plans validate` uses, with the same messages.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from facilitator.sessions.durations import parse_duration
from facilitator.sessions.errors import FileError, InvalidFile
from facilitator.sessions.plan import FORMAT_VERSION, Plan, Step, as_data
from facilitator.sessions.plan_loader import LoadedPlan, parse_plan

Document = dict[str, Any]


def step_document(step: Step) -> dict[str, Any]:
    """A step as it is written in a plan file (durations in minutes)."""
    data = as_data(step, exclude_defaults=True)
    data["duration"] = _minutes(step.duration)
    data["kind"] = step.kind.value
    for phase in data.get("phases", []):
        phase["duration"] = _minutes(parse_duration(f"{phase['duration']}s"))
    return _ordered(data)


def _minutes(seconds: int) -> int | str:
    return seconds // 60 if seconds % 60 == 0 else f"{seconds}s"


_STEP_ORDER = (
    "id",
    "kind",
    "title",
    "duration",
    "fixed",
    "sensitive",
    "themes",
    "phases",
    "audience",
    "facilitator",
)


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data[key] for key in _STEP_ORDER if key in data} | {
        key: value for key, value in data.items() if key not in _STEP_ORDER
    }


_PLAN_ORDER = tuple(item.name for item in dataclasses.fields(Plan))
"""The plan file's keys in the order plans are written (a field added in the planner takes its place)."""


def _order_plan_keys(document: Document) -> None:
    """Put ``document``'s keys in the plan's order, in place (unknown keys stay, at the end)."""
    ordered = sorted(
        document, key=lambda key: _PLAN_ORDER.index(key) if key in _PLAN_ORDER else len(_PLAN_ORDER)
    )
    items = [(key, document.pop(key)) for key in ordered]
    document.update(items)


DEFAULT_AUDIENCE: dict[str, str] = {
    "en": "Young men",
    "ru": "Молодые мужчины",
    "kk": "Жас жігіттер",
}
"""A new plan's audience, in the plan's language (the plan's own words, never the UI's)."""


def new_document(title: str, language: str, target_minutes: int) -> Document:
    return {
        "format": FORMAT_VERSION,
        "id": _slug(title) or "my-workshop",
        "title": title,
        "language": language,
        "audience": DEFAULT_AUDIENCE.get(language, DEFAULT_AUDIENCE["en"]),
        "target_length": target_minutes,
        "steps": [],
    }


def document_of(plan: Plan) -> Document:
    data: Document = {
        "format": FORMAT_VERSION,
        "id": plan.id,
        "title": plan.title,
        "language": plan.language,
        "audience": plan.audience,
    }
    if plan.target_length:
        data["target_length"] = _minutes(plan.target_length)
    if plan.buffer_minutes:
        data["buffer_minutes"] = plan.buffer_minutes
    if plan.description:
        data["description"] = plan.description
    data["steps"] = [step_document(step) for step in plan.steps]
    return data


def language_changes(document: Document, language: str) -> list[tuple[tuple[str, ...], str]]:
    """The fields to set so ``document`` is in ``language``: the language, and the audience when
    it is still another language's default (an audience the facilitator wrote is kept)."""
    changes: list[tuple[tuple[str, ...], str]] = [(("language",), language)]
    if document.get("audience") in DEFAULT_AUDIENCE.values() or not document.get("audience"):
        changes.append((("audience",), DEFAULT_AUDIENCE.get(language, DEFAULT_AUDIENCE["en"])))
    return changes


def free_plan_path(folder: Path, plan_id: str) -> Path:
    """``folder/<plan_id>.yaml``, or ``<plan_id>-2.yaml``… when that file is taken."""
    stem = _slug(plan_id) or "my-workshop"
    candidate, number = folder / f"{stem}.yaml", 2
    while candidate.exists():
        candidate, number = folder / f"{stem}-{number}.yaml", number + 1
    return candidate


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60]


@dataclass
class Draft:
    """The document, where it was opened from, and what the loader says of it now."""

    document: Document
    path: Path | None = None
    read_only: bool = False
    errors: tuple[FileError, ...] = ()
    warnings: tuple[FileError, ...] = ()
    plan: Plan | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.check()

    @property
    def steps(self) -> list[dict[str, Any]]:
        steps: list[dict[str, Any]] = self.document.setdefault("steps", [])
        return steps

    def text(self) -> str:
        """The YAML that is saved (and checked)."""
        return yaml.safe_dump(self.document, allow_unicode=True, sort_keys=False, width=100)

    def check(self) -> bool:
        """Validate as ``plans validate`` does; True when the plan is valid."""
        try:
            loaded = self._parse()
        except InvalidFile as exc:
            self.errors, self.warnings, self.plan = exc.errors, (), None
            return False
        self.errors, self.warnings, self.plan = (), loaded.warnings, loaded.plan
        return True

    # -- editing (each returns what undo needs) --------------------------------------------------
    def insert(self, index: int, step: dict[str, Any]) -> None:
        step = copy.deepcopy(step)
        step["id"] = self._free_id(str(step.get("id", "step")))
        self.steps.insert(index, step)
        self.check()

    def remove(self, index: int) -> dict[str, Any]:
        step = self.steps.pop(index)
        self.check()
        return step

    def move(self, source: int, target: int) -> None:
        step = self.steps.pop(source)
        self.steps.insert(target, step)
        self.check()

    def set(self, path: tuple[str | int, ...], value: Any) -> Any:
        """Set a field (``("steps", 2, "duration")``); None removes it. Returns the old value."""
        container: Any = self.document
        for part in path[:-1]:
            container = container[part]
        old = container.get(path[-1]) if isinstance(container, dict) else container[path[-1]]
        if value is None or value == "" or value == []:
            if isinstance(container, dict):
                container.pop(path[-1], None)
        else:
            container[path[-1]] = value
            if container is self.document and old is None:
                _order_plan_keys(self.document)
        self.check()
        return old

    def _free_id(self, wanted: str) -> str:
        taken = {str(step.get("id")) for step in self.steps}
        candidate, number = wanted, 2
        while candidate in taken:
            candidate = f"{wanted}-{number}"
            number += 1
        return candidate

    # -- reading ------------------------------------------------------------------------------
    def minutes(self) -> list[float]:
        """Each step's length in minutes (0 for one whose duration does not parse yet)."""
        lengths = []
        for step in self.steps:
            try:
                lengths.append(parse_duration(step.get("duration")) / 60)
            except ValueError:
                lengths.append(0.0)
        return lengths

    def steps_minutes(self) -> float:
        """What the steps add up to, in minutes."""
        return sum(self.minutes())

    def buffer_minutes(self) -> int:
        """The plan's buffer in minutes (0 when there is none, or while it is not a whole number)."""
        value = self.document.get("buffer_minutes", 0)
        return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0

    def total_minutes(self) -> float:
        """The steps and the buffer: what is checked against the target length."""
        return self.steps_minutes() + self.buffer_minutes()

    def target_minutes(self) -> float | None:
        try:
            return parse_duration(self.document.get("target_length")) / 60
        except ValueError:
            return None

    def clock_times(self, start: datetime) -> list[datetime]:
        """When each step starts, for a workshop starting at ``start``."""
        times, current = [], start
        for length in self.minutes():
            times.append(current)
            current += timedelta(minutes=length)
        return times

    def loaded(self) -> LoadedPlan:
        if self.plan is None:
            raise InvalidFile(self.errors)
        return self._parse()

    def _parse(self) -> LoadedPlan:
        """The loader's view of the draft; images are checked against the plan's folder."""
        name = self.path.name if self.path else "new-plan.yaml"
        folder = self.path.parent if self.path else None
        return parse_plan(self.text().encode("utf-8"), name, base_dir=folder)
