"""Terminal commands with a bad data folder (not a folder, a damaged database, a read-only drive, a
full disk after a crash): one line naming the folder and what to do, a non-zero exit, never a
traceback; and on a full disk the database is opened as the app opens it (read-only, never
read-write: SQLite's shared memory on a full disk can kill the process with SIGBUS), so reading
commands still work and nothing saved is changed.

The read-only drive and the full disk are real small filesystems (root is needed to mount them;
those tests are skipped elsewhere and say why)."""

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.processes import ROOT, run_cli
from tests.helpers.small_filesystem import made_read_only, small_filesystem
from tests.reliability.test_full_disk_notes import fill
from tests.reliability.test_full_disk_start import small_filesystem as small_ext4

PASSPHRASE = "a passphrase for tests"

FAMILIES = [
    ("sessions", "list"),
    ("sessions", "delete", "abc", "--yes"),
    ("sessions", "export-json", "abc", "--out", "{tmp}/out.json"),
    ("referrals", "list"),
    ("referrals", "import", "{tmp}/sheet.csv"),
    ("referrals", "export", "{tmp}/sheet-out.csv"),
    ("referrals", "handout", "--out", "{tmp}/handout.pdf"),
    ("programme", "export", "abc", "--format", "summary", "--out", "{tmp}/summary"),
    ("passphrase", "set"),
    ("data", "delete-all", "--yes"),
    ("export", "abc", "--out", "{tmp}/report.pdf"),
]


def run_in(folder: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        FACILITATOR_DATA_DIR=str(folder),
        FACILITATOR_PASSPHRASE=PASSPHRASE,
        FACILITATOR_FILE_PASSPHRASE=PASSPHRASE,
    )
    (tmp / "sheet.csv").write_text("name,kind,phone\nHelp,crisis-helpline,150\n", encoding="utf-8")
    (tmp / "in.json").write_text("{}", encoding="utf-8")
    return run_cli(*(arg.format(tmp=tmp) for arg in args), env=env)


def said_plainly(result: subprocess.CompletedProcess[str], folder: Path) -> str:
    """The one line the command said about the folder (checked: no traceback, named, exit 1)."""
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = [
        line
        for line in result.stderr.splitlines()
        if line.startswith("facilitator:") and not line.endswith("(warning)")  # a read-only folder's
    ]
    assert len(lines) == 1, result.stderr
    assert str(folder) in lines[0], lines[0]
    return lines[0]


def test_a_data_folder_that_is_a_file_is_said_for_every_command_family(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file in the way", encoding="utf-8")
    for args in FAMILIES:
        line = said_plainly(run_in(folder, tmp_path, *args), folder)
        assert "set FACILITATOR_DATA_DIR" in line, (args, line)


def test_a_damaged_database_is_said_with_what_to_do_for_every_command_family(tmp_path: Path) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    damaged = folder / "facilitator.sqlite3"
    damaged.write_bytes(b"not a database at all " * 300)
    before = damaged.read_bytes()
    codes = run_in(
        folder,
        tmp_path,
        "programme",
        "codes",
        "--programme",
        "YM",
        "--facilitator",
        "F1",
        "--region",
        "KZ-15",
    )
    assert codes.returncode == 0, codes.stderr  # so that the export gets as far as the database
    for args in FAMILIES:
        if args[0] == "data":
            continue  # deleting everything is what a damaged folder may be given (tested elsewhere)
        result = run_in(folder, tmp_path, *args)
        line = said_plainly(result, folder)
        assert "damaged" in line and "move it out of the folder" in line, (args, line)
    assert damaged.read_bytes() == before  # never changed to make it open


@pytest.fixture
def read_only_drive(tmp_path: Path) -> Iterator[Path]:
    with small_filesystem(tmp_path / "drive", "4m") as mount:
        data = mount / "data"
        made = run_in(data, tmp_path, "referrals", "list")  # a database with the seeded sheet
        assert made.returncode == 0, made.stderr
        made_read_only(mount)
        yield data


@pytest.mark.parametrize(
    "args",
    [
        ("sessions", "delete", "abc", "--yes"),
        ("referrals", "import", "{tmp}/sheet.csv"),
        ("passphrase", "set"),
        ("data", "delete-all", "--yes"),
    ],
)
def test_a_read_only_drive_is_said_with_the_folder(
    read_only_drive: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    said_plainly(run_in(read_only_drive, tmp_path, *args), read_only_drive)


CRASHING_WRITER = """
import os
from facilitator.security import vault
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from tests.helpers.plans import loaded_plan
store = vault.open_store(vault.set_up({passphrase!r}, n=2**10))
live = LiveSession.new(store, loaded_plan([10, 10]), "plan.yaml", FakeClock())
live.add_note("typed just before the crash", [])
os._exit(0)  # killed: nothing closed, the note is in the -wal file only
"""


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


@pytest.fixture
def full_after_crash(tmp_path: Path) -> Iterator[Path]:
    mount = small_ext4(tmp_path)
    try:
        data = mount / "data"
        env = dict(os.environ, FACILITATOR_DATA_DIR=str(data))
        script = CRASHING_WRITER.format(passphrase=PASSPHRASE)
        subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True)
        assert (data / "facilitator.sqlite3-wal").stat().st_size > 0
        fill(mount)
        yield data
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_on_a_full_disk_after_a_crash_commands_read_and_refuse_to_write_plainly(
    full_after_crash: Path, tmp_path: Path
) -> None:
    data = full_after_crash
    before = digests(data)
    listed = run_in(data, tmp_path, "sessions", "list")
    assert listed.returncode == 0, listed.stderr  # read-only: what was saved reads…
    assert "read-only" in listed.stderr and "-wal are not shown until then" in listed.stderr  # …said
    for args in FAMILIES:
        if args[0] in ("data", "passphrase"):
            continue  # deleting all frees the disk (it may); a passphrase is set already
        result = run_in(data, tmp_path, *args)
        assert result.returncode >= 0, (args, result.returncode)  # never killed by a signal (SIGBUS)
        assert "Traceback" not in result.stderr + result.stdout, (args, result.stderr)
        if args[0] != "programme":  # that one asks for the programme's codes first
            assert str(data) in result.stderr, (args, result.stderr)  # the warning at least
    imported = run_in(data, tmp_path, "referrals", "import", "{tmp}/sheet.csv")
    assert imported.returncode == 1
    assert f"the disk of the data folder {data} is full: free some space" in imported.stderr
    assert digests(data) == before  # nothing saved was changed, the -wal kept for later
