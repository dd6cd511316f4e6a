"""The planner by keys (a blind drive): F10 opens its menus as in the console; in the library's
search box ↓ and ↑ move the selection in the filtered list, Enter adds the chosen step and the
selection moves on, so pressing Enter again never adds the same step twice by accident."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from facilitator.ui.planner.planner_window import PlannerWindow


def test_f10_opens_the_planner_s_menus(qtbot: QtBot, planner: PlannerWindow) -> None:
    planner.library.search.setFocus()
    QTest.keyClick(planner.library.search, Qt.Key.Key_F10)
    first = planner.menuBar().actions()[0].menu()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is first)
    QTest.keyClick(first, Qt.Key.Key_Escape)
    QTest.keyClick(QApplication.activePopupWidget() or planner, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def titles(planner: PlannerWindow) -> list[str]:
    return [str(step["title"]) for step in planner.draft.steps]


def search_for_cases(planner: PlannerWindow) -> tuple[QLineEdit, QListWidget]:
    """The English library searched for "case" by keys; its search box and list."""
    search, listed = planner.library.search, planner.library.list
    planner.library.language.setCurrentIndex(planner.library.language.findData("en"))
    search.setFocus()
    QTest.keyClicks(search, "case")
    return search, listed


def library_title(planner: PlannerWindow, row: int) -> str:
    return planner.library.list.item(row).data(Qt.ItemDataRole.UserRole).step.title


def test_arrows_in_the_search_box_choose_in_the_list_and_enter_moves_on(
    qtbot: QtBot, planner: PlannerWindow
) -> None:
    search, listed = search_for_cases(planner)
    assert listed.count() >= 4 and listed.currentRow() == 0
    QTest.keyClick(search, Qt.Key.Key_Down)
    QTest.keyClick(search, Qt.Key.Key_Down)
    QTest.keyClick(search, Qt.Key.Key_Up)
    assert listed.currentRow() == 1 and search.hasFocus() and search.text() == "case"
    second, third = library_title(planner, 1), library_title(planner, 2)
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert titles(planner) == [second] and listed.currentRow() == 2
    QTest.keyClick(search, Qt.Key.Key_Return)  # the next one, not the same again
    assert titles(planner) == [second, third]
    QTest.keyClick(search, Qt.Key.Key_Up)
    QTest.keyClick(search, Qt.Key.Key_Up)
    QTest.keyClick(search, Qt.Key.Key_Up)
    QTest.keyClick(search, Qt.Key.Key_Up)  # stops at the first
    assert listed.currentRow() == 0


def test_after_the_last_step_of_the_list_enter_adds_nothing_more(
    qtbot: QtBot, planner: PlannerWindow
) -> None:
    search, listed = search_for_cases(planner)
    for _ in range(listed.count() + 3):
        QTest.keyClick(search, Qt.Key.Key_PageDown)
    last = library_title(planner, listed.count() - 1)
    QTest.keyClick(search, Qt.Key.Key_Return)
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert titles(planner) == [last] and listed.currentRow() == -1
    QTest.keyClick(search, Qt.Key.Key_Down)  # ↓ chooses again: the first of the list
    assert listed.currentRow() == 0
