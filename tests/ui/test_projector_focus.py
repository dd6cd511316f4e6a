"""The projector's window never keeps the keyboard: a note typed just after the start goes to the
notes box, never drives the room's screen (blind drive on two X screens: the window manager focused
the full-screen projector window; the note's spaces ran through the whole workshop)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from facilitator.sessions.state import Status
from facilitator.ui.first_frame import FirstFrame
from tests.ui.conftest import Rig


def test_the_projector_window_asks_never_to_be_focused(rig: Rig) -> None:
    assert rig.audience.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert rig.audience.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_if_it_is_activated_anyway_the_console_takes_the_keyboard_back(qtbot: QtBot, rig: Rig) -> None:
    rig.audience.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)  # a window manager
    rig.audience.show()  # that ignores the hint and focuses the new full-screen window
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    console = rig.console.windowHandle()
    with qtbot.waitSignal(app.focusWindowChanged, check_params_cb=lambda window: window is console):
        rig.audience.activateWindow()
    assert rig.console.isActiveWindow() and not rig.audience.isActiveWindow()
    QTest.keyClick(rig.console, Qt.Key.Key_F5)
    assert rig.bridge.status is Status.RUNNING
    QTest.keyClick(rig.console, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert rig.console.notes.editor.hasFocus()
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Period, Qt.Key.Key_Space):
        QTest.keyClick(rig.console.notes.editor, key)
    assert rig.bridge.index == 0  # the note's spaces and full stop were typed, not obeyed
    assert rig.console.notes.editor.toPlainText() == " . "


def test_the_first_frames_holding_screen_takes_no_keyboard_either(qtbot: QtBot) -> None:
    frame = FirstFrame("A workshop", None, False)
    frame.show_holding()
    try:
        assert frame.holding.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
        assert frame.holding.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    finally:
        frame.close()
