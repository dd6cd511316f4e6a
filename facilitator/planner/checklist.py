"""The pre-session checklist: what is missing before a workshop can start well."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from facilitator.aids.referral_seed import only_seed
from facilitator.aids.referrals import Service, check_for_town
from facilitator.paths import data_dir
from facilitator.sessions.atomic import WriteFailed, write_atomic
from facilitator.sessions.plan import Plan, StepKind, as_data
from facilitator.sessions.plan_films import (
    FilmLookup,
    FilmTrouble,
    film_folders,
    film_problem_text,
    find_film,
)

MANUAL = {
    "partner-informed": "Partner women's organisation informed about this workshop",
    "projector-tested": "Projector tested (test pattern on the chosen screen)",
    "slides-printed": "Backup slides printed (facilitator slides PLAN --out slides.pdf)",
}


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    done: bool
    detail: str = ""
    manual: bool = False


@dataclass(frozen=True)
class FilmCheck:
    """A film step's file, as found on this laptop (``step``: its 0-based index)."""

    step: int
    title: str
    lookup: FilmLookup

    @property
    def ok(self) -> bool:
        return self.lookup.path is not None

    @property
    def named(self) -> bool:
        """False: a film step that names no film file at all (its ``film:`` is missing)."""
        return bool(self.lookup.name)


NO_FILM_NAMED = (
    "this film step names no film file: add film: with a local video file (e.g. "
    "films/the-dress.mp4, next to the plan or in the media folder) to its audience; see the "
    "README, Films on the projector"
)


def film_checks(plan: Plan, plan_folder: Path | None, media_folder: str) -> list[FilmCheck]:
    """Every film step: is its file there and readable (whether it plays is for the UI's player
    to find out: ``unplayable``); a film step naming no file at all is a problem too."""
    folders = film_folders(plan_folder, media_folder)
    return [
        FilmCheck(
            index,
            step.title,
            find_film(step.audience.film, folders)
            if step.audience.film
            else FilmLookup("", None, FilmTrouble.MISSING, folders),
        )
        for index, step in enumerate(plan.steps)
        if step.kind is StepKind.FILM
    ]


def unplayable(check: FilmCheck) -> FilmCheck:
    """``check`` with its file found but not playable (the player could not open it)."""
    return replace(check, lookup=replace(check.lookup, path=None, trouble=FilmTrouble.UNPLAYABLE))


def films_item(checks: Sequence[FilmCheck]) -> Item:
    """Every film file is there (and, once the player has tried, plays)."""
    problems = [
        f"{check.step + 1}. {check.title}: "
        + (film_problem_text(check.lookup) if check.named else NO_FILM_NAMED)
        for check in checks
    ]
    bad = [problem for check, problem in zip(checks, problems, strict=True) if not check.ok]
    return Item("films", "Every film file is there and plays", not bad, "\n".join(bad))


FIRST_START = (
    "Only the built-in helpline is in the referral sheet, nothing of your organisation's own: "
    "import your organisation's list (CSV) or add the services nearest to the venue."
)


def checklist(
    plan: Plan,
    services: list[Service],
    town: str,
    today: date,
    ticked: set[str],
    country: str = "",
    films: Sequence[FilmCheck] = (),
) -> list[Item]:
    problems = (
        [str(check) for check in check_for_town(services, town, today, country)]
        if town
        else ["Which town is the workshop in?"]
    )
    if only_seed(services):
        problems.insert(0, FIRST_START)
    agreement = any(
        step.kind is StepKind.CHECK_IN
        and ("agreement" in step.id or "welcome" in step.id or "agreement" in step.themes)
        for step in plan.steps
    )
    check_out = [step for step in plan.steps if step.kind is StepKind.CHECK_OUT]
    handout = any("150" in str(as_data(step.audience)) or "handout" in step.id for step in check_out)
    items = [
        Item(
            "referrals",
            f"Referral sheet verified for {town or 'the town'}",
            not problems,
            "\n".join(problems),
        ),
        Item(
            "agreement",
            "A welcome with the group agreement",
            agreement,
            "" if agreement else "Add the group agreement (confidentiality, respect, the right to pass).",
        ),
        Item(
            "check-out",
            "A check-out with the referral handout for everyone",
            bool(check_out) and handout,
            ""
            if check_out and handout
            else "Add a check-out step that hands out the sheet of services to all.",
        ),
    ]
    if films:
        items.append(films_item(films))
    items += [Item(key, title, key in ticked, manual=True) for key, title in MANUAL.items()]
    return items


def load_ticks(plan_id: str) -> set[str]:
    path = data_dir() / "checklists" / f"{plan_id}.json"
    try:
        return {str(item) for item in json.loads(path.read_text(encoding="utf-8"))}
    except (OSError, ValueError, TypeError, RecursionError):
        return set()


def save_ticks(plan_id: str, ticked: set[str]) -> None:
    folder = data_dir() / "checklists"
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(WriteFailed):  # a tick not remembered is not worth a crash
        write_atomic(folder / f"{plan_id}.json", json.dumps(sorted(ticked)).encode("utf-8"))
