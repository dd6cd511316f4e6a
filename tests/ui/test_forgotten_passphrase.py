"""A forgotten passphrase has a way out in the unlock dialog: delete all data (after typing DELETE)
and choose a new passphrase, then the app opens on an empty folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.security import vault
from facilitator.security.keys import WrongPassphrase
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui import dialogs
from facilitator.ui.launch import Launcher
from tests.helpers.plans import loaded_plan

OLD, NEW = "the old passphrase", "a brand new passphrase"
REAL_ASK_PASSPHRASE = dialogs.ask_passphrase  # the fixtures replace it in every test


@pytest.fixture
def store() -> Iterator[Store]:
    """A data folder with a key and a session holding an encrypted note."""
    opened = vault.open_store(vault.set_up(OLD, n=2**10))
    live = LiveSession.new(opened, loaded_plan([10]), "plan.yaml", FakeClock())
    live.add_note("a note typed in a session", [])
    opened.close()
    store = Store.open(database_path())
    yield store
    store.close()


def launcher(store: Store) -> Launcher:
    app = QApplication.instance()
    return Launcher(app, load_plan(default_workshop("en")), "plan.yaml", store, FakeClock(), ask=True)  # type: ignore[arg-type]


def test_forgot_deletes_everything_after_delete_is_typed_then_a_new_passphrase_opens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    asked: list[tuple[str, bool]] = []

    def ask_passphrase(_parent: object, title: str, _text: str, confirm: bool = False) -> object:
        asked.append((title, confirm))
        return NEW if confirm else dialogs.FORGOT

    confirmations = iter([False, True])  # the first time the facilitator does not type DELETE
    typed_words: list[str] = []

    def confirm_typed(_parent: object, _title: str, text: str, word: str) -> bool:
        typed_words.append(word)
        assert "every session and note" in text and "new passphrase" in text
        return next(confirmations)

    monkeypatch.setattr(dialogs, "ask_passphrase", ask_passphrase)
    monkeypatch.setattr(dialogs, "confirm_typed", confirm_typed)
    opened = launcher(store)
    assert opened.open()
    try:
        assert typed_words == ["DELETE", "DELETE"]
        # not confirmed: asked to unlock again (not counted as wrong); confirmed: choose a new one
        assert asked == [
            ("Unlock Facilitator", False),
            ("Unlock Facilitator", False),
            ("Choose a passphrase", True),
        ]
        assert store.sessions() == [] and store.encrypted_rows() == 0  # everything is gone
        vault.unlock(NEW)
        with pytest.raises(WrongPassphrase):
            vault.unlock(OLD)
        assert opened.console is not None and opened.console.isVisible()  # the app is open
        opened.bridge.start()  # type: ignore[union-attr]
        opened.bridge.save_note(None, "a note after starting again", [])  # type: ignore[union-attr]
        assert [n.text for n in opened.bridge.notes()] == ["a note after starting again"]  # type: ignore[union-attr]
    finally:
        opened.close()


def test_not_confirming_deletes_nothing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, store: Store) -> None:
    answers = iter([dialogs.FORGOT, None])  # forgot, does not type DELETE, then closes the dialog
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: next(answers))
    monkeypatch.setattr(dialogs, "confirm_typed", lambda *_a: False)
    assert not launcher(store).open()
    assert len(store.sessions()) == 1 and store.encrypted_rows() == 1
    vault.unlock(OLD)  # the old key is still there


def run_dialog(qtbot: QtBot, act: object, confirm: bool = False) -> object:
    """The real passphrase dialog, acted on by ``act(dialog)`` once it shows."""

    def when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        act(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, when_shown)
    return REAL_ASK_PASSPHRASE(None, "Unlock", "Type your passphrase.", confirm=confirm)


def test_the_real_dialog_has_the_button_and_enter_still_unlocks(qtbot: QtBot) -> None:
    seen: list[str] = []

    def click_forgot(dialog: object) -> None:
        button = dialog.findChild(QPushButton, "forgot")  # type: ignore[attr-defined]
        if button is None:
            dialog.reject()  # type: ignore[attr-defined]
            return
        seen.append(button.text())
        button.click()

    assert run_dialog(qtbot, click_forgot) is getattr(dialogs, "FORGOT", "no such answer")
    assert seen == ["Forgot it? Delete all data and start again…"]

    def type_and_enter(dialog: object) -> None:
        field = dialog.findChild(QLineEdit)  # type: ignore[attr-defined]
        QTest.keyClicks(field, "my passphrase")
        QTest.keyClick(field, Qt.Key.Key_Return)

    assert run_dialog(qtbot, type_and_enter) == "my passphrase"  # Enter unlocks, never "forgot"

    def no_button_when_choosing(dialog: object) -> None:
        seen.append(str(dialog.findChild(QPushButton, "forgot")))  # type: ignore[attr-defined]
        dialog.reject()  # type: ignore[attr-defined]

    assert run_dialog(qtbot, no_button_when_choosing, confirm=True) is None
    assert seen[-1] == "None"  # choosing a passphrase: nothing to forget yet


def test_forgot_at_the_lock_is_the_lock_s_delete_everything(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: OLD)
    opened = launcher(store)
    assert opened.open()
    guard = opened.lock
    assert guard is not None
    try:
        guard.lock()
        monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: dialogs.FORGOT)
        monkeypatch.setattr(dialogs, "confirm_typed", lambda *_a: False)
        assert not guard.ask_unlock() and guard.locked  # not confirmed: still locked, all kept
        assert vault.keyfile_path().exists() and database_path().exists()
        monkeypatch.setattr(dialogs, "confirm_typed", lambda *_a: True)
        with qtbot.waitSignal(guard.deleted, timeout=1000):
            assert not guard.ask_unlock()
        assert not vault.keyfile_path().exists()  # the key is destroyed: nothing can be read
    finally:
        opened.close()
