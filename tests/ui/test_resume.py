"""Reopening after a crash offers the unfinished session and restores step, time, notes, screen."""

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui.launch import Launcher


def test_an_unfinished_session_is_offered_and_resumed(qtbot: QtBot, answers: list[str]) -> None:
    clock = FakeClock()
    store = Store.open(database_path())
    loaded = load_plan(default_workshop("ru"))
    before = LiveSession.new(store, loaded, "workshop.ru.yaml", clock)
    before.engine.start()
    clock.advance(9 * 60)
    before.engine.next()
    before.add_note("Сказал, что дома всё решает отец", ["quote"])
    store.update_session(before.id, audience_screen="HDMI-1")
    clock.advance(3 * 60)  # ...then the laptop died, and came back three minutes later

    app = QApplication.instance()
    launcher = Launcher(app, load_plan(default_workshop("en")), "other.yaml", store, clock, ask=True)  # type: ignore[arg-type]
    launcher.open()
    try:
        assert answers == ["Choose a passphrase", "Resume the session?"]
        bridge = launcher.bridge
        assert bridge is not None and bridge.live is not None
        assert bridge.live.id == before.id
        assert bridge.plan.language == "ru"  # the session's own plan, not the one asked for
        state = bridge.state()
        assert state.index == 1
        assert state.remaining == pytest.approx(loaded.plan.steps[1].duration - 3 * 60)
        assert [n.text for n in bridge.notes()] == ["Сказал, что дома всё решает отец"]
        assert launcher._remembered_screen == "HDMI-1"
        assert loaded.plan.steps[1].audience_title in launcher.audience.view.visible_text()  # type: ignore[union-attr]
    finally:
        launcher.close()
        store.close()
