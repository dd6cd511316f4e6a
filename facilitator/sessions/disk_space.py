"""Whether the disk a folder is on is full: SQLite then cannot even make its -shm and -wal files,
and the app opens the database read-only instead of not at all."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOM_NEEDED = 1024 * 1024
"""Bytes below which a disk counts as full: SQLite's shared-memory file alone takes 32 KiB, and a
session's first minutes a few hundred more."""


def is_full(folder: Path) -> bool:
    """True when the disk of ``folder`` has less than ``ROOM_NEEDED`` free (False if unknown)."""
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return False
    # a file system of no size (/proc, /sys) is not a disk: it cannot be written to, never "full"
    return usage.total > 0 and usage.free < ROOM_NEEDED
