"""A plan built in the planner is in its steps' language: saved so (language and audience), shown
and changeable in the plan-language field, and the built-in series offered is the one in that
language. The checker's messages are said in the UI's language; the planner fits a laptop; its
Save dialog opens in the data folder's plans/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from facilitator.languages import LANGUAGE_NAMES
from facilitator.paths import user_plans_dir
from facilitator.planner.library import LibraryStep, load_library
from facilitator.presentation import audience_word
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.series_loader import LoadedSeries
from facilitator.ui import dialogs
from facilitator.ui.planner import series_chooser
from facilitator.ui.planner.planner_window import WINDOW_MANAGER_TITLE, PlannerWindow, planner_size

LIBRARY = load_library()


def steps_in(language: str, count: int = 3) -> list[LibraryStep]:
    return [step for step in LIBRARY if step.language == language][:count]


def make_planner(qtbot: QtBot, language: str | None = None) -> PlannerWindow:
    window = PlannerWindow(library=LIBRARY, language=language)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize(("language", "audience"), [("ru", "Молодые мужчины"), ("kk", "Жас жігіттер")])
def test_a_plan_built_from_russian_or_kazakh_steps_is_saved_in_that_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, language: str, audience: str
) -> None:
    planner = make_planner(qtbot, "en")  # an English planner, as the drive's was
    for index, step in enumerate(steps_in(language)):
        planner.add(step, index)
    assert planner.plan_language.currentData() == language
    assert planner.plan_language.currentText() == LANGUAGE_NAMES[language]
    out = tmp_path / "plan.yaml"
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(out))
    assert planner.save()
    saved = yaml.safe_load(out.read_text("utf-8"))
    assert (saved["language"], saved["audience"]) == (language, audience)
    plan = load_plan(out).plan
    assert audience_word(plan.language, "source") == audience_word(language, "source") != "Source"
    planner.undo.undo()  # the first step and the language it brought go back in one undo
    planner.undo.undo()
    planner.undo.undo()
    assert planner.draft.document["language"] == "en" and planner.draft.document["audience"] == "Young men"


def test_the_plan_language_field_changes_the_plan_and_the_library(qtbot: QtBot) -> None:
    planner = make_planner(qtbot, "en")
    kazakh = planner.plan_language.findData("kk")
    planner.plan_language.setCurrentIndex(kazakh)
    planner.plan_language.activated.emit(kazakh)  # as a choice made with the keys or the mouse
    assert planner.draft.document["language"] == "kk"
    assert planner.draft.document["audience"] == "Жас жігіттер"
    assert planner.library.language.currentData() == "kk"
    planner.draft.document["audience"] = "Колледж студенттері"  # written by the facilitator: kept
    planner.set_language("ru")
    assert planner.draft.document["audience"] == "Колледж студенттері"
    planner.undo.undo()
    assert planner.draft.document["language"] == "kk"
    assert planner.plan_language.currentData() == "kk"


@pytest.mark.parametrize(("language", "audience"), [("ru", "Молодые мужчины"), ("kk", "Жас жігіттер")])
def test_a_new_plan_is_in_the_ui_language(
    qtbot: QtBot, set_ui_language: Callable[[str], None], language: str, audience: str
) -> None:
    set_ui_language(language)
    planner = make_planner(qtbot)
    assert planner.draft.document["language"] == language
    assert planner.draft.document["audience"] == audience
    assert planner.plan_language.currentData() == language
    assert planner.library.language.currentData() == language


def test_the_series_offered_is_the_one_in_the_plans_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, set_ui_language: Callable[[str], None]
) -> None:
    """A Kazakh planner offers the Kazakh series; the others by changing the plan's language."""
    offered: list[str] = []

    def choose(_parent: object, loaded: LoadedSeries, _runs: object) -> None:
        offered.append(loaded.series.language)

    monkeypatch.setattr(series_chooser, "choose_session", choose)
    set_ui_language("kk")
    planner = make_planner(qtbot)
    planner.open_series()
    planner.set_language("ru")
    planner.open_series()
    assert offered == ["kk", "ru"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "new-plan.yaml:6: target length: steps add up to 30m, target is 1h 30m (warning)"),
        (
            "ru",
            "new-plan.yaml:6: целевая длительность: шаги вместе занимают 30\u00a0мин, "
            "а цель — 1\u00a0ч 30\u00a0мин (предупреждение)",
        ),
        (
            "kk",
            "new-plan.yaml:6: жоспарлы ұзақтығы: қадамдар барлығы 30\u00a0мин алады, "
            "ал мақсат — 1\u00a0сағ 30\u00a0мин (ескерту)",
        ),
    ],
)
def test_the_length_check_is_said_in_the_ui_language(
    qtbot: QtBot, set_ui_language: Callable[[str], None], language: str, expected: str
) -> None:
    set_ui_language(language)
    planner = make_planner(qtbot, language)
    step = next(s for s in steps_in(language, 20) if s.minutes == 15)
    planner.add(step, 0)
    planner.add(step, 1)
    assert planner.problems.text() == expected


def test_a_long_list_of_problems_stays_three_lines_high(qtbot: QtBot) -> None:
    planner = make_planner(qtbot, "en")
    for index in range(5):
        planner.add(steps_in("en")[0], index)
        planner.draft.set(("steps", index, "audience"), {"title": "x"})  # nothing for the projector
    planner.refresh()
    lines = planner.problems.text().splitlines()
    assert len(lines) == 4 and lines[-1].startswith("… and 2 more")
    assert len(planner.problems.toolTip().splitlines()) == 5  # all of them


def test_the_planner_leaves_room_for_the_window_managers_title_bar(qtbot: QtBot) -> None:
    planner = make_planner(qtbot, "en")
    available = planner.screen().availableGeometry().size()
    assert planner.height() <= available.height() - WINDOW_MANAGER_TITLE
    assert planner_size(QSize(1366, 768)) == QSize(1366, 728)
    assert planner_size(QSize(1920, 1080)) == QSize(1366, 768)
    assert planner_size(QSize(1280, 720)) == QSize(1280, 680)


def test_save_as_opens_in_the_data_folders_plans(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    suggested: list[str] = []

    def save_file(_parent: object, _title: str, where: str, _filters: str) -> None:
        suggested.append(where)

    monkeypatch.setattr(dialogs, "save_file", save_file)
    planner = make_planner(qtbot, "en")
    planner.add(steps_in("en")[0], 0)
    assert not planner.save()
    assert Path(suggested[0]).parent == user_plans_dir()
    assert Path(suggested[0]).name == f"{planner.draft.document['id']}.yaml"
