"""A real small filesystem (tmpfs) for the full-disk and read-only tests: skipped where mounting is
not allowed."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_filesystem(folder: Path, size: str) -> Iterator[Path]:
    """``folder`` made and mounted as a tmpfs of ``size`` (e.g. "1m"), unmounted afterwards."""
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def made_read_only(folder: Path) -> None:
    """The small filesystem at ``folder`` remounted read-only (a write-protected drive)."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
