"""While a menu (F10, Alt and a letter) or any popup is open, the presenter keys belong to it: the
arrows go through the menus and never move the workshop or the projector (blind drive: F10, ←, ←
went back two steps; F10, →, → put the closing screen up)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Rig


def press(rig: Rig, key: Qt.Key, text: str = "") -> None:
    """A key as the window system delivers it: to the console's window, wherever Qt sends it on."""
    window = rig.console.windowHandle()
    assert isinstance(window, QWindow)
    QTest.sendKeyEvent(QTest.KeyAction.Click, window, key, text, Qt.KeyboardModifier.NoModifier)


def test_keys_go_through_the_menus_and_never_move_the_workshop(qtbot: QtBot, rig: Rig) -> None:
    rig.bridge.start()
    rig.bridge.jump(2)
    rig.console.activateWindow()
    qtbot.waitUntil(rig.console.isActiveWindow)
    shown = rig.audience.view.visible_text()
    menus = [action.menu() for action in rig.console.menuBar().actions()]
    press(rig, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menus[0])
    press(rig, Qt.Key.Key_Right)  # the arrows go through the menus
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menus[1])
    assert rig.bridge.index == 2
    for key, text in (
        (Qt.Key.Key_Left, ""),
        (Qt.Key.Key_Left, ""),
        (Qt.Key.Key_Right, ""),
        (Qt.Key.Key_Right, ""),
        (Qt.Key.Key_Right, ""),
        (Qt.Key.Key_PageDown, ""),
        (Qt.Key.Key_PageUp, ""),
        (Qt.Key.Key_Space, " "),
        (Qt.Key.Key_Up, ""),
        (Qt.Key.Key_Down, ""),
    ):  # (a letter in a menu is its item's mnemonic: the menu's to use)
        press(rig, key, text)
        assert rig.bridge.index == 2, key
        assert rig.audience.view.visible_text() == shown, key
        assert isinstance(QApplication.activePopupWidget(), QMenu), key  # still in the menus
    while QApplication.activePopupWidget() is not None or rig.console.menuBar().hasFocus():
        press(rig, Qt.Key.Key_Escape)  # out of the menus, as far as Esc goes
        qtbot.wait(10)
    press(rig, Qt.Key.Key_Right)  # the presenter has the keys again
    assert rig.bridge.index == 3
    press(rig, Qt.Key.Key_Left)
    press(rig, Qt.Key.Key_Left)
    assert rig.bridge.index == 1
