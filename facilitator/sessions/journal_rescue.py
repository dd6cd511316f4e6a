"""What a crash left in the database's -wal file, looked at before SQLite reads it.

When the database is opened after a crash, SQLite replays the -wal file: every transaction up to
the first frame that does not check out (a file cut short, a damaged sector), and it drops the
rest without a word; the next write then goes over it. Notes typed just before the crash could
vanish unsaid. So before the database is opened, the -wal is read here, as SQLite's recovery will
read it, and compared with what was committed to it: the commits later frames follow, and the
count the shared-memory index (-shm) kept, which a killed process leaves behind. When
committed frames would be dropped, the -wal is first kept, byte for byte, in ``recovered/`` beside
the database, and the finding is handed to whoever opened it to say (``take_findings``).

The kept copy holds page images of the database, nothing else. The notes and rosters in them are
encrypted: the app and the commands write notes only once the key is unlocked (``Launcher.open``,
``vault.open_store``), and notes from before encryption are encrypted at the first unlock, the
journal emptied after (``Store.encrypt_plain_rows``). The rest is what the database file holds in
plain anyway (workshop titles, the town, counts, the referral sheet). A data folder without a key
file may hold plain notes from an earlier version: no copy is made there (the loss is still said).
So no raw note reaches the disk in plain text through a copy. ``data delete-all`` removes them.

A copy cannot be split by session: it holds the pages the last writes touched, of any session.
Every row of a session (its notes, roster, events) carries the session's id, 12 hex digits in
plain text, on the page that holds the row; so deleting a session, or its raw notes, deletes
every copy in which that id appears (``forget_copies``), whole, with whatever else it held.

Formats (sqlite.org/fileformat2.html#walformat, and wal.c for the index): the -wal is a 32-byte
header then frames of a 24-byte header and a page; a frame counts when its salts are the header's
and the running checksum holds; a frame with a database size is a commit.
"""

from __future__ import annotations

import os
import stat
import struct
import time
from dataclasses import dataclass
from pathlib import Path

RECOVERED_FOLDER = "recovered"
"""Beside the database: the -wal files kept before SQLite's recovery dropped part of them."""

_MAGICS = (0x377F0682, 0x377F0683)
_VERSION = 3007000
_HEADER = 32
_FRAME_HEADER = 24
_INDEX_HEADER = 48
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class LostChanges:
    """Committed changes in ``journal`` that SQLite's recovery drops: ``frames`` of them (pages
    written by a commit), kept in ``copy`` (None: no copy could be kept, ``why`` says why)."""

    journal: Path
    frames: int
    copy: Path | None
    why: str = ""

    def line(self) -> str:
        """One line for the terminal (English, as every command's message)."""
        lost = (
            f"changes a crash left in {self.journal} could not be recovered (the file was cut short or "
            "damaged): notes typed just before the crash may be missing"
        )
        if self.copy is None:
            return f"{lost}; no copy could be kept ({self.why}) (warning)"
        return f"{lost}; what was left is kept in {self.copy} (encrypted notes only) (warning)"


@dataclass(frozen=True)
class JournalReading:
    """A -wal file as SQLite's recovery reads it: ``kept``, the frames it replays (up to the last
    commit before the first frame that does not check out); ``committed``, the last frame marked
    as a commit with this journal's salts that a later frame of this journal follows, whether it
    checks out or not (0: none, or the header is damaged and none can be told). The last commit
    alone proves nothing: a process killed while writing it leaves its header, never finished,
    and it was never said to be saved (the -shm's count, ``read_index``, tells that one)."""

    header_valid: bool
    kept: int
    committed: int


def _checksum(data: bytes, first: int, second: int, order: str) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes), words in ``order``."""
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for low, high in zip(words[0::2], words[1::2], strict=True):
        first = (first + low + second) & _MASK
        second = (second + high + first) & _MASK
    return first, second


def read_journal(data: bytes) -> JournalReading:
    """What SQLite's recovery keeps of the -wal ``data``, and what was committed to it."""
    if len(data) < _HEADER:
        return JournalReading(False, 0, 0)
    magic, version, page_size, _seq, salt1, salt2, sum1, sum2 = struct.unpack(">8I", data[:_HEADER])
    order = ">" if magic & 1 else "<"
    if (
        magic not in _MAGICS
        or version != _VERSION
        or not 512 <= page_size <= 65536
        or page_size & (page_size - 1)
        or _checksum(data[:24], 0, 0, order) != (sum1, sum2)
    ):
        return JournalReading(False, 0, 0)  # SQLite ignores the whole file
    size = _FRAME_HEADER + page_size
    running: tuple[int, int] | None = (sum1, sum2)
    kept = committed = last_commit = 0
    for index, offset in enumerate(range(_HEADER, len(data) - _FRAME_HEADER + 1, size), start=1):
        page, commit, frame1, frame2, check1, check2 = struct.unpack_from(">6I", data, offset)
        ours = (frame1, frame2) == (salt1, salt2)
        if ours:  # a frame written after a commit: that commit was done (one writer at a time)
            committed = last_commit
            last_commit = index if commit else last_commit
        if running is None:
            continue
        whole = offset + size <= len(data)
        if not (whole and ours and page):
            running = None
            continue
        body = data[offset : offset + 8] + data[offset + _FRAME_HEADER : offset + size]
        running = _checksum(body, *running, order)
        if running != (check1, check2):
            running = None
        elif commit:
            kept = index
    return JournalReading(True, kept, committed)


def read_index(data: bytes) -> tuple[int, int, bytes] | None:
    """From a -shm file: (the frames committed to the -wal, those already copied into the
    database, the -wal's salts as its header holds them); None when it is not a whole, checked
    index (a clean close, or another machine's byte order)."""
    if len(data) < 2 * _INDEX_HEADER + 4:
        return None
    header = data[:_INDEX_HEADER]
    if header != data[_INDEX_HEADER : 2 * _INDEX_HEADER]:
        return None
    version, _unused, _change, initialised = struct.unpack_from("=3IB", header)
    if version != _VERSION or initialised != 1:
        return None
    if _checksum(header[:40], 0, 0, "=") != struct.unpack_from("=2I", header, 40):
        return None
    (frames,) = struct.unpack_from("=I", header, 16)
    (copied,) = struct.unpack_from("=I", data, 2 * _INDEX_HEADER)
    return frames, copied, header[32:40]


def lost_frames(journal: bytes, index: bytes | None) -> int:
    """How many committed frames of the -wal ``journal`` SQLite's recovery would drop, from the
    -wal itself and its -shm ``index`` (when it is there and of this -wal). Frames the index says
    were copied into the database already are not lost. A -wal whose header is damaged, without
    its index, counts 1 when it holds anything: what it held cannot be told."""
    reading = read_journal(journal)
    committed, copied = reading.committed, 0
    counted = read_index(index) if index else None
    if not reading.header_valid and counted is None:  # SQLite ignores all of it; nothing says what
        return 1 if len(journal) > _HEADER else 0  # was committed: whatever it held may be lost
    if counted is not None:
        frames, done, salts = counted
        if not reading.header_valid or salts == journal[16:24]:  # a damaged header: its own salts
            committed, copied = max(committed, frames), done
    return max(0, committed - max(reading.kept, copied))


_findings: list[LostChanges] = []


def take_findings() -> list[LostChanges]:
    """What was found since the last call (said once, by whoever opened the database)."""
    found = list(_findings)
    _findings.clear()
    return found


def keep_if_lost(database: Path, now: float | None = None) -> LostChanges | None:
    """Before ``database`` is opened: when SQLite's recovery would drop committed frames of the
    -wal a crash left, keep the -wal in ``recovered/<time>-<name>-wal`` (readable by its owner
    only) and return (and record, ``take_findings``) what was lost; else None, nothing written.
    Call it only when no connection to ``database`` is open in this process (reading the -shm
    and closing it would drop SQLite's locks on it, POSIX locks being per process)."""
    journal = database.with_name(database.name + "-wal")
    try:
        # the index first: were another process still writing, the -wal read after it holds at
        # least every frame the index counts, and nothing is taken for lost
        index = _read_regular(database.with_name(database.name + "-shm"))
        data = _read_regular(journal)
        if not data:
            return None
    except OSError:
        return None  # what cannot be read here cannot be read by SQLite either: said when opened
    frames = lost_frames(data, index)
    if not frames:
        return None
    found = _kept(database, journal, data, frames, time.time() if now is None else now)
    _findings.append(found)
    return found


def _read_regular(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file (b"" when there is none)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return b""
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return b""
        return stream.read()


def _kept(database: Path, journal: Path, data: bytes, frames: int, now: float) -> LostChanges:
    from facilitator.sessions.atomic import WriteFailed, write_atomic
    from facilitator.sessions.store import KEY_FILE_NAME

    if not (database.parent / KEY_FILE_NAME).exists():
        return LostChanges(journal, frames, None, "no key file: its notes may not be encrypted")
    folder = database.parent / RECOVERED_FOLDER
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        for attempt in range(100):
            suffix = f"-{attempt}" if attempt else ""
            copy = folder / f"{stamp}{suffix}-{journal.name}"
            try:
                write_atomic(copy, data, private=True, replace=False)
                return LostChanges(journal, frames, copy)
            except WriteFailed as exc:
                if not os.path.lexists(copy):
                    raise OSError(exc.errno or 0, exc.reason or str(exc)) from None
    except OSError as exc:
        return LostChanges(journal, frames, None, exc.strerror or str(exc))
    return LostChanges(journal, frames, None, "too many copies with that time")


_CHUNK = 1 << 20


def holds(path: Path, needle: bytes) -> bool:
    """True when the regular file ``path`` holds ``needle`` (read a MiB at a time)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return False
        tail = b""
        while chunk := stream.read(_CHUNK):
            if needle in tail + chunk:
                return True
            tail = chunk[-(len(needle) - 1) :] if len(needle) > 1 else b""
    return False


def forget_copies(database: Path, session_id: str) -> list[Path]:
    """Delete the copies kept in ``recovered/`` beside ``database`` that hold anything of the
    session ``session_id`` (its id appears in them: see the module's notes); the copies deleted.
    ``OSError`` (naming the file) when one cannot be read or deleted."""
    folder = database.parent / RECOVERED_FOLDER
    if not session_id or not folder.is_dir() or folder.is_symlink():
        return []
    needle = session_id.encode("utf-8")
    deleted = []
    for copy in sorted(folder.iterdir()):
        if copy.is_symlink() or not copy.is_file():
            continue
        if holds(copy, needle):
            copy.unlink()
            deleted.append(copy)
    return deleted
