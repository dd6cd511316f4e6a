"""After a question closes, the keyboard goes back to the window it was asked from (blind drive:
after unlocking, or Esc on the planner's unsaved-changes question, the presenter keys did nothing
until a click: the window manager had focused nothing)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator.ui import dialogs


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_asking_window_has_the_keyboard_again_after_the_question(qtbot: QtBot) -> None:
    console, other = QWidget(), QWidget()
    for window in (console, other):
        qtbot.addWidget(window)
        window.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)

    def modal(parent: QWidget, title: str) -> str:  # as a modal does: it took the keyboard, and on
        other.activateWindow()  # closing the window manager left it elsewhere
        return title

    asked = dialogs._keys_back(modal)  # what every question in dialogs is wrapped in
    assert asked(console, "End the session?") == "End the session?"
    qtbot.waitUntil(console.isActiveWindow)
