"""A note finished with Ctrl+Enter on a really full disk is kept until it lands (issue #13, 12).

The data folder is a real 1 MB tmpfs filled to the last byte (root is needed to mount it; the test
is skipped elsewhere and says why)."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.security import vault
from facilitator.sessions.plan_loader import load_plan
from tests.helpers.small_filesystem import small_filesystem
from tests.ui.conftest import TEST_PASSPHRASE, Rig, answers, build_rig, close_rig  # noqa: F401 (answers: no real dialog)
from tests.ui.test_console import type_text

NOTE = "Daniyar says his uncle beats him, wants to talk after"


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    with small_filesystem(tmp_path / "small", "1m") as folder:
        monkeypatch.setenv("FACILITATOR_DATA_DIR", str(folder))
        yield folder


def fill(folder: Path) -> Path:
    """Write zeros until the filesystem has not one byte left."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


@pytest.fixture
def rig_on_small_disk(qtbot: QtBot, small_disk: Path) -> Iterator[Rig]:
    codec = vault.set_up(TEST_PASSPHRASE)
    made = build_rig(qtbot, load_plan(default_workshop("en")))
    made.store.set_codec(codec)
    yield made
    close_rig(made)


def test_a_finished_note_on_a_full_disk_is_kept_said_and_saved_once_there_is_room(
    qtbot: QtBot, rig_on_small_disk: Rig, small_disk: Path
) -> None:
    rig = rig_on_small_disk
    rig.bridge.start()
    rig.bridge.save_note(None, "a first note, saved while there was room", [])
    rig.bridge.wait_for_saves()
    filler = fill(small_disk)
    notes = rig.console.notes
    errors: list[str] = []
    rig.bridge.error_reported.connect(errors.append)
    notes.editor.setFocus()
    type_text(notes.editor, NOTE * 40)  # long enough to need a new page
    QTest.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: notes.unsaved_count() == 1, timeout=5000)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert notes.editor.toPlainText() == ""  # the box is free for the next note…
    assert "Not saved yet" in notes.saved.text()  # …and the facilitator is told
    status = rig.console.statusBar()
    qtbot.waitUntil(lambda: "disk is full" in status.currentMessage(), timeout=5000)  # there too
    assert any("not saved yet" in notes.list.item(i).text() for i in range(notes.list.count()))
    assert all("uncle" not in error for error in errors)  # never the note's text in a message
    raw = b"".join(p.read_bytes() for p in small_disk.rglob("*") if p.is_file() and p != filler)
    assert NOTE.encode() not in raw  # and never in plain text on the disk
    filler.unlink()  # room again
    notes.retry_unsaved()  # what the retry timer does every few seconds
    qtbot.waitUntil(lambda: notes.unsaved_count() == 0, timeout=5000)
    texts = [n.text for n in rig.bridge.notes()]
    assert texts == ["a first note, saved while there was room", NOTE * 40]
    assert "All notes saved" in notes.saved.text()
    assert status.currentMessage() == ""  # no stale "the disk is full" once everything landed
    assert os.statvfs(small_disk).f_bavail > 0
