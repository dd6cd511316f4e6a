"""``journal_rescue`` reads a -wal as SQLite's recovery does: checked here against SQLite itself,
on a -wal a live connection left (as a crash leaves it), then damaged in each way a disk can."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from facilitator.sessions.journal_rescue import keep_if_lost, lost_frames, read_journal, take_findings

ROWS = 40


@pytest.fixture
def crashed(tmp_path: Path) -> Iterator[Path]:
    """A folder holding a database, its -wal and its -shm as a process killed after ``ROWS``
    commits leaves them (copied while the connection is still open)."""
    live = tmp_path / "live"
    live.mkdir()
    connection = sqlite3.connect(live / "db.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB)")
    for number in range(ROWS):
        connection.execute("INSERT INTO t (body) VALUES (?)", (bytes([number]) * 300,))
    left = tmp_path / "left"
    left.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(live / f"db.sqlite3{suffix}", left / f"db.sqlite3{suffix}")
    connection.close()
    yield left / "db.sqlite3"


def _frame(data: bytearray, index: int) -> int:
    """Where frame ``index`` (from 1) starts."""
    return 32 + (24 + int.from_bytes(data[8:12], "big")) * (index - 1)


def cut_mid_frame(data: bytearray) -> None:
    del data[_frame(data, 10) + 500 :]


def cut_between_frames(data: bytearray) -> None:
    del data[_frame(data, 10) :]


def spoilt_page(data: bytearray) -> None:
    data[_frame(data, 10) + 24 + 7] ^= 0x01


def spoilt_salt(data: bytearray) -> None:
    data[_frame(data, 10) + 9] ^= 0x01


def spoilt_header(data: bytearray) -> None:
    data[21] ^= 0x01  # a salt of the header: its checksum no longer holds


def header_only(data: bytearray) -> None:
    del data[32:]


def untouched(data: bytearray) -> None:
    pass


def _sqlite_keeps(database: Path) -> tuple[int, int]:
    """(frames SQLite's recovery kept, rows it shows)."""
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        if rows:
            rows = connection.execute("SELECT COUNT(*) FROM t").fetchone()[0]
        frames = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]
    finally:
        connection.close()
    return frames, rows


@pytest.mark.parametrize(
    ("damage", "lost"),
    [
        (cut_mid_frame, True),
        (cut_between_frames, True),
        (spoilt_page, True),
        (spoilt_salt, True),
        (spoilt_header, True),
        (header_only, True),
        (untouched, False),
    ],
)
def test_what_sqlite_drops_is_what_is_counted_lost(
    crashed: Path, damage: Callable[[bytearray], None], lost: bool
) -> None:
    journal = crashed.with_name("db.sqlite3-wal")
    data = bytearray(journal.read_bytes())
    damage(data)
    journal.write_bytes(bytes(data))
    index = crashed.with_name("db.sqlite3-shm").read_bytes()
    reading = read_journal(bytes(data))
    dropped = lost_frames(bytes(data), index)
    kept_frames, rows = _sqlite_keeps(crashed)
    assert reading.kept == kept_frames, "read as SQLite's recovery reads it"
    assert (dropped > 0) is lost
    assert (rows < ROWS) is lost, "the loss counted is a loss SQLite makes"


def test_frames_already_in_the_database_are_not_lost(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB)")
    for number in range(ROWS):
        connection.execute("INSERT INTO t (body) VALUES (?)", (bytes([number]) * 300,))
    connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # every frame copied into the database
    journal, index = (tmp_path / "db.sqlite3-wal").read_bytes(), (tmp_path / "db.sqlite3-shm").read_bytes()
    connection.close()
    assert lost_frames(journal[: len(journal) // 2], index) == 0


def test_a_copy_is_kept_only_where_a_key_shows_the_notes_are_encrypted(crashed: Path) -> None:
    spoilt = bytearray(crashed.with_name("db.sqlite3-wal").read_bytes())
    spoilt_page(spoilt)
    crashed.with_name("db.sqlite3-wal").write_bytes(bytes(spoilt))
    found = keep_if_lost(crashed, now=0.0)
    assert found is not None and found.copy is None and "no key file" in found.why
    assert not crashed.with_name("recovered").exists()
    assert take_findings() == [found] and take_findings() == []
    crashed.with_name("key.json").write_text("{}")
    first, second = keep_if_lost(crashed, now=0.0), keep_if_lost(crashed, now=0.0)
    assert first is not None and second is not None and first.copy and second.copy
    assert first.copy != second.copy, "two at the same second: neither is written over"
    assert first.copy.read_bytes() == second.copy.read_bytes() == bytes(spoilt)
    take_findings()


def test_a_damaged_header_without_its_index_is_taken_as_a_loss(crashed: Path) -> None:
    """SQLite then ignores the whole -wal, and nothing says what was committed to it."""
    data = bytearray(crashed.with_name("db.sqlite3-wal").read_bytes())
    spoilt_header(data)
    assert lost_frames(bytes(data), None) == 1
    assert lost_frames(bytes(data[:32]), None) == 0, "a header alone held nothing"


def test_a_commit_cut_short_by_the_kill_is_not_a_loss(crashed: Path) -> None:
    """A process killed while it wrote its last commit leaves that frame's header (a commit, this
    journal's salts) without its page: never finished, never said saved, and not lost."""
    journal = crashed.with_name("db.sqlite3-wal")
    data = journal.read_bytes()
    header = bytearray(data[_frame(bytearray(data), 2) : _frame(bytearray(data), 2) + 24])
    header[4:8] = (99).to_bytes(4, "big")  # a commit frame
    header[8:16] = data[16:24]  # this journal's salts
    journal.write_bytes(data + bytes(header) + b"\x00" * 100)
    index = crashed.with_name("db.sqlite3-shm").read_bytes()
    assert lost_frames(journal.read_bytes(), index) == 0
    assert _sqlite_keeps(crashed)[1] == ROWS
