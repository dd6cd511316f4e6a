"""The "Mark for follow-up?" offer answered by keyboard alone (fourth blind drive: Tab never reached
its buttons and no key answered it, so a disclosure could not be flagged): its keys work from the
notes box and from the presenter part, Tab reaches its buttons and Enter or Space presses them, the
presenter keys drive on while it shows, and no offer is lost (it waits across steps; a second one
waits behind the first)."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.state import Status
from tests.ui.conftest import Rig, build_rig, close_rig
from tests.ui.test_console import activate, type_text
from tests.ui.test_console import focused as focus
from tests.ui.test_console import key_at_focus as key
from tests.ui.test_translations import language  # noqa: F401 (a fixture: ru and kk installed)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def started(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    key(Qt.Key.Key_F5)
    assert rig.bridge.status is Status.RUNNING


def note(rig: Rig, text: str) -> None:
    """Ctrl+M, the note, Ctrl+Enter: the caret stays in the box."""
    key(Qt.Key.Key_M, CTRL)
    assert focus() is rig.console.notes.editor
    type_text(focus(), text)
    key(Qt.Key.Key_Return, CTRL)


def tags_by_text(rig: Rig) -> dict[str, tuple[str, ...]]:
    rig.bridge.wait_for_saves()
    return {n.text: n.tags for n in rig.bridge.notes()}


def test_the_offer_is_answered_by_its_keys_while_typing(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    notes = rig.console.notes
    note(rig, "Говорит, отец его бьёт")
    assert notes.follow_up_bar.isVisible()
    assert "Ctrl+Shift+M" in notes.mark_follow_up.text()  # the key is on the button
    assert "Ctrl+Shift+N" in notes.not_now.text()
    type_text(focus(), "Ещё")  # the next note begun: the key still answers the offer
    key(Qt.Key.Key_M, CTRL_SHIFT)
    assert not notes.follow_up_bar.isVisible()
    assert focus() is notes.editor and notes.editor.toPlainText() == "Ещё"  # typing goes on
    assert "follow-up" in tags_by_text(rig)["Говорит, отец его бьёт"]
    assert not rig.console.actions_by_id["follow-up-mark"].isEnabled()  # nothing offered now


def test_the_presenter_keys_drive_while_the_offer_waits_and_it_waits_across_steps(
    qtbot: QtBot, rig: Rig
) -> None:
    started(qtbot, rig)
    notes = rig.console.notes
    note(rig, "Говорит, отец его бьёт")
    key(Qt.Key.Key_Escape)  # the presenter has the keys
    assert notes.follow_up_bar.isVisible()
    for code in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space):
        before = rig.bridge.index
        key(code)
        if rig.bridge.held_back:  # a sensitive step: the first press warns, the next shows it
            key(code)
        assert rig.bridge.index == before + 1, code  # the bar took none of them
        assert notes.follow_up_bar.isVisible()  # unanswered: still offered on the next step
    assert "step 1" in notes.follow_up_reason.text()
    key(Qt.Key.Key_N, CTRL_SHIFT)  # not now, from the presenter part
    assert not notes.follow_up_bar.isVisible()
    assert "follow-up" not in tags_by_text(rig)["Говорит, отец его бьёт"]
    key(Qt.Key.Key_N, CTRL_SHIFT)  # nothing offered: nothing happens, the session stays
    assert rig.bridge.status is Status.RUNNING


def test_tab_reaches_the_offer_and_enter_or_space_answers_a_queue_of_two(qtbot: QtBot, rig: Rig) -> None:
    started(qtbot, rig)
    notes = rig.console.notes
    note(rig, "Говорит, отец его бьёт")
    note(rig, "Ағасы әйелін ұрады дейді")  # a second offer waits behind the first, not instead
    assert "(then 1 more)" in notes.follow_up_reason.text() and notes.waiting_offers() == 2
    for _ in range(20):
        if focus() is notes.not_now:
            break
        key(Qt.Key.Key_Tab)
    assert focus() is notes.not_now, focus().objectName()
    index = rig.bridge.index
    key(Qt.Key.Key_Space)  # presses the button with the keyboard; it is not "next step" here
    assert rig.bridge.index == index
    assert notes.waiting_offers() == 1 and notes.follow_up_bar.isVisible()
    assert focus() is notes.not_now  # still on the bar: the second offer is shown
    key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is notes.mark_follow_up
    key(Qt.Key.Key_Return)
    assert not notes.follow_up_bar.isVisible()
    assert focus() is rig.console.agenda.table  # answered: the presenter has the keys again
    tags = tags_by_text(rig)
    assert "follow-up" not in tags["Говорит, отец его бьёт"]
    assert "follow-up" in tags["Ағасы әйелін ұрады дейді"]
    key(Qt.Key.Key_Space)
    assert rig.bridge.index == index + 1  # Space drives the session again


def test_an_offer_left_unanswered_waits_past_the_end_of_the_session(qtbot: QtBot, rig: Rig) -> None:
    """Not lost when the workshop ends: still offered (and its key works) while the facilitator
    reviews the notes, so the disclosure can be flagged before the export."""
    started(qtbot, rig)
    note(rig, "Говорит, отец его бьёт")
    key(Qt.Key.Key_Escape)
    key(Qt.Key.Key_E, CTRL)
    assert rig.bridge.status is Status.ENDED
    rig.console.activateWindow()
    qtbot.waitUntil(lambda: rig.console.isActiveWindow())
    assert rig.console.notes.follow_up_bar.isVisible()
    key(Qt.Key.Key_M, CTRL_SHIFT)
    assert not rig.console.notes.follow_up_bar.isVisible()
    assert "follow-up" in tags_by_text(rig)["Говорит, отец его бьёт"]


def test_the_offer_waits_unanswerable_while_the_private_panels_are_hidden_for_mirroring(
    qtbot: QtBot, rig: Rig
) -> None:
    """Blind drive: with the displays mirrored (the room may see the laptop, so the notes are
    hidden) Ctrl+Shift+M and Ctrl+Shift+N still answered the offer nobody could see. Hidden, the
    offer waits and its keys do nothing; shown again, it is back and its keys answer it."""
    started(qtbot, rig)
    notes = rig.console.notes
    note(rig, "Говорит, отец его бьёт")
    note(rig, "Ағасы әйелін ұрады дейді")
    key(Qt.Key.Key_Escape)
    assert notes.waiting_offers() == 2
    rig.console.set_mirrored(True)
    assert not rig.console.private_visible and not notes.follow_up_bar.isVisible()
    for action_id in ("follow-up-mark", "follow-up-not-now"):
        assert not rig.console.actions_by_id[action_id].isEnabled(), action_id
    key(Qt.Key.Key_M, CTRL_SHIFT)
    key(Qt.Key.Key_N, CTRL_SHIFT)
    notes.mark_for_follow_up()  # however it is asked (a menu, a script): not while hidden
    notes.decline_follow_up()
    assert notes.waiting_offers() == 2
    assert all("follow-up" not in tags for tags in tags_by_text(rig).values())
    rig.console.confirm_private()  # the facilitator says the room cannot see the laptop
    assert notes.follow_up_bar.isVisible() and "(then 1 more)" in notes.follow_up_reason.text()
    assert rig.console.actions_by_id["follow-up-mark"].isEnabled()
    key(Qt.Key.Key_M, CTRL_SHIFT)
    assert notes.waiting_offers() == 1
    assert "follow-up" in tags_by_text(rig)["Говорит, отец его бьёт"]


def test_not_now_is_said_like_a_mark_in_english(qtbot: QtBot, rig: Rig) -> None:
    """Blind drive: Ctrl+Shift+N took the bar away and said nothing (Ctrl+Shift+M says "Marked")."""
    started(qtbot, rig)
    notes = rig.console.notes
    note(rig, "Говорит, отец его бьёт")
    key(Qt.Key.Key_N, CTRL_SHIFT)
    assert not notes.follow_up_bar.isVisible()
    said = notes.saved.text()
    assert "Not marked for follow-up" in said and "step 1" in said, said
    assert "отец" not in said  # which note by its step, never its words


@pytest.mark.parametrize(
    ("language", "words"),
    [("ru", "Не отмечено"), ("kk", "белгіленбеді")],
    indirect=["language"],
    ids=["ru", "kk"],
)
def test_not_now_is_said_in_russian_and_kazakh(qtbot: QtBot, language: str, words: str) -> None:  # noqa: F811
    made = build_rig(qtbot, load_plan(default_workshop("en")))
    try:
        started(qtbot, made)
        note(made, "Говорит, отец его бьёт")
        key(Qt.Key.Key_N, CTRL_SHIFT)
        said = made.console.notes.saved.text()
        assert words in said and "1" in said, said
    finally:
        close_rig(made)
