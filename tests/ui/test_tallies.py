"""Device-free tallies on both windows: counts typed on the console, stored at once, and the room's
distribution on the projector only from the threshold (issue #15, part 1)."""

import re
import sqlite3
from collections.abc import Iterator

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from facilitator.presentation import slide_for
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import parse_plan
from facilitator.sessions.state import Status
from facilitator.ui.audience_view import AudienceView, Display
from facilitator.ui.audience_window import AudienceWindow
from facilitator.ui.console_window import ConsoleWindow
from facilitator.ui.session_bridge import SessionBridge
from tests.helpers.plans import plan_yaml, tally
from tests.ui.conftest import Rig, build_rig, close_rig
from tests.ui.test_console import activate

NATIONAL = {"text": "Across the country most men say so", "source": "A national survey"}


def tally_rig(qtbot: QtBot, threshold: int | None = None) -> Rig:
    document = yaml.safe_load(plan_yaml([10, 10, 10], tallies={1: tally(threshold, NATIONAL)}))
    step = document["steps"][1]  # words without digits: any digit on the screen is a count
    step["title"] = "Where do we stand?"
    step["audience"]["text"] = "Raise one card"
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    rig = build_rig(qtbot, parse_plan(text.encode(), "plan.yaml"))
    rig.bridge.start()
    rig.bridge.jump(1)
    return rig


@pytest.fixture
def on_tally(qtbot: QtBot) -> Iterator[Rig]:
    rig = tally_rig(qtbot)
    yield rig
    close_rig(rig)


def spin(rig: Rig, answer: str) -> QSpinBox:
    return rig.console.step_panel.tallies.spins[("enough-rights", answer)]


def type_counts(rig: Rig, agree: int, not_sure: int, disagree: int) -> None:
    for answer, count in (("agree", agree), ("not-sure", not_sure), ("disagree", disagree)):
        spin(rig, answer).setValue(count)


def room_sees(view: AudienceView) -> str:
    """What the room can read, without the step's place and timer along the top."""
    return "\n".join(line for line in view.visible_text().splitlines() if line not in {"2 / 3", "10:00"})


def test_under_the_threshold_the_projector_shows_nothing_of_the_distribution(on_tally: Rig) -> None:
    rig = on_tally
    assert rig.console.step_panel.tallies.isVisible()
    type_counts(rig, 2, 1, 1)  # four answers: one short
    for view in (rig.audience.view, rig.console.preview.view):
        shown = room_sees(view)
        assert "Women already have enough rights" in shown
        assert "Agree   ·   Not sure   ·   Disagree" in shown  # the answers, so the room can vote
        assert not re.search(r"\d|%", shown), shown  # no count, no total, no share
        assert not view.tally_bars.isVisibleTo(view) and view.tally_bars.texts() == []
        assert NATIONAL["text"] not in shown and NATIONAL["source"] not in shown
        assert view.tally_bars.findChildren(object) == []
    total = rig.console.findChild(object, "tally-total-enough-rights")
    assert total.text() == "4 answers in: the room sees the distribution from 5."


def test_at_the_threshold_the_room_sees_its_answers_beside_the_national_figure(on_tally: Rig) -> None:
    rig = on_tally
    type_counts(rig, 2, 1, 2)
    for view in (rig.audience.view, rig.console.preview.view):
        assert view.tally_bars.isVisibleTo(view)
        shown = view.visible_text()
        for line in ("Agree: 2 · 40%", "Not sure: 1 · 20%", "Disagree: 2 · 40%"):
            assert line in shown
        assert NATIONAL["text"] in shown
        assert f"Source: {NATIONAL['source']}" in shown
        assert "Agree   ·   Not sure" not in shown  # the bars name the answers now
    assert rig.audience.view.visible_text() == rig.console.preview.view.visible_text()
    total = rig.console.findChild(object, "tally-total-enough-rights")
    assert total.text() == "5 answers in: the room sees the distribution."
    spin(rig, "agree").setValue(1)  # a count corrected down: the room's bars go again
    assert not rig.audience.view.tally_bars.isVisibleTo(rig.audience.view)
    assert not re.search(r"\d|%", room_sees(rig.audience.view))


def test_a_plan_that_raises_the_threshold_holds_the_bars_back_longer(qtbot: QtBot) -> None:
    rig = tally_rig(qtbot, threshold=8)
    try:
        type_counts(rig, 3, 2, 2)
        assert not re.search(r"\d|%", room_sees(rig.audience.view))
        spin(rig, "disagree").setValue(3)
        assert "Disagree: 3 · 38%" in rig.audience.view.visible_text()
    finally:
        close_rig(rig)


def test_every_count_is_stored_at_once_and_comes_back_after_a_crash(qtbot: QtBot, on_tally: Rig) -> None:
    rig = on_tally
    type_counts(rig, 4, 0, 3)
    session = rig.bridge.session_id
    other = sqlite3.connect(rig.store.path)  # as after a crash: nothing closed, nothing flushed
    rows = other.execute("SELECT step, question, answer, count FROM tallies ORDER BY answer").fetchall()
    other.close()
    assert rows == [(1, "enough-rights", "agree", 4), (1, "enough-rights", "disagree", 3)]
    assert session is not None
    live = LiveSession.resume(rig.store, session, rig.clock)
    bridge = SessionBridge(live.loaded, "plan.yaml", rig.store, rig.clock, live)
    audience = AudienceWindow(bridge)
    console = ConsoleWindow(bridge, audience)
    qtbot.addWidget(console)
    qtbot.addWidget(audience)
    try:
        assert bridge.index == 1
        spins = console.step_panel.tallies.spins
        assert [spins[("enough-rights", a)].value() for a in ("agree", "not-sure", "disagree")] == [4, 0, 3]
        assert "Agree: 4 · 57%" in audience.view.visible_text()
    finally:
        bridge.stop()
        audience.allow_close()


def test_keys_typed_in_a_count_never_drive_the_projector(qtbot: QtBot, on_tally: Rig) -> None:
    rig = on_tally
    activate(qtbot, rig)
    box = spin(rig, "agree")
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.selectAll()
    for key in (Qt.Key.Key_7, Qt.Key.Key_Space, Qt.Key.Key_B, Qt.Key.Key_Right, Qt.Key.Key_P):
        QTest.keyClick(box, key)
    assert rig.bridge.index == 1
    assert rig.bridge.display is Display.SLIDE
    assert rig.bridge.status is Status.RUNNING
    assert rig.bridge.tally_counts(1, "enough-rights") == {"agree": 7}
    QTest.keyClick(box, Qt.Key.Key_Return)  # done counting: the keys go back to the presenter
    assert not box.hasFocus() and rig.bridge.index == 1
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert rig.bridge.index == 2


def test_nothing_is_counted_while_locked(on_tally: Rig) -> None:
    rig = on_tally
    spin(rig, "agree").setValue(2)
    rig.bridge.set_locked(True)
    spin(rig, "agree").setValue(9)
    assert spin(rig, "agree").value() == 2  # not stored: the box shows what is kept
    assert [t.count for t in rig.store.tallies(rig.bridge.session_id or "")] == [2]


def test_a_step_without_tallies_has_no_tally_panel(on_tally: Rig) -> None:
    rig = on_tally
    rig.bridge.jump(2)
    assert not rig.console.step_panel.tallies.isVisible()
    assert rig.console.step_panel.tallies.spins == {}


def test_a_national_share_per_answer_is_drawn_under_its_bar_only_with_the_rooms(qtbot: QtBot) -> None:
    national = {"text": "Nationally, most men agree", "source": "A survey", "shares": {"agree": 83.1}}
    plan = parse_plan(plan_yaml([10], tallies={0: tally(national=national)}).encode(), "plan.yaml").plan
    view = AudienceView("en")
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.show_slide(slide_for(plan, 0, tally_counts={"enough-rights": {"agree": 4}}))
    assert "83" not in view.visible_text() and "Nationally" not in view.visible_text()
    view.show_slide(slide_for(plan, 0, tally_counts={"enough-rights": {"agree": 4, "disagree": 1}}))
    assert view.tally_bars.texts() == [
        "Agree: 4 · 80%",
        "National survey: 83.1%",
        "Not sure: 0 · 0%",
        "Disagree: 1 · 20%",
    ]
    assert view.tally_bars.height() == view.tally_bars.needed_height(view._font("bars", view.scale))
