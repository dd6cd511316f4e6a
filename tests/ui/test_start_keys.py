"""The console as the app's start opens it (issue #17): it takes keys at once, its pictures of the
projector are drawn in the next turn of the event loop, and nothing it does on the way makes
PySide6 build classes it does not use."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.state import Status
from facilitator.sessions.store import Store
from facilitator.ui.audience_view import Display
from facilitator.ui.launch import Launcher
from facilitator.ui.still_layout import place_in_place


@pytest.fixture
def starting(qtbot: QtBot) -> Iterator[Launcher]:
    """Opened as ``facilitator`` opens it: the previews left for the turn after the first."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    store = Store.open(database_path())
    loaded = load_plan(default_workshop("en"))
    launcher = Launcher(app, loaded, "plan.yaml", store, FakeClock(), ask=False, passphrase="start keys")
    assert launcher.open(previews_later=True)
    console = launcher.console
    assert console is not None
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    yield launcher
    launcher.close()
    store.close()


def key(launcher: Launcher, pressed: Qt.Key) -> None:
    """A key pressed where the keyboard is (the agenda, given the keys at the console's start)."""
    target = QApplication.focusWidget() or launcher.console
    assert target is not None
    QTest.keyClick(target, pressed)


def test_the_presenter_keys_and_the_panels_work_before_the_previews_are_drawn(starting: Launcher) -> None:
    console, bridge, audience = starting.console, starting.bridge, starting.audience
    assert console is not None and bridge is not None and audience is not None
    assert console.preview.redraws == 0 and console.next_preview.next_screen.isNull()  # not drawn yet
    assert console.agenda.table.hasFocus()  # the keys are the presenter's from the start
    key(starting, Qt.Key.Key_F5)
    assert bridge.status is Status.RUNNING and audience.visible_text()
    key(starting, Qt.Key.Key_Right)
    assert bridge.index == 1
    key(starting, Qt.Key.Key_B)
    assert bridge.display is Display.BLACK
    key(starting, Qt.Key.Key_B)
    assert bridge.display is Display.SLIDE
    for panel_key, dock_name in ((Qt.Key.Key_F2, "cue-panel-dock"), (Qt.Key.Key_F3, "referral-panel-dock")):
        key(starting, panel_key)  # built on this first press, and open at once
        dock = console.findChild(QDockWidget, dock_name)
        assert dock is not None and dock.isVisible(), dock_name
        key(starting, panel_key)
        assert not dock.isVisible()
    key(starting, Qt.Key.Key_F12)
    assert console.aids.covered and bridge.display is Display.BLACK
    key(starting, Qt.Key.Key_F12)
    assert not console.aids.covered and bridge.display is Display.SLIDE
    assert console.preview.redraws == 0  # every change above waited for the first picture


def test_the_previews_are_drawn_once_at_the_projectors_size_as_things_are_then(
    qtbot: QtBot, starting: Launcher
) -> None:
    console, bridge, audience = starting.console, starting.bridge, starting.audience
    assert console is not None and bridge is not None and audience is not None
    key(starting, Qt.Key.Key_F5)  # the session moved on before the pictures were taken
    key(starting, Qt.Key.Key_Right)
    starting.draw_previews()
    assert console.preview.redraws == 1
    assert console.preview.room_screen.size() == audience.view.size()  # the room's own line breaks
    assert console.next_preview.next_screen.size() == audience.view.size()
    assert console.preview.visible_text() == audience.visible_text()
    upcoming = bridge.next_slide()
    assert upcoming is not None and console.next_preview.visible_text().startswith(upcoming.title)
    key(starting, Qt.Key.Key_Right)  # from now on, every change is drawn
    assert console.preview.redraws == 2 and console.preview.visible_text() == audience.visible_text()


def test_a_main_window_placed_in_place_starts_no_animation(qtbot: QtBot) -> None:
    """Without it, QMainWindow places its central widget through a zero-length QPropertyAnimation
    (and Qt's private animation timer, which the console's Python event filters would meet)."""

    def animations_when_shown(in_place: bool) -> list[QObject]:
        window = QMainWindow()
        qtbot.addWidget(window)
        central = QWidget()
        window.setCentralWidget(central)
        if in_place:
            place_in_place(central)
        window.show()  # laid out as it is shown: any animation is there now (deleted once run)
        return [each for each in central.children() if each.metaObject().className() == "QPropertyAnimation"]

    assert animations_when_shown(in_place=False)  # what Qt does (Fusion animates in 200 ms)
    assert not animations_when_shown(in_place=True)


def test_a_part_placed_in_place_looks_the_same(qtbot: QtBot) -> None:
    plain, placed = QWidget(), QWidget()
    for widget in (plain, placed):
        qtbot.addWidget(widget)
        widget.resize(300, 120)
        QPushButton("Start", widget).move(10, 10)
        QLabel("Next on the projector", widget).move(10, 60)
    place_in_place(placed)
    assert plain.grab().toImage() == placed.grab().toImage()
    assert placed.findChild(QPushButton).style() is QApplication.style()  # its children keep the app's
