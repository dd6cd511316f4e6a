"""Exports that cannot be written: a clear message, the notes still there, no half-written file."""

import errno
import os
from pathlib import Path

import pytest

from facilitator.content import default_workshop
from facilitator.export.pdf import render_pdf
from facilitator.export.report import build_report
from facilitator.paths import database_path
from facilitator.sessions.atomic import WriteFailed
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store


@pytest.fixture
def session() -> tuple[Store, str]:
    store = Store.open(database_path())
    live = LiveSession.new(store, load_plan(default_workshop("en")), "plan.yaml", FakeClock())
    live.engine.start()
    for number in range(30):
        live.add_note(f"note {number}", ["quote"])
    yield store, live.id
    store.close()


def test_an_unwritable_folder(session: tuple[Store, str], tmp_path: Path) -> None:
    store, session_id = session
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where a folder was expected")
    target = not_a_folder / "report.pdf"  # cannot be written, even by root
    with pytest.raises(WriteFailed) as raised:
        render_pdf(build_report(store, session_id), target)
    assert str(raised.value) == f"cannot write {target}: Not a directory"
    assert len(store.notes(session_id)) == 30
    print(f"\nunwritable folder: message given, {len(store.notes(session_id))}/30 notes kept")


def test_a_full_disk(session: tuple[Store, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, session_id = session
    report = build_report(store, session_id)
    target = tmp_path / "report.pdf"

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(WriteFailed, match="No space left on device"):
        render_pdf(report, target)
    monkeypatch.undo()
    assert not target.exists() and [p for p in tmp_path.iterdir() if p.is_file()] == []
    assert len(store.notes(session_id)) == 30
    print(f"\nfull disk: message given, no partial file, {len(store.notes(session_id))}/30 notes kept")


def test_a_name_finder_that_stops_is_a_message_and_no_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The workers that read the notes die (killed, out of memory): ``facilitator export`` says the
    name finder stopped, writes no PDF and shows no traceback (the words found meanwhile in this
    process are not used)."""
    import sys

    from facilitator import cli
    from facilitator.anonymizer import workers
    from tests.test_cli import make_session

    session_id = make_session()
    monkeypatch.setattr(workers, "_load", sys.exit)  # every worker exits as it starts
    target = tmp_path / "report.pdf"
    assert cli.main(["export", session_id, "--out", str(target)]) == 1
    said = capsys.readouterr().err
    assert "The name finder stopped before it finished; nothing was exported." in said, said
    assert "Traceback" not in said and not target.exists()
    assert [p for p in tmp_path.iterdir() if p.is_file()] == []
