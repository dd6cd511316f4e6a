"""The Russian and Kazakh content says the same things as the English, in its own words.

Compared by content, not only by id: each step's flags, safety note, facts (their numbers, whether
they are hidden answers, and which source they name) and resistance cues; each cue's moves, flags,
fact and the numbers in its moves. Wording is free; substance is not.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest

from facilitator.aids.cue_loader import load_cues
from facilitator.aids.cues import Cue
from facilitator.content import CONTENT_DIR
from facilitator.sessions.plan import Fact, Plan, Step
from facilitator.sessions.plan_loader import load_plan

LANGUAGES = ("en", "ru", "kk")
TRANSLATED = ("ru", "kk")

# Who a source names, in each language's spelling (lower case). Every source must name at least one.
SOURCE_NAMES = {
    "astana-times": ("astana times",),
    "heforshe": ("heforshe",),
    "un-women": ("un women", "оон-женщины", "бұұ-әйелдер"),
    "undp": ("undp", "проон", "бұұдб"),
    "crisis-centres": ("crisis centres", "кризисных центров", "дағдарыс орталықтар"),
    "osce": ("osce", "обсе", "еқыұ"),
    "jarbussynova": ("jarbussynova", "джарбусынова", "жарбусынова"),
    "kazybayev": ("kazybayev", "казыбаев", "қазыбаев"),
    "gender-social-norms-index": (
        "gender social norms index",
        "индекс гендерных социальных норм",
        "гендерлік әлеуметтік нормалар индекс",
    ),
    "article-on-feminism": ("feminism", "феминизм"),
    "human-rights-watch": ("human rights watch",),
}


def numbers(text: str) -> list[str]:
    """The figures in ``text``: "230 000", "230,000" and "230000" are one number; "83,1" is "83.1"."""
    joined = re.sub(r"(?<=\d)[\s\u00a0\u202f,](?=\d{3}(?!\d))", "", text)
    return sorted(match.replace(",", ".") for match in re.findall(r"\d+(?:[.,]\d+)?", joined))


def source_names(source: str) -> set[str]:
    lowered = source.casefold()
    return {key for key, spellings in SOURCE_NAMES.items() if any(name in lowered for name in spellings)}


def fact_substance(fact: Fact) -> dict[str, Any]:
    return {
        "numbers": numbers(fact.text),
        "hidden answer": fact.reveal,
        "source names": source_names(fact.source),
        "source numbers": numbers(fact.source),
    }


def step_substance(step: Step) -> dict[str, Any]:
    private = step.facilitator
    return {
        "kind": step.kind,
        "duration": step.duration,
        "phases": [phase.duration for phase in step.phases],
        "fixed": step.fixed,
        "sensitive": step.sensitive,
        "themes": step.themes,
        "safety note": bool(private.safety),
        "facts": [fact_substance(fact) for fact in step.audience.facts],
        "hidden answers": sum(fact.reveal for fact in step.audience.facts),
        "resistance cues": [link.cue for link in private.resistance],
        "has a way to shorten": bool(private.shorten),
        "image": step.audience.image,
        "tallies": [
            (tally.id, [answer.id for answer in tally.answers], tally.threshold, bool(tally.national))
            for tally in step.audience.tallies
        ],
    }


def cue_substance(cue: Cue) -> dict[str, Any]:
    return {
        "moves": [move.kind for move in cue.moves],
        "numbers in moves": [numbers(move.text) for move in cue.moves],
        "take_outside": cue.take_outside,
        "drivers": cue.drivers,
        "forms": cue.forms,
        "fact": fact_substance(cue.fact) if cue.fact else None,
        "things to avoid": len(cue.avoid),
    }


def differences(english: dict[str, Any], other: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {key: (value, other[key]) for key, value in english.items() if other[key] != value}


def plan_families() -> dict[str, dict[str, Path]]:
    """Built-in plans and libraries grouped by name: {"plans/young-men-equality-2h": {"en": path, ...}}."""
    families: dict[str, dict[str, Path]] = {}
    for path in sorted([*CONTENT_DIR.glob("plans/*.yaml"), *CONTENT_DIR.glob("library/*.yaml")]):
        stem, language = path.name.removesuffix(".yaml").rsplit(".", 1)
        families.setdefault(f"{path.parent.name}/{stem}", {})[language] = path
    return families


FAMILIES = plan_families()
TRANSLATIONS = [
    (family, language) for family, paths in FAMILIES.items() for language in TRANSLATED if language in paths
]


def step_differences(english: Plan, other: Plan) -> dict[str, Any]:
    found: dict[str, Any] = {}
    steps = {step.id: step for step in other.steps}
    for step in english.steps:
        if step.id in steps:
            changed = differences(step_substance(step), step_substance(steps[step.id]))
            if changed:
                found[step.id] = changed
    return found


@pytest.mark.parametrize(
    ("family", "language"), TRANSLATIONS, ids=[f"{f}.{lang}" for f, lang in TRANSLATIONS]
)
def test_a_translated_plan_has_the_english_steps_with_the_same_substance(family: str, language: str) -> None:
    english = load_plan(FAMILIES[family]["en"]).plan
    other = load_plan(FAMILIES[family][language]).plan
    assert [step.id for step in other.steps] == [step.id for step in english.steps]
    assert other.target_length == english.target_length
    found = step_differences(english, other)
    assert not found, "\n".join(f"{step}: {changed}" for step, changed in found.items())


def test_every_built_in_plan_is_in_every_language() -> None:
    assert FAMILIES
    for family, paths in FAMILIES.items():
        assert set(paths) == set(LANGUAGES), (family, sorted(paths))


CUES = {language: load_cues(CONTENT_DIR / "cues" / f"cues.{language}.yaml") for language in LANGUAGES}


@pytest.mark.parametrize("language", TRANSLATED)
def test_translated_cues_carry_the_same_moves_facts_and_flags(language: str) -> None:
    english, other = CUES["en"], CUES[language]
    assert [cue.id for cue in other.cues] == [cue.id for cue in english.cues]
    for group in ("principles", "drivers", "forms"):
        assert [item.id for item in getattr(other, group)] == [item.id for item in getattr(english, group)]
    found = {
        cue.id: changed
        for cue in english.cues
        if (changed := differences(cue_substance(cue), cue_substance(other.cue(cue.id))))  # type: ignore[arg-type]
    }
    assert not found, "\n".join(f"{cue}: {changed}" for cue, changed in found.items())


def every_source() -> list[tuple[str, str]]:
    found = []
    for paths in FAMILIES.values():
        for path in paths.values():
            plan = load_plan(path).plan
            found += [
                (f"{path.name}: {step.id}", fact.source)
                for step in plan.steps
                for fact in step.audience.facts
            ]
    for language, library in CUES.items():
        found += [(f"cues.{language}: {cue.id}", cue.fact.source) for cue in library.cues if cue.fact]
    return found


def test_every_source_is_recognised_by_the_name_it_gives() -> None:
    unknown = [(where, source) for where, source in every_source() if not source_names(source)]
    assert not unknown, unknown


def test_the_comparison_sees_a_changed_number_a_dropped_safety_note_and_a_lost_flag() -> None:
    assert numbers("230 000 views, 83,1% and 2022–2023") == numbers("230,000 просмотров, 83.1% и 2022–2023")
    assert numbers("about 80 women") != numbers("около 90 женщин")
    step = load_plan(FAMILIES["plans/young-men-equality-2h"]["en"]).plan.steps[-1]
    assert step.facilitator.safety
    quiet = dataclasses.replace(step, facilitator=dataclasses.replace(step.facilitator, safety=None))
    assert differences(step_substance(step), step_substance(quiet)) == {"safety note": (True, False)}
    cue = next(cue for cue in CUES["en"].cues if cue.take_outside)
    inside = cue.model_copy(update={"take_outside": False, "moves": cue.moves[:-1]})
    assert set(differences(cue_substance(cue), cue_substance(inside))) == {
        "take_outside",
        "moves",
        "numbers in moves",
    }
    assert source_names("Оценка ООН, цит. по The Astana Times") != source_names("HeForShe Kazakhstan")


SERIES = {language: CONTENT_DIR / "series" / f"young-men-series.{language}.yaml" for language in LANGUAGES}


def series_substance(path: Path) -> dict[str, Any]:
    from facilitator.sessions.series_loader import load_series

    loaded = load_series(path)
    series = loaded.series
    entries = (*loaded.sessions, *([loaded.follow_up] if loaded.follow_up else []))
    return {
        "id": series.id.removesuffix(f"-{series.language}"),
        "guidance notes": len(series.guidance),
        "numbers": [session.number for session in series.sessions],
        "plans": [entry.loaded.plan.id.removesuffix(f"-{series.language}") for entry in entries],
        "things to prepare": [len(session.prepare) for session in series.sessions],
        "numbers in purposes": [numbers(session.purpose) for session in series.sessions],
        "follow-up": series.follow_up is not None,
        "numbers in the follow-up's timing": numbers(series.follow_up.when) if series.follow_up else None,
    }


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_translated_series_has_the_same_sessions_plans_and_preparation(language: str) -> None:
    english = series_substance(SERIES["en"])
    assert english["numbers"] == list(range(1, 9)) and english["follow-up"]
    assert not differences(english, series_substance(SERIES[language]))
