"""The keyboard on F3's sheet moves, reads and copies; it does not change a service by accident.

A blind drive pressed Space on the built-in helpline during a session: the cell opened for typing
(any letter did the same), and Esc was the only way back. Built-in services are read-only in place;
a cell of the organisation's own service changes on Enter or a double click only.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from facilitator.aids.referrals import Directory, Service, ServiceKind
from facilitator.ui.actions import shortcuts
from facilitator.ui.referral_panel import NAME_COLUMN, PHONE_COLUMN, ReferralPanel

OWN = Service("Aktobe crisis centre", ServiceKind.PSYCHOLOGICAL, "+7 7132 55 11 22", region="Актобе")


@pytest.fixture
def panel(qtbot: QtBot, directory: Directory) -> ReferralPanel:
    directory.save(OWN)
    made = ReferralPanel(directory, "en")
    qtbot.addWidget(made)
    made.show()
    made.table.setFocus()
    return made


def row_of(panel: ReferralPanel, built_in: bool) -> int:
    (row,) = [r for r, s in enumerate(panel._services) if bool(s.seed) is built_in]
    return row


def editing(panel: ReferralPanel) -> bool:
    return panel.table.state() is QAbstractItemView.State.EditingState


def names(directory: Directory) -> list[str]:
    return sorted(service.name for service in directory.services())


@pytest.mark.parametrize("built_in", [True, False])
@pytest.mark.parametrize(
    "key", [(Qt.Key.Key_Space, " "), (Qt.Key.Key_X, "x"), (Qt.Key.Key_1, "1"), (Qt.Key.Key_Backspace, "")]
)
def test_space_and_typing_never_open_a_cell(
    qtbot: QtBot, panel: ReferralPanel, directory: Directory, built_in: bool, key: tuple[Qt.Key, str]
) -> None:
    before = names(directory)
    for column in (NAME_COLUMN, PHONE_COLUMN):
        panel.table.setCurrentCell(row_of(panel, built_in), column)
        QTest.keyClick(panel.table, key[0])
        assert not editing(panel)
    assert names(directory) == before


def test_a_built_in_service_is_read_only_in_place(
    qtbot: QtBot, panel: ReferralPanel, directory: Directory
) -> None:
    messages: list[str] = []
    panel.message.connect(messages.append)
    row = row_of(panel, built_in=True)
    for column in range(panel.table.columnCount()):
        assert not panel.table.item(row, column).flags() & Qt.ItemFlag.ItemIsEditable
    panel.table.setCurrentCell(row, NAME_COLUMN)
    assert shortcuts("referral-change") == ("Return",)
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    assert not editing(panel)
    assert len(messages) == 1 and "built in, read-only here" in messages[0]
    assert "Helpline 150" in messages[0]
    cell = panel.table.visualItemRect(panel.table.item(row, NAME_COLUMN)).center()
    QTest.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell)
    assert not editing(panel)


def test_enter_changes_a_cell_of_ones_own_service(
    qtbot: QtBot, panel: ReferralPanel, directory: Directory
) -> None:
    panel.table.setCurrentCell(row_of(panel, built_in=False), NAME_COLUMN)
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    assert editing(panel)
    (editor,) = [e for e in panel.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    QTest.keyClicks(editor, "Aktobe crisis centre (day)")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert "Aktobe crisis centre (day)" in names(directory)


def test_ctrl_c_copies_the_chosen_phone(qtbot: QtBot, panel: ReferralPanel) -> None:
    assert shortcuts("referral-copy") == ("Ctrl+C",)
    panel.table.setCurrentCell(row_of(panel, built_in=True), PHONE_COLUMN)
    QApplication.clipboard().clear()
    QTest.keyClick(panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "150"
    assert not editing(panel)
