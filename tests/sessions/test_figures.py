"""The session's figures: bounded, stored in the record, kept through a crash, listed, exported."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.figures import (
    FiguresError,
    SessionFigures,
    checked_figures,
    read_figures,
    record_figures,
)
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.session_file import import_session, read_session_file
from facilitator.sessions.store import Store
from tests.helpers.processes import run_cli
from tests.helpers.sealing import export_sealed, file_passphrase

ROOT = Path(__file__).resolve().parents[2]


def new_session(store: Store, language: str = "ru") -> LiveSession:
    live = LiveSession.new(store, load_plan(default_workshop(language)), "w.yaml", FakeClock())
    live.engine.start()
    return live


@pytest.mark.parametrize(
    ("participants", "age_band", "town", "field"),
    [
        (0, None, None, "participants"),
        (201, None, None, "participants"),
        (10**30, None, None, "participants"),
        (True, None, None, "participants"),
        (-3, None, None, "participants"),
        (12, "16-20", None, "age band"),
        (12, None, "Ақтөбе\x00", "town"),
        (12, None, "x" * 81, "town"),
        # a phone, an address, an e-mail or a link typed in the wrong field (an adversarial run
        # typed "Timur Bekov +77015551234": the PDF printed it as the town)
        (12, None, "Timur Bekov +77015551234", "town"),
        (12, None, "ул. Абая 5", "town"),
        (12, None, "timur@mail.kz", "town"),
        (12, None, "instagram.com/timur", "town"),
        (12, None, "Тараз, Жамбыл облысы, Байзак ауданы, Сарыкемер ауылы", "town"),
    ],
)
def test_figures_out_of_bounds_are_refused_naming_the_field(
    participants: int, age_band: str | None, town: str | None, field: str
) -> None:
    with pytest.raises(FiguresError, match=f"^{field}:"):
        checked_figures(participants, age_band, town)


def test_figures_in_bounds_are_kept_with_the_town_tidied() -> None:
    assert checked_figures(1, None, None) == SessionFigures(1, None, None)
    tidied = checked_figures(200, "mixed", "  Ақтөбе   ауданы ")
    assert tidied == SessionFigures(200, "mixed", "Ақтөбе ауданы")
    assert checked_figures(14, "14-17", "   ") == SessionFigures(14, "14-17", None)
    assert checked_figures(14, None, "Кызыл-Жар").town == "Кызыл-Жар"  # hyphens, districts: places
    assert checked_figures(14, None, "Жамбыл ауданы").town == "Жамбыл ауданы"


def test_an_imported_record_with_a_phone_for_its_town_is_refused_naming_the_field(tmp_path: Path) -> None:
    import json

    from facilitator.sessions.errors import InvalidFile
    from facilitator.sessions.session_file import session_record

    store = Store.in_memory()
    live = new_session(store)
    plain = tmp_path / "plain.json"
    plain.write_bytes(session_record(store, live.id))
    record = json.loads(plain.read_text(encoding="utf-8"))
    record["session"]["town"] = "Timur +77015551234"
    plain.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    with pytest.raises(InvalidFile) as refused:
        read_session_file(plain)
    message = str(refused.value)
    assert "town" in message and "plain.json" in message and "digits" in message


def test_a_record_never_holds_an_unbounded_count() -> None:
    store = Store.in_memory()
    live = new_session(store)
    with pytest.raises(FiguresError):
        record_figures(store, live.id, SessionFigures(10**30, None, None))
    assert read_figures(store, live.id) == SessionFigures()


_RECORD_THEN_DIE = """
import os, signal, sys
from facilitator.paths import database_path
from facilitator.sessions.figures import SessionFigures, record_figures
from facilitator.sessions.store import Store
store = Store.open(database_path())
record_figures(store, sys.argv[1], SessionFigures(17, "18-24", "Шымкент"))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_figures_survive_a_kill_and_the_session_resumes_with_them() -> None:
    store = Store.open(database_path())
    live = new_session(store, "kk")
    store.close()
    child = subprocess.run(
        [sys.executable, "-c", _RECORD_THEN_DIE, live.id], cwd=ROOT, env=os.environ.copy(), timeout=60
    )
    assert child.returncode == -signal.SIGKILL
    store = Store.open(database_path())
    resumed = LiveSession.resume(store, live.id, FakeClock())
    assert read_figures(store, resumed.id) == SessionFigures(17, "18-24", "Шымкент")
    store.close()


def test_sessions_list_shows_participants_age_band_and_town() -> None:
    store = Store.open(database_path())
    counted = new_session(store)
    record_figures(store, counted.id, SessionFigures(23, "14-17", "Талдықорған"))
    blank = new_session(store)
    store.close()
    result = run_cli("sessions", "list")
    assert result.returncode == 0, result.stderr
    rows = {line.split("\t")[0]: line.split("\t") for line in result.stdout.splitlines()}
    assert rows[counted.id][5:] == ["23", "14-17", "Талдықорған"]
    assert rows[blank.id][5:] == ["-", "-", "-"]


def test_export_and_import_carry_the_figures(tmp_path: Path) -> None:
    store = Store.in_memory()
    live = new_session(store)
    record_figures(store, live.id, SessionFigures(9, "25-35", "Тараз"))
    out = tmp_path / "session.json"
    export_sealed(store, live.id, out)
    again = import_session(store, read_session_file(out, file_passphrase))
    assert read_figures(store, again) == SessionFigures(9, "25-35", "Тараз")
