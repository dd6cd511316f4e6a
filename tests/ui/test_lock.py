"""Lock and unlock in the live console: covered, projector on its holding screen, nothing lost."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.codec import UnreadableData
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui import dialogs
from facilitator.ui.audience_view import Display
from facilitator.ui.launch import Launcher
from tests.ui.conftest import TEST_PASSPHRASE
from tests.ui.test_console import type_text


@pytest.fixture
def launcher(qtbot: QtBot):  # type: ignore[no-untyped-def]
    store = Store.open(database_path())
    clock = FakeClock()
    app = QApplication.instance()
    opened = Launcher(app, load_plan(default_workshop("en")), "plan.yaml", store, clock, ask=True)  # type: ignore[arg-type]
    assert opened.open()
    opened.clock = clock  # type: ignore[attr-defined]
    yield opened
    opened.close()
    store.close()


def test_lock_covers_blanks_and_unlock_brings_everything_back(qtbot: QtBot, launcher, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bridge, console, guard = launcher.bridge, launcher.console, launcher.lock
    bridge.start()
    bridge.jump(2)
    notes = console.notes
    type_text(notes.editor, "typed just before the lock")
    QTest.keyClick(console, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert guard.locked
    assert bridge.display is Display.HOLDING and bridge.plan.title in launcher.audience.view.visible_text()
    assert console.centralWidget().currentWidget() is guard.cover
    assert not console.actions_by_id["next"].isEnabled()
    with pytest.raises(UnreadableData):
        bridge.store.notes(bridge.live.id)  # locked: the key is gone from memory
    launcher.clock.advance(300)  # the session goes on while locked
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: "not it")
    assert not guard.ask_unlock() and guard.locked
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: TEST_PASSPHRASE)
    assert guard.ask_unlock() and not guard.locked
    assert [n.text for n in bridge.notes()] == ["typed just before the lock"]  # saved before locking
    assert bridge.engine.index == 2 and bridge.state().step_elapsed == pytest.approx(300)
    assert console.actions_by_id["next"].isEnabled()


def test_idle_time_locks_and_activity_postpones_it(qtbot: QtBot, launcher) -> None:  # type: ignore[no-untyped-def]
    guard = launcher.lock
    QTest.keyClick(launcher.console, Qt.Key.Key_Shift)
    assert guard._idle.isActive() and not guard.locked
    guard._idle.timeout.emit()  # the idle minutes have passed (no real waiting)
    assert guard.locked


def test_delete_all_needs_the_word_typed(qtbot: QtBot, launcher, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from facilitator.security import vault

    monkeypatch.setattr(dialogs, "confirm_typed", lambda *_a: False)
    assert not launcher.lock.delete_everything() and vault.has_passphrase()
    monkeypatch.setattr(dialogs, "confirm_typed", lambda *_a: True)
    with qtbot.waitSignal(launcher.lock.deleted):
        assert launcher.lock.delete_everything()
    assert not vault.has_passphrase() and not database_path().exists()
