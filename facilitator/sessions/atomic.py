"""Write files whole or not at all: a temporary file beside the target, then ``os.replace``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class WriteFailed(Exception):
    """The file could not be written; the message names it and says why, and nothing was replaced.
    ``path``, ``reason`` (the OS's words) and ``errno`` (the OS's code, when there is one) let the
    UI say it in its own language."""

    def __init__(
        self, message: str, path: Path | str | None = None, reason: str = "", errno: int | None = None
    ) -> None:
        super().__init__(message)
        self.path = str(path) if path is not None else ""
        self.reason = reason
        self.errno = errno


def write_atomic(path: Path, data: bytes, private: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; ``private`` files are readable by their owner only."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise WriteFailed(
            f"cannot write {path}: {exc.strerror}", path, exc.strerror or "", exc.errno
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600 if private else 0o644)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise WriteFailed(
            f"cannot write {path}: {exc.strerror}", path, exc.strerror or "", exc.errno
        ) from None
