"""A -wal file damaged after a crash (cut short, or a frame with a bad byte): SQLite's recovery
replays it up to the damage and drops the rest without a word, so notes the app had saved
vanished unsaid. Now the -wal is kept (in ``recovered/``) before the database is opened, and the
loss is said once: on the command line, and in the app in the facilitator's language, naming the
copy. The crash is real (a process killed with SIGKILL while it commits notes); the damage is
done by the test, as a failing disk would."""

from __future__ import annotations

import os
import random
import socket
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.app import run_app
from facilitator.paths import database_path
from facilitator.sessions.journal_rescue import RECOVERED_FOLDER, lost_frames, read_journal, take_findings
from facilitator.ui import dialogs, i18n
from tests.helpers.processes import run_and_kill, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

NOTE_WORDS = b"her father decides everything"


def crashed(lines: int) -> tuple[str, int]:
    """Kill a process committing notes after ``lines`` of its lines: its session, and how many
    notes it had said were saved."""
    printed = run_and_kill(["tests.helpers.crash_writer"], lines)
    session = printed[0].split()[1]
    saved = sum(1 for line in printed if line.startswith("saved "))
    assert saved >= 20, printed
    return session, saved


def stored_notes(session: str) -> int:
    """The notes of ``session`` in the database now (read as SQLite reads it)."""
    connection = sqlite3.connect(database_path())
    try:
        return int(
            connection.execute("SELECT COUNT(*) FROM notes WHERE session_id = ?", (session,)).fetchone()[0]
        )
    finally:
        connection.close()


def damage(journal: Path, how: str) -> bytes:
    """Cut the -wal short in the middle of a frame, or spoil one byte of a frame, halfway
    through what was committed to it; the bytes left."""
    data = bytearray(journal.read_bytes())
    reading = read_journal(bytes(data))
    index = journal.with_name(journal.name[: -len("-wal")] + "-shm").read_bytes()
    assert reading.header_valid and reading.kept >= 20 and lost_frames(bytes(data), index) == 0
    page_size = int.from_bytes(data[8:12], "big")
    halfway = 32 + (24 + page_size) * (reading.kept // 2)
    if how == "cut":
        del data[halfway + 24 + 100 :]
    else:
        data[halfway + 24 + 100] ^= 0xFF
    journal.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize("how", ["cut", "bad frame"])
def test_notes_dropped_from_a_damaged_journal_are_kept_and_said_once(data_dir: Path, how: str) -> None:
    session, saved = crashed(60)
    journal = database_path().with_name(database_path().name + "-wal")
    left = damage(journal, how)
    result = run_cli("sessions", "list")
    assert result.returncode == 0 and session in result.stdout, result.stderr
    (copy,) = (data_dir / RECOVERED_FOLDER).iterdir()
    assert copy.name.endswith("-facilitator.sqlite3-wal")
    assert copy.read_bytes() == left, "the -wal as the crash and the damage left it, byte for byte"
    assert NOTE_WORDS not in copy.read_bytes(), "its notes are encrypted"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert f"changes a crash left in {journal} could not be recovered" in result.stderr
    assert f"what was left is kept in {copy} (encrypted notes only) (warning)" in result.stderr
    assert "Traceback" not in result.stderr
    assert stored_notes(session) < saved, "what the message says: SQLite did drop saved notes"
    again = run_cli("sessions", "list")
    assert again.returncode == 0 and again.stderr == "", "said once"
    assert list((data_dir / RECOVERED_FOLDER).iterdir()) == [copy]
    assert run_cli("data", "delete-all", "--yes").returncode == 0
    assert not (data_dir / RECOVERED_FOLDER).exists(), "deleting everything deletes the copies too"


def test_a_whole_journal_after_a_crash_says_nothing_and_keeps_no_copy(data_dir: Path) -> None:
    session, saved = crashed(60)
    result = run_cli("sessions", "list")
    assert result.returncode == 0 and result.stderr == ""
    assert not (data_dir / RECOVERED_FOLDER).exists()
    assert stored_notes(session) >= saved, "every note said saved is there"


@pytest.mark.parametrize(
    ("language", "title", "words"),
    [
        ("en", "Some notes may be missing", "notes typed just before may be missing"),
        (
            "ru",
            "Возможно, часть заметок потеряна",
            "заметки, набранные незадолго до этого, могут отсутствовать",
        ),
        ("kk", "Кейбір жазбалар жоғалған болуы мүмкін", "сәл бұрын терілген жазбалар жоқ болуы мүмкін"),
    ],
)
def test_the_app_says_it_once_in_the_facilitators_language_naming_the_copy(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    language: str,
    title: str,
    words: str,
) -> None:
    crashed(60)
    damage(database_path().with_name(database_path().name + "-wal"), "bad frame")
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, t, text: said.append((t, text)))
    monkeypatch.setattr("facilitator.app._from_terminal", lambda: False)  # started from an icon
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_a, **_k: None)  # then closed
    try:
        for _start in range(2):
            assert run_app(None, ui_language=language) == 0
    finally:
        i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    (copy,) = (data_dir / RECOVERED_FOLDER).iterdir()
    assert len(said) == 1, "said at the first start only"
    assert said[0][0] == title and words in said[0][1] and str(copy) in said[0][1]
    assert "could not be recovered" in capsys.readouterr().err


def test_a_journal_in_use_by_a_running_app_is_left_alone(data_dir: Path) -> None:
    """A command run while the app has the data folder: its -wal is in use, not left by a crash,
    and what the -shm counts may be ahead of what was read of the -wal: nothing is kept or said."""
    crashed(60)
    left = damage(database_path().with_name(database_path().name + "-wal"), "cut")
    app = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:  # the lock as the running app writes it (QLockFile: pid, program, host)
        program = os.path.basename(os.readlink(f"/proc/{app.pid}/exe"))
        (data_dir / "facilitator.lock").write_text(f"{app.pid}\n{program}\n{socket.gethostname()}\n")
        from facilitator.sessions.store import open_database

        open_database(database_path()).close()
    finally:
        app.communicate(b"")
    assert not (data_dir / RECOVERED_FOLDER).exists()
    assert take_findings() == [] and len(left) > 0


def test_a_kill_at_any_moment_without_damage_is_never_called_a_loss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed anywhere (between commits, while a commit is half written), an undamaged -wal loses
    nothing said saved, and nothing is kept or said."""
    from facilitator.sessions.store import open_database

    rng = random.Random(20261202)
    for kill in range(12):
        folder = tmp_path / f"kill-{kill}"
        folder.mkdir()
        monkeypatch.setenv("FACILITATOR_DATA_DIR", str(folder))
        printed = run_and_kill(["tests.helpers.crash_writer"], rng.randint(2, 150))
        saved = sum(1 for line in printed if line.startswith("saved "))
        open_database(database_path()).close()
        assert take_findings() == [], f"kill {kill} after {saved} notes"
        assert not (folder / RECOVERED_FOLDER).exists()
        if printed:
            assert stored_notes(printed[0].split()[1]) >= saved


def test_deleting_the_session_deletes_the_copy_that_holds_its_notes(data_dir: Path) -> None:
    """A session deleted for good leaves none of its notes in recovered/ (encrypted or not)."""
    session, _saved = crashed(60)
    damage(database_path().with_name(database_path().name + "-wal"), "cut")
    assert run_cli("sessions", "list").returncode == 0
    (copy,) = (data_dir / RECOVERED_FOLDER).iterdir()
    assert session.encode() in copy.read_bytes()  # how the copy is matched to its session
    result = run_cli("sessions", "delete", session, "--yes")
    assert result.returncode == 0, result.stderr
    assert f"deleted {copy}, a copy of a damaged journal that held some of it" in result.stderr
    assert list((data_dir / RECOVERED_FOLDER).iterdir()) == []
