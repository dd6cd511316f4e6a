"""No file in the repository is named like a command-line option: one was committed once
(``--quit-when-shown``, a dump of Qt enum names that a one-off probe wrote to its first argument)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_no_tracked_file_is_named_like_an_option() -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = (
        subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        .stdout.decode("utf-8")
        .split("\0")
    )
    named_like_options = [path for path in tracked if path and Path(path).name.startswith("-")]
    assert named_like_options == []


def test_git_ignores_a_file_named_like_an_option_at_the_top() -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    checked = subprocess.run(
        ["git", "check-ignore", "--no-index", "-q", "--", "--quit-when-shown"], cwd=ROOT, check=False
    )
    assert checked.returncode == 0
