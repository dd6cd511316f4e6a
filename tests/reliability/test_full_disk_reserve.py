"""Nothing typed is lost when the disk fills and the process is then killed: the app keeps space
aside beside the database (``sessions/reserve.py``), gives it back the moment a write of the
session fails on a full disk, and writes what was typed into it at once, instead of keeping it in
memory where a kill (or a flat battery) loses it. The reserve is made again when space returns; a
session still starts on a disk too full for one; a path that cannot hold one never stops the app.
Before, everything typed on a full disk waited in memory and was lost with the process.

The data folder is a real 16 MB tmpfs filled to the last byte (root is needed to mount it; the
tests are skipped elsewhere and say why)."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from facilitator.aids.moments import referrals_offered, resistance_moments
from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.security import vault
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.reserve import RESERVE_BYTES, RESERVE_NAME, ReserveState
from facilitator.sessions.store import open_database
from tests.helpers.full_disk_reserve import NOTE, NOTES, PASSPHRASE
from tests.helpers.processes import ROOT, kill, read_line
from tests.helpers.small_filesystem import small_filesystem
from tests.reliability.test_full_disk_languages import english_left
from tests.reliability.test_full_disk_notes import fill
from tests.reliability.test_full_disk_records import on_disk
from tests.ui.conftest import Rig, answers, build_rig, close_rig  # noqa: F401 (answers: no real dialog)
from tests.ui.test_console import type_text
from tests.ui.test_translations import language  # noqa: F401 (a fixture: ru and kk installed)


@pytest.fixture
def disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The data folder on a real 16 MB tmpfs (room for the 4 MiB reserve and the database)."""
    with small_filesystem(tmp_path / "small", "16m") as folder:
        monkeypatch.setenv("FACILITATOR_DATA_DIR", str(folder))
        yield folder


def held(folder: Path) -> bool:
    """The reserve is there, of its full size, its blocks really taken (not a sparse file)."""
    path = folder / RESERVE_NAME
    if not path.is_file():
        return False
    status = path.stat()
    return status.st_size == RESERVE_BYTES and status.st_blocks * 512 >= RESERVE_BYTES


def _say(child: subprocess.Popen[str], line: str) -> None:
    assert child.stdin is not None
    child.stdin.write(line + "\n")
    child.stdin.flush()


def test_notes_and_records_typed_on_a_full_disk_are_there_after_a_kill_with_the_disk_still_full(
    disk: Path,
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.full_disk_reserve"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        first = read_line(child).split()
        assert first[0] == "started", first
        session_id = first[1]
        assert held(disk)  # the space kept aside before anything was typed
        filler = fill(disk)
        assert os.statvfs(disk).f_bavail == 0
        _say(child, "full")
        # nothing waits in memory, no note save failed: all of it went into the space kept aside
        assert read_line(child, timeout=30) == "kept 0 failed 0 in-use"
        assert not (disk / RESERVE_NAME).exists()
    finally:
        kill(child)  # SIGKILL, the disk still full: no clean-up, no last try, nothing closed
        if child.stdin is not None:
            child.stdin.close()
    assert filler.exists()  # still full: no one freed anything
    store = open_database(database_path(), vault.unlock(PASSPHRASE))  # as the app opens it again
    try:
        assert not store.read_only  # the room the reserve gave back holds the database's journal
        live = LiveSession.resume(store, session_id, FakeClock())
        assert [note.text for note in live.notes()] == list(NOTES)
        assert live.notes()[0].tags == ("follow-up",)  # the last save of the note, whole
        assert live.engine.index == 1  # the step moved to on the full disk
        assert [m.driver for m in resistance_moments(store, session_id)] == ["personal-beliefs"]
        assert [r.kind.value for r in referrals_offered(store, session_id)] == ["crisis-helpline"]
        assert [(t.step, t.answer, t.count) for t in store.tallies(session_id)] == [(1, "agree", 7)]
        assert store.integrity_check() == "ok"
    finally:
        store.close()
    raw = b"".join(path.read_bytes() for path in disk.rglob("*") if path.is_file() and path != filler)
    assert NOTE.encode() not in raw and NOTES[1].encode() not in raw  # encrypted, in the reserve too


@pytest.fixture
def rig_on_disk(qtbot: QtBot, disk: Path) -> Iterator[Rig]:
    made = build_rig(qtbot, load_plan(default_workshop("en")))
    made.store.set_codec(vault.set_up(PASSPHRASE, n=2**10))
    yield made
    close_rig(made)


def finish_note(rig: Rig, text: str) -> None:
    notes = rig.console.notes
    notes.editor.setFocus()
    type_text(notes.editor, text)
    QTest.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_reserve_is_given_to_a_full_disk_said_and_made_again_when_space_returns(
    qtbot: QtBot, rig_on_disk: Rig, disk: Path
) -> None:
    rig, bridge = rig_on_disk, rig_on_disk.bridge
    bridge.start()
    assert held(disk)
    assert [path.name for path in disk.iterdir() if "reserve" in path.name] == [RESERVE_NAME]  # one
    assert (disk / RESERVE_NAME).read_bytes() == bytes(RESERVE_BYTES)  # zeros: nothing private
    banner = rig.console.reserve_banner
    assert not banner.isVisible()  # nothing to say while the space is held
    filler = fill(disk)
    errors: list[str] = []
    bridge.error_reported.connect(errors.append)
    finish_note(rig, NOTE)
    assert bridge.log_resistance("cue", "discomfort", "ridicule", "ask", "continued")
    bridge.next()
    bridge.wait_for_saves()
    qtbot.waitUntil(lambda: rig.console.notes.list.count() == 0 or bridge.notes(wait=False), timeout=5000)
    # on disk now, not in memory: read by another connection, as after a crash
    assert on_disk(rig.store.path, "notes") == 1
    assert on_disk(rig.store.path, "resistance_moments") == 1
    assert bridge.unsaved_records() == 0 and rig.console.notes.unsaved_count() == 0
    assert errors == []  # nothing to do again: it is saved
    # the journal emptied into the database after each write: it does not grow into the space
    assert Path(f"{rig.store.path}-wal").stat().st_size == 0
    assert bridge.reserve_state() is ReserveState.IN_USE
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert banner.text().startswith(
        "The disk is full: your notes are being saved in the space the app kept aside (about "
    )
    assert banner.text().endswith(" MB left). Free some space on this laptop.")
    left = float(banner.text().split("(about ")[1].split(" MB")[0].replace(",", "."))
    assert 0 < left < 5  # the reserve's 4.2 MB, less what was written, plus the journal emptied
    bridge.check_space()  # the disk still full: not made again, nothing lost
    assert not (disk / RESERVE_NAME).exists()
    filler.unlink()  # room again
    qtbot.waitUntil(lambda: held(disk), timeout=8000)  # the bridge's own timer makes it again
    assert bridge.reserve_state() is ReserveState.HELD
    assert banner.text().startswith("There is room on the disk again: space is kept aside for your notes")
    assert [note.text for note in bridge.notes()] == [NOTE]


def test_a_session_starts_on_a_disk_too_full_for_a_reserve_and_says_so(qtbot: QtBot, disk: Path) -> None:
    filler = fill(disk)
    os.truncate(filler, filler.stat().st_size - 2 * 1024 * 1024)  # 2 MiB free: less than a reserve
    rig = build_rig(qtbot, load_plan(default_workshop("en")))
    try:
        rig.bridge.start()
        assert rig.bridge.session_id is not None  # started all the same, on what there is
        assert on_disk(rig.store.path, "sessions") == 1 and on_disk(rig.store.path, "events") == 1
        assert not (disk / RESERVE_NAME).exists() and not (disk / f"{RESERVE_NAME}.partial").exists()
        banner = rig.console.reserve_banner
        qtbot.waitUntil(banner.isVisible, timeout=5000)
        assert banner.text().startswith(
            "The disk is almost full: no space could be kept aside for your notes (about "
        )
        assert "The session goes on and saves into what is there" in banner.text()
        filler.unlink()
        rig.bridge.check_space()  # what the timer does every few seconds
        assert held(disk)
        assert banner.text().startswith("There is room on the disk again")
    finally:
        close_rig(rig)


def test_a_reserve_left_by_an_earlier_run_opens_a_full_disk_for_a_new_session(
    qtbot: QtBot, disk: Path
) -> None:
    rig = build_rig(qtbot, load_plan(default_workshop("en")))
    qtbot.waitUntil(lambda: held(disk), timeout=5000)  # made once the console is shown
    close_rig(rig)  # the app closed; its reserve stays for the next start
    assert held(disk)
    fill(disk)
    store = open_database(database_path())  # as the app opens it: the reserve is given back first
    try:
        assert not store.read_only
        live = LiveSession.new(store, load_plan(default_workshop("en")), "plan.yaml", FakeClock())
        live.engine.start()
        live.add_note("typed on a disk that was full when the app started", [])
    finally:
        store.close()
    assert on_disk(database_path(), "sessions") == 1
    assert on_disk(database_path(), "notes") == 1


def test_a_folder_in_the_reserves_place_never_stops_the_session(qtbot: QtBot, tmp_path: Path) -> None:
    in_the_way = tmp_path / "data" / RESERVE_NAME
    in_the_way.mkdir(parents=True)
    (in_the_way / "something").write_text("not the app's")
    rig = build_rig(qtbot, load_plan(default_workshop("en")))
    try:
        rig.bridge.start()
        rig.bridge.save_note(None, "a note all the same", [])
        assert [note.text for note in rig.bridge.notes()] == ["a note all the same"]
        assert rig.bridge.reserve_state() is ReserveState.BROKEN
        banner = rig.console.reserve_banner
        qtbot.waitUntil(banner.isVisible, timeout=5000)
        assert banner.text() == (
            f"No space could be kept aside for your notes: {in_the_way} cannot be used (a folder, or "
            "a file the app may not change, is in its place). The session goes on without it."
        )
        assert (in_the_way / "something").read_text() == "not the app's"  # never touched
    finally:
        close_rig(rig)


def test_delete_all_data_removes_the_reserve(qtbot: QtBot, tmp_path: Path) -> None:
    rig = build_rig(qtbot, load_plan(default_workshop("en")))
    reserve = tmp_path / "data" / RESERVE_NAME
    qtbot.waitUntil(reserve.is_file, timeout=5000)  # made once the console is shown
    close_rig(rig)
    vault.delete_all_data()
    assert not reserve.exists()


def test_what_the_reserve_line_says_is_in_the_ui_language(
    qtbot: QtBot,
    language: str,  # noqa: F811
    disk: Path,
) -> None:
    rig = build_rig(qtbot, load_plan(default_workshop("en")))
    try:
        rig.bridge.start()
        banner = rig.console.reserve_banner
        filler = fill(disk)
        assert rig.bridge.offer_referral("shelter")  # the first write on the full disk
        qtbot.waitUntil(banner.isVisible, timeout=5000)
        said = [banner.text()]
        filler.unlink()
        rig.bridge.check_space()
        said.append(banner.text())
        close_rig(rig)
        (disk / RESERVE_NAME).unlink()
        filler = fill(disk)
        os.truncate(filler, filler.stat().st_size - 2 * 1024 * 1024)
        rig = build_rig(qtbot, load_plan(default_workshop("en")))  # no room to make one any more
        qtbot.waitUntil(rig.console.reserve_banner.isVisible, timeout=5000)
        said.append(rig.console.reserve_banner.text())
        assert len(set(said)) == 3 and all(said), said
        assert all(english_left(text) == [] for text in said), said
    finally:
        close_rig(rig)
