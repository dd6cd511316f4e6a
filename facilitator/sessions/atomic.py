"""Write files whole or not at all: a temporary file beside the target, then ``os.replace``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class WriteFailed(Exception):
    """The file could not be written; the message names it and says why, and nothing was replaced."""


def write_atomic(path: Path, data: bytes, private: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; ``private`` files are readable by their owner only."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise WriteFailed(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600 if private else 0o644)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise WriteFailed(f"cannot write {path}: {exc.strerror}") from None
