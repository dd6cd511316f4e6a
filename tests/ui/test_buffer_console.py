"""The console counts the plan's buffer as time in hand: a delay within it is told as buffer left,
past it the console advises what to shorten. The clock is the test's; the projector shows none of it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator.sessions.plan_loader import parse_plan
from tests.helpers.plans import plan_yaml
from tests.ui.conftest import Rig, build_rig, close_rig

MIN = 60.0


@pytest.fixture
def buffered(qtbot: QtBot) -> Iterator[Rig]:
    loaded = parse_plan(plan_yaml([10, 20, 30, 10], fixed=(3,), buffer=10).encode(), "plan.yaml")
    made = build_rig(qtbot, loaded)
    yield made
    close_rig(made)


def shown_on_the_projector(rig: Rig) -> str:
    views = (rig.audience, rig.console.preview.view)
    return "\n".join(label.text() for view in views for label in view.findChildren(QLabel))


def test_before_the_start_the_planned_length_names_the_buffer(buffered: Rig) -> None:
    assert buffered.console.timer_panel.standing.text() == "Planned length 1h 10m + 10m buffer"


def test_a_delay_within_the_buffer_says_what_is_left_and_cuts_nothing(buffered: Rig) -> None:
    rig = buffered
    rig.bridge.start()
    rig.clock.advance(16 * MIN)  # the first 10-minute step has run 6 minutes over
    rig.bridge.timer_updated.emit()
    panel = rig.console.timer_panel
    assert panel.late.isVisible()
    assert panel.late.text() == "Running 6 min over: 4 min of buffer left."
    assert not panel.apply.isVisible()
    for secret in ("buffer", panel.late.text(), panel.standing.text()):
        assert secret not in shown_on_the_projector(rig)


def test_past_the_buffer_the_console_advises_what_to_shorten(buffered: Rig) -> None:
    rig = buffered
    rig.bridge.start()
    rig.clock.advance(24 * MIN)  # 14 minutes over: the buffer is gone and 4 minutes are to be found
    rig.bridge.timer_updated.emit()
    panel = rig.console.timer_panel
    text = panel.late.text()
    assert text.startswith("Running late by 14 min. The 10 min buffer is used up. Shorten: ")
    assert "Step 1 −" in text and "Step 3" not in text  # the fixed step is never cut
    assert panel.apply.isVisible()
    panel.apply.click()
    assert rig.bridge.state().behind == pytest.approx(10 * MIN)  # ends at the target, buffer spent
    rig.bridge.timer_updated.emit()
    assert panel.late.text() == "Running 10 min over: 0 min of buffer left."
    assert not panel.apply.isVisible()
    assert "buffer" not in shown_on_the_projector(rig)


def test_on_time_with_a_buffer_says_nothing(buffered: Rig) -> None:
    rig = buffered
    rig.bridge.start()
    rig.clock.advance(9 * MIN)
    rig.bridge.timer_updated.emit()
    assert not rig.console.timer_panel.late.isVisible()
