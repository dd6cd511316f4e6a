"""Load workshop plan files, reporting every problem as ``file:line: field: expected ...``.

A plan file seen before (the same bytes, the same version of the app) opens from the cache of
checked plans without pydantic and YAML (``plan_cache``); any other is checked in full.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path as FsPath
from typing import TYPE_CHECKING

from facilitator.sessions import plan_cache
from facilitator.sessions.durations import format_minutes
from facilitator.sessions.errors import FileError, InvalidFile, read_file
from facilitator.sessions.plan import FORMAT_VERSION, Plan, StepKind
from facilitator.sessions.plan_cache import CheckedPlan
from facilitator.sessions.plan_films import film_name_problem
from facilitator.sessions.plan_images import ImageRefused, PlanImage, check_image

if TYPE_CHECKING:
    from facilitator.sessions.structured import Document


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


def load_plan(path: FsPath, cache: FsPath | None = None) -> LoadedPlan:
    """Read and validate the plan file at ``path``; raise ``InvalidFile`` with every error.

    With a ``cache`` folder, a file checked before opens from it, and a file checked now is kept there.
    """
    loaded, keep = load_plan_keeping_later(path, cache)
    keep()
    return loaded


def load_plan_keeping_later(
    path: FsPath, cache: FsPath | None, raw: bytes | None = None
) -> tuple[LoadedPlan, Callable[[], None]]:
    """As ``load_plan``, but a plan checked now is kept in the cache only when the returned function
    is called: the app calls it once it holds its data folder, so an app refused because another
    one has the folder writes nothing there. ``raw``: the file's bytes, when already read."""
    raw = read_file(path) if raw is None else raw
    name = str(path)
    checked = plan_cache.read(cache, raw, name) if cache is not None else None
    if checked is not None or cache is None:
        return _loaded(checked or check_plan(raw, name), raw, path.parent), lambda: None
    checked_now = check_plan(raw, name)
    folder = cache
    return _loaded(checked_now, raw, path.parent), lambda: plan_cache.write(folder, raw, checked_now)


def parse_plan(raw: bytes, name: str, base_dir: FsPath | None = None) -> LoadedPlan:
    """Validate plan bytes; ``name`` is used in messages; images resolve against ``base_dir``."""
    return _loaded(check_plan(raw, name), raw, base_dir)


def parse_stored_plan(
    raw: bytes, name: str, database: object, session_id: str, base_dir: FsPath | None = None
) -> LoadedPlan:
    """The plan kept in the database with session ``session_id`` (a copy of ``name`` as it was
    when the session was run). Its problems name the database, where the damage is, never the
    plan file ``name`` it was once copied from (which may be intact)."""
    try:
        return parse_plan(raw, name, base_dir)
    except InvalidFile as exc:
        where = f"{database} (the copy of {name} kept with session {session_id})"
        errors = [replace(error, file=where) if error.file == name else error for error in exc.errors]
        errors.append(
            FileError(
                str(database),
                0,
                "",
                f"the workshop kept with session {session_id} is damaged in the database; the plan file "
                f"{name} is not read for it and is not concerned",
            )
        )
        raise InvalidFile(errors) from None


def check_plan(raw: bytes, name: str) -> CheckedPlan:
    """The full check of plan bytes (YAML, the schema, the meaning); raise ``InvalidFile`` with
    every error. Images are not looked at here (``_loaded`` does, on every load)."""
    from facilitator.sessions.plan_schema import Plan as PlanSchema
    from facilitator.sessions.plan_schema import to_plan
    from facilitator.sessions.validation import parse_checked

    checked, document = parse_checked(raw, name, PlanSchema, FORMAT_VERSION)
    plan = to_plan(checked)
    errors, warnings = _check_meaning(plan, document)
    if errors:
        raise InvalidFile(errors)
    fields = tuple(
        document.error(("steps", index, "audience", "image"), "") if step.audience.image else None
        for index, step in enumerate(plan.steps)
    )
    return CheckedPlan(plan, tuple(warnings), fields)


def _loaded(checked: CheckedPlan, raw: bytes, base_dir: FsPath | None) -> LoadedPlan:
    warnings = list(checked.warnings)
    images = _check_images(checked, base_dir, warnings)
    return LoadedPlan(checked.plan, raw.decode("utf-8-sig"), tuple(warnings), base_dir, images)


def _check_images(
    checked: CheckedPlan, base_dir: FsPath | None, warnings: list[FileError]
) -> tuple[PlanImage | None, ...]:
    """Each step's image if it may be shown; a refused one is a warning (the step's text still
    projects, and ``slides`` still prints)."""
    images: list[PlanImage | None] = []
    for step, field in zip(checked.plan.steps, checked.image_fields, strict=True):
        name = step.audience.image
        if not name or base_dir is None or field is None:
            images.append(None)
            continue
        try:
            images.append(replace(check_image(base_dir, name), where=field))
        except ImageRefused as exc:
            warnings.append(replace(field, message=str(exc)))
            images.append(None)
    return tuple(images)


def _check_meaning(plan: Plan, document: Document) -> tuple[list[FileError], list[FileError]]:
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
        _check_length(plan, errors, warnings, report)
    elif plan.buffer_minutes:
        report(errors, ("buffer_minutes",), "only a workshop has a buffer; a library has no length")
    return errors, warnings


def _check_length(
    plan: Plan,
    errors: list[FileError],
    warnings: list[FileError],
    report: Callable[[list[FileError], tuple[str | int, ...], str], None],
) -> None:
    """The steps and the buffer add up to the target length (a warning when they do not); a buffer
    as long as the whole workshop leaves no time for any step (an error)."""
    if plan.target_length is None:
        report(errors, ("target_length",), "required for a workshop, missing (e.g. target_length: 120m)")
        return
    if plan.buffer and plan.buffer >= plan.target_length:
        report(
            errors,
            ("buffer_minutes",),
            f"a buffer of {format_minutes(plan.buffer)} leaves no time for the steps; "
            f"expected less than the target length, {format_minutes(plan.target_length)}",
        )
        return
    if plan.total_with_buffer == plan.target_length:
        return
    if plan.buffer:
        message = (
            f"steps add up to {format_minutes(plan.planned_total)} and the buffer is "
            f"{format_minutes(plan.buffer)}: {format_minutes(plan.total_with_buffer)}, "
            f"target is {format_minutes(plan.target_length)}"
        )
    else:
        message = (
            f"steps add up to {format_minutes(plan.planned_total)}, "
            f"target is {format_minutes(plan.target_length)}"
        )
    report(warnings, ("target_length",), message)
