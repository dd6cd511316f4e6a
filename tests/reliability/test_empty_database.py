"""A database emptied to 0 bytes (a failed copy, a disk fault) beside its key file is refused,
never taken for a new one: the commands and the app say it is empty and what to do, and write
nothing over it (SQLite would make a fresh, empty database in its place). Real processes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.paths import database_path
from tests.helpers.processes import ROOT, run_cli
from tests.helpers.stored_session import session_with_notes

PASSPHRASE = "a passphrase for tests"


@pytest.fixture
def emptied(data_dir: Path) -> Path:
    session_with_notes(PASSPHRASE, "a note")
    database = database_path()
    database.write_bytes(b"")
    return database


def untouched(database: Path) -> bool:
    siblings = {p.name for p in database.parent.iterdir()}
    return database.stat().st_size == 0 and not {f"{database.name}-wal", f"{database.name}-shm"} & siblings


@pytest.mark.parametrize(
    "args", [("sessions", "list"), ("referrals", "list"), ("export", "abc", "--out", "never-written.pdf")]
)
def test_the_commands_refuse_an_empty_database_beside_a_key(emptied: Path, args: tuple[str, ...]) -> None:
    result = run_cli(*args, env=dict(os.environ, FACILITATOR_PASSPHRASE=PASSPHRASE))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert f"the database {emptied} is empty (0 bytes) although the key file" in result.stderr
    assert "Restore the database from a backup" in result.stderr
    assert untouched(emptied)


def test_the_app_refuses_an_empty_database_beside_a_key(emptied: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--quit-when-shown"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ, FACILITATOR_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen"),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "is empty (0 bytes)" in result.stderr
    assert untouched(emptied)


def test_an_empty_database_without_a_key_is_still_a_new_one(data_dir: Path) -> None:
    database_path().write_bytes(b"")  # nothing was ever encrypted here: a new store, as before
    assert run_cli("sessions", "list").returncode == 0
