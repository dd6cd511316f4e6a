"""Errors in files people edit: every one names the file, the line and the field."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
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


def read_file(path: Path) -> bytes:
    """The bytes of ``path``, or ``InvalidFile`` saying why it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidFile([FileError(str(path), 0, "", f"cannot read: {exc.strerror}")]) from None


class StoreError(Exception):
    """The database cannot be used or written. The message is safe to show and to log."""
