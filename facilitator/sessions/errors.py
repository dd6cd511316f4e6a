"""Errors in files people edit: every one names the file, the line and the field."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from facilitator.sessions.hidden_characters import escaped

_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class FileError:
    """One problem in a file, printed as ``plan.yaml:14: steps[3].duration: expected ...``."""

    file: str
    line: int
    path: str
    message: str

    def __post_init__(self) -> None:
        # the one place messages about files are made: whatever they quote of a file (a header, a
        # value, a key, the file's own name) shows its hidden characters by their codes, never raw
        for field in ("file", "path", "message"):
            object.__setattr__(self, field, escaped(getattr(self, field)))

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class InvalidFile(Exception):
    """A file that cannot be used; ``errors`` lists every problem found in it."""

    def __init__(self, errors: Sequence[FileError]) -> None:
        self.errors = tuple(errors)
        super().__init__("\n".join(str(error) for error in self.errors))


def format_path(parts: Sequence[str | int]) -> str:
    """``("steps", 3, "duration")`` -> ``"steps[3].duration"``."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif not _PLAIN_KEY.match(str(part)):
            text += f"[{json.dumps(str(part))}]"  # odd keys shown quoted, control characters escaped
        else:
            text += f".{part}" if text else str(part)
    return text


MAX_FILE_BYTES = 64 * 1024 * 1024
"""No file people import is near this (plans, sheets, cue files: 1 MiB; a session's record: a few
MiB): a bigger one is the wrong file (a film, a disk image), never read whole into memory."""


NOT_A_FILE = "not a regular file (a pipe, a device or a socket): give a file"
NOT_A_FILE_OR_PIPE = "not a regular file or a pipe (a device or a socket): give a file or a pipe"


class NotARegularFile(OSError):
    """``path`` is a pipe, a device or a socket: never read (a FIFO would block for ever). Where
    pipes are read (``pipes``), a device or a socket."""

    def __init__(self, path: Path | str, pipes: bool = False) -> None:
        super().__init__(errno.EINVAL, NOT_A_FILE_OR_PIPE if pipes else NOT_A_FILE, str(path))


def read_at_most(path: Path, limit: int, pipes: bool = False) -> bytes:
    """At most ``limit + 1`` bytes of ``path`` (one more than allowed, so the caller can tell it
    is too big): never the whole of a huge file, nor an endless one (/dev/zero). A pipe, a device
    or a socket is refused (``NotARegularFile``) without waiting: it is opened without blocking and
    checked before anything is read, so a FIFO with no writer cannot hang the app. ``OSError``.

    ``pipes``: a FIFO or a pipe is read too (``--roster <(printf 'Aidar\n')`` on a command line,
    where the person typing it is there to see it wait), up to the same limit: a named FIFO is
    opened as ``cat`` opens it, waiting for its writer. Devices, sockets and folders are still
    refused. Never for files found in a folder (cues, plans): a FIFO there would hang F2."""
    if pipes and _is_fifo(path):
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))  # waits for a writer
    else:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
        descriptor = os.open(path, flags | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not (stat.S_ISREG(mode) or (pipes and stat.S_ISFIFO(mode))):
            raise NotARegularFile(path, pipes)
        return stream.read(limit + 1)  # from a pipe: until its end, or one byte over the limit


def _is_fifo(path: Path) -> bool:
    """A FIFO, or a pipe (``/dev/fd/63`` from a process substitution) is at ``path``."""
    try:
        return stat.S_ISFIFO(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False  # said by the open itself


def read_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, or ``InvalidFile`` saying why it cannot be read (a file larger than
    ``limit`` is refused without being read whole)."""
    try:
        raw = read_at_most(path, limit)
    except OSError as exc:
        raise InvalidFile([FileError(str(path), 0, "", f"cannot read: {exc.strerror}")]) from None
    if len(raw) > limit:
        raise InvalidFile([FileError(str(path), 0, "", f"file is larger than {_size(limit)}")])
    return raw


def _size(count: int) -> str:
    return f"{count // (1024 * 1024)} MiB" if count >= 1024 * 1024 else f"{count // 1024} KiB"


class StoreProblem(Enum):
    """What kind of failure a ``StoreError`` is: the UI words each in its own language (the
    English message is for the terminal and the log)."""

    SAVE = "save"
    """Something could not be written (the reason says why)."""
    DISK_FULL = "disk-full"
    """A write failed because the disk is full."""
    READ_ONLY = "read-only"
    """The database was opened read-only (the disk was full at the start): nothing is written."""
    WRITE_PROTECTED = "write-protected"
    """The data folder cannot be written to (a read-only drive or folder): opened read-only."""
    READ = "read"
    """Something could not be read."""
    OPEN = "open"
    """The database cannot be opened (or made)."""
    DAMAGED = "damaged"
    """The database file is damaged (or not a database)."""
    BUSY = "busy"
    """Another program holds the database."""
    NEWER = "newer"
    """Written by a newer version of the app."""
    NOT_FOUND = "not-found"
    """No such session, note or record."""
    FOLDER = "folder"
    """The data folder cannot be made or used."""
    REFUSED = "refused"
    """A value or a request the database refuses (a count below zero, a session not ended)."""


class StoreError(Exception):
    """The database cannot be used or written. The message is safe to show and to log.

    ``kind`` says what failed, ``path`` which file or folder, ``reason`` the OS's or SQLite's own
    words: what the UI needs to say it in the facilitator's language."""

    def __init__(
        self,
        message: str,
        kind: StoreProblem = StoreProblem.SAVE,
        path: Path | str | None = None,
        reason: str = "",
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.path = str(path) if path is not None else ""
        self.reason = reason


_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_IOERR = 5, 6, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26


def sqlite_problem(exc: Exception, folder: Path | None, otherwise: StoreProblem) -> StoreProblem:
    """The kind of an SQLite (or OS) failure: a full disk, a damaged file, a busy database, or
    ``otherwise``. An I/O error on a disk with no room left counts as a full disk."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL or getattr(exc, "errno", None) == errno.ENOSPC:
        return StoreProblem.DISK_FULL
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and folder is not None and disk_is_full(folder):
        return StoreProblem.DISK_FULL
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return StoreProblem.DAMAGED
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreProblem.BUSY
    return otherwise


def disk_is_full(folder: Path) -> bool:
    """The disk ``folder`` is (or would be) on is full (the nearest folder that exists is asked)."""
    from facilitator.sessions.disk_space import is_full

    existing = next((path for path in (folder, *folder.parents) if path.is_dir()), folder)
    return is_full(existing)


class SessionStateError(Exception):
    """A command that makes no sense now (e.g. pause before start)."""
