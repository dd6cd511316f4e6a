"""The pre-session checklist checks every film file: there (the Qt-free core) and plays (the
dialog has each one decoded to its first picture with the real QtMultimedia backend)."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator.aids.referrals import Directory
from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.planner.checklist import checklist, film_checks, films_item
from facilitator.sessions.plan_films import FilmTrouble
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui.planner.checklist_dialog import ChecklistDialog
from tests.helpers.films import film_plan_folder

pytestmark = pytest.mark.films  # without pytest-qt's Qt message capture (tests/conftest.py)


def test_the_core_names_each_film_step_whose_file_is_not_there(tmp_path: Path) -> None:
    path = film_plan_folder(tmp_path / "plan")
    checks = film_checks(load_plan(path).plan, path.parent, "")
    assert [(c.step, c.lookup.trouble) for c in checks] == [
        (1, None),
        (3, FilmTrouble.MISSING),
        (4, None),  # there and readable: whether it plays is the player's to say
        (5, None),
    ]
    item = films_item(checks)
    assert not item.done
    assert item.detail.startswith('4. The lost film: film "films/lost.mp4" not found; copy it into ')
    assert films_item([checks[0]]).done


def test_a_film_step_that_names_no_film_file_is_a_problem(tmp_path: Path) -> None:
    """The built-in workshop's film step names no file (the facilitator picks one of the four
    films): the checklist says which step, and what to do."""
    plan = load_plan(default_workshop("en")).plan
    checks = film_checks(plan, default_workshop("en").parent, str(tmp_path))
    film_step = next(i for i, step in enumerate(plan.steps) if step.kind.value == "film")
    assert [(c.step, c.named, c.ok) for c in checks] == [(film_step, False, False)]
    item = films_item(checks)
    assert not item.done
    assert item.detail.startswith(f"{film_step + 1}. {plan.steps[film_step].title}: ")
    assert "names no film file: add film: with a local video file" in item.detail
    assert "README, Films on the projector" in item.detail


def test_a_plan_without_film_steps_has_no_film_item(tmp_path: Path) -> None:
    plan = load_plan(default_workshop("en")).plan
    plan = replace(plan, steps=tuple(step for step in plan.steps if step.kind.value != "film"))
    assert film_checks(plan, default_workshop("en").parent, str(tmp_path)) == []
    assert "films" not in [item.id for item in checklist(plan, [], "Aktobe", date.today(), set())]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_dialog_names_the_film_step_without_a_film_file(
    qtbot: QtBot, language: str, set_ui_language: Callable[[str], None]
) -> None:
    set_ui_language(language)
    plan = load_plan(default_workshop(language)).plan
    store = Store.open(database_path())
    dialog = ChecklistDialog(plan, Directory(store), "Aktobe", plan_folder=default_workshop(language).parent)
    qtbot.addWidget(dialog)
    assert "films" in dialog.missing()
    text = dialog.findChild(QLabel, "check-films").text()
    film_step = next(i for i, step in enumerate(plan.steps) if step.kind.value == "film")
    assert f"{film_step + 1}. {plan.steps[film_step].title}: " in text
    assert "film:" in text and "README" in text
    if language != "en":
        assert "names no film file" not in text  # said in the UI's language
    store.close()


def test_the_dialog_says_which_film_is_missing_and_which_does_not_play(qtbot: QtBot, tmp_path: Path) -> None:
    path = film_plan_folder(tmp_path / "plan")
    store = Store.open(database_path())
    dialog = ChecklistDialog(load_plan(path).plan, Directory(store), "Aktobe", plan_folder=path.parent)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "check-films")
    assert "checking that “clip.mp4” plays" in label.text()
    assert "films" in dialog.missing()  # not ready while a film is still being tried
    qtbot.waitUntil(lambda: not dialog.film_probe.busy, timeout=20_000)
    assert dialog.film_probe.results[path.parent / "clip.mp4"] == ""
    assert dialog.film_probe.results[path.parent / "broken.mp4"] != ""
    text = dialog.findChild(QLabel, "check-films").text()
    assert "✗ Every film file is there and plays" in text
    assert "4. The lost film: the film file “films/lost.mp4” is not there" in text
    assert "5. The broken film: the film “broken.mp4” does not play" in text
    assert "clip.mp4" not in text  # the clip plays: nothing to say about it
    assert "films" in dialog.missing()
    store.close()


def test_films_that_play_tick_the_item(qtbot: QtBot, tmp_path: Path) -> None:
    path = film_plan_folder(tmp_path / "plan")
    (path.parent / "broken.mp4").write_bytes((path.parent / "clip.mp4").read_bytes())
    (path.parent / "films").mkdir()
    (path.parent / "films" / "lost.mp4").write_bytes((path.parent / "clip.mp4").read_bytes())
    store = Store.open(database_path())
    dialog = ChecklistDialog(load_plan(path).plan, Directory(store), "Aktobe", plan_folder=path.parent)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "films" not in dialog.missing(), timeout=20_000)
    assert dialog.findChild(QLabel, "check-films").text() == "✓ Every film file is there and plays"
    store.close()


def test_cancelling_while_a_film_is_tried_lets_go_of_the_player_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    """The facilitator cancels the checklist while a film is still being decoded: the player that
    tries it is stopped, detached and deleted then, not later with the dialog, its threads still
    decoding; the films not yet tried stay untried."""
    path = film_plan_folder(tmp_path / "plan")
    store = Store.open(database_path())
    dialog = ChecklistDialog(load_plan(path).plan, Directory(store), "Aktobe", plan_folder=path.parent)
    qtbot.addWidget(dialog)
    probe = dialog.film_probe
    player = probe._player
    assert player is not None and probe.busy  # the clip is being tried
    dialog.reject()
    assert not shiboken6.isValid(player) and probe._player is None and not probe.busy
    assert shiboken6.isValid(dialog)  # the dialog itself goes later, as Qt deletes it
    assert path.parent / "broken.mp4" not in probe.results
    store.close()
