"""Space held in reserve beside the database, given back to it the moment the disk fills.

While a live session runs, the data folder holds one file of zeros (``facilitator.reserve``,
``RESERVE_BYTES``, really allocated: never sparse, never anything private in it). When a write of
the session fails because the disk is full, ``release`` deletes it, and the write is made again at
once (``write_with_room``): what the facilitator types lands in the space the app kept aside instead
of waiting in memory, where a killed process or a flat battery would lose it. While the session
writes into that space, each write is followed by a checkpoint that empties SQLite's journal (-wal)
back into the database, so the journal does not grow into the space too (measured figures: see
docs/architecture.md). Once the disk has room again (``remake_if_room``), the reserve is made again.

The reserve never stops the app: a path that cannot be used (a folder in its place, no permission)
or a disk too full to hold it leaves the session going without one, and ``problem`` says why.
There is one per data folder (one fixed name; the app runs once per data folder).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import threading
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from facilitator.sessions.disk_space import ROOM_NEEDED
from facilitator.sessions.errors import StoreError, StoreProblem

if TYPE_CHECKING:
    from facilitator.sessions.store import Store

RESERVE_NAME = "facilitator.reserve"
RESERVE_BYTES = 4 * 1024 * 1024
"""4 MiB. Measured on a real tmpfs with the store's own settings (WAL, ``synchronous=FULL``, 4 KiB
pages, notes encrypted) and the journal emptied after each write: about 5,900 notes of 300
characters (each saved 10 or 30 times as it is typed), or about 73,000 steps, before it too is full;
twice that when the journal had grown to its 4 MB before the disk filled (its space comes back too).
Without emptying the journal, about 260 such notes: the journal grows to 1,000 pages first."""
ROOM_TO_MAKE = RESERVE_BYTES + ROOM_NEEDED
"""Free bytes the disk needs for the reserve to be made: the reserve, and still room to write
(else the first write after making it would fill the disk and give it back at once)."""
_CHUNK = 64 * 1024
T = TypeVar("T")


class ReserveState(Enum):
    """Where the space kept aside stands; the console says all but ``HELD`` and ``PENDING``."""

    PENDING = "pending"
    """Not made yet (the console makes it once it is shown, and before a session starts)."""
    HELD = "held"
    """The space is kept aside on disk, ready."""
    IN_USE = "in-use"
    """The disk filled: the reserve was given back and the session writes into that space."""
    NONE = "none"
    """None could be made: the disk has too little room (the session goes on with what there is)."""
    BROKEN = "broken"
    """Its path cannot be used (a folder there, no permission): the session goes on without one."""


Listener = Callable[[ReserveState], None]


class SpaceReserve:
    """The reserve file of one data folder. Safe to use from the UI thread and the notes writer."""

    def __init__(self, folder: Path, size: int = RESERVE_BYTES) -> None:
        self.path = folder / RESERVE_NAME
        self.size = size
        self.state = ReserveState.PENDING
        self.problem = ""
        """Why there is no reserve, in English for the log (the UI says it in its own words)."""
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with the new state after each change (from the thread that made it)."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    @property
    def in_use(self) -> bool:
        return self.state is ReserveState.IN_USE

    def free_bytes(self) -> int:
        """Free bytes on the disk of the data folder (0 if unknown)."""
        try:
            return shutil.disk_usage(self.path.parent).free
        except OSError:
            return 0

    def make(self) -> ReserveState:
        """Keep the space aside (once: a reserve already there is kept as it is)."""
        with self._lock:
            state = self._make()
        self._tell(state)
        return state

    def remake_if_room(self) -> bool:
        """After it was given back (or could not be made): make it again if the disk has room
        now; True when it is held again."""
        if self.state is ReserveState.HELD:
            return False
        if self.free_bytes() < ROOM_TO_MAKE and not self._present():
            return False
        return self.make() is ReserveState.HELD

    def release(self) -> bool:
        """The disk is full: give the space back to it. True when space was given back just now."""
        with self._lock:
            if self.state is not ReserveState.HELD:
                return False
            try:
                self.path.unlink(missing_ok=True)  # gone already (delete all data): as good
            except OSError as exc:
                self.state, self.problem = ReserveState.BROKEN, _why(self.path, exc)
            else:
                self.state, self.problem = ReserveState.IN_USE, ""
            state = self.state
        self._tell(state)
        return state is ReserveState.IN_USE

    def _present(self) -> bool:
        try:
            return self.path.is_file() and _allocated(self.path) >= self.size
        except OSError:
            return False

    def _make(self) -> ReserveState:
        try:
            if self.path.is_symlink() or (self.path.exists() and not self.path.is_file()):
                self.state = ReserveState.BROKEN
                self.problem = f"{self.path} is not a file the app made (a folder or a link is there)"
                return self.state
            if self.path.is_file():
                if _allocated(self.path) >= self.size and self.path.stat().st_size == self.size:
                    self.state, self.problem = ReserveState.HELD, ""
                    return self.state
                self.path.unlink()  # left half made (a kill while making it) or resized: made again
        except OSError as exc:
            self.state, self.problem = ReserveState.BROKEN, _why(self.path, exc)
            return self.state
        free = self.free_bytes()
        if free < ROOM_TO_MAKE:
            self.state = ReserveState.NONE
            kept = self.size // 1024
            self.problem = f"the disk has {free // 1024} KiB free, too little to keep {kept} KiB aside"
            return self.state
        partial = self.path.with_name(self.path.name + ".partial")
        try:
            _allocate(partial, self.size)
            os.replace(partial, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
            self.state = ReserveState.NONE if full else ReserveState.BROKEN
            self.problem = _why(self.path, exc)
            return self.state
        self.state, self.problem = ReserveState.HELD, ""
        return self.state

    def _tell(self, state: ReserveState) -> None:
        for listener in list(self._listeners):
            listener(state)


def _allocate(path: Path, size: int) -> None:
    """A file of ``size`` zeros whose blocks are really taken on the disk (not a sparse file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        allocated = False
        if hasattr(os, "posix_fallocate"):
            try:
                os.posix_fallocate(fd, 0, size)
                allocated = True
            except OSError as exc:
                if exc.errno not in (errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
                    raise
        if not allocated:  # a filesystem without fallocate (or Windows, macOS): zeros written
            zeros = b"\0" * _CHUNK
            for start in range(0, size, _CHUNK):
                os.write(fd, zeros[: min(_CHUNK, size - start)])
        os.fsync(fd)
    finally:
        os.close(fd)


def _allocated(path: Path) -> int:
    """Bytes the disk really holds for ``path`` (its size where blocks are not reported)."""
    status = path.stat()
    blocks = getattr(status, "st_blocks", None)
    return blocks * 512 if isinstance(blocks, int) else status.st_size


def _why(path: Path, exc: OSError) -> str:
    return f"cannot keep space aside in {path}: {exc.strerror or exc}"


def give_back_leftover(folder: Path) -> bool:
    """The disk is full as the app opens its database: delete a reserve left there by an earlier
    run, so the database opens for writing (its -shm and -wal need room). True if one was."""
    path = folder / RESERVE_NAME
    with contextlib.suppress(OSError):  # one a kill left half made: its blocks are taken too
        Path(f"{path}.partial").unlink(missing_ok=True)
    try:
        if path.is_symlink() or not path.is_file():
            return False
        path.unlink()
    except OSError:
        return False
    return True


def write_with_room(store: Store, write: Callable[[Store], T]) -> T:
    """``write(store)``; when it fails because the disk is full and the store's reserve can be
    given back, made again at once into that space. While the session writes into the reserve,
    the journal is emptied into the database after each write (it would grow into the space)."""
    reserve = store.reserve
    try:
        result = write(store)
    except StoreError as exc:
        if exc.kind is not StoreProblem.DISK_FULL or reserve is None:
            raise
        if not reserve.release() and not reserve.in_use:  # given back by the other thread just now
            raise
        result = write(store)
    if reserve is not None and reserve.in_use:
        store.empty_journal()
    return result
