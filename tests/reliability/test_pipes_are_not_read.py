"""A FIFO (or a device, or a socket) given as a file, or lying in the data folder, is never
opened for reading: nothing would ever come out of it, and the command (or the console, when F2
read a FIFO in ``cues/``) waited for ever. Before, each of these hung until killed."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from facilitator.aids.cue_set import load_cue_set
from facilitator.sessions.errors import NOT_A_FILE, InvalidFile, read_file
from tests.helpers.processes import run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs on Windows")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("plans", "validate", "{fifo}"),
        ("cues", "validate", "{fifo}"),
        ("sessions", "import", "{fifo}"),
        ("referrals", "import", "{fifo}"),
        ("slides", "{fifo}", "--out", "{tmp}/slides.pdf"),
        ("anonymize", "--roster", "{fifo}"),
    ],
)
def test_a_fifo_given_as_a_file_is_refused_at_once(tmp_path: Path, fifo: Path, args: tuple[str, ...]) -> None:
    result = run_cli(*(arg.format(fifo=fifo, tmp=tmp_path) for arg in args), timeout=60, input_text="")
    said = result.stdout + result.stderr
    assert result.returncode == 1, said
    assert f"{fifo}:" in said and "not a regular file" in said and "Traceback" not in said
    assert not (tmp_path / "slides.pdf").exists()


def test_a_fifo_in_the_cue_folder_is_skipped_and_named(data_dir: Path) -> None:
    (data_dir / "cues").mkdir()
    os.mkfifo(data_dir / "cues" / "stalled.yaml")
    result = run_cli("cues", "list", "--language", "ru", timeout=60)
    assert result.returncode == 1
    assert result.stdout  # the built-in cues are listed all the same
    assert f"{data_dir / 'cues' / 'stalled.yaml'}: invalid cue file" in result.stderr


def test_a_fifo_among_ones_own_plans_is_skipped_and_named(data_dir: Path) -> None:
    (data_dir / "plans").mkdir()
    os.mkfifo(data_dir / "plans" / "stalled.yaml")
    result = run_cli("plans", "list", timeout=60)
    assert result.returncode == 1
    assert result.stdout and f"{data_dir / 'plans' / 'stalled.yaml'}: invalid plan" in result.stderr


def test_the_console_cue_set_does_not_wait_on_a_fifo(data_dir: Path) -> None:
    """What F2 loads: the FIFO is one of the files skipped, said as such; nothing blocks (a thread,
    so a regression fails the test rather than hanging the run)."""
    (data_dir / "cues").mkdir()
    os.mkfifo(data_dir / "cues" / "stalled.yaml")
    loaded = []
    worker = threading.Thread(target=lambda: loaded.append(load_cue_set()), daemon=True)
    worker.start()
    worker.join(timeout=30)
    if not loaded:  # unblock the reader so the thread ends, then fail
        with open(data_dir / "cues" / "stalled.yaml", "wb"):
            pass
        pytest.fail("loading the cues waited on the FIFO")
    assert [problem.message for problem in loaded[0].problems] == [f"cannot read: {NOT_A_FILE}"]


def test_a_device_is_refused_without_being_read() -> None:
    with pytest.raises(InvalidFile, match="/dev/null: cannot read: not a regular file"):
        read_file(Path("/dev/null"))


def test_a_folder_is_still_said_to_be_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InvalidFile, match="cannot read: Is a directory"):
        read_file(tmp_path)
