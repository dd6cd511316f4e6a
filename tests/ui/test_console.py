"""Drive the live console with the keyboard, as a facilitator with a clicker would."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator.sessions.state import Status
from facilitator.ui.audience_view import Display
from tests.ui.conftest import Rig


def press(rig: Rig, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(rig.console, key, modifier)


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    for character in text:  # per character: keyClicks with non-ASCII aborts (ENGINEERING-NOTES)
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier
        )


def focused() -> QWidget:
    """The widget that has the keyboard (there must be one)."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key_at_focus(code: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard is, as a real key press goes."""
    QTest.keyClick(focused(), code, modifier)


def centre_colour(rig: Rig) -> QColor:
    view = rig.audience.view
    return view.grab().toImage().pixelColor(view.width() // 2, view.height() - 5)


def activate(qtbot: QtBot, rig: Rig) -> None:
    rig.console.activateWindow()
    qtbot.waitUntil(lambda: rig.console.isActiveWindow())


def test_a_whole_workshop_runs_on_presenter_keys_alone(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    steps = rig.bridge.plan.steps
    assert rig.audience.view.display is Display.HOLDING
    press(rig, Qt.Key.Key_F5)
    assert rig.bridge.status is Status.RUNNING
    seen = []
    for _ in range(40):
        if rig.audience.view.display is Display.CLOSING:
            break
        seen.append(rig.bridge.index)
        if rig.bridge.held_back:  # a sensitive step: the warning on the console first
            assert steps[rig.bridge.index].audience_title not in rig.audience.view.visible_text()
            press(rig, Qt.Key.Key_PageDown)  # the clicker puts it up
        assert steps[rig.bridge.index].audience_title in rig.audience.view.visible_text()
        rig.clock.advance(steps[rig.bridge.index].duration / 2)
        press(rig, Qt.Key.Key_PageDown)
    assert sorted(set(seen)) == list(range(len(steps)))
    assert rig.bridge.plan.title in rig.audience.view.visible_text()  # past the last step: closing
    press(rig, Qt.Key.Key_PageUp)  # back to the last step, then the one before
    assert steps[-1].audience_title in rig.audience.view.visible_text()
    press(rig, Qt.Key.Key_PageUp)
    assert rig.bridge.index == len(steps) - 2
    press(rig, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert rig.bridge.status is Status.ENDED
    agenda = rig.bridge.agenda()
    assert all(row.actual > 0 for row in agenda)


def test_black_and_white_screen_and_back_without_flashing_an_old_step(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    press(rig, Qt.Key.Key_B)
    assert centre_colour(rig) == QColor("#000000")
    assert rig.audience.view.visible_text() == "" and rig.console.preview.view.visible_text() == ""
    rig.bridge.jump(3)  # moved on while the screen was black
    assert centre_colour(rig) == QColor("#000000")
    press(rig, Qt.Key.Key_Period)  # the same key again: back to content, the new step at once
    title = rig.bridge.plan.steps[3].audience_title
    assert title in rig.audience.view.visible_text()
    assert rig.bridge.plan.steps[0].audience_title not in rig.audience.view.visible_text()
    press(rig, Qt.Key.Key_W)
    assert centre_colour(rig) == QColor("#ffffff")
    press(rig, Qt.Key.Key_Comma)
    assert rig.audience.view.display is Display.SLIDE


def test_presenter_keys_type_text_in_the_notes_box_and_ctrl_keys_still_drive(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    editor = rig.console.notes.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    for key in (
        Qt.Key.Key_B,
        Qt.Key.Key_Space,
        Qt.Key.Key_W,
        Qt.Key.Key_Period,
        Qt.Key.Key_Right,
        Qt.Key.Key_P,
    ):
        QTest.keyClick(editor, key)
    assert rig.bridge.index == 0
    assert rig.bridge.display is Display.SLIDE
    assert rig.bridge.status is Status.RUNNING
    assert editor.toPlainText().startswith("b w.")
    QTest.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert rig.bridge.index == 1


def test_a_note_is_saved_while_typing_and_attached_to_its_step(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    rig.bridge.jump(2)
    notes = rig.console.notes
    notes.editor.setFocus()
    notes.tags["quote"].setChecked(True)
    type_text(notes.editor, "Әкем ешқашан тамақ пісірмеген, said one")
    qtbot.waitUntil(lambda: len(rig.bridge.notes()) == 1, timeout=3000)  # the debounce, not a sleep
    note = rig.bridge.notes()[0]
    assert (note.step, note.tags) == (2, ("quote",))
    assert note.text == "Әкем ешқашан тамақ пісірмеген, said one"
    type_text(notes.editor, " (twice)")
    qtbot.waitUntil(lambda: rig.bridge.notes()[0].text.endswith("(twice)"), timeout=3000)
    QTest.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert notes.editor.toPlainText() == ""
    assert len(rig.bridge.notes()) == 1
    qtbot.waitUntil(lambda: notes.list.count() == 1, timeout=3000)  # listed once its commit lands
    assert "said one (twice)" in notes.list.item(0).text()


def test_the_draft_goes_with_its_step_when_the_facilitator_moves_on(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    notes = rig.console.notes
    type_text(notes.editor, "half a thought")
    QTest.keyClick(notes.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    saved = rig.bridge.notes()
    assert [(n.step, n.text) for n in saved] == [(0, "half a thought")]
    assert notes.editor.toPlainText() == ""


def test_running_late_panel_advises_and_applies_in_one_action(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    rig.clock.advance(rig.bridge.plan.steps[0].duration + 8 * 60)
    rig.bridge.timer_updated.emit()
    panel = rig.console.timer_panel
    assert "Running late by 8 min" in panel.late.text()
    assert panel.apply.isVisible()
    qtbot.mouseClick(panel.apply, Qt.MouseButton.LeftButton)
    assert rig.bridge.state().behind <= 0
    assert not panel.late.isVisible()


def test_every_action_shows_its_shortcut_in_its_tooltip(rig: Rig) -> None:
    for action in rig.console.actions_by_id.values():
        assert action.shortcuts(), action.text()
        assert action.shortcuts()[0].toString() in action.toolTip()


def test_a_saved_note_can_be_edited_afterwards(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    notes = rig.console.notes
    type_text(notes.editor, "first")
    QTest.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    note_id = rig.bridge.notes()[0].id
    qtbot.waitUntil(lambda: notes.list.count() == 1, timeout=3000)
    notes.list.itemActivated.emit(notes.list.item(0))
    assert notes.editor.toPlainText() == "first"
    type_text(notes.editor, " and corrected")
    notes.tags["insight"].setChecked(True)
    QTest.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (note,) = rig.bridge.notes()
    assert (note.id, note.text, note.tags) == (note_id, "first and corrected", ("insight",))


def test_ctrl_q_asks_while_a_session_runs_then_closes_with_the_note_saved(
    qtbot: QtBot, rig: Rig, answers: list[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    type_text(rig.console.notes.editor, "said just before closing")
    monkeypatch.setattr("facilitator.ui.dialogs.ask", lambda *_args: answers.append("no") or False)
    press(rig, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert rig.console.isVisible() and answers == ["no"]  # "no" keeps the session open
    monkeypatch.setattr("facilitator.ui.dialogs.ask", lambda *_args: answers.append("yes") or True)
    press(rig, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not rig.console.isVisible() and not rig.audience.isVisible()
    assert [n.text for n in rig.store.notes(rig.bridge.session_id)] == ["said just before closing"]


def test_every_note_of_the_session_can_be_seen_by_step_this_steps_first(qtbot: QtBot, rig: Rig) -> None:
    """Third blind drive: on → the step's notes vanished from the list and the newcomer thought
    the note was lost. The list keeps this step's notes; "All notes" shows every step's, by title."""
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    notes = rig.console.notes
    steps = rig.bridge.plan.steps
    for step, text in ((0, "on the first step"), (2, "on the third step"), (1, "on the second step")):
        rig.bridge.jump(step)
        if rig.bridge.held_back:
            rig.bridge.next()
        type_text(notes.editor, text)
        QTest.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: notes.list.count() == 1, timeout=3000)
    assert "on the second step" in notes.list.item(0).text()
    assert "3" in notes.show_all.text()  # how many there are in all: none was lost
    notes.show_all.click()
    shown = [notes.list.item(row).text() for row in range(notes.list.count())]
    assert shown[0].startswith(f"Step 2: {steps[1].title}") and "(this step)" in shown[0]
    assert "on the second step" in shown[1]
    assert shown[2] == f"Step 1: {steps[0].title}" and "on the first step" in shown[3]
    assert shown[4] == f"Step 3: {steps[2].title}" and "on the third step" in shown[5]
    notes.list.itemActivated.emit(notes.list.item(2))  # a heading: nothing to edit
    assert notes.editor.toPlainText() == ""
    notes.list.itemActivated.emit(notes.list.item(3))  # a note of another step opens for editing
    assert notes.editor.toPlainText() == "on the first step"
    notes.show_all.click()
    assert notes.list.count() == 1
