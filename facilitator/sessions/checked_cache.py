"""Results worked out from files, kept so the same files are not read through pydantic and YAML again.

``remember`` keys a result by the exact bytes of every file it was worked out from, the app's version
and a label saying what the result is; a changed byte anywhere is a miss, and a miss works the result
out again in full (every error raised as before). Entries carry a checksum of themselves; one that
does not read back exactly is ignored and written again. Only public workshop material goes in
(e.g. the built-in resistance cues' statements), never notes or file names.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from facilitator import __version__
from facilitator.sessions.atomic import WriteFailed, write_atomic
from facilitator.sessions.errors import MAX_FILE_BYTES, read_at_most

CACHE_FORMAT = 2  # 2: hidden characters refused in the files read
KEEP = 64
"""Entries kept; the oldest beyond that are removed when a new one is written."""
T = TypeVar("T")


def key(label: str, inputs: Sequence[bytes]) -> str:
    """The entry's name for ``label`` worked out from files of these bytes by this version."""
    digest = hashlib.sha256(f"facilitator {__version__} checked-cache {CACHE_FORMAT} {label}\n".encode())
    for raw in inputs:  # each file's length first: two files cannot run into each other
        digest.update(f"{len(raw)}\n".encode())
        digest.update(raw)
    return digest.hexdigest()


def remember(
    folder: Path | None,
    label: str,
    inputs: Sequence[bytes],
    compute: Callable[[], T],
    decode: Callable[[Any], T] = lambda value: value,
) -> T:
    """The result kept in ``folder`` for ``label`` and exactly these ``inputs``, else ``compute()``
    (kept when ``folder`` is given). ``decode`` turns the stored JSON back into the result and
    raises ValueError, KeyError or TypeError when it cannot (the entry is then worked out again)."""
    name = key(label, inputs)
    if folder is not None:
        try:
            entry = json.loads(read_at_most(folder / f"{name}.json", MAX_FILE_BYTES))
            if entry["check"] == _checksum(entry["value"]) and entry["key"] == name:
                return decode(entry["value"])
        except (OSError, ValueError, KeyError, TypeError, RecursionError):  # a deeply nested file
            pass
    result = compute()
    if folder is not None:
        _write(folder, name, result)
    return result


def _write(folder: Path, name: str, value: Any) -> None:
    """Keep ``value``; a cache that cannot be written is no error (worked out again next time)."""
    entry = {"key": name, "check": _checksum(value), "value": value}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / f"{name}.json", json.dumps(entry, ensure_ascii=False).encode())
        entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, WriteFailed, TypeError, ValueError):
        pass


def _checksum(value: Any) -> str:
    canonical = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()
