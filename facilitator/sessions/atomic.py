"""Write files whole or not at all: a temporary file beside the target, then ``os.replace`` (or,
for a file that must not exist yet, ``os.link``, which never replaces one)."""

from __future__ import annotations

import errno as errnos
import os
import stat
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


NOT_A_FILE = "it is not a regular file (a folder, a device or a pipe); nothing was written"


def not_a_regular_file(path: Path) -> bool:
    """Whether something other than a regular file (or a link to one) is at ``path``: a folder,
    a device such as /dev/null, a FIFO. Replacing it would destroy it (a device node)."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False
    except (OSError, ValueError):
        return False  # what cannot be looked at is said by the write itself
    return not stat.S_ISREG(mode)


def write_atomic(path: Path, data: bytes, private: bool = False, replace: bool = True) -> None:
    """Write ``data`` to ``path`` atomically; ``private`` files are readable by their owner only.

    Never replaces what is not a regular file (``WriteFailed``). With ``replace=False`` an existing
    file is kept and ``WriteFailed`` (``errno`` EEXIST) is raised, even when another process makes
    it at the same moment: the file is linked into place, which fails if the name is taken.
    A failure leaves nothing behind (the temporary file is removed)."""
    if not_a_regular_file(path):
        raise WriteFailed(f"cannot write {path}: {NOT_A_FILE}", path, NOT_A_FILE, errnos.EINVAL)
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
        if replace:
            os.replace(temporary, path)
        else:
            _put_new(Path(temporary), path)
    except FileExistsError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise WriteFailed(
            f"cannot write {path}: it exists already; nothing was written",
            path,
            exc.strerror or "",
            exc.errno,
        ) from None
    except BaseException as exc:  # Ctrl+C included: no temporary file is left behind
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise WriteFailed(
                f"cannot write {path}: {exc.strerror}", path, exc.strerror or "", exc.errno
            ) from None
        raise


def _put_new(temporary: Path, path: Path) -> None:
    """``temporary`` becomes ``path``, which must not exist (``FileExistsError`` if it does)."""
    try:
        os.link(temporary, path)  # atomic, and never replaces
    except FileExistsError:
        raise
    except OSError as exc:  # a file system without hard links (FAT32 on a USB stick)
        if exc.errno not in (errnos.EPERM, errnos.ENOTSUP, errnos.EOPNOTSUPP, errnos.ENOSYS, errnos.EMLINK):
            raise
        if os.path.lexists(path):  # a narrow race there, where links are not possible
            raise FileExistsError(errnos.EEXIST, os.strerror(errnos.EEXIST), str(path)) from None
        os.replace(temporary, path)
        return
    temporary.unlink()
