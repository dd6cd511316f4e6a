"""Film files of film steps: what a plan may name, and where the file is found on this laptop.

A film step names a local video file in ``audience.film``, relative to the plan's folder or to the
media folder the facilitator chose in the settings (the plan's folder first). The venue is often
offline, so a URL is refused when the plan loads, as is an absolute path or a name that leaves the
folder (``..``): such a plan would not work on the laptop it is copied to.

Whether the file is there is decided when the step is shown (the facilitator may copy it in during
the session) and by the checklist; whether it plays is for the player (the UI) to find out.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath, PureWindowsPath

FILM_SUFFIXES = (".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi", ".ogv", ".mpg", ".mpeg", ".wmv")
FORMAT_LIST = "MP4 (H.264 video, AAC sound), WebM, MKV, MOV, AVI, OGV, MPEG or WMV"
_URL = r"^[A-Za-z][A-Za-z0-9+.-]*:(//|[^\\/])|^//|^www\."
"""A web address (case ignored); compiled on its first use (``re``'s cache), not at the start."""
_EXAMPLE = '"films/the-dress.mp4"'


def _quoted(name: str) -> str:
    return json.dumps(name, ensure_ascii=False)


def film_name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a film file (a URL, an absolute path, outside the folder, not a
    video), or None. Decided from the text alone, so a plan is refused the same on every laptop."""
    quoted = _quoted(name)
    windows = PureWindowsPath(name)
    if re.match(_URL, name, re.IGNORECASE) and not windows.drive:
        return (
            f"film {quoted} is a web address; the venue may have no internet: download the film and "
            f"write its file name instead, in the plan's folder or the media folder (e.g. {_EXAMPLE})"
        )
    if PurePosixPath(name).is_absolute() or windows.is_absolute() or windows.drive:
        return (
            f"film {quoted} is an absolute path; put the film in the plan's folder or the media folder "
            f"and write its name relative to it (e.g. {_EXAMPLE})"
        )
    if ".." in PurePosixPath(name.replace("\\", "/")).parts:
        return f"film {quoted} is outside the plan's folder (it has ..); copy the film into the folder"
    if PurePosixPath(name).suffix.lower() not in FILM_SUFFIXES:
        return f"film {quoted} is not a video file; expected {FORMAT_LIST}"
    return None


class FilmTrouble(StrEnum):
    """Why a named film cannot be played (the console says it in the facilitator's language)."""

    MISSING = "missing"
    NOT_A_FILE = "not-a-file"
    EMPTY = "empty"
    UNREADABLE = "unreadable"
    UNPLAYABLE = "unplayable"
    """Found and readable, but the player cannot open or decode it (found out by the UI)."""


@dataclass(frozen=True)
class FilmLookup:
    """Where a step's film is on this laptop, or why it is not there."""

    name: str
    """The name as the plan wrote it."""
    path: Path | None
    """The file to play; None when it cannot be played (``trouble`` says why)."""
    trouble: FilmTrouble | None
    folders: tuple[Path, ...]
    """The folders looked in, in order (for the message saying where to put the file)."""


def film_folders(plan_folder: Path | None, media_folder: str | Path | None) -> tuple[Path, ...]:
    """Where films are looked for: the plan's folder, then the chosen media folder."""
    folders = [plan_folder] if plan_folder is not None else []
    if media_folder:
        folders.append(Path(media_folder))
    return tuple(dict.fromkeys(folders))


def find_film(name: str, folders: Sequence[Path]) -> FilmLookup:
    """The first of ``folders`` holding ``name`` as a readable, non-empty regular file; otherwise
    the worst trouble met (a file that is there but unusable says more than "not found")."""
    folders = tuple(folders)
    worst = FilmTrouble.MISSING
    if film_name_problem(name) is not None:
        return FilmLookup(name, None, FilmTrouble.MISSING, folders)
    for folder in folders:
        candidate = folder / name
        trouble = _usable(candidate)
        if trouble is None:
            return FilmLookup(name, candidate, None, folders)
        if trouble is not FilmTrouble.MISSING:
            worst = trouble
    return FilmLookup(name, None, worst, folders)


def _usable(path: Path) -> FilmTrouble | None:
    try:
        info = os.stat(path)  # before any open: a FIFO or a device is never opened
    except FileNotFoundError:
        return FilmTrouble.MISSING
    except (OSError, ValueError):
        return FilmTrouble.UNREADABLE
    if not stat.S_ISREG(info.st_mode):
        return FilmTrouble.NOT_A_FILE
    if info.st_size == 0:
        return FilmTrouble.EMPTY
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError:
        return FilmTrouble.UNREADABLE
    os.close(descriptor)
    return None


def film_problem_text(lookup: FilmLookup) -> str:
    """The trouble in plain English with what to do (the checklist's detail)."""
    quoted = _quoted(lookup.name)
    where = " or ".join(str(folder) for folder in lookup.folders) or "the plan's folder"
    return {
        FilmTrouble.MISSING: f"film {quoted} not found; copy it into {where}",
        FilmTrouble.NOT_A_FILE: f"film {quoted} is not a file; put the video file itself in {where}",
        FilmTrouble.EMPTY: f"film {quoted} is empty (0 bytes); copy the film again",
        FilmTrouble.UNREADABLE: f"film {quoted} cannot be read; check its permissions, or copy it again",
        FilmTrouble.UNPLAYABLE: f"film {quoted} does not play; convert it to {FORMAT_LIST}",
    }[lookup.trouble or FilmTrouble.MISSING]
