"""Where the workshop stands, on the console first: a sensitive step waits on the holding screen
until the facilitator has seen its warning; after the last step the console says the room sees
the closing screen, and what to do next (end, review, export)."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.state import Status
from facilitator.ui.audience_view import Display
from tests.helpers.films import with_films
from tests.ui.conftest import Rig, build_rig, close_rig
from tests.ui.test_console import activate, press


def sensitive_steps(rig: Rig) -> list[int]:
    return [index for index, step in enumerate(rig.bridge.plan.steps) if step.sensitive]


def test_a_sensitive_step_reaches_the_projector_only_after_the_console_warned(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    index = next(i for i in sensitive_steps(rig) if i > 0 and not rig.bridge.plan.steps[i - 1].sensitive)
    step = rig.bridge.plan.steps[index]
    rig.bridge.jump(index - 1)
    seen: list[tuple[str, bool]] = []  # what the room saw at every change, and was the warning up

    def watch(*_args: object) -> None:
        if rig.bridge.index == index:
            seen.append((rig.audience.visible_text(), rig.console.stage_banner.isVisible()))

    for signal in (rig.bridge.step_changed, rig.bridge.display_changed):
        signal.connect(watch)  # after the projector's own repaint
    while rig.bridge.index < index:  # the step before may still reveal answers first
        press(rig, Qt.Key.Key_Right)
    assert rig.bridge.index == index
    banner = rig.console.stage_banner
    assert banner.isVisible() and "Sensitive step" in banner.text.text()
    assert "→" in banner.text.text()  # which key shows it, as printed on the key
    assert rig.audience.view.display is Display.HOLDING
    assert rig.console.preview.view.display is Display.HOLDING  # the preview says the same
    assert step.audience_title not in rig.audience.visible_text()
    assert "sensitive step" in rig.console.step_panel.next_label.text()
    press(rig, Qt.Key.Key_Right)  # the facilitator goes on: the same step, now on the projector
    assert rig.bridge.index == index and rig.bridge.display is Display.SLIDE
    assert step.audience_title in rig.audience.visible_text()
    assert not banner.isVisible()
    first_shown = next(n for n, (text, _) in enumerate(seen) if step.audience_title in text)
    assert all(warned for _, warned in seen[:first_shown])  # the warning always came first
    assert any(warned for _, warned in seen[:first_shown])


def test_the_sensitive_step_status_line_goes_once_the_step_is_shown(qtbot: QtBot, rig: Rig) -> None:
    """Third blind drive: "Sensitive step: announce it…" stayed on the status line after the step
    was shown, on the steps after it and on the closing screen."""
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    status = rig.console.statusBar()
    index = sensitive_steps(rig)[0]
    rig.bridge.jump(index)
    assert "Sensitive step" in status.currentMessage()  # held: it applies
    press(rig, Qt.Key.Key_Right)  # shown on the projector
    assert rig.bridge.index == index and rig.bridge.display is Display.SLIDE
    assert status.currentMessage() == ""
    rig.bridge.jump(index + 1)
    assert "Sensitive step" not in status.currentMessage() or rig.bridge.held_back
    rig.bridge.jump(index)  # arriving again holds it again: the warning with it
    assert "Sensitive step" in status.currentMessage()
    last = len(rig.bridge.plan.steps) - 1
    rig.bridge.jump(last)
    if rig.bridge.held_back:
        press(rig, Qt.Key.Key_Right)
    press(rig, Qt.Key.Key_Right)  # past the last step: the closing screen
    assert rig.bridge.at_closing
    assert "Sensitive step" not in status.currentMessage()


def test_black_over_a_held_step_goes_back_to_the_holding_screen_and_a_film_waits_too(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = build_rig(qtbot, load_plan(with_films(default_workshop("en"), tmp_path / "plan")))
    try:
        black_over_a_held_film(qtbot, rig)
    finally:
        close_rig(rig)


def black_over_a_held_film(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    film = next(i for i in sensitive_steps(rig) if rig.bridge.film(i) is not None)
    rig.bridge.jump(film)
    assert rig.bridge.held_back and not rig.bridge.names_film()  # Space and P show it first
    press(rig, Qt.Key.Key_B)
    press(rig, Qt.Key.Key_B)
    assert rig.bridge.display is Display.HOLDING  # not the slide the facilitator has not let up
    press(rig, Qt.Key.Key_Space)
    assert rig.bridge.display is Display.SLIDE and rig.bridge.index == film
    assert rig.bridge.names_film()  # from now on P and Space play the film


pytestmark = pytest.mark.films  # without pytest-qt's Qt message capture (tests/conftest.py)


def test_the_console_follows_the_room_to_the_closing_screen_and_says_what_comes_next(
    qtbot: QtBot, rig: Rig
) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    last = len(rig.bridge.plan.steps) - 1
    rig.bridge.jump(last)
    while rig.bridge.held_back:
        press(rig, Qt.Key.Key_Right)
    banner = rig.console.stage_banner
    assert not banner.isVisible()
    press(rig, Qt.Key.Key_Right)  # past the last step
    assert rig.audience.view.display is Display.CLOSING
    assert banner.isVisible() and banner.property("stage") == "closing"
    assert "closing screen" in banner.text.text() and "Ctrl+E" in banner.text.text()
    assert banner.buttons["end"].isVisible()
    assert "closing screen" in rig.console.step_panel.next_label.text()
    press(rig, Qt.Key.Key_Left)  # back to the last step: the banner goes
    assert not banner.isVisible() and rig.audience.view.display is Display.SLIDE
    press(rig, Qt.Key.Key_Right)
    banner.buttons["end"].click()  # asks first (answered yes in tests), then ends
    assert rig.bridge.status is Status.ENDED
    assert banner.isVisible() and "has ended" in banner.text.text()
    assert "Ctrl+Shift+E" in banner.text.text()
    assert banner.buttons["review"].isVisible() and not banner.buttons["end"].isVisible()
    assert rig.console.actions_by_id["review"].isEnabled()
