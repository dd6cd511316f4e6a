"""A FIFO (or a device, or a socket) given as a file, or lying in the data folder, is never
opened for reading: nothing would ever come out of it, and the command (or the console, when F2
read a FIFO in ``cues/``) waited for ever. Before, each of these hung until killed.

Except where a pipe is what one gives on a command line: ``anonymize --roster <(printf 'Aidar\n')``
(a process substitution) or a named FIFO is read, up to the roster's limit; a device or a folder
is still refused there."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from facilitator.aids.cue_set import load_cue_set
from facilitator.sessions.errors import NOT_A_FILE, InvalidFile, read_file
from tests.helpers.processes import ROOT, run_cli

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


# -- anonymize: a roster (and the note, on standard input) may come from a pipe -------------------


def test_a_roster_from_a_process_substitution_is_read() -> None:
    """``--roster <(printf 'Aidar\\n')`` was refused ("not a regular file"): a pipe is a sensible
    way to give names that should not sit in a file."""
    script = (
        'printf "Aidar called me\\n" | "$0" -m facilitator anonymize --lang en --roster <(printf "Aidar\\n")'
    )
    result = subprocess.run(
        ["bash", "-c", script, sys.executable], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Aidar" not in result.stdout and "called me" in result.stdout


def test_a_roster_from_a_named_fifo_is_read_as_its_writer_sends_it(tmp_path: Path) -> None:
    fifo = tmp_path / "roster"
    os.mkfifo(fifo)
    child = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "anonymize", "--lang", "en", "--roster", str(fifo)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as writer:  # waits until the command opens it
            writer.write("Yerlan\n")

    writer = threading.Thread(target=write, daemon=True)  # a regression fails, never hangs the run
    writer.start()
    out, err = child.communicate("Yerlan will call back\n", timeout=120)
    if writer.is_alive():  # the command never opened it: let the writer go
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
    writer.join(timeout=30)
    assert child.returncode == 0, err
    assert "Yerlan" not in out and "will call back" in out


def test_an_endless_pipe_as_a_roster_is_cut_at_the_limit() -> None:
    script = '"$0" -m facilitator anonymize --roster <(yes Aidar) </dev/null'
    result = subprocess.run(
        ["bash", "-c", script, sys.executable], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert "/dev/fd/" in result.stderr and "larger than 256 KiB; not a roster" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_device_or_a_folder_is_still_refused_as_a_roster(tmp_path: Path) -> None:
    for roster, said in (
        (
            "/dev/zero",
            "/dev/zero: cannot read the roster: not a regular file or a pipe (a device or a socket)",
        ),
        (str(tmp_path), f"{tmp_path}: cannot read the roster: Is a directory"),
    ):
        result = run_cli("anonymize", "--roster", roster, input_text="Aidar\n", timeout=60)
        assert result.returncode == 1 and said in result.stderr, result.stderr
