"""Who gets a key, and actions that ask first: the console as a facilitator drives it in front of
the room (issue #13, "Keyboard" and the small faults of item 18)."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.sessions.state import Status
from facilitator.settings import load_settings
from facilitator.ui import dialogs
from facilitator.ui.audience_view import Display
from tests.ui.conftest import Rig
from tests.ui.test_console import activate, press, type_text


def started(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    assert rig.bridge.status is Status.RUNNING


def test_after_a_note_esc_gives_the_presenter_keys_back(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    editor = rig.console.notes.editor
    editor.setFocus()
    type_text(editor, "he said it twice")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.hasFocus()
    focus = QApplication.focusWidget()
    for key in (Qt.Key.Key_B, Qt.Key.Key_B, Qt.Key.Key_Space, Qt.Key.Key_P):
        QTest.keyClick(focus, key)
    assert rig.bridge.display is Display.SLIDE  # B twice: black and back
    assert rig.bridge.index == 1  # Space: next step
    assert rig.bridge.status is Status.PAUSED  # P
    assert "b" not in editor.toPlainText().lower()
    rig.bridge.wait_for_saves()
    assert [n.text for n in rig.bridge.notes()] == ["he said it twice"]


def test_ctrl_enter_saves_the_note_and_keeps_the_caret_for_the_next_one(qtbot: QtBot, rig: Rig) -> None:
    """One rule: Ctrl+Enter finishes the note, the caret stays; a Space typed right after is a
    space, never the next slide; Esc leaves the box, then the presenter keys work."""
    started(qtbot, rig)
    notes = rig.console.notes
    editor = notes.editor
    editor.setFocus()
    type_text(editor, "he said it twice")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.hasFocus() and editor.toPlainText() == ""
    assert "Esc" in notes.saved.text() and "Esc" in editor.placeholderText()  # the hints say the rule
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    type_text(editor, "then laughed")
    assert rig.bridge.index == 0 and rig.bridge.display is Display.SLIDE  # the room saw nothing move
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    rig.bridge.wait_for_saves()
    # the Space went into the box, but a note never starts with it (third blind drive: "21:52  Dima")
    assert [n.text for n in rig.bridge.notes()] == ["he said it twice", "then laughed"]
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert rig.bridge.index == 1


def test_a_space_after_a_finished_note_never_starts_the_next_and_the_done_hint_goes_with_esc(
    qtbot: QtBot, rig: Rig
) -> None:
    """Ctrl+Enter, Space (meant for the slide), Esc, next step: the box holds no stray space, the
    next note starts with its first word, and "Esc: the keys drive the session" is gone once true."""
    started(qtbot, rig)
    notes = rig.console.notes
    editor = notes.editor
    editor.setFocus()
    type_text(editor, "Ivan said it")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Esc" in notes.saved.text()
    QTest.keyClick(editor, Qt.Key.Key_Space)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert notes.saved.text() == ""  # the box no longer has the keys: the hint would be wrong
    assert editor.toPlainText() == ""
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert rig.bridge.index == 1
    editor.setFocus()
    type_text(editor, "Dima agreed")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_Space)
    rig.bridge.next()  # the step changes under the box (a click on the agenda, Ctrl+Right)
    assert notes.saved.text() == "" and editor.toPlainText() == ""
    rig.bridge.wait_for_saves()
    assert [n.text for n in rig.bridge.notes()] == ["Ivan said it", "Dima agreed"]


def test_a_click_on_the_agenda_or_the_preview_takes_the_keys(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    editor = rig.console.notes.editor
    editor.setFocus()
    QTest.mouseClick(rig.console.preview, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert rig.console.preview.hasFocus()
    QTest.keyClick(rig.console.preview, Qt.Key.Key_Space)
    assert rig.bridge.index == 1
    editor.setFocus()
    table = rig.console.agenda.table
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert table.hasFocus()


def test_a_stale_empty_draft_never_takes_a_later_note_to_its_old_step(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    editor = rig.console.notes.editor
    editor.setFocus()
    type_text(editor, "x")
    QTest.keyClick(editor, Qt.Key.Key_Backspace)  # typed and rubbed out: nothing was saved
    rig.bridge.jump(3)
    rig.clock.advance(600)
    type_text(editor, "a later note")
    rig.console.notes.save_now()
    rig.bridge.wait_for_saves()
    [note] = rig.bridge.notes()
    assert note.step == 3
    assert note.created_wall == pytest.approx(rig.clock.wall())


def test_ending_asks_first_and_says_how_many_steps_are_left(
    qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    started(qtbot, rig)
    rig.bridge.jump(3)
    asked: list[str] = []

    def no(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(dialogs, "ask", no)
    editor = rig.console.notes.editor
    editor.setFocus()
    type_text(editor, "typing when Ctrl+E slips")
    QTest.keyClick(editor, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    total = len(rig.bridge.plan.steps)
    assert asked and f"{total - 4 + 2} of {total}" in asked[0]  # steps 2-3 jumped over, 5-11 ahead
    assert rig.bridge.status is Status.RUNNING  # "no": nothing ended
    monkeypatch.setattr(dialogs, "ask", lambda *_a: True)
    press(rig, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert rig.bridge.status is Status.ENDED


def test_f2_always_puts_the_caret_in_its_search_and_escape_closes_it(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    press(rig, Qt.Key.Key_F2)
    panel = rig.console.aids.cue_panel
    assert panel is not None and panel.search.hasFocus()
    rig.console.notes.editor.setFocus()  # the panel stays open; the caret went elsewhere
    QTest.keyClick(rig.console.notes.editor, Qt.Key.Key_F2)
    assert panel.isVisible() and panel.search.hasFocus()
    for _ in range(2):
        QTest.keyClick(panel.search, Qt.Key.Key_Space)  # two spaces typed in the panel…
    QTest.keyClick(panel.results, Qt.Key.Key_Space)
    QTest.keyClick(panel.results, Qt.Key.Key_B)
    assert rig.bridge.index == 0 and rig.bridge.display is Display.SLIDE  # …never the projector
    QTest.keyClick(panel.search, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert rig.bridge.index == 1  # the keys are the presenter's again


def test_f3_focuses_its_first_field_and_typing_there_stays_there(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    press(rig, Qt.Key.Key_F3)
    sheet = rig.console.aids.referral_panel
    assert sheet is not None
    focus = QApplication.focusWidget()
    assert focus is not None and sheet.isAncestorOf(focus)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_B, Qt.Key.Key_H, Qt.Key.Key_P):
        QTest.keyClick(focus, key)
    assert rig.bridge.index == 0
    assert rig.bridge.display is Display.SLIDE and rig.bridge.status is Status.RUNNING
    QTest.keyClick(focus, Qt.Key.Key_Escape)
    assert not sheet.isVisible()


def test_h_toggles_like_b_and_w(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    press(rig, Qt.Key.Key_H)
    assert rig.bridge.display is Display.HOLDING
    press(rig, Qt.Key.Key_H)
    assert rig.bridge.display is Display.SLIDE


def test_start_is_disabled_once_started_and_end_until_started(qtbot: QtBot, rig: Rig) -> None:
    actions = rig.console.actions_by_id
    assert actions["start"].isEnabled() and not actions["end"].isEnabled()
    started(qtbot, rig)
    assert not actions["start"].isEnabled() and actions["end"].isEnabled()


def test_a_step_number_and_enter_goes_to_that_step(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    rig.console.give_keys_to_presenter()
    target = QApplication.focusWidget()
    for key in (Qt.Key.Key_1, Qt.Key.Key_0, Qt.Key.Key_Return):
        QTest.keyClick(target, key)
    assert rig.bridge.index == 9
    for key in (Qt.Key.Key_3, Qt.Key.Key_Escape):
        QTest.keyClick(target, key)
    assert rig.console.presenter_keys.typed_step == ""  # Escape dropped the number
    for key in (Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_Return):
        QTest.keyClick(target, key)
    assert rig.bridge.index == 9  # no step 99: nothing moves
    editor = rig.console.notes.editor
    editor.setFocus()
    type_text(editor, "2")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert rig.bridge.index == 9 and editor.toPlainText().startswith("2")


def test_a_minute_added_before_f5_is_kept(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    planned = rig.bridge.state().step_allotted
    press(rig, Qt.Key.Key_Plus)
    press(rig, Qt.Key.Key_Plus)
    press(rig, Qt.Key.Key_F5)
    assert rig.bridge.state().step_allotted == pytest.approx(planned + 120)


def test_choosing_the_projector_keeps_text_size_and_contrast(rig: Rig) -> None:
    from facilitator.ui.screen_manager import ScreenManager
    from tests.ui.test_screens_live import LAPTOP, PROJECTOR, FakeScreens

    screens = ScreenManager(rig.bridge, rig.audience, lambda: rig.console, FakeScreens([LAPTOP, PROJECTOR]))
    rig.bridge.set_comfort(text_scale=1.4, high_contrast=True)
    screens.show_on(PROJECTOR)
    chosen = load_settings()
    assert chosen.projector_screen == PROJECTOR.name
    assert (chosen.audience_text_scale, chosen.high_contrast) == (1.4, True)


def test_raw_notes_are_deleted_only_after_the_end_and_keys_keep_working(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    rig.bridge.save_note(None, "a raw note", [])
    rig.bridge.wait_for_saves()
    assert not rig.bridge.delete_raw_notes()  # running: refused, nothing lost
    assert [n.text for n in rig.bridge.notes()] == ["a raw note"]
    session_id = rig.bridge.session_id  # type: ignore[union-attr]
    rig.bridge.end()
    assert rig.bridge.delete_raw_notes()
    errors: list[str] = []
    rig.bridge.error_reported.connect(errors.append)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_B, Qt.Key.Key_Plus, Qt.Key.Key_P, Qt.Key.Key_F2):
        press(rig, key)
    type_text(rig.console.notes.editor, "after deletion")
    rig.console.notes.save_now()
    assert errors == []
    assert rig.store.notes(session_id) == []  # what participants said is gone…
    assert session_id in [s.id for s in rig.store.sessions()]  # …the session's record stays
    rig.console.after.open_review()
    assert rig.console.after.review is None


def test_closing_right_after_typing_does_not_cry_wolf(
    qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    started(qtbot, rig)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, title, _t: asked.append(title) or True)
    monkeypatch.setattr(
        dialogs, "ask_unsaved", lambda _p, title, _t: asked.append(title) or dialogs.UnsavedAnswer.CLOSE
    )
    editor = rig.console.notes.editor
    editor.setFocus()
    type_text(editor, "typed a second before closing")
    rig.console.close()
    assert "Not saved yet" not in asked  # the save was on its way, not failed
    assert [n.text for n in rig.bridge.notes()] == ["typed a second before closing"]


def test_a_comfort_change_saves_only_what_changed(rig: Rig) -> None:
    from facilitator.settings import change_settings

    change_settings(audience_text_scale=1.3)  # chosen after this bridge read its settings
    rig.bridge.set_comfort(high_contrast=True)
    chosen = load_settings()
    assert (chosen.audience_text_scale, chosen.high_contrast) == (1.3, True)


def test_a_step_number_never_jumps_behind_the_privacy_screen_or_the_lock(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    rig.bridge.jump(2)
    rig.console.aids.toggle_privacy()
    target = QApplication.focusWidget() or rig.console
    for key in (Qt.Key.Key_9, Qt.Key.Key_Return, Qt.Key.Key_5):
        QTest.keyClick(target, key)
    rig.console.aids.toggle_privacy()
    QTest.keyClick(QApplication.focusWidget() or rig.console, Qt.Key.Key_Return)
    assert rig.bridge.state().index == 2  # nothing typed behind the cover moved the room
    rig.bridge.set_locked(True)
    for action in rig.console.actions_by_id.values():
        action.setEnabled(False)  # what the lock does
    for key in (Qt.Key.Key_7, Qt.Key.Key_Return):
        QTest.keyClick(QApplication.focusWidget() or rig.console, key)
    assert rig.bridge.state().index == 2
    assert rig.bridge.notes() == []  # locked: nothing is read (the key is gone)


def test_ctrl_m_takes_the_keyboard_back_to_the_notes_box_for_the_next_note(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    editor = rig.console.notes.editor
    editor.setFocus()
    type_text(editor, "first")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.hasFocus()
    QTest.keyClick(
        QApplication.focusWidget() or rig.console, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
    )
    assert editor.hasFocus()
    type_text(editor, "second one")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    rig.bridge.wait_for_saves()
    assert [n.text for n in rig.bridge.notes()] == ["first", "second one"]
    assert rig.bridge.state().index == 0  # no space of the second note moved the projector


def test_the_console_says_how_many_answers_next_still_reveals(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    steps = rig.bridge.plan.steps
    index = next(i for i, s in enumerate(steps) if sum(f.reveal for f in s.audience.facts) >= 2)
    hidden = sum(f.reveal for f in steps[index].audience.facts)
    rig.bridge.jump(index)
    label = rig.console.step_panel.next_label
    assert f"1 of {hidden}" in label.text()
    rig.bridge.next()
    assert f"2 of {hidden}" in label.text()
    for _ in range(hidden - 1):
        rig.bridge.next()
    assert steps[index + 1].title in label.text()  # every answer shown: Next goes on


def test_a_clickers_page_keys_drive_the_session_from_the_notes_box_and_the_panels(
    qtbot: QtBot, rig: Rig
) -> None:
    """A clicker sends PageDown and PageUp: after a note (Ctrl+Enter keeps the caret in the box),
    with the cue search or the town field being typed in, they still go to the next or the
    previous step; the text typed stays, and →, Space and letters are still typed."""
    started(qtbot, rig)
    editor = rig.console.notes.editor
    editor.setFocus()
    type_text(editor, "he said it twice")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, "and")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert rig.bridge.index == 1 and editor.hasFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    assert rig.bridge.index == 0 and editor.hasFocus()
    rig.bridge.wait_for_saves()
    assert [n.text for n in rig.bridge.notes()] == ["he said it twice", "and"]  # as Ctrl+→ does
    type_text(editor, "then")
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_N):
        QTest.keyClick(QApplication.focusWidget(), key)
    assert rig.bridge.index == 0 and editor.toPlainText() == "then n"
    for toggle, field in (
        (rig.console.aids.toggle_cues, lambda: rig.console.aids.cue_panel.search),  # type: ignore[union-attr]
        (rig.console.aids.toggle_referrals, lambda: rig.console.aids.referral_panel.region),  # type: ignore[union-attr]
    ):
        toggle()
        qtbot.waitUntil(lambda field=field: field().hasFocus())  # type: ignore[misc]
        type_text(field(), "x ")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
        assert rig.bridge.index == 1 and field().hasFocus() and field().text() == "x "
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
        assert rig.bridge.index == 0
