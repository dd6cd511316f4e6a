"""A data folder on a write-protected drive (a backup copy, a locked USB stick): reading commands
and the app work read-only and say so; writing commands refuse with one line naming the folder
and what to do; never a traceback, nothing changed. The drive is a real tmpfs remounted read-only
(root is needed to mount it: skipped elsewhere, saying why)."""

import contextlib
import hashlib
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from facilitator.sessions.schema import SCHEMA_VERSION
from tests.helpers.processes import ROOT, cli_env, run_cli
from tests.helpers.small_filesystem import made_read_only, small_filesystem

PASSPHRASE = "a passphrase for tests"

WRITER = """
from facilitator.security import vault
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from pathlib import Path
from facilitator.sessions.session_file import export_session
from tests.helpers.plans import loaded_plan
store = vault.open_store(vault.set_up({passphrase!r}, n=2**10))
live = LiveSession.new(store, loaded_plan([10, 10]), "plan.yaml", FakeClock())
live.add_note("first note", [])
live.add_note("second note", [])
other = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock(wall=1_700_000_000.0))
other.add_note("a note of a session from another laptop", [])
export_session(store, other.id, Path({out!r}), {passphrase!r})
store.delete_session(other.id)  # so that the sealed file is a session this folder does not hold
print(live.id)
store.close()
"""


def env_for(data: Path) -> dict[str, str]:
    return cli_env(PASSPHRASE, data, QT_QPA_PLATFORM="offscreen")


@contextlib.contextmanager
def made_write_protected(
    tmp_path: Path, before: Callable[[Path], None] = lambda data: None
) -> Iterator[tuple[Path, str, Path]]:
    """(the data folder, its session's id, a sealed export of another session); ``before``
    changes the folder before its drive is made read-only."""
    with small_filesystem(tmp_path / "drive", "8m") as mount:
        data = mount / "data"
        sealed = tmp_path / "session.json"
        script = WRITER.format(passphrase=PASSPHRASE, out=str(sealed))
        made = subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env=env_for(data), capture_output=True, text=True
        )
        assert made.returncode == 0, made.stderr
        before(data)
        made_read_only(mount)
        yield data, made.stdout.strip(), sealed


@pytest.fixture
def write_protected(tmp_path: Path) -> Iterator[tuple[Path, str, Path]]:
    with made_write_protected(tmp_path) as made:
        yield made


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def test_reading_commands_work_on_a_write_protected_folder_and_say_so(
    write_protected: tuple[Path, str, Path], tmp_path: Path
) -> None:
    data, session_id, _ = write_protected
    before = digests(data)
    pdf = run_cli("export", session_id, "--out", str(tmp_path / "report.pdf"), env=env_for(data))
    assert pdf.returncode == 0, pdf.stderr
    assert "Traceback" not in pdf.stderr
    assert f"{data} cannot be written to: read-only" in pdf.stderr
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    raw = run_cli("sessions", "export-json", session_id, "--out", str(tmp_path / "s.json"), env=env_for(data))
    assert raw.returncode == 0, raw.stderr
    assert "Traceback" not in raw.stderr and (tmp_path / "s.json").stat().st_size > 0
    assert digests(data) == before


def test_an_import_into_a_write_protected_folder_is_refused_plainly(
    write_protected: tuple[Path, str, Path],
) -> None:
    data, _, sealed = write_protected
    before = digests(data)
    result = run_cli("sessions", "import", str(sealed), env=env_for(data))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    line = result.stderr.strip().splitlines()[-1]
    assert str(data) in line and "cannot be written to" in line, line
    assert "copy the folder" in line, line
    assert digests(data) == before


def test_the_app_opens_read_only_on_a_write_protected_folder(write_protected: tuple[Path, str, Path]) -> None:
    data, _, _ = write_protected
    before = digests(data)
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--quit-when-shown"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env_for(data),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert '"console_ready"' in result.stdout  # both windows painted, keys taken
    assert f"{data} cannot be written to: opened read-only" in result.stderr
    assert digests(data) == before


def test_a_database_of_an_earlier_version_on_a_write_protected_folder_is_said_plainly(tmp_path: Path) -> None:
    def earlier(data: Path) -> None:
        db = sqlite3.connect(data / "facilitator.sqlite3")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
        db.commit()
        db.close()

    with made_write_protected(tmp_path, earlier) as (data, session_id, _):
        result = run_cli("export", session_id, "--out", str(tmp_path / "r.pdf"), env=env_for(data))
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "is full" not in result.stderr  # it was said to be a full disk
        assert "an earlier version of the app wrote it" in result.stderr
        assert f"the data folder {data} cannot be written to" in result.stderr
