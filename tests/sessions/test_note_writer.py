"""The note writer: a change is written at once when it is idle; while a save is written, newer
saves of a note are coalesced (only the newest is written, right after), in order, never racing."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.note_writer import NoteDraft, NoteWriter
from facilitator.sessions.store import Store
from tests.helpers.plans import loaded_plan


class GatedStore:
    """Holds each note write at a gate (a disk busy with an fsync) and records what was written,
    and whether two writes ever ran at once."""

    def __init__(self, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Semaphore(0)
        self.started = threading.Semaphore(0)
        self.writes: list[str] = []
        self.running = 0
        self.overlapped = False
        add, update = store.add_note, store.update_note

        def held(write, text: str):  # type: ignore[no-untyped-def]
            self.running += 1
            self.overlapped |= self.running > 1
            self.started.release()
            assert self.gate.acquire(timeout=10), "the test never opened the gate"
            self.writes.append(text)
            try:
                return write()
            finally:
                self.running -= 1

        monkeypatch.setattr(store, "add_note", lambda *a: held(lambda: add(*a), a[2]))
        monkeypatch.setattr(store, "update_note", lambda *a: held(lambda: update(*a), a[1]))

    def let_one_through(self) -> None:
        self.gate.release()


@pytest.fixture
def live() -> Iterator[LiveSession]:
    store = Store.in_memory()
    session = LiveSession.new(store, loaded_plan([10, 10]), "plan.yaml", FakeClock())
    session.engine.start()
    yield session
    store.close()


def test_an_idle_writer_takes_a_change_at_once(live: LiveSession) -> None:
    writer = NoteWriter(live)
    draft = NoteDraft(0)
    writer.save(draft, "a", [])
    writer.wait(timeout=10)  # no pause for a debounce: the first key is on disk
    assert [n.text for n in live.store.notes(live.id)] == ["a"]
    writer.close()


def test_saves_made_while_one_is_written_are_coalesced_to_the_newest(
    live: LiveSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = GatedStore(live.store, monkeypatch)
    writer = NoteWriter(live)
    one, other = NoteDraft(0), NoteDraft(1)
    first = writer.save(one, "F", [])
    assert disk.started.acquire(timeout=10)  # "F" is being written
    middle = [writer.save(one, text, []) for text in ("Fa", "Fat", "Fath")]
    elsewhere = writer.save(other, "another note", [])
    last = writer.save(one, "Father", [])  # takes the waiting save's place, ahead of the other note
    assert [f.result(timeout=0) for f in middle] == [None, None, None]  # overtaken, never written
    for _ in range(3):
        disk.let_one_through()
    writer.wait(timeout=10)
    assert disk.writes == ["F", "Father", "another note"]
    assert not disk.overlapped  # two writes of one note never race
    assert first.result() is one and last.result() is one and elsewhere.result() is other
    assert sorted(n.text for n in live.store.notes(live.id)) == ["Father", "another note"]
    writer.close()


def test_a_failed_save_reports_and_the_next_one_is_still_written(
    live: LiveSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = NoteWriter(live)
    real_add = live.store.add_note

    def refused(*_args: object) -> int:
        raise OSError("disk")

    monkeypatch.setattr(live.store, "add_note", refused)
    draft = NoteDraft(0)
    failed = writer.save(draft, "kept in the box", [])
    writer.wait(timeout=10)
    assert isinstance(failed.exception(), OSError) and draft.id is None
    monkeypatch.setattr(live.store, "add_note", real_add)
    assert writer.save(draft, "kept in the box", []).result(timeout=10) is draft
    assert [n.text for n in live.store.notes(live.id)] == ["kept in the box"]
    writer.close()


def test_a_note_rubbed_out_is_deleted_after_its_saves_and_a_waiting_save_is_not_written(
    live: LiveSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = GatedStore(live.store, monkeypatch)
    writer = NoteWriter(live)
    draft = NoteDraft(0)
    writer.save(draft, "x", [])
    assert disk.started.acquire(timeout=10)  # "x" is being written
    waiting = writer.save(draft, "", [])  # rubbed out...
    gone = writer.discard(draft)  # ...and left: the blank save waiting is never written
    assert waiting.result(timeout=0) is None
    disk.let_one_through()
    assert gone.result(timeout=10) is draft and draft.id is None
    assert disk.writes == ["x"] and live.store.notes(live.id) == []
    writer.close()
