"""The console opens as it was closed: maximized, or at the size and place the facilitator left it."""

from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import window_state_path
from facilitator.sessions.plan_loader import load_plan
from tests.ui.conftest import build_rig, close_rig


def test_first_run_maximized_then_the_size_and_place_left_come_back(qtbot: QtBot) -> None:
    loaded = load_plan(default_workshop("en"))
    first = build_rig(qtbot, loaded)
    assert first.console.isMaximized()  # nothing remembered yet: the whole laptop screen
    first.console.showNormal()
    first.console.setGeometry(QRect(QPoint(12, 0), first.console.minimumSizeHint()))
    left = first.console.geometry().getRect()
    assert not first.console.isMaximized()
    first.console.close()
    close_rig(first)
    assert window_state_path().is_file()

    second = build_rig(qtbot, loaded)
    assert not second.console.isMaximized()
    x, _y, width, height = second.console.geometry().getRect()
    # the default offscreen screen (800×600) is smaller than the console's least size (847 wide
    # with the projector's picture kept whole, for a 1366×768 laptop): Qt moves it up and left to
    # fit as much as it can; the size left comes back as it was
    assert (width, height) == (left[2], left[3])
    assert x == left[0] or width > second.console.screen().availableGeometry().width()
    second.console.showMaximized()
    second.console.close()
    close_rig(second)

    third = build_rig(qtbot, loaded)
    assert third.console.isMaximized()
    close_rig(third)
