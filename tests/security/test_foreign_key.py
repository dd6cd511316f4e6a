"""A key file that opens with the passphrase but is not this data folder's (one from another data
folder, or an older one put back) is said once, as such, and nothing is touched; it used to open,
and every note showed as "damaged" (and new notes were written with the wrong key)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.paths import database_path
from facilitator.security import keys, vault
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from tests.helpers import processes
from tests.helpers.plans import loaded_plan

FAST = 2**10
PASSPHRASE = "three green horses at dawn"
FOREIGN = "does not belong to this data folder"


def folder_digests(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def session_with_notes(*texts: str) -> str:
    store = vault.open_store(
        vault.unlock(PASSPHRASE) if vault.has_passphrase() else vault.set_up(PASSPHRASE, n=FAST)
    )
    live = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    for text in texts:
        live.add_note(text, [])
    store.close()
    return live.id


def another_folders_key(tmp_path: Path) -> bytes:
    """A key file made with the same passphrase for another data folder."""
    other = tmp_path / "other-key.json"
    keys.create(other, PASSPHRASE, n=FAST)
    return other.read_bytes()


def drop_key_record() -> None:
    """As a store made by an earlier version of the app: no key record."""
    db = sqlite3.connect(database_path())
    db.execute("DELETE FROM key_check")
    db.commit()
    db.close()


def test_a_key_file_from_another_folder_is_said_and_nothing_is_touched(
    data_dir: Path, tmp_path: Path
) -> None:
    session_with_notes("he said his father decides", "we talked about chores")
    vault.keyfile_path().write_bytes(another_folders_key(tmp_path))
    before = folder_digests(data_dir)
    with pytest.raises(keys.KeyFileError) as raised:
        vault.open_store(vault.unlock(PASSPHRASE))
    assert raised.value.problem == "foreign"
    assert FOREIGN in str(raised.value) and "restore the key file that was made with" in str(raised.value)
    assert str(vault.keyfile_path()) in str(raised.value)
    assert folder_digests(data_dir) == before


def test_an_older_key_file_of_the_same_folder_is_said_too(data_dir: Path) -> None:
    """Everything deleted and started again with a new key; the old key.json put back."""
    old = session_with_notes("first run")
    old_key = vault.keyfile_path().read_bytes()
    vault.delete_all_data()
    session_with_notes("second run")
    vault.keyfile_path().write_bytes(old_key)
    with pytest.raises(keys.KeyFileError, match=FOREIGN):
        vault.open_store(vault.unlock(PASSPHRASE))
    assert old  # (its notes are gone for good with the data; the key is still refused)


def test_a_store_without_a_key_record_gets_one_when_the_right_key_opens_a_note(
    data_dir: Path, tmp_path: Path
) -> None:
    session = session_with_notes("kept from an earlier version")
    right_key = vault.keyfile_path().read_bytes()
    drop_key_record()
    vault.keyfile_path().write_bytes(another_folders_key(tmp_path))
    with pytest.raises(keys.KeyFileError, match=FOREIGN):  # no note at all opens: not "damaged"
        vault.open_store(vault.unlock(PASSPHRASE))
    assert sqlite3.connect(database_path()).execute("SELECT COUNT(*) FROM key_check").fetchone() == (0,)
    vault.keyfile_path().write_bytes(right_key)
    store = vault.open_store(vault.unlock(PASSPHRASE))  # the right key: it opens, and is remembered
    assert [n.text for n in store.notes(session)] == ["kept from an earlier version"]
    store.close()
    assert sqlite3.connect(database_path()).execute("SELECT COUNT(*) FROM key_check").fetchone() == (1,)


def test_damaged_notes_are_still_damaged_notes_with_the_right_key(data_dir: Path) -> None:
    """Every note damaged, the key record intact: the store opens and names them (not "foreign")."""
    session = session_with_notes("one", "two")
    db = sqlite3.connect(database_path())
    db.execute("UPDATE notes SET body = ?", (b"\xff\xfe damaged",))
    db.commit()
    db.close()
    store = vault.open_store(vault.unlock(PASSPHRASE))
    assert store.notes(session) == [] and len(store.unreadable_notes(session)) == 2
    store.close()


def test_a_fresh_store_fits_any_new_key(data_dir: Path) -> None:
    store = vault.open_store(vault.set_up(PASSPHRASE, n=FAST))
    store.close()
    assert sqlite3.connect(database_path()).execute("SELECT COUNT(*) FROM key_check").fetchone() == (1,)


def test_the_command_line_says_it_once_with_no_traceback(data_dir: Path, tmp_path: Path) -> None:
    session = session_with_notes("a note")
    vault.keyfile_path().write_bytes(another_folders_key(tmp_path))
    before = folder_digests(data_dir)
    env = {**os.environ, "FACILITATOR_PASSPHRASE": PASSPHRASE}
    result = processes.run_cli("sessions", "export-json", session, "--out", str(tmp_path / "x.json"), env=env)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and FOREIGN in lines[0] and "The notes stay as they are" in lines[0]
    assert not (tmp_path / "x.json").exists()
    assert folder_digests(data_dir) == before


def test_the_app_says_it_and_opens_nothing(data_dir: Path, tmp_path: Path) -> None:
    session_with_notes("a note")
    vault.keyfile_path().write_bytes(another_folders_key(tmp_path))
    before = folder_digests(data_dir)
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--quit-when-shown"],
        cwd=processes.ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "FACILITATOR_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count(FOREIGN) == 1
    assert '"console_ready"' not in result.stdout
    assert folder_digests(data_dir) == before
