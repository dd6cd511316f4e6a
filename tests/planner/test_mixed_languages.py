"""A plan whose steps are in two languages: the planner says which steps are in which language and
what to do, and starting a session from it asks first (No by default)."""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from facilitator.content import CONTENT_DIR
from facilitator.planner.draft import Draft, document_of, new_document
from facilitator.planner.library import load_library
from facilitator.planner.step_languages import mixed_languages, text_language
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui import dialogs
from facilitator.ui.planner.planner_window import PlannerWindow


@functools.cache
def library_steps() -> dict[tuple[str, str], dict[str, Any]]:
    return {(item.language, item.step.id): item.document() for item in load_library()}


def plan(language: str, steps: list[tuple[str, str]]) -> dict[str, Any]:
    document = new_document("Mixed", language, 30)
    document["steps"] = [copy.deepcopy(library_steps()[key]) for key in steps]
    return document


RU_WITH_ENGLISH = [("ru", "group-agreement"), ("en", "energizer-stand-if"), ("ru", "break-10")]


def test_letters_say_the_language() -> None:
    assert text_language("Group agreement") == "en"
    assert text_language("Договорённости группы") == "ru"
    assert text_language("Топ келісімі") == "kk"
    assert text_language("15 мин / 10") is not None and text_language("— 15 —") is None


def test_steps_in_two_languages_are_found_by_number() -> None:
    assert mixed_languages(plan("ru", RU_WITH_ENGLISH)) == {"ru": [1, 3], "en": [2]}
    assert mixed_languages(plan("en", [("ru", "group-agreement"), ("ru", "break-10")])) == {"ru": [1, 2]}
    assert mixed_languages(plan("kk", [("kk", "group-agreement"), ("kk", "break-10")])) == {}


def test_no_built_in_plan_mixes_languages() -> None:
    plans = sorted((CONTENT_DIR / "plans").glob("*.yaml"))
    assert len(plans) >= 30
    for path in plans:
        assert mixed_languages(document_of(load_plan(path).plan)) == {}, path.name


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["Русский: 1, 3", "English: 2", "Replace them"]),
        ("ru", ["Русский: 1, 3", "English: 2", "Шаги на разных языках", "Замените"]),
        ("kk", ["Русский: 1, 3", "English: 2", "Қадамдар әртүрлі тілде", "ауыстырыңыз"]),
    ],
)
def test_the_planner_says_which_steps_are_in_which_language(
    qtbot: QtBot, set_ui_language: Callable[[str], None], language: str, words: list[str]
) -> None:
    set_ui_language(language)
    window = PlannerWindow(draft=Draft(plan("ru", RU_WITH_ENGLISH)), library=[])
    qtbot.addWidget(window)
    said = window.problems.text().splitlines()[0]
    assert said.startswith("⚠") and all(word in said for word in words), said
    window.remove_current()  # the first step: the plan is still mixed
    window.agenda.setCurrentRow(0)
    window.remove_current()  # the English step: every step is Russian now
    assert "⚠" not in window.problems.text()


def test_starting_a_mixed_plan_asks_first(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = PlannerWindow(draft=Draft(plan("ru", RU_WITH_ENGLISH)), library=[])
    qtbot.addWidget(window)
    asked: list[str] = []
    answers = iter([False, True])

    def ask(_parent: object, title: str, text: str, default_yes: bool = False) -> bool:
        asked.append(f"{title}\n{text}")
        assert default_yes is False
        return next(answers)

    monkeypatch.setattr(dialogs, "ask", ask)
    started: list[Draft] = []
    window.start_requested.connect(started.append)
    window.request_start()
    assert started == [] and len(asked) == 1 and "English: 2" in asked[0]
    window.request_start()
    assert started == [window.draft] and len(asked) == 2


def test_a_plan_in_one_language_starts_without_the_question(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = PlannerWindow(
        draft=Draft(plan("ru", [("ru", "group-agreement"), ("ru", "break-10")])), library=[]
    )
    qtbot.addWidget(window)
    monkeypatch.setattr(dialogs, "ask", lambda *_args, **_kwargs: pytest.fail("asked"))
    started: list[Draft] = []
    window.start_requested.connect(started.append)
    window.request_start()
    assert started == [window.draft]
