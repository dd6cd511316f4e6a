"""Deleting a session, or its raw notes, deletes the copies of a damaged journal that hold any of it.

``recovered/`` keeps the -wal a crash left damaged, byte for byte (journal_rescue): page images of
whatever the last writes touched, its notes encrypted. ``sessions delete ID`` left them there, so
the notes of a session deleted "for good" stayed readable to anyone with the passphrase. A copy
cannot be split by session; every row of a session carries its id on the page that holds it, so a
copy in which the id appears is deleted whole, and copies of other sessions only stay.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.paths import database_path
from facilitator.sessions import journal_rescue
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.journal_rescue import RECOVERED_FOLDER, forget_copies, holds
from facilitator.sessions.live import LiveSession
from facilitator.sessions.store import Store, StoreError
from tests.helpers.plans import loaded_plan


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(database_path())
    yield opened
    opened.close()


def session(store: Store) -> str:
    live = LiveSession.new(store, loaded_plan([10]), "test.yaml", FakeClock())
    live.add_note("said in the room", [])
    return live.id


def kept(store: Store, name: str, *ids: str) -> Path:
    """A copy in recovered/ holding the rows of ``ids`` (their ids among other bytes, as on a page)."""
    folder = store.path.parent / RECOVERED_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    copy = folder / f"20261203-0100{name}-facilitator.sqlite3-wal"
    copy.write_bytes(os.urandom(5000) + b"".join(b"\x00\x2d" + i.encode() + os.urandom(700) for i in ids))
    return copy


def left(store: Store) -> list[str]:
    return sorted(path.name for path in (store.path.parent / RECOVERED_FOLDER).iterdir())


def test_deleting_a_session_deletes_the_copies_that_hold_it(store: Store) -> None:
    first, second = session(store), session(store)
    only_first, both, only_second = (
        kept(store, "01", first),
        kept(store, "02", first, second),
        kept(store, "03", second),
    )
    assert store.delete_session(first) == [only_first, both]
    assert left(store) == [only_second.name]


def test_deleting_the_raw_notes_deletes_them_too(store: Store) -> None:
    first, second = session(store), session(store)
    kept(store, "01", first)
    other = kept(store, "02", second)
    assert len(store.delete_raw_notes(first)) == 1
    assert left(store) == [other.name]


def test_no_copies_no_folder_nothing_to_do(store: Store) -> None:
    assert store.delete_session(session(store)) == []
    assert not (store.path.parent / RECOVERED_FOLDER).exists()


def test_a_link_in_the_folder_is_never_followed(store: Store, tmp_path: Path) -> None:
    first = session(store)
    elsewhere = tmp_path / "not-ours"
    elsewhere.write_bytes(first.encode())
    kept(store, "01")
    (store.path.parent / RECOVERED_FOLDER / "link").symlink_to(elsewhere)
    assert store.delete_session(first) == []
    assert elsewhere.exists()


def test_an_id_across_two_reads_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journal_rescue, "_CHUNK", 64)
    path = tmp_path / "copy"
    for start in range(50, 70):
        path.write_bytes(b"x" * start + b"0123456789ab" + b"y" * 100)
        assert holds(path, b"0123456789ab"), start
    assert not holds(path, b"0123456789ac")


def test_a_copy_that_cannot_be_deleted_is_said(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    first = session(store)
    copy = kept(store, "01", first)

    def refused(database: Path, session_id: str) -> list[Path]:
        raise PermissionError(13, "Permission denied", str(copy))

    monkeypatch.setattr(journal_rescue, "forget_copies", refused)
    with pytest.raises(StoreError) as raised:
        store.delete_session(first)
    assert str(copy) in str(raised.value) and "delete it by hand" in str(raised.value)
    assert store.sessions() == []  # the session itself is gone


def test_forget_copies_without_a_folder(tmp_path: Path) -> None:
    assert forget_copies(tmp_path / "facilitator.sqlite3", "0123456789ab") == []
