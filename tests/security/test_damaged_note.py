"""One note damaged on disk (a bit flipped in its ciphertext) loses that note only: the others
are still read, exported and shown, and the damaged one is named (its step and time, never any
text) wherever notes are read: the terminal, the PDF, the notes box. Real files, real processes."""

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from facilitator.paths import database_path
from facilitator.sessions.session_file import read_session_file
from tests.helpers.processes import cli_env, run_cli
from tests.helpers.stored_session import session_with_notes

PASSPHRASE = "a passphrase for tests"
TEXTS = ["we talked about chores", "secretword to be damaged", "we talked about football"]


def flip_a_bit(database: Path, text_index: int) -> None:
    """Flip one bit in the middle of the ciphertext of the ``text_index``-th note (bit rot)."""
    db = sqlite3.connect(database)
    note_id, body = db.execute("SELECT id, body FROM notes ORDER BY id").fetchall()[text_index]
    damaged = bytearray(body)
    damaged[len(damaged) // 2] ^= 1
    db.execute("UPDATE notes SET body = ? WHERE id = ?", (bytes(damaged), note_id))
    db.commit()
    db.close()


@pytest.fixture
def damaged_session(data_dir: Path) -> str:
    session_id = session_with_notes(PASSPHRASE, *TEXTS)
    flip_a_bit(database_path(), 1)
    return session_id


def env() -> dict[str, str]:
    return cli_env(PASSPHRASE)


def test_the_pdf_keeps_the_intact_notes_and_says_one_could_not_be_read(
    damaged_session: str, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli("export", damaged_session, "--out", str(out), env=env())
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "(step 1, written " in result.stderr and "cannot be read" in result.stderr
    assert "the other notes of the session are intact" in result.stderr
    assert "secretword" not in result.stderr + result.stdout
    if shutil.which("pdftotext"):
        text = " ".join(
            subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
        )
        assert TEXTS[0] in text and TEXTS[2] in text
        assert "1 note(s) could not be read" in text


def test_the_raw_export_keeps_the_intact_notes_and_names_the_lost_one(
    damaged_session: str, tmp_path: Path
) -> None:
    out = tmp_path / "session.json"
    result = run_cli("sessions", "export-json", damaged_session, "--out", str(out), env=env())
    assert result.returncode == 0, result.stderr
    assert "(step 1, written " in result.stderr and f"not in {out}" in result.stderr
    record = read_session_file(out, lambda: PASSPHRASE)
    assert [note.text for note in record.notes] == [TEXTS[0], TEXTS[2]]
