"""The cache of checked plans: a plan file checked once opens again without pydantic and YAML.

An entry is keyed by the SHA-256 of the file's bytes together with the app's version and this
cache's format, so a changed byte, another version of the app or another shape of entry is a miss,
and a miss is checked in full (``plan_loader.check_plan``) with every error. An entry holds only
what the check found in the file: the plan's content (public workshop material, never notes), its
warnings and the line of each step's image field, by line and field, without the file's name or
folder (the name in messages is the one the plan is opened by). Entries carry a checksum of
themselves; one that does not read back exactly (damaged, cut short, hand-edited) is ignored and
written again. Images are not cached: they are checked on every load, as files on disk can change.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator import __version__
from facilitator.sessions.atomic import WriteFailed, write_atomic
from facilitator.sessions.errors import MAX_FILE_BYTES, FileError, read_at_most

if TYPE_CHECKING:  # the plan's dataclasses load after the first frame (``peek`` needs none)
    from facilitator.sessions.plan import Plan

CACHE_FORMAT = 4  # 2: tallies and films in the audience content; 3: hidden characters refused; 4: buffer
"""Raised when an entry's shape changes: old entries then miss instead of being misread."""
KEEP = 64
"""Entries kept; the oldest written beyond that are removed when a new one is written (reading
writes nothing: an app refused because another holds the data folder changes nothing there)."""


@dataclass(frozen=True)
class CheckedPlan:
    """What the full check of a plan file found: all the cache keeps."""

    plan: Plan
    warnings: tuple[FileError, ...] = ()
    """Warnings about the file itself (images are checked on every load, not here)."""
    image_fields: tuple[FileError | None, ...] = ()
    """Each step's ``image`` field (its line and path, no message), None for a step without one."""


def key(raw: bytes) -> str:
    """The entry's name for a file of these bytes, read by this version of the app."""
    digest = hashlib.sha256(f"facilitator {__version__} plan-cache {CACHE_FORMAT}\n".encode())
    digest.update(raw)
    return digest.hexdigest()


def peek_title(folder: Path, raw: bytes) -> str | None:
    """The title of the checked plan cached for these bytes, or None (as ``read``: only from an
    entry that reads back exactly), without building the plan (the first frame shows it before the
    plan's modules are imported). Never raises."""
    body = _body(folder, raw)
    try:
        title = body["plan"]["title"] if body is not None else None
    except (KeyError, TypeError):
        return None
    return title if isinstance(title, str) else None


def _body(folder: Path, raw: bytes) -> dict[str, Any] | None:
    """The entry's body for these bytes when it reads back exactly (its checksum and key)."""
    path = folder / f"{key(raw)}.json"
    try:
        entry = json.loads(read_at_most(path, MAX_FILE_BYTES))
        body = entry["body"]
        if entry["check"] != _checksum(body) or body["key"] != path.stem or not isinstance(body, dict):
            return None
    except (OSError, ValueError, KeyError, TypeError, RecursionError):  # a deeply nested file
        return None
    return body


def read(folder: Path, raw: bytes, name: str) -> CheckedPlan | None:
    """The checked plan cached for these bytes (messages name the file ``name``), or None when there
    is none or it cannot be trusted; never raises."""
    from facilitator.sessions.plan import plan_from_data

    body = _body(folder, raw)
    if body is None:
        return None
    try:
        plan = plan_from_data(body["plan"])
        warnings = tuple(
            FileError(name, int(line), str(at), str(message)) for line, at, message in body["warnings"]
        )
        fields = tuple(
            None if field is None else FileError(name, int(field[0]), str(field[1]), "")
            for field in body["image_fields"]
        )
        if len(fields) != len(plan.steps):
            return None
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        return None
    return CheckedPlan(plan, warnings, fields)


def write(folder: Path, raw: bytes, checked: CheckedPlan) -> None:
    """Keep ``checked`` for the file of bytes ``raw``. A cache that cannot be written is no error:
    the plan is checked in full next time."""
    from facilitator.sessions.plan import as_data

    body: dict[str, Any] = {
        "key": key(raw),
        "plan": as_data(checked.plan),
        "warnings": [[w.line, w.path, w.message] for w in checked.warnings],
        "image_fields": [None if f is None else [f.line, f.path] for f in checked.image_fields],
    }
    entry = {"check": _checksum(body), "body": body}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / f"{body['key']}.json", json.dumps(entry, ensure_ascii=False).encode())
        _trim(folder)
    except (OSError, WriteFailed):
        pass


def _checksum(body: Any) -> str:
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _trim(folder: Path) -> None:
    entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
