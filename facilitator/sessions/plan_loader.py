"""Load workshop plan files, reporting every problem as ``file:line: field: expected ...``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path as FsPath

from facilitator.sessions.durations import format_minutes
from facilitator.sessions.errors import FileError, InvalidFile
from facilitator.sessions.plan import FORMAT_VERSION, Plan, StepKind
from facilitator.sessions.plan_films import film_name_problem
from facilitator.sessions.plan_images import ImageRefused, PlanImage, check_image
from facilitator.sessions.structured import Document, read_file
from facilitator.sessions.validation import parse_checked


@dataclass(frozen=True)
class LoadedPlan:
    plan: Plan
    source: str
    """The exact text of the file, kept with a session so it can be replayed without the file."""
    warnings: tuple[FileError, ...] = ()
    base_dir: FsPath | None = None
    """Folder the plan's image paths are relative to (None: images are not shown)."""
    images: tuple[PlanImage | None, ...] = ()
    """Each step's image, checked when the plan loaded (None: no image, or a refused one)."""


def load_plan(path: FsPath) -> LoadedPlan:
    """Read and validate the plan file at ``path``; raise ``InvalidFile`` with every error."""
    raw = read_file(path)
    return parse_plan(raw, str(path), base_dir=path.parent)


def parse_plan(raw: bytes, name: str, base_dir: FsPath | None = None) -> LoadedPlan:
    """Validate plan bytes; ``name`` is used in messages; images resolve against ``base_dir``."""
    plan, document = parse_checked(raw, name, Plan, FORMAT_VERSION)
    errors, warnings = _check_meaning(plan, document, base_dir)
    if errors:
        raise InvalidFile(errors)
    images = _check_images(plan, document, base_dir, warnings)
    return LoadedPlan(plan, raw.decode("utf-8-sig"), tuple(warnings), base_dir, images)


def _check_images(
    plan: Plan, document: Document, base_dir: FsPath | None, warnings: list[FileError]
) -> tuple[PlanImage | None, ...]:
    """Each step's image if it may be shown; a refused one is a warning (the step's text still
    projects, and ``slides`` still prints)."""
    images: list[PlanImage | None] = []
    for index, step in enumerate(plan.steps):
        name = step.audience.image
        if not name or base_dir is None:
            images.append(None)
            continue
        field = ("steps", index, "audience", "image")
        try:
            images.append(replace(check_image(base_dir, name), where=document.error(field, "")))
        except ImageRefused as exc:
            warnings.append(document.error(field, str(exc)))
            images.append(None)
    return tuple(images)


def _check_meaning(
    plan: Plan, document: Document, base_dir: FsPath | None
) -> tuple[list[FileError], list[FileError]]:
    errors: list[FileError] = []
    warnings: list[FileError] = []

    def report(into: list[FileError], path: tuple[str | int, ...], message: str) -> None:
        into.append(document.error(path, message))

    seen: dict[str, int] = {}
    for index, step in enumerate(plan.steps):
        if step.id in seen:
            report(
                errors,
                ("steps", index, "id"),
                f'duplicate step id "{step.id}" (also steps[{seen[step.id]}])',
            )
        seen.setdefault(step.id, index)
        if step.audience.is_empty():
            report(
                errors,
                ("steps", index, "audience"),
                "expected at least one of text, items, questions, facts, image, tallies, film",
            )
        tally_ids: dict[str, int] = {}
        for number, tally in enumerate(step.audience.tallies):
            if tally.id in tally_ids:
                report(
                    errors,
                    ("steps", index, "audience", "tallies", number, "id"),
                    f'duplicate tally id "{tally.id}" in this step (also tallies[{tally_ids[tally.id]}])',
                )
            tally_ids.setdefault(tally.id, number)
        if step.audience.film is not None:
            film_field = ("steps", index, "audience", "film")
            if step.kind is not StepKind.FILM:
                report(errors, film_field, f'only a film step plays a film (this step is "{step.kind}")')
            else:
                problem = film_name_problem(step.audience.film)
                if problem:
                    report(errors, film_field, problem)
        if step.phases:
            phased = sum(phase.duration for phase in step.phases)
            if phased != step.duration:
                report(
                    errors,
                    ("steps", index, "phases"),
                    f"phases add up to {format_minutes(phased)}; expected the step's "
                    f"duration, {format_minutes(step.duration)}",
                )
    if plan.type == "workshop":
        if plan.target_length is None:
            report(
                errors,
                ("target_length",),
                "required for a workshop, missing (e.g. target_length: 120m)",
            )
        elif plan.planned_total != plan.target_length:
            report(
                warnings,
                ("target_length",),
                f"steps add up to {format_minutes(plan.planned_total)}, "
                f"target is {format_minutes(plan.target_length)}",
            )
    return errors, warnings
