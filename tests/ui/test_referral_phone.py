"""The sheet's editor checks the phone of one of the organisation's own services as the CSV import
does (phonenumbers): one that is not a number, or holds an invisible character, is refused with a
message naming the field, in the UI's language, and what was typed stays in the cell being edited.
It used to be saved as typed. (A new service's phone is checked in the Add form: test_referral_add.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from facilitator.aids.referral_csv import PhoneProblem
from facilitator.aids.referrals import Directory, Service, ServiceKind
from facilitator.ui.i18n import translate
from facilitator.ui.referral_panel import PHONE_COLUMN, ReferralPanel
from facilitator.ui.service_dialog import PHONE_PROBLEMS
from tests.helpers.ui_language import ui_language


@pytest.fixture
def panel(qtbot: QtBot, directory: Directory) -> ReferralPanel:
    directory.save(Service("New service", ServiceKind.CRISIS_HELPLINE))  # one of the organisation's own
    made = ReferralPanel(directory, "en")
    qtbot.addWidget(made)
    made.show()
    return made


def new_row(panel: ReferralPanel) -> int:
    (row,) = [r for r in range(panel.table.rowCount()) if panel.table.item(r, 1).text() == "New service"]
    return row


def type_phone(qtbot: QtBot, panel: ReferralPanel, text: str) -> None:
    """Edit the phone cell of the new service, type ``text`` and press Enter."""
    row = new_row(panel)
    if panel.table.state() is not QAbstractItemView.State.EditingState:  # (refused: still open)
        panel.table.setCurrentCell(row, PHONE_COLUMN)
        panel.table.editItem(panel.table.item(row, PHONE_COLUMN))
    editor = editing(panel)
    editor.clear()
    for character in text:  # per character: keyClicks aborts on non-ASCII text
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, editor, Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier
        )
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the editor hands its text over in a queued call


def editing(panel: ReferralPanel) -> QLineEdit:
    """The cell editor open in the sheet (there must be one)."""
    assert panel.table.state() is QAbstractItemView.State.EditingState
    (editor,) = [e for e in panel.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def stored_phone(directory: Directory) -> str:
    (service,) = [s for s in directory.services() if s.name == "New service"]
    return service.phone


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("call me maybe", "“call me maybe” is not a phone number"),
        ("+7 701 234\u200b56 78", "an invisible character"),
        ("+7 701 234\u202e56 78", "an invisible character"),
    ],
)
def test_a_phone_that_does_not_dial_is_refused_and_the_text_stays_in_the_cell(
    qtbot: QtBot, panel: ReferralPanel, directory: Directory, typed: str, said: str
) -> None:
    messages: list[str] = []
    panel.message.connect(messages.append)
    type_phone(qtbot, panel, typed)
    assert stored_phone(directory) == ""  # nothing saved
    assert len(messages) == 1 and messages[0].startswith("Phone:") and said in messages[0]
    assert "was not saved" in messages[0]
    qtbot.waitUntil(lambda: panel.table.state() is QAbstractItemView.State.EditingState, timeout=3000)
    assert editing(panel).text() == typed  # being edited again, holding what was typed
    assert panel.table.currentRow() == new_row(panel) and panel.table.currentColumn() == PHONE_COLUMN


@pytest.mark.parametrize("typed", ["+7 7132 55 11 22", "150", "102 (24/7)", "8 727 300 00 00"])
def test_a_phone_that_dials_is_saved(
    qtbot: QtBot, panel: ReferralPanel, directory: Directory, typed: str
) -> None:
    messages: list[str] = []
    panel.message.connect(messages.append)
    type_phone(qtbot, panel, typed)
    assert stored_phone(directory) == typed and messages == []


@pytest.mark.parametrize(("language", "field"), [("ru", "Телефон:"), ("kk", "Телефон:")])
def test_the_refusal_is_said_in_the_ui_language(
    qtbot: QtBot, panel: ReferralPanel, tmp_path: Path, language: str, field: str
) -> None:
    with ui_language(language, tmp_path):
        messages: list[str] = []
        panel.message.connect(messages.append)
        type_phone(qtbot, panel, "позвоните мне")
        assert len(messages) == 1 and messages[0].startswith(field)
        assert "«позвоните мне»" in messages[0] and "not a phone number" not in messages[0]
        qtbot.waitUntil(lambda: panel.table.state() is QAbstractItemView.State.EditingState, timeout=3000)
        type_phone(qtbot, panel, "+7 701 234\u200b56 78")
        assert messages[1].startswith(field) and "Remove it" not in messages[1]


# -- the same check and the same words as the Add form (tests/ui/test_referral_add.py) ----------
@pytest.fixture
def with_phone(qtbot: QtBot, directory: Directory) -> ReferralPanel:
    """The sheet with one service of the organisation's own that has a phone."""
    directory.save(Service("New service", ServiceKind.CRISIS_HELPLINE, "+7 7132 55 11 22"))
    made = ReferralPanel(directory, "en")
    qtbot.addWidget(made)
    made.show()
    return made


def phone_cell(panel: ReferralPanel) -> str:
    return panel.table.item(new_row(panel), PHONE_COLUMN).text()


@pytest.mark.parametrize(
    ("typed", "problem"),
    [("call me maybe", PhoneProblem.NOT_A_NUMBER), ("+7 701 234\u200b56 78", PhoneProblem.INVISIBLE)],
)
def test_the_sheet_says_what_the_add_form_says(
    qtbot: QtBot, panel: ReferralPanel, typed: str, problem: PhoneProblem
) -> None:
    messages: list[str] = []
    panel.message.connect(messages.append)
    type_phone(qtbot, panel, typed)
    form_says = translate("Referrals", PHONE_PROBLEMS[problem]).format(phone=typed)
    assert messages[0].startswith(form_says + " "), messages


def test_a_cleared_phone_is_said_first_and_saved_on_a_second_enter(
    qtbot: QtBot, with_phone: ReferralPanel, directory: Directory
) -> None:
    messages: list[str] = []
    with_phone.message.connect(messages.append)
    type_phone(qtbot, with_phone, "")
    assert stored_phone(directory) == "+7 7132 55 11 22"  # not yet
    assert len(messages) == 1 and messages[0].startswith("No phone: a participant could not call")
    assert "press Enter again" in messages[0]
    qtbot.waitUntil(lambda: with_phone.table.state() is QAbstractItemView.State.EditingState, timeout=3000)
    assert editing(with_phone).text() == ""  # what was typed, nothing lost
    type_phone(qtbot, with_phone, "")  # Enter again: chosen (a service reached at its address)
    assert stored_phone(directory) == "" and len(messages) == 1
    assert phone_cell(with_phone) == ""


def test_esc_after_the_warning_keeps_the_phone_and_the_next_clearing_is_said_again(
    qtbot: QtBot, with_phone: ReferralPanel, directory: Directory
) -> None:
    messages: list[str] = []
    with_phone.message.connect(messages.append)
    type_phone(qtbot, with_phone, "")
    qtbot.waitUntil(lambda: with_phone.table.state() is QAbstractItemView.State.EditingState, timeout=3000)
    QTest.keyClick(editing(with_phone), Qt.Key.Key_Escape)
    assert with_phone.table.state() is not QAbstractItemView.State.EditingState
    assert stored_phone(directory) == "+7 7132 55 11 22"
    assert phone_cell(with_phone) == "+7 7132 55 11 22"  # the sheet shows what is saved
    type_phone(qtbot, with_phone, "")
    assert stored_phone(directory) == "+7 7132 55 11 22" and len(messages) == 2


def test_enter_again_on_a_refused_phone_refuses_it_again(
    qtbot: QtBot, with_phone: ReferralPanel, directory: Directory
) -> None:
    """Enter on the cell held open with the same refused text: it used to close the editor with
    nothing said, and the sheet showed a number that was not saved."""
    messages: list[str] = []
    with_phone.message.connect(messages.append)
    type_phone(qtbot, with_phone, "call me")
    qtbot.waitUntil(lambda: with_phone.table.state() is QAbstractItemView.State.EditingState, timeout=3000)
    QTest.keyClick(editing(with_phone), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert len(messages) == 2 and "“call me” is not a phone number" in messages[1]
    assert stored_phone(directory) == "+7 7132 55 11 22"
    qtbot.waitUntil(lambda: with_phone.table.state() is QAbstractItemView.State.EditingState, timeout=3000)
    QTest.keyClick(editing(with_phone), Qt.Key.Key_Escape)
    assert phone_cell(with_phone) == "+7 7132 55 11 22"


@pytest.mark.parametrize(("language", "said"), [("ru", "Нет телефона:"), ("kk", "Телефон жоқ:")])
def test_the_no_phone_warning_is_in_the_ui_language(
    qtbot: QtBot, with_phone: ReferralPanel, tmp_path: Path, language: str, said: str
) -> None:
    with ui_language(language, tmp_path):
        messages: list[str] = []
        with_phone.message.connect(messages.append)
        type_phone(qtbot, with_phone, "")
        assert len(messages) == 1 and messages[0].startswith(said), messages
        assert "Enter" in messages[0]
