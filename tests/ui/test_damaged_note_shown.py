"""One note damaged in the data file, in the live console: the notes box shows the others and
names the damaged one (its step and time, never text), whatever step is shown."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from facilitator.sessions.store import Store
from tests.ui.conftest import Rig

TEXTS = ["we talked about chores", "secretword to be damaged", "we talked about football"]


def test_the_notes_box_shows_the_intact_notes_and_names_the_damaged_one(qtbot: QtBot, rig: Rig) -> None:
    rig.console.activateWindow()
    QTest.keyClick(rig.console, Qt.Key.Key_F5)
    for text in TEXTS:
        rig.bridge.save_note(None, text, [])
    assert len(rig.bridge.notes()) == 3
    store: Store = rig.bridge._store  # the rig's own database file
    note_id = sorted(n.id for n in rig.bridge.notes())[1]
    store.execute("test damage", "UPDATE notes SET body = ? WHERE id = ?", (b"\xff\xfe damaged", note_id))
    notes = rig.console.notes
    notes.show_all.setChecked(False)
    notes.show_all.setChecked(True)  # the list is read again
    shown = [notes.list.item(i).text() for i in range(notes.list.count())]
    assert any(TEXTS[0] in line for line in shown) and any(TEXTS[2] in line for line in shown)
    lost = [line for line in shown if "cannot be read" in line]
    assert len(lost) == 1 and "step 1 " in lost[0] and "The other notes are safe" in lost[0]
    assert notes.show_all.text() == "All notes (2)"
