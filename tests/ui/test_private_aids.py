"""The cue panel, the referral sheet and the privacy key, driven as a facilitator would."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator.aids.cue_set import load_cue_set
from facilitator.aids.moments import Outcome, referrals_offered, resistance_moments
from facilitator.aids.referrals import Directory, Service, ServiceKind
from facilitator.sessions.plan import as_data
from facilitator.sessions.state import Status
from facilitator.ui.audience_view import Display
from tests.helpers.service_form import fill, open_form, press_add
from tests.ui.conftest import Rig
from tests.ui.test_console import activate, press, type_text


def test_f2_opens_the_cue_panel_without_taking_the_notes_text_and_logs_in_two_keys(
    qtbot: QtBot, rig: Rig
) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    rig.bridge.jump(2)  # the gender-norms exercise
    notes = rig.console.notes
    notes.editor.setFocus()
    type_text(notes.editor, "half-typed note")
    QTest.keyClick(notes.editor, Qt.Key.Key_F2)
    panel = rig.console.aids.cue_panel
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(panel.search.hasFocus)
    assert notes.editor.toPlainText() == "half-typed note"
    suggested = [link.cue for link in rig.bridge.plan.steps[2].facilitator.resistance]
    assert panel.current_cue().id == suggested[0]  # type: ignore[union-attr]
    type_text(panel.search, "western")
    assert panel.current_cue().id == "western-idea"  # type: ignore[union-attr]
    QTest.keyClick(panel.search, Qt.Key.Key_Return)
    QTest.keyClick(panel.buttons[Outcome.DEFUSED], Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    (moment,) = resistance_moments(rig.store, rig.bridge.session_id)  # type: ignore[union-attr]
    assert (moment.step, moment.cue, moment.outcome) == (2, "western-idea", Outcome.DEFUSED)
    assert moment.driver and moment.form and moment.move
    assert not panel.isVisible()
    assert notes.editor.toPlainText() == "half-typed note"
    assert "Resistance moments logged: 1" in rig.console.moments.text()


def test_the_panel_finds_cues_in_any_language_with_folded_kazakh_letters(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    rig.console.aids.toggle_cues()
    panel = rig.console.aids.cue_panel
    assert panel is not None
    type_text(panel.search, "феминизм")
    assert panel.current_cue().id == "feminism-not-ours"  # type: ignore[union-attr]
    panel.search.clear()
    type_text(panel.search, "atvbybpv")  # "феминизм" on the Latin layout
    assert panel.current_cue().id == "feminism-not-ours"  # type: ignore[union-attr]


def test_referral_offered_records_the_kind_only(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    rig.console.aids.toggle_referrals()
    panel = rig.console.aids.referral_panel
    assert panel is not None and panel.table.rowCount() == 1  # the seeded helpline
    panel.table.setCurrentCell(0, 1)
    qtbot.mouseClick(panel.findChild(QWidget, "referral-referral"), Qt.MouseButton.LeftButton)
    (offered,) = referrals_offered(rig.store, rig.bridge.session_id)  # type: ignore[union-attr]
    assert (offered.step, offered.kind) == (0, ServiceKind.CRISIS_HELPLINE)
    columns = [row[1] for row in rig.store.query("PRAGMA table_info(referrals_offered)")]
    assert columns == ["id", "session_id", "step", "kind", "wall"]  # nowhere to put a person
    assert "Referrals offered: 1" in rig.console.moments.text()


def test_editing_the_sheet_in_the_console(qtbot: QtBot, rig: Rig) -> None:
    rig.console.aids.toggle_referrals()
    panel = rig.console.aids.referral_panel
    assert panel is not None
    panel.region.setText("Актобе")
    assert "No local service for Актобе" in panel.checks.text()
    qtbot.mouseClick(panel.findChild(QWidget, "referral-add"), Qt.MouseButton.LeftButton)
    form = open_form(panel)
    fill(form, "Aktobe crisis centre", "+7 7132 55 11 22")
    press_add(form)  # the new service is the chosen row
    qtbot.mouseClick(panel.findChild(QWidget, "referral-verified"), Qt.MouseButton.LeftButton)
    saved = [s for s in Directory(rig.store).services() if s.phone == "+7 7132 55 11 22"]
    assert len(saved) == 1 and saved[0].region == "Актобе" and saved[0].last_verified is not None
    assert "No local service" not in panel.checks.text()


def test_the_projector_never_shows_cue_or_referral_text(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    rig.console.aids.toggle_cues()
    rig.console.aids.toggle_referrals()
    cues = load_cue_set()
    private = [cue.statement for library in cues.libraries.values() for cue in library.cues]
    private += [
        move.text for library in cues.libraries.values() for cue in library.cues for move in cue.moves
    ]
    private += [s.name for s in Directory(rig.store).services()]
    # a statement the workshop itself puts on screen (the case "Are you the mother now?") is not private
    public = " ".join(str(as_data(step.audience)) for step in rig.bridge.plan.steps)
    private = [text for text in private if text not in public]
    assert len(private) > 50
    for index in range(len(rig.bridge.plan.steps)):
        rig.bridge.jump(index) if index else None
        for shown in (rig.audience.view.visible_text(), rig.console.preview.view.visible_text()):
            assert not [text for text in private if text in shown]


def test_the_privacy_key_hides_everything_private_in_one_press(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    rig.console.aids.toggle_cues()
    rig.clock.advance(30)
    rig.bridge.timer_updated.emit()
    shown_before = rig.audience.view.visible_text()
    press(rig, Qt.Key.Key_F12)
    assert rig.bridge.display is Display.BLACK
    assert rig.bridge.state().status is Status.PAUSED  # the cover says "paused": the timer is
    rig.clock.advance(120)
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_P, Qt.Key.Key_B):
        press(rig, key)  # behind the privacy screen no key drives the session
    assert rig.bridge.state().index == 0 and rig.bridge.state().status is Status.PAUSED
    view = rig.audience.view
    assert view.grab().toImage().pixelColor(10, 10) == QColor("#000000")
    assert rig.console.aids.covered
    for name in ("guidance", "notes-editor", "notes-list", "agenda", "cue-panel", "preview-view"):
        widget = rig.console.findChild(QWidget, name)
        assert widget is None or not widget.isVisible(), name
    press(rig, Qt.Key.Key_F12)
    assert not rig.console.aids.covered
    assert rig.console.findChild(QWidget, "guidance").isVisible()
    assert rig.console.aids.cue_panel.isVisible()  # type: ignore[union-attr]
    # F12 again puts back exactly what the room saw, and the timer runs on from where it stopped
    rig.bridge.timer_updated.emit()
    assert rig.bridge.display is Display.SLIDE and rig.audience.view.visible_text() == shown_before
    assert rig.bridge.state().status is Status.RUNNING
    assert rig.bridge.state().step_elapsed == pytest.approx(30)


def test_f12_keeps_a_blank_the_facilitator_chose_and_a_pause_they_made(qtbot: QtBot, rig: Rig) -> None:
    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    press(rig, Qt.Key.Key_W)
    press(rig, Qt.Key.Key_P)
    press(rig, Qt.Key.Key_F12)
    assert rig.bridge.display is Display.BLACK
    press(rig, Qt.Key.Key_F12)
    assert rig.bridge.display is Display.WHITE
    assert rig.bridge.state().status is Status.PAUSED  # paused by the facilitator: stays paused


def test_the_facilitators_own_cues_are_found_and_a_broken_file_is_named(
    qtbot: QtBot, rig: Rig, data_dir
) -> None:  # type: ignore[no-untyped-def]
    from facilitator.aids.cue_set import user_cue_dir

    folder = user_cue_dir()
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text(
        "format: 1\ntype: cues\nlanguage: ru\n"
        "drivers: [{id: personal-beliefs, title: Убеждения, text: x}]\n"
        "forms: [{id: open-argument, title: Спор, subtle: false, text: x}]\n"
        "cues:\n  - id: bride-price\n    statement: Калым — это наша гордость\n"
        "    drivers: [personal-beliefs]\n    forms: [open-argument]\n"
        "    moves: [{kind: ask, text: Что для вас значит калым?}]\n",
        encoding="utf-8",
    )
    (folder / "broken.yaml").write_text("format: 1\ntype: cues\nlanguage: ru\ncuez: []\n", encoding="utf-8")
    rig.console.aids.toggle_cues()
    panel = rig.console.aids.cue_panel
    assert panel is not None
    type_text(panel.search, "калым")
    assert panel.current_cue().id == "bride-price"  # type: ignore[union-attr]
    assert panel.problems.isVisible() and "broken.yaml:4: cuez: unknown key" in panel.problems.text()


def test_f12_twice_gives_the_keyboard_back_to_the_panel_field_being_typed_in(qtbot: QtBot, rig: Rig) -> None:
    """A blind drive: F2, "мужчины", F12, F12, " не": the Space moved the projector a step."""
    from tests.ui.test_console import focused, key_at_focus

    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    key_at_focus(Qt.Key.Key_F2)
    panel = rig.console.aids.cue_panel
    assert panel is not None
    qtbot.waitUntil(panel.search.hasFocus)
    type_text(focused(), "мужчины")
    key_at_focus(Qt.Key.Key_F12)
    assert rig.console.aids.covered
    key_at_focus(Qt.Key.Key_F12)
    assert focused() is panel.search
    for character in " не":
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, focused(), Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier
        )
    key_at_focus(Qt.Key.Key_Space)
    assert panel.search.text() == "мужчины не "
    assert rig.bridge.index == 0 and rig.bridge.display is Display.SLIDE
    key_at_focus(Qt.Key.Key_Escape)  # Esc closes the panel as before
    assert not panel.isVisible()


def test_f12_twice_puts_back_the_referral_tab_and_its_town_field(qtbot: QtBot, rig: Rig) -> None:
    from tests.ui.test_console import focused, key_at_focus

    activate(qtbot, rig)
    press(rig, Qt.Key.Key_F5)
    key_at_focus(Qt.Key.Key_F2)
    key_at_focus(Qt.Key.Key_F3)  # a tab beside F2's
    sheet = rig.console.aids.referral_panel
    cues = rig.console.aids.cue_panel
    assert sheet is not None and cues is not None
    qtbot.waitUntil(sheet.region.hasFocus)
    type_text(focused(), "Ал")
    key_at_focus(Qt.Key.Key_F12)
    key_at_focus(Qt.Key.Key_F12)
    # the F3 tab on top, as it was (the tab behind is "visible" with nothing on the screen)
    assert not sheet.visibleRegion().isEmpty() and cues.visibleRegion().isEmpty()
    assert focused() is sheet.region
    type_text(focused(), "маты")
    key_at_focus(Qt.Key.Key_Space)
    assert sheet.region.text() == "Алматы "
    assert rig.bridge.index == 0


def test_delete_in_the_referral_sheet_comes_after_every_other_action_and_asks_first(
    qtbot: QtBot, rig: Rig, answers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A drive: one Tab past "Referral offered" landed on "Delete"."""
    from facilitator.ui import dialogs

    Directory(rig.store).save(Service("Aktobe crisis centre", ServiceKind.PSYCHOLOGICAL, "150"))  # one's own
    rig.console.aids.toggle_referrals()
    sheet = rig.console.aids.referral_panel
    assert sheet is not None
    order: list[str] = []
    widget = sheet.findChild(QWidget, "referral-referral")
    while widget is not None and sheet.isAncestorOf(widget) and widget.objectName() not in order:
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    buttons = [name for name in order if name.startswith("referral-") and name != "referral-referral"]
    assert buttons[-1] == "referral-delete" and len(buttons) >= 6, order
    assert order.index("referral-add") == 1  # the next Tab after "Referral offered" adds, harmless
    before = len(Directory(rig.store).services())
    (own,) = [row for row, service in enumerate(sheet._services) if not service.seed]
    sheet.table.setCurrentCell(
        own, 1
    )  # a built-in one is never deleted: nothing asked (test_referral_delete)
    monkeypatch.setattr(dialogs, "ask", lambda *_a, **_k: answers.append("delete?") or False)
    qtbot.mouseClick(sheet.findChild(QWidget, "referral-delete"), Qt.MouseButton.LeftButton)
    assert answers[-1] == "delete?" and len(Directory(rig.store).services()) == before  # No: kept
