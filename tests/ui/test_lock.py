"""Lock and unlock in the live console: covered, projector on its holding screen, nothing lost."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.codec import UnreadableData
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.state import Status
from facilitator.sessions.store import Store
from facilitator.ui import dialogs
from facilitator.ui.audience_view import Display
from facilitator.ui.dialogs import ask_passphrase as real_ask_passphrase
from facilitator.ui.launch import Launcher
from tests.ui.conftest import TEST_PASSPHRASE
from tests.ui.test_console import type_text
from tests.ui.test_translations import language  # noqa: F401 (a fixture: ru and kk installed)


@pytest.fixture
def launcher(qtbot: QtBot):  # type: ignore[no-untyped-def]
    store = Store.open(database_path())
    clock = FakeClock()
    app = QApplication.instance()
    opened = Launcher(app, load_plan(default_workshop("en")), "plan.yaml", store, clock, ask=True)  # type: ignore[arg-type]
    assert opened.open()
    opened.clock = clock  # type: ignore[attr-defined]
    opened.store = store  # type: ignore[attr-defined]
    yield opened
    opened.close()
    store.close()


def test_lock_covers_the_laptop_and_never_touches_the_projector(qtbot: QtBot, launcher, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bridge, console, guard = launcher.bridge, launcher.console, launcher.lock
    bridge.start()
    bridge.jump(2)
    shown = launcher.audience.view.visible_text()
    notes = console.notes
    type_text(notes.editor, "typed just before the lock")
    QTest.keyClick(console, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert guard.locked
    # the room sees exactly what it saw: the slide, not the holding screen
    assert bridge.display is Display.SLIDE and launcher.audience.view.visible_text() == shown
    assert console.centralWidget().currentWidget() is guard.cover
    assert not console.actions_by_id["next"].isEnabled()
    with pytest.raises(UnreadableData):
        launcher.store.notes(bridge.session_id)  # locked: the key is gone from memory
    launcher.clock.advance(300)  # the session goes on while locked
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: "not it")
    assert not guard.ask_unlock() and guard.locked
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: TEST_PASSPHRASE)
    assert guard.ask_unlock() and not guard.locked
    assert [n.text for n in bridge.notes()] == ["typed just before the lock"]  # saved before locking
    assert bridge.index == 2 and bridge.state().step_elapsed == pytest.approx(300)
    assert console.actions_by_id["next"].isEnabled()
    assert not console.actions_by_id["start"].isEnabled()  # was off before the lock: stays off
    assert launcher.audience.view.visible_text() == shown


def test_unlock_puts_back_the_privacy_screen_and_a_blank(qtbot: QtBot, launcher) -> None:  # type: ignore[no-untyped-def]
    bridge, console, guard = launcher.bridge, launcher.console, launcher.lock
    bridge.start()
    console.aids.toggle_privacy()
    guard.lock()
    assert bridge.display is Display.BLACK
    assert guard.ask_unlock()
    assert console.aids.covered and bridge.display is Display.BLACK  # still behind F12
    console.aids.toggle_privacy()
    assert bridge.display is Display.SLIDE


def test_locked_means_every_private_window_hidden_and_nothing_recorded(qtbot: QtBot, launcher) -> None:  # type: ignore[no-untyped-def]
    from facilitator.aids.moments import referrals_offered, resistance_moments

    bridge, console, guard = launcher.bridge, launcher.console, launcher.lock
    bridge.start()
    bridge.save_note(None, "Asel said her brother hits her", [])
    bridge.wait_for_saves()
    console.after.open_review()
    review = console.after.review
    qtbot.waitUntil(lambda: review is not None and review.isVisible())
    console.aids.toggle_cues()
    cue_search = console.aids.cue_panel.search
    type_text(cue_search, "typed in the cue panel")
    QApplication.clipboard().setText("Asel said her brother hits her")
    guard.lock()
    assert not review.isVisible()
    assert not console.aids.cue_panel.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert set(visible) <= {console, launcher.audience}
    assert QApplication.clipboard().text() == ""
    assert not bridge.log_resistance("", "", "", "", "defused")
    assert not bridge.offer_referral("helpline")
    console.aids._offered("helpline")  # the referral sheet's button, pressed behind the cover
    assert bridge.save_note(None, "typed while locked", []) is None
    assert guard.ask_unlock()
    assert review.isVisible() and console.aids.cue_panel.isVisible()
    assert resistance_moments(launcher.store, bridge.session_id) == []
    assert referrals_offered(launcher.store, bridge.session_id) == []
    assert [n.text for n in bridge.notes()] == ["Asel said her brother hits her"]


def test_idle_lock_waits_the_chosen_minutes_on_the_clock(qtbot: QtBot, launcher) -> None:  # type: ignore[no-untyped-def]

    guard, clock, bridge = launcher.lock, launcher.clock, launcher.bridge
    clock.advance(9 * 60)
    guard.check_idle()
    assert not guard.locked
    QTest.keyClick(launcher.console, Qt.Key.Key_Shift)  # activity: the ten minutes count again
    clock.advance(9 * 60)
    guard.check_idle()
    assert not guard.locked  # 18 minutes since start, 9 since the key: not yet
    clock.advance(60)
    bridge.timer_updated.emit()  # the timer's tick checks
    assert guard.locked


def test_a_click_postpones_the_idle_lock_like_a_key(qtbot: QtBot, launcher) -> None:  # type: ignore[no-untyped-def]
    guard, clock = launcher.lock, launcher.clock
    clock.advance(9 * 60)
    QTest.mouseClick(launcher.console.agenda.table.viewport(), Qt.MouseButton.LeftButton)
    clock.advance(9 * 60)
    guard.check_idle()
    assert not guard.locked  # 9 minutes since the click
    clock.advance(60)
    guard.check_idle()
    assert guard.locked


def test_idle_lock_is_a_setting_and_by_default_not_while_a_step_runs(qtbot: QtBot, launcher) -> None:  # type: ignore[no-untyped-def]
    from facilitator.settings import load_settings

    guard, clock, bridge = launcher.lock, launcher.clock, launcher.bridge
    bridge.start()
    clock.advance(60 * 60)
    guard.check_idle()
    assert not guard.locked  # leading the room: the projector shows a running step
    bridge.toggle_pause()
    guard.check_idle()
    assert guard.locked  # paused and idle: locked
    assert guard.ask_unlock()
    guard.idle_actions[0].trigger()  # "Never"
    assert load_settings().idle_lock_minutes == 0
    bridge.toggle_pause()
    guard.while_running.setChecked(True)
    clock.advance(60 * 60)
    guard.check_idle()
    assert not guard.locked
    guard.idle_actions[5].trigger()
    assert load_settings().idle_lock_minutes == 5 and load_settings().idle_lock_while_running
    clock.advance(5 * 60)
    guard.check_idle()
    assert guard.locked  # the facilitator asked for it even while a step runs


def test_delete_all_needs_the_word_typed(qtbot: QtBot, launcher, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from facilitator.security import vault

    monkeypatch.setattr(dialogs, "confirm_typed", lambda *_a: False)
    assert not launcher.lock.delete_everything() and vault.has_passphrase()
    monkeypatch.setattr(dialogs, "confirm_typed", lambda *_a: True)
    with qtbot.waitSignal(launcher.lock.deleted):
        assert launcher.lock.delete_everything()
    assert not vault.has_passphrase() and not database_path().exists()


def test_an_idle_laptop_reads_the_settings_once_a_minute_not_on_every_tick(
    qtbot: QtBot, launcher, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from facilitator.ui import lock as lock_module

    guard, clock, bridge = launcher.lock, launcher.clock, launcher.bridge
    bridge.start()  # running: by default the idle lock waits, so the ticks go on
    reads: list[int] = []
    real = lock_module.load_settings
    monkeypatch.setattr(lock_module, "load_settings", lambda *a: reads.append(1) or real(*a))
    clock.advance(11 * 60)  # past the default ten minutes, but a step runs
    for _ in range(50):  # ten seconds of ticks
        clock.advance(0.2)
        guard.check_idle()
    assert len(reads) == 1 and not guard.locked
    clock.advance(60)
    guard.check_idle()
    assert len(reads) == 2
    bridge.toggle_pause()  # the state changed: judged again at once, and locked
    guard.check_idle()
    assert guard.locked


def test_enter_on_the_locked_console_asks_for_the_passphrase_and_unlocks(
    qtbot: QtBot, launcher, answers: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """Locked by keys, unlocked by keys: Enter presses Unlock…, the passphrase and Enter unlock;
    Esc on the cover ends nothing (the session runs on, the room sees the same slide)."""
    bridge, console, guard = launcher.bridge, launcher.console, launcher.lock
    bridge.start()
    bridge.jump(1)
    shown = launcher.audience.view.visible_text()
    QTest.keyClick(console, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert guard.locked
    field = console.findChild(QLineEdit, "unlock-passphrase")
    assert field.hasFocus()  # the keyboard is on the only thing there is to do
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert guard.locked and bridge.status is Status.RUNNING and bridge.index == 1
    assert launcher.audience.view.visible_text() == shown
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # nothing typed: the dialog asks
    assert answers[-1] == "Unlock" and not guard.locked
    assert bridge.status is Status.RUNNING and bridge.index == 1


def test_the_passphrase_typed_on_the_lock_cover_and_enter_unlock(
    qtbot: QtBot, launcher, answers: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """A second blind drive typed the passphrase at once: the button took the first key, and the
    right passphrase was refused."""
    bridge, console, guard = launcher.bridge, launcher.console, launcher.lock
    bridge.start()
    QTest.keyClick(console, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    field = console.findChild(QLineEdit, "unlock-passphrase")
    type_text(QApplication.focusWidget(), "not it")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert guard.locked and field.text() == "" and field.hasFocus()  # said; the field emptied
    asked = len(answers)
    type_text(QApplication.focusWidget(), TEST_PASSPHRASE)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not guard.locked and field.text() == ""
    assert "Unlock" not in answers[asked:]  # no dialog: typed on the cover


def test_the_passphrase_dialog_unlocks_on_enter_and_esc_only_cancels(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer

    focused: list[object] = []

    def type_then(key: Qt.Key) -> None:
        dialog = QApplication.activeModalWidget()
        field = dialog.findChild(QLineEdit)
        focused.append(dialog.focusWidget() is field)
        type_text(field, "пароль мой")
        QTest.keyClick(field, key)

    QTimer.singleShot(100, lambda: type_then(Qt.Key.Key_Return))
    assert real_ask_passphrase(None, "Unlock", "Type your passphrase to unlock.") == "пароль мой"
    assert focused == [True]  # the caret is in the passphrase field from the start
    QTimer.singleShot(100, lambda: type_then(Qt.Key.Key_Escape))
    assert real_ask_passphrase(None, "Unlock", "Type your passphrase to unlock.") is None


def test_a_damaged_key_file_while_locked_is_said_in_the_ui_language(  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    launcher,
    monkeypatch,
    language: str,  # noqa: F811
) -> None:
    from facilitator.security.vault import keyfile_path

    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, _title, text: told.append(text))
    guard = launcher.lock
    launcher.bridge.start()
    guard.lock()
    keyfile_path().write_text("{}", encoding="utf-8")  # damaged while the laptop was locked
    assert not guard.unlock_with(TEST_PASSPHRASE) and guard.locked
    assert told, "nothing was said"
    said = told[-1].replace(str(keyfile_path()), "<key file>")
    assert "damaged" not in said and "cannot" not in said, said  # before: the core's English sentence
    assert re.search("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІі]{4,}", said) and "<key file>" in said


def test_a_wrong_passphrase_is_said_on_the_cover_and_the_next_keys_stay_in_the_field(  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    launcher,
    answers: list[str],
    language: str,  # noqa: F811
) -> None:
    """Blind drive: after a wrong passphrase the warning box took the next keystrokes, and the
    passphrase typed again was lost."""
    from PySide6.QtWidgets import QLabel

    bridge, console, guard = launcher.bridge, launcher.console, launcher.lock
    bridge.start()
    QTest.keyClick(console, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    field = console.findChild(QLineEdit, "unlock-passphrase")
    type_text(QApplication.focusWidget(), "not it")
    asked = len(answers)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert guard.locked and answers[asked:] == []  # no box to take the next keys
    problem = console.findChild(QLabel, "unlock-problem")
    assert problem.isVisible() and re.search("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүІі]{4,}", problem.text()), problem.text()
    assert QApplication.focusWidget() is field and field.text() == ""  # ready for the next try
    assert QApplication.activeModalWidget() is None
    type_text(QApplication.focusWidget(), TEST_PASSPHRASE)  # typed again at once, no box in between
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not guard.locked
    guard.lock()
    assert problem.text() == ""  # the next lock starts clean


def test_after_unlocking_the_keys_are_where_they_were_and_esc_closes_the_referral_sheet(  # type: ignore[no-untyped-def]
    qtbot: QtBot, launcher
) -> None:
    bridge, console, guard = launcher.bridge, launcher.console, launcher.lock
    bridge.start()
    QTest.keyClick(console, Qt.Key.Key_F3)
    dock = console.aids._referral_dock
    assert dock is not None and dock.isVisible()
    assert dock.isAncestorOf(QApplication.focusWidget())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert guard.locked and not dock.isVisible()
    type_text(QApplication.focusWidget(), TEST_PASSPHRASE)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not guard.locked and dock.isVisible()
    assert dock.isAncestorOf(QApplication.focusWidget())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dock.isVisible()


def test_the_lock_says_the_session_goes_on_only_while_it_does(qtbot: QtBot, launcher, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A newcomer's idle lock after the end still said "The session goes on"."""
    bridge, guard = launcher.bridge, launcher.lock
    bridge.start()
    guard.lock()
    assert "goes on" in guard.words.text()
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: TEST_PASSPHRASE)
    assert guard.ask_unlock()
    bridge.end()
    assert bridge.status is Status.ENDED
    guard.lock()
    assert "goes on" not in guard.words.text() and "notes are safe" in guard.words.text()


def test_a_key_file_swapped_while_locked_is_refused_at_unlock(
    qtbot: QtBot,
    launcher,  # type: ignore[no-untyped-def]
    tmp_path,  # type: ignore[no-untyped-def]
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """Another folder's key.json put in while the console was locked opens with the passphrase but
    not these notes: the console stays locked and says why (every note used to show as damaged)."""
    from facilitator.security import keys, vault

    bridge, console, guard = launcher.bridge, launcher.console, launcher.lock
    bridge.start()
    type_text(console.notes.editor, "kept under the right key")
    guard.lock()
    right_key = vault.keyfile_path().read_bytes()
    keys.create(tmp_path / "other.json", TEST_PASSPHRASE, n=2**10)
    vault.keyfile_path().write_bytes((tmp_path / "other.json").read_bytes())
    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, _title, text: told.append(text))
    assert not guard.unlock_with(TEST_PASSPHRASE) and guard.locked
    assert len(told) == 1 and "does not belong to this data folder" in told[0]
    vault.keyfile_path().write_bytes(right_key)
    assert guard.unlock_with(TEST_PASSPHRASE) and not guard.locked
    assert [n.text for n in bridge.notes()] == ["kept under the right key"]


def _lock_and_unlock(console, guard) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+L from where the keyboard is, then the passphrase and Enter on the cover."""
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert guard.locked
    type_text(QApplication.focusWidget(), TEST_PASSPHRASE)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not guard.locked


def test_after_unlocking_the_caret_is_back_in_the_notes_box_where_it_was(qtbot: QtBot, launcher) -> None:  # type: ignore[no-untyped-def]
    """Blind drive: Ctrl+L, then unlock, mid-note: the next letters go on the same note, at the
    same place, not to the presenter (where a letter could drive the projector)."""
    bridge, console, guard = launcher.bridge, launcher.console, launcher.lock
    bridge.start()
    QTest.keyClick(console, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    editor = console.notes.editor
    assert QApplication.focusWidget() is editor
    type_text(editor, "he said ")
    _lock_and_unlock(console, guard)
    assert QApplication.focusWidget() is editor
    type_text(QApplication.focusWidget(), "bw")  # B and W drive the projector if the presenter had them
    assert editor.toPlainText() == "he said bw"
    assert bridge.display is Display.SLIDE


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_F3], ids=["cues-F2", "referrals-F3"])
def test_after_unlocking_the_keys_are_in_the_panel_field_that_had_them(qtbot: QtBot, launcher, key) -> None:  # type: ignore[no-untyped-def]
    bridge, console, guard = launcher.bridge, launcher.console, launcher.lock
    bridge.start()
    QTest.keyClick(console, key)
    aids = console.aids
    field = aids.cue_panel.search if key == Qt.Key.Key_F2 else aids.referral_panel.region
    field.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(field, "Акт")
    _lock_and_unlock(console, guard)
    assert QApplication.focusWidget() is field
    type_text(QApplication.focusWidget(), "о")
    assert field.text() == "Акто"


def test_the_form_of_a_service_being_added_hides_while_locked(qtbot: QtBot, launcher) -> None:  # type: ignore[no-untyped-def]
    bridge, console, guard = launcher.bridge, launcher.console, launcher.lock
    bridge.start()
    QTest.keyClick(console, Qt.Key.Key_F3)
    panel = console.aids.referral_panel
    panel.add_service()
    form = panel.adding
    type_text(form.name, "Aktobe crisis centre")
    QTest.keyClick(form.name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert guard.locked and not form.isVisible()  # nothing private in sight
    type_text(QApplication.focusWidget(), TEST_PASSPHRASE)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not guard.locked and form.isVisible() and form.name.text() == "Aktobe crisis centre"
    form.reject()


def test_the_console_keys_work_while_the_form_is_open(qtbot: QtBot, launcher) -> None:  # type: ignore[no-untyped-def]
    """Not modal, as the figures: B blanks the projector from the console with the form open."""
    bridge, console = launcher.bridge, launcher.console
    bridge.start()
    QTest.keyClick(console, Qt.Key.Key_F3)
    console.aids.referral_panel.add_service()
    form = console.aids.referral_panel.adding
    assert form.isVisible() and not form.isModal()
    console.activateWindow()
    QTest.keyClick(console, Qt.Key.Key_Escape)  # the presenter has the keys
    QTest.keyClick(console, Qt.Key.Key_B)
    assert bridge.display is Display.BLACK
    form.reject()
