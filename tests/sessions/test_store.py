import sqlite3
from pathlib import Path

import pytest

from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.schema import SCHEMA_VERSION
from facilitator.sessions.store import Store, StoreError
from tests.helpers.plans import loaded_plan


@pytest.fixture
def store() -> Store:
    opened = Store.open(database_path())
    yield opened
    opened.close()


def test_the_database_is_in_the_data_folder_and_in_safe_mode(store: Store, data_dir: Path) -> None:
    assert store.path.parent == data_dir
    assert store.settings() == {
        "journal_mode": "wal",
        "synchronous": 2,
        "user_version": SCHEMA_VERSION,
    }


def test_every_event_and_note_is_committed_as_it_happens(store: Store) -> None:
    clock = FakeClock()
    live = LiveSession.new(store, loaded_plan([10, 10]), "test.yaml", clock)
    live.engine.start()
    live.add_note("He said his father never cooked", ["quote"])
    live.engine.next()
    note_id = live.add_note("Wants to talk after", ["follow-up"])
    # a second connection, as after a crash, sees everything without any close or flush
    other = sqlite3.connect(store.path)
    kinds = [row[0] for row in other.execute("SELECT kind FROM events ORDER BY id")]
    assert kinds == ["start", "goto"]
    steps = [row[0] for row in other.execute("SELECT step FROM notes ORDER BY id")]
    assert steps == [0, 1]
    other.close()
    live.update_note(note_id, "Wants to talk after the session", ["follow-up", "referral"])
    note = live.notes()[1]
    assert (note.text, note.tags, note.step) == (
        "Wants to talk after the session",
        ("follow-up", "referral"),
        1,
    )


def test_an_unfinished_session_resumes_at_the_same_step_with_wall_time_counted(
    store: Store,
) -> None:
    clock = FakeClock()
    live = LiveSession.new(store, loaded_plan([10, 20, 30]), "test.yaml", clock)
    live.engine.start()
    clock.advance(300)
    live.engine.next()
    clock.advance(60)
    assert [s.id for s in store.unfinished()] == [live.id]
    clock.advance(120)  # laptop reboots for two minutes; the workshop goes on
    resumed = LiveSession.resume(store, live.id, clock)
    state = resumed.engine.state()
    assert state.index == 1 and state.remaining == pytest.approx(20 * 60 - 180)
    resumed.engine.end()
    assert store.unfinished() == []


def test_a_newer_schema_is_refused_with_a_clear_message(data_dir: Path) -> None:
    path = data_dir / "future.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError, match="newer version of Facilitator"):
        Store.open(path)


def test_a_file_that_is_not_a_database_is_refused_without_a_traceback(data_dir: Path) -> None:
    path = data_dir / "broken.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"broken\.sqlite3"):
        Store.open(path)


def test_note_text_never_appears_in_store_errors(store: Store) -> None:
    live = LiveSession.new(store, loaded_plan([10]), "test.yaml", FakeClock())
    store.close()
    with pytest.raises(StoreError) as raised:
        live.add_note("SECRET-DISCLOSURE-TEXT", [])
    assert "SECRET" not in str(raised.value)


def test_backup_uses_the_backup_api_and_is_complete(store: Store, tmp_path: Path) -> None:
    live = LiveSession.new(store, loaded_plan([10]), "test.yaml", FakeClock())
    live.engine.start()
    live.add_note("kept", [])
    store.backup(tmp_path / "copy.sqlite3")
    copy = Store.open(tmp_path / "copy.sqlite3")
    assert [n.text for n in copy.notes(live.id)] == ["kept"]
    assert copy.integrity_check() == "ok"
    copy.close()


def test_deleting_a_session_removes_its_notes(store: Store) -> None:
    live = LiveSession.new(store, loaded_plan([10]), "test.yaml", FakeClock())
    live.add_note("to be deleted", [])
    store.delete_session(live.id)
    assert store.sessions() == []
    with sqlite3.connect(store.path) as other:
        assert other.execute("SELECT count(*) FROM notes").fetchone()[0] == 0


def test_unknown_tags_are_refused(store: Store) -> None:
    live = LiveSession.new(store, loaded_plan([10]), "test.yaml", FakeClock())
    with pytest.raises(ValueError, match="unknown note tag"):
        live.add_note("x", ["gossip"])
