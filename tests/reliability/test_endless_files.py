"""A file given to a command that is huge or never ends (/dev/zero, a film named as a plan, a
50 MB sheet): refused at once, naming the file and the limit, without being read whole into
memory. Before, /dev/zero given as a plan, a sheet, a roster, a summary or a session's record
was read until the laptop ran out of memory."""

import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from facilitator.aids.referral_csv import read_csv
from facilitator.sessions.errors import InvalidFile
from tests.helpers.processes import run_cli

ENDLESS = "/dev/zero"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("referrals", "import", ENDLESS), "/dev/zero: cannot read: not a regular file"),
        (("plans", "validate", ENDLESS), "/dev/zero: cannot read: not a regular file"),
        (("cues", "validate", ENDLESS), "/dev/zero: cannot read: not a regular file"),
        (("sessions", "import", ENDLESS), "/dev/zero: cannot read: not a regular file"),
        (("anonymize", "--roster", ENDLESS), "/dev/zero: cannot read the roster: not a regular file"),
        (("programme", "merge", ENDLESS, "--out", "{tmp}"), "/dev/zero"),
    ],
)
def test_an_endless_file_is_refused_at_once(tmp_path: Path, args: tuple[str, ...], said: str) -> None:
    result = run_cli(*(arg.format(tmp=tmp_path) for arg in args), timeout=60, input_text="")
    assert result.returncode == 1, result.stderr
    assert said in result.stdout + result.stderr and "Traceback" not in result.stderr


def test_a_50_mb_sheet_is_refused_without_being_read_whole(tmp_path: Path) -> None:
    sheet = tmp_path / "big.csv"
    row = "Crisis centre,shelter,555,,,,Актобе,,\n".encode()
    with sheet.open("wb") as out:
        out.write(b"name,kind,phone,hours,languages,cost,region,notes,last_verified\n")
        out.write(row * (50 * 1024 * 1024 // len(row)))
    tracemalloc.start()
    try:
        with pytest.raises(InvalidFile, match="file is larger than 1 MiB"):
            read_csv(sheet)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # far less than the file's 50 MB: it was not read whole


def test_endless_standard_input_is_refused_at_once() -> None:
    """``anonymize < /dev/zero`` (or a 40 MB paste): refused after 1 MiB, with the limit named."""
    with open(ENDLESS, "rb") as endless:
        result = subprocess.run(
            [sys.executable, "-m", "facilitator", "anonymize", "--lang", "en"],
            stdin=endless,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=Path(__file__).resolve().parents[2],
        )
    assert result.returncode == 1, result.stderr
    assert "standard input: larger than 1 MiB" in result.stderr and "nothing was anonymized" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
