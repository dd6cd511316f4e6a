"""Counts typed during a tally on a really full disk are kept, said, and written once there is room
(as notes are: tests/reliability/test_full_disk_notes.py). Before, the count went back to what was
on disk and was never tried again: the room's answers were lost.

The data folder is a real 1 MB tmpfs filled to the last byte (root is needed to mount it; the test
is skipped elsewhere and says why)."""

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.reliability.test_full_disk_notes import fill, small_disk  # noqa: F401 (a fixture)
from tests.ui.conftest import Rig, answers, close_rig  # noqa: F401 (answers: no real dialog)
from tests.ui.test_tallies import spin, tally_rig, type_counts

QUESTION = "enough-rights"


@pytest.fixture
def tally_on_small_disk(qtbot: QtBot, small_disk: Path) -> Iterator[Rig]:  # noqa: F811
    rig = tally_rig(qtbot)
    yield rig
    close_rig(rig)


def on_disk(path: Path) -> dict[str, int]:
    other = sqlite3.connect(path)  # another reader, as after a crash
    try:
        rows = other.execute("SELECT answer, count FROM tallies WHERE question = ?", (QUESTION,))
        return dict(rows.fetchall())
    finally:
        other.close()


def test_counts_typed_on_a_full_disk_are_kept_said_and_written_once_there_is_room(
    qtbot: QtBot,
    tally_on_small_disk: Rig,
    small_disk: Path,  # noqa: F811
) -> None:
    rig = tally_on_small_disk
    type_counts(rig, 2, 0, 0)  # saved while there was room
    assert on_disk(rig.store.path) == {"agree": 2}
    filler = fill(small_disk)
    errors: list[str] = []
    rig.bridge.error_reported.connect(errors.append)
    type_counts(rig, 6, 1, 3)
    assert errors and "full" in errors[0]  # said at once, on the console
    assert on_disk(rig.store.path) == {"agree": 2}  # the disk really took nothing
    panel = rig.console.step_panel.tallies
    assert [spin(rig, a).value() for a in ("agree", "not-sure", "disagree")] == [6, 1, 3]  # not reverted
    assert rig.bridge.tally_counts(1, QUESTION) == {"agree": 6, "not-sure": 1, "disagree": 3}
    assert rig.bridge.unsaved_tallies() == 3
    assert panel.unsaved.isVisibleTo(panel) and "Counts not saved yet: 3 (disk full?)" in panel.unsaved.text()
    assert "Agree: 6" in rig.audience.view.visible_text()  # the room sees what was counted
    rig.bridge.retry_records()  # still full: kept, not dropped
    assert rig.bridge.unsaved_tallies() == 3
    filler.unlink()  # room again
    rig.bridge.retry_records()  # what the retry timer does every few seconds
    assert rig.bridge.unsaved_tallies() == 0
    assert on_disk(rig.store.path) == {"agree": 6, "not-sure": 1, "disagree": 3}
    assert panel.unsaved.text() == "All counts saved."
    assert os.statvfs(small_disk).f_bavail > 0


def test_the_retry_timer_writes_them_without_being_asked(
    qtbot: QtBot,
    tally_on_small_disk: Rig,
    small_disk: Path,  # noqa: F811
) -> None:
    rig = tally_on_small_disk
    filler = fill(small_disk)
    type_counts(rig, 5, 0, 0)
    assert rig.bridge.unsaved_tallies() == 1
    filler.unlink()
    qtbot.waitUntil(lambda: rig.bridge.unsaved_tallies() == 0, timeout=8000)
    assert on_disk(rig.store.path) == {"agree": 5}
