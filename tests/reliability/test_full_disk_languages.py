"""A store that fails during a session is said in the UI's language (ru, kk): what failed, what
became of what was typed (the note or the counts stay in the app and are saved again), then the
file and the OS's own reason as they are. Before, the status line showed the core's English
("could not save the note to …: database or disk is full") in a Russian or Kazakh console.

The full-disk cases use a real 1 MB tmpfs filled to the last byte (root is needed to mount it;
skipped elsewhere, and says why); the closed-database case runs everywhere."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.security import vault
from facilitator.sessions.errors import StoreError, StoreProblem
from facilitator.sessions.plan_loader import load_plan
from tests.reliability.test_full_disk_notes import fill, small_disk  # noqa: F401 (a fixture)
from tests.ui.conftest import TEST_PASSPHRASE, Rig, answers, build_rig, close_rig  # noqa: F401
from tests.ui.test_console import type_text
from tests.ui.test_tallies import tally_rig, type_counts
from tests.ui.test_translations import language  # noqa: F401 (a fixture: ru and kk installed)

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
NOTE = "Daniyar says his uncle beats him"
KEPT = {"ru": "остаётся в приложении", "kk": "қолданбада қалады"}
COUNTS_KEPT = {"ru": "остаётся в приложении", "kk": "қолданбада қалады"}


def english_left(message: str, *allowed: str) -> list[str]:
    """English words in ``message`` once the file's path and the OS's reason are taken out."""
    for part in allowed:
        message = message.replace(part, "")
    return ENGLISH_WORD.findall(message)


def test_counts_on_a_full_disk_are_said_in_the_ui_language_with_what_became_of_them(
    qtbot: QtBot,
    language: str,  # noqa: F811
    small_disk: Path,  # noqa: F811
) -> None:
    rig = tally_rig(qtbot)
    try:
        errors: list[str] = []
        rig.bridge.error_reported.connect(errors.append)
        fill(small_disk)
        type_counts(rig, 4, 1, 0)
        assert errors, "the full disk was not said"
        message = errors[0]
        assert english_left(message, str(rig.store.path), "database or disk is full") == [], message
        assert COUNTS_KEPT[language] in message  # the counts stay, and are tried again
        assert str(rig.store.path) in message  # the detail stays as it is
        assert rig.bridge.unsaved_tallies() == 2  # true: kept in memory
    finally:
        close_rig(rig)


@pytest.fixture
def notes_rig(qtbot: QtBot, small_disk: Path) -> Iterator[Rig]:  # noqa: F811
    codec = vault.set_up(TEST_PASSPHRASE, n=2**10)
    made = build_rig(qtbot, load_plan(default_workshop("en")))
    made.store.set_codec(codec)
    yield made
    close_rig(made)


def test_a_note_on_a_full_disk_is_said_in_the_ui_language_and_stays_in_the_app(
    qtbot: QtBot,
    language: str,  # noqa: F811
    notes_rig: Rig,
    small_disk: Path,  # noqa: F811
) -> None:
    rig = notes_rig
    rig.bridge.start()
    rig.bridge.save_note(None, "first", [])
    rig.bridge.wait_for_saves()
    filler = fill(small_disk)
    errors: list[str] = []
    rig.bridge.error_reported.connect(errors.append)
    notes = rig.console.notes
    notes.editor.setFocus()
    type_text(notes.editor, NOTE * 40)
    QTest.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    message = errors[0]
    assert "uncle" not in message  # never the note's words
    assert english_left(message, str(rig.store.path), "database or disk is full") == [], message
    assert KEPT[language] in message
    assert rig.console.statusBar().currentMessage() == message  # what the facilitator sees
    assert notes.unsaved_count() == 1  # true: kept, and tried again…
    filler.unlink()
    notes.retry_unsaved()
    qtbot.waitUntil(lambda: notes.unsaved_count() == 0, timeout=5000)  # …and saved once there is room


def test_a_failing_store_during_a_session_shows_no_english_sentence(
    qtbot: QtBot,
    language: str,  # noqa: F811
) -> None:
    rig = build_rig(qtbot, load_plan(default_workshop("en")))
    try:
        rig.bridge.start()
        errors: list[str] = []
        rig.bridge.error_reported.connect(errors.append)
        rig.store.close()  # every read and write now fails, as on a pulled USB stick
        # kept in memory (and said), tried again later: a closed file may be back, a full disk freed
        assert rig.bridge.log_resistance("cue", "personal-beliefs", "open-argument", "ask", "defused")
        rig.bridge.next()
        assert rig.bridge.unsaved_records() == 2
        rig.bridge.moment_counts()
        assert len(errors) >= 3
        for message in errors:
            assert english_left(message, str(rig.store.path), "Cannot operate on a closed database.") == [], (
                message
            )
    finally:
        rig.bridge.stop()
        rig.audience.allow_close()


def test_the_core_says_a_full_disk_by_its_kind(small_disk: Path) -> None:  # noqa: F811
    from facilitator.sessions.store import Store

    store = Store.open(small_disk / "facilitator.sqlite3")
    try:
        fill(small_disk)
        with pytest.raises(StoreError) as raised:
            store.create_session(
                plan_id="p",
                plan_title="t",
                language="en",
                plan_source="x" * 200_000,
                plan_name="p",
                created_wall=0,
            )
        assert raised.value.kind is StoreProblem.DISK_FULL
        assert raised.value.path == str(store.path)
    finally:
        store.close()
