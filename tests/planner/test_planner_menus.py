"""The planner's menus by Alt letters: every menu and every item has an underlined letter (&), no
two alike in one menu, in English, Russian and Kazakh, each language with its own letters (loaded
from the translations as the app loads them). The menu bar's letters leave the window's own Alt
letters (the fields' "&Language:", "&Buffer:") alone, and a translated letter is one a Russian
or Kazakh keyboard types on its letter rows."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from facilitator.planner.library import load_library
from facilitator.settings import change_settings
from facilitator.ui import i18n
from facilitator.ui.planner.planner_window import PlannerWindow

ROOT = Path(__file__).resolve().parents[2]
RECENT = ("/plans/a.yaml", "/plans/Tom & Jerry.yaml", "/plans/c.yaml")
LETTER_ROWS = set("abcdefghijklmnopqrstuvwxyz0123456789") | set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
"""Keys an Alt letter may be on: Latin, digits, and the letters Russian and Kazakh layouts share
(Kazakh's own ә і ң ғ ү ұ қ ө һ sit on the digit row, awkward with Alt)."""


def mnemonic(text: str) -> str | None:
    """The underlined letter of a menu text ("&&" is a plain ampersand), lower case."""
    bare = text.replace("&&", "")
    marks = [i for i, ch in enumerate(bare) if ch == "&"]
    assert len(marks) <= 1, f"two Alt letters in {text!r}"
    return bare[marks[0] + 1].lower() if marks and marks[0] + 1 < len(bare) else None


@pytest.fixture(params=["en", "ru", "kk"])
def ui_language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The UI in one language, its translations compiled from the .ts files as the app's are."""
    code = request.param
    if code != "en":
        ts = ROOT / "facilitator" / "i18n" / f"facilitator_{code}.ts"
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        qm = tmp_path / f"facilitator_{code}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    assert i18n.install(qapp, code, folder=tmp_path) == code
    yield code
    i18n.install(qapp, "en")


@pytest.fixture
def planner(qtbot: QtBot, ui_language: str) -> PlannerWindow:
    change_settings(recent_plans=RECENT)
    window = PlannerWindow(library=load_library())
    qtbot.addWidget(window)
    window.show()
    return window


def menus(planner: PlannerWindow) -> Iterator[tuple[str, list[QAction]]]:
    """The menu bar, then every menu and submenu (the recent plans filled as when opened): the
    name of each and its items (separators and disabled placeholders left out)."""
    bar = planner.menuBar()
    yield "menu bar", list(bar.actions())
    pending = [action.menu() for action in bar.actions()]
    while pending:
        menu = pending.pop(0)
        assert isinstance(menu, QMenu)
        menu.aboutToShow.emit()
        items = [a for a in menu.actions() if not a.isSeparator() and a.isEnabled()]
        yield menu.title(), items
        pending += [a.menu() for a in items if isinstance(a.menu(), QMenu)]


def test_every_menu_and_item_has_its_own_alt_letter_in_each_language(
    planner: PlannerWindow, ui_language: str
) -> None:
    seen = list(menus(planner))
    assert len(seen) == 5  # the bar, File, Open recent, Edit, Workshop
    titles = [action.text() for action in seen[0][1]]
    if ui_language != "en":
        assert "&File" not in titles and "&Edit" not in titles  # the translations were loaded
    items = 0
    for name, actions in seen:
        letters = [mnemonic(action.text()) for action in actions]
        assert None not in letters, (ui_language, name, [a.text() for a in actions])
        assert len(set(letters)) == len(letters), (ui_language, name, [a.text() for a in actions])
        assert set(letters) <= LETTER_ROWS, (ui_language, name, letters)
        items += len(actions)
    assert items >= 3 + 7 + 3 + 7 + 1


def test_the_menu_bar_leaves_the_windows_own_alt_letters_alone(
    planner: PlannerWindow, ui_language: str
) -> None:
    fields = {mnemonic(label.text()) for label in planner.findChildren(QLabel) if label.buddy() is not None}
    fields.discard(None)
    assert len(fields) >= 2  # "&Language:" and "&Buffer:" at least
    bar = {mnemonic(action.text()) for action in planner.menuBar().actions()}
    assert not bar & fields, (ui_language, bar & fields)


def test_a_recent_plan_with_an_ampersand_is_shown_as_written(planner: PlannerWindow) -> None:
    recent = next(
        items for name, items in menus(planner) if [a.text() for a in items][:1] == ["&1  /plans/a.yaml"]
    )
    assert [a.text() for a in recent] == [
        "&1  /plans/a.yaml",
        "&2  /plans/Tom && Jerry.yaml",
        "&3  /plans/c.yaml",
    ]


def test_tooltips_show_no_alt_marker(planner: PlannerWindow) -> None:
    for action in planner.findChildren(QAction):
        assert "&" not in action.toolTip().replace("&&", ""), action.toolTip()


def test_alt_and_a_letter_opens_the_menu_and_the_letter_runs_the_item(
    qtbot: QtBot, planner: PlannerWindow, ui_language: str
) -> None:
    """In English: Alt+E opens Edit, then W (Move the step do&wn) runs; the keys, not a click."""
    if ui_language != "en":
        pytest.skip("typed with a Latin layout; the other languages' letters are checked above")
    planner.activateWindow()
    qtbot.waitUntil(planner.isActiveWindow)
    edit = next(a.menu() for a in planner.menuBar().actions() if a.text() == "&Edit")
    QTest.keyClick(planner, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is edit)
    down = next(a for a in edit.actions() if a.objectName() == "planner-down")
    with qtbot.waitSignal(down.triggered):
        QTest.keyClick(edit, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
