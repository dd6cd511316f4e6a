"""Every control of the console is reachable with Tab and has a name a screen reader can say."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Rig

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QComboBox,
    QAbstractSpinBox,
)


def controls(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.objectName() != "qt_scrollarea_viewport"
    ]


def name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.placeholderText()
    return ""


def test_tab_reaches_every_control_and_each_has_a_name(qtbot: QtBot, rig: Rig) -> None:
    rig.console.activateWindow()
    qtbot.waitUntil(rig.console.isActiveWindow)
    rig.bridge.start()
    rig.console.aids.toggle_referrals()
    wanted = controls(rig.console)
    assert [w for w in wanted if not name_of(w).strip()] == []
    start = rig.console.notes.editor
    start.setFocus()
    reached, widget = set(), start
    for _ in range(200):
        reached.add(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        widget = rig.console.focusWidget() or widget
        if widget is start:
            break
    missing = [w.objectName() or type(w).__name__ for w in wanted if w not in reached]
    assert missing == []


def test_the_agenda_jumps_with_the_keyboard(qtbot: QtBot, rig: Rig) -> None:
    rig.console.activateWindow()
    qtbot.waitUntil(rig.console.isActiveWindow)
    rig.bridge.start()
    table = rig.console.agenda.table
    table.setFocus()
    table.setCurrentCell(4, 1)
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert rig.bridge.index == 4
