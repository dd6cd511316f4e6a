"""Where a plan sits in a series ("session 3 of 8"), without pydantic and YAML for files seen before.

The console shows the position as it opens, and the programme's summary counts with it; finding it
means checking every series file in full, and every plan each one names (``series_loader``):
pydantic, YAML and 27 plans for the built-in series alone, a third of a second on a slow laptop.
This index keeps what that check found, keyed like the cache of checked plans: by the SHA-256 of
the file's bytes, the app's version and this index's format. An entry for a series keeps its id,
title, language and sessions, and, for each plan it names, the plan's id and the SHA-256 of the
plan file's bytes; it is used only while every one of those files still has exactly those bytes
(a series' validity is a function of those bytes alone). A file that is not a series is kept as
such. A series that does not load (an error in it or in one of its plans) is not kept: it is
checked again each time, and places nothing. An entry that does not read back exactly is ignored.
Entries hold public workshop material only: ids, titles, file names relative to the series, and the
series' own texts for the facilitator (each session's purpose and preparation, the guidance).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator import __version__
from facilitator.sessions.atomic import WriteFailed, write_atomic
from facilitator.sessions.errors import MAX_FILE_BYTES, InvalidFile, read_at_most, read_file

INDEX_FORMAT = 3  # 3: hidden characters refused in the files read
KEEP = 64
"""Entries kept; the oldest beyond that are removed when a new one is written."""


@dataclass(frozen=True)
class SeriesPosition:
    """Where a plan sits in a series: session ``number`` of ``total`` (None: the follow-up), with
    what the series tells the facilitator about it (all private: never for the projector)."""

    series_id: str
    series_title: str
    number: int | None
    total: int
    purpose: str = ""
    """Why this session is in the programme."""
    prepare: tuple[str, ...] = ()
    """What to prepare for this session."""
    when: str | None = None
    """When to hold it (the follow-up only)."""
    guidance: tuple[str, ...] = ()
    """The series' private notes on the whole programme (consent, under-18s, partners, ...)."""


@dataclass(frozen=True)
class _Entry:
    """What the full check of one file found (``plans``: name, number, plan id, plan bytes' hash;
    ``told``: each plan's purpose, what to prepare and when, in the same order)."""

    is_series: bool
    series_id: str = ""
    title: str = ""
    language: str = ""
    total: int = 0
    plans: tuple[tuple[str, int | None, str, str], ...] = ()
    told: tuple[tuple[str, tuple[str, ...], str | None], ...] = ()
    guidance: tuple[str, ...] = ()


def series_position(
    plan_id: str, language: str, files: list[Path], cache: Path | None = None
) -> SeriesPosition | None:
    """The position of the plan ``plan_id`` in the first series among ``files`` in ``language``.

    With a ``cache`` folder, files seen before (same bytes, and for a series the same bytes of each
    of its plans) are not checked again, and files checked now are kept there."""
    for path in files:
        entry = _entry(path, cache, language)
        if entry is None or not entry.is_series or entry.language != language:
            continue
        for (_name, number, planned, _digest), (purpose, prepare, when) in zip(
            entry.plans, entry.told, strict=True
        ):
            if planned == plan_id:
                return SeriesPosition(
                    entry.series_id, entry.title, number, entry.total, purpose, prepare, when, entry.guidance
                )
    return None


def is_series_file(path: Path, cache: Path | None = None) -> bool:
    """Whether the file at ``path`` says ``type: series`` (an unreadable file is not)."""
    try:
        raw = read_file(path)
    except InvalidFile:
        return False
    if cache is not None:
        entry = _read(cache, raw, path)
        if entry is not None:
            return entry.is_series
    from facilitator.sessions.series_loader import is_series_file as checked  # YAML

    if checked(path):
        return True  # kept once ``series_position`` has checked the whole series
    if cache is not None:
        _write(cache, raw, _Entry(is_series=False))
    return False


def _entry(path: Path, cache: Path | None, language: str | None = None) -> _Entry | None:
    """What the full check of the file at ``path`` found (None: unreadable, or a broken series).
    ``language``: a series kept in the index in another language is returned as kept, without
    comparing its plans' bytes (see ``_read``)."""
    try:
        raw = read_file(path)
    except InvalidFile:
        return None
    if cache is not None:
        entry = _read(cache, raw, path, language)
        if entry is not None:
            return entry
    entry = _check(path)
    if entry is not None and cache is not None:
        _write(cache, raw, entry)
    return entry


def _check(path: Path) -> _Entry | None:
    from facilitator.sessions import series_loader  # pydantic and YAML
    from facilitator.sessions.series import FollowUp, SeriesSession

    if not series_loader.is_series_file(path):
        return _Entry(is_series=False)
    loaded = series_loader.cached_series(path)
    if loaded is None:
        return None
    plans = tuple(
        (
            Path(os.path.relpath(entry.path, path.parent.resolve())).as_posix(),
            entry.number,
            entry.loaded.plan.id,
            hashlib.sha256(read_at_most(entry.path, MAX_FILE_BYTES)).hexdigest(),
        )
        for entry in (*loaded.sessions, *([loaded.follow_up] if loaded.follow_up else []))
    )
    series = loaded.series
    abouts: list[SeriesSession | FollowUp] = [
        *series.sessions,
        *([series.follow_up] if series.follow_up else []),
    ]
    told = tuple(
        (about.purpose, tuple(about.prepare), about.when if isinstance(about, FollowUp) else None)
        for about in abouts
    )
    return _Entry(
        True, series.id, series.title, series.language, loaded.total, plans, told, tuple(series.guidance)
    )


def key(raw: bytes) -> str:
    """The entry's name for a file of these bytes, read by this version of the app."""
    digest = hashlib.sha256(f"facilitator {__version__} series-index {INDEX_FORMAT}\n".encode())
    digest.update(raw)
    return digest.hexdigest()


def _read(folder: Path, raw: bytes, path: Path, language: str | None = None) -> _Entry | None:
    """The entry for these bytes, if there is one that reads back exactly and, for a series, every
    plan it names still has the bytes that were checked; never raises. With ``language``, a series
    in another language is returned without reading its plans: its language is its own file's
    (these bytes), so whatever its plans hold now, it places no plan in ``language`` (the console
    opens without reading and hashing the plans of the series in the other languages)."""
    stored = folder / f"{key(raw)}.json"
    try:
        document = json.loads(read_at_most(stored, MAX_FILE_BYTES))
        body = document["body"]
        if document["check"] != _checksum(body) or body["key"] != stored.stem:
            return None
        if not body["series"]:
            return _Entry(is_series=False)
        plans = tuple(
            (str(name), None if number is None else int(number), str(plan_id), str(digest))
            for name, number, plan_id, digest in body["plans"]
        )
        told = tuple(
            (str(purpose), tuple(str(item) for item in prepare), None if when is None else str(when))
            for purpose, prepare, when in body["told"]
        )
        if len(told) != len(plans):
            return None
        guidance = tuple(str(item) for item in body["guidance"])
        entry = _Entry(
            True,
            str(body["id"]),
            str(body["title"]),
            str(body["language"]),
            int(body["total"]),
            plans,
            told,
            guidance,
        )
        if language is not None and entry.language != language:
            return entry  # places nothing in ``language``, whatever its plans now hold
        for name, _number, _plan_id, digest in plans:
            if hashlib.sha256(read_at_most(path.parent / name, MAX_FILE_BYTES)).hexdigest() != digest:
                return None  # a plan changed (or is gone): the series is checked again
        return entry
    except (OSError, ValueError, KeyError, TypeError, RecursionError):  # a deeply nested file
        return None


def _write(folder: Path, raw: bytes, entry: _Entry) -> None:
    """Keep ``entry``; an index that cannot be written is no error (checked in full next time)."""
    body: dict[str, Any] = {"key": key(raw), "series": entry.is_series}
    if entry.is_series:
        body |= {
            "id": entry.series_id,
            "title": entry.title,
            "language": entry.language,
            "total": entry.total,
            "plans": [list(plan) for plan in entry.plans],
            "told": [[purpose, list(prepare), when] for purpose, prepare, when in entry.told],
            "guidance": list(entry.guidance),
        }
    document = {"check": _checksum(body), "body": body}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / f"{body['key']}.json", json.dumps(document, ensure_ascii=False).encode())
        entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, WriteFailed):
        pass


def _checksum(body: Any) -> str:
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()
