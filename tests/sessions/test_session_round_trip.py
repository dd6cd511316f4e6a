"""Whatever ``sessions export-json`` writes, ``sessions import`` and ``export FILE`` read back: a
note typed with a direction mark, and a session near the size a session file may hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.sessions.clock import FakeClock
from facilitator.sessions.errors import FileError, InvalidFile
from facilitator.sessions.live import LiveSession
from facilitator.sessions.session_file import (
    MAX_SESSION_BYTES,
    PLAIN_FILE_WARNING,
    import_session,
    read_session_file,
    session_record,
)
from facilitator.sessions.store import Store
from tests.helpers.plans import loaded_plan
from tests.helpers.sealing import export_sealed, file_passphrase


def _session(store: Store, notes: list[str]) -> str:
    clock = FakeClock()
    live = LiveSession.new(store, loaded_plan([10, 5]), "plan.yaml", clock)
    live.engine.start()
    for note in notes:
        live.add_note(note)
        clock.advance(10)
    return live.id


def _round_trip(notes: list[str], tmp_path: Path) -> list[str]:
    store = Store.in_memory()
    try:
        sealed = tmp_path / "session.json"
        export_sealed(store, _session(store, notes), sealed)
        record = read_session_file(sealed, file_passphrase)
        return [note.text for note in store.notes(import_session(store, record))]
    finally:
        store.close()


@pytest.mark.parametrize("mark", ["\u202e", "\u200f", "\u2066"])
def test_a_note_typed_with_a_direction_mark_is_saved_without_it_and_reads_back(
    mark: str, tmp_path: Path
) -> None:
    assert _round_trip([f"Help{mark}enil said so", "plain"], tmp_path) == ["Helpenil said so", "plain"]


def test_a_direction_mark_in_a_session_file_is_removed_with_a_warning(tmp_path: Path) -> None:
    """A record written before marks were dropped at typing time: read, the mark removed, told."""
    store = Store.in_memory()
    try:
        record = json.loads(session_record(store, _session(store, ["first", "second"])))
    finally:
        store.close()
    record["notes"][1]["text"] = "Help\u202eenil"
    path = tmp_path / "old.json"
    path.write_text(json.dumps(record, indent=1), encoding="utf-8")
    warnings: list[FileError] = []
    read = read_session_file(path, file_passphrase, warnings.append)
    assert [note.text for note in read.notes] == ["first", "Helpenil"]
    plain, warning = warnings  # the file is not sealed: said first
    assert plain.message == PLAIN_FILE_WARNING
    assert warning.path == "notes[1].text" and warning.line > 1
    assert "U+202E" in str(warning) and "removed it" in str(warning) and "Help" not in str(warning)


def test_a_large_session_reads_back(tmp_path: Path) -> None:
    """Over 1 MiB of notes in Russian (a sealed file a third larger again): read back whole."""
    notes = ["Длинная заметка о встрече. " * 3000 for _ in range(12)]
    assert len(json.dumps(notes, ensure_ascii=False).encode()) > 1.5 * 1024 * 1024
    assert _round_trip(notes, tmp_path) == notes


def test_a_session_too_large_to_read_back_is_not_written(tmp_path: Path) -> None:
    store = Store.in_memory()
    try:
        session_id = _session(store, ["Длинная заметка. " * 5000] * (MAX_SESSION_BYTES // 150_000 + 1))
        out = tmp_path / "too-large.json"
        with pytest.raises(InvalidFile, match="more than the 8 MiB a session file can hold"):
            export_sealed(store, session_id, out)
    finally:
        store.close()
    assert not out.exists()


def test_a_plain_record_is_read_without_a_passphrase_and_with_a_warning(tmp_path: Path) -> None:
    store = Store.in_memory()
    try:
        plain = tmp_path / "plain.json"
        plain.write_bytes(session_record(store, _session(store, ["a note"])))
    finally:
        store.close()
    asked: list[str] = []
    warnings: list[FileError] = []
    read = read_session_file(plain, lambda: asked.append("asked") or "", warnings.append)
    assert [note.text for note in read.notes] == ["a note"] and asked == []
    assert [str(w) for w in warnings] == [f"{plain}: {PLAIN_FILE_WARNING}"]
    assert "delete it once imported" in PLAIN_FILE_WARNING


def test_a_session_that_could_not_be_imported_again_is_not_written(tmp_path: Path) -> None:
    """A note pasted longer than import takes (100,000 characters): export says so, by field."""
    store = Store.in_memory()
    try:
        session_id = _session(store, ["short", "x" * 100_001])
        out = tmp_path / "long-note.json"
        with pytest.raises(InvalidFile) as refused:
            export_sealed(store, session_id, out)
    finally:
        store.close()
    said = str(refused.value)
    assert "could not be imported again (notes[1].text: text too long" in said and "xxx" not in said
    assert not out.exists()
