"""A session record with impossible times or counts is refused on import with file:line:field,
and ``sessions list`` keeps working (even over a row a former version let in)."""

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from facilitator.paths import database_path
from facilitator.security import vault
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.session_file import session_record
from facilitator.sessions.store import Store
from tests.helpers.plans import loaded_plan
from tests.helpers.processes import run_cli

PASSPHRASE = "three green horses at dawn"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env={**os.environ, "FACILITATOR_PASSPHRASE": PASSPHRASE})


@pytest.fixture
def record(tmp_path: Path) -> dict[str, object]:
    """A good exported session with an adjust event; the data folder has a passphrase, no session."""
    vault.set_up(PASSPHRASE, n=2**10)
    clock = FakeClock()
    store = Store.in_memory()
    live = LiveSession.new(store, loaded_plan([10, 5]), "plan.yaml", clock)
    live.engine.start()
    clock.advance(60)
    live.engine.add_time(60)
    live.add_note("a note", ["quote"])
    record = dict(json.loads(session_record(store, live.id)))
    store.close()
    return record


# (what is wrong, where, the value written as YAML/JSON text, the field named in the message)
BAD = [
    ("negative time", ("session", "created_wall"), "-5", "session.created_wall"),
    ("NaN time", ("session", "created_wall"), ".nan", "session.created_wall"),
    ("infinite time", ("session", "ended_wall"), ".inf", "session.ended_wall"),
    ("time far in the past", ("session", "created_wall"), "-1.0e+13", "session.created_wall"),
    ("10^30 participants", ("session", "participants"), "1" + "0" * 30, "session.participants"),
    ("negative note time", ("notes", 0, "created_wall"), "-1", "notes[0].created_wall"),
    ("NaN event time", ("events", 0, "wall"), ".nan", "events[0].wall"),
    ("NaN adjust", ("events", -1, "value"), ".nan", "events[1].value"),
    ("a year of adjust", ("events", -1, "value"), "31536000", "events[1].value"),
]


def write_with(record: dict[str, object], where: tuple[str | int, ...], text: str, out: Path) -> None:
    """The record as JSON with the value at ``where`` replaced by ``text`` (YAML reads .nan)."""
    changed = json.loads(json.dumps(record))
    target = changed
    for part in where[:-1]:
        target = target[part]
    target[where[-1]] = "@@BAD@@"
    out.write_text(json.dumps(changed, indent=2).replace('"@@BAD@@"', text))


@pytest.mark.parametrize(("name", "where", "text", "field"), BAD, ids=[b[0] for b in BAD])
def test_impossible_values_are_refused_with_file_line_field(
    record: dict[str, object], tmp_path: Path, name: str, where: tuple[str | int, ...], text: str, field: str
) -> None:
    bad = tmp_path / "bad.json"
    write_with(record, where, text, bad)
    rows = enumerate(bad.read_text().splitlines(), 1)
    line = next(n for n, row in rows if row.rstrip(",").endswith(f": {text}"))
    result = cli("sessions", "import", str(bad))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"{bad}:{line}: {field}: expected" in result.stderr
    listed = cli("sessions", "list")
    assert listed.returncode == 0 and listed.stdout == ""  # nothing was imported


def test_the_good_record_still_imports_and_lists(record: dict[str, object], tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(record))
    imported = cli("sessions", "import", str(good))
    assert imported.returncode == 0, imported.stderr
    listed = cli("sessions", "list")
    assert listed.returncode == 0 and imported.stdout.strip() in listed.stdout


def test_sessions_list_survives_a_row_with_an_impossible_time(data_dir: Path) -> None:
    store = Store.open(database_path())
    live = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    store.close()
    with sqlite3.connect(database_path()) as db:  # as a former version's import could leave it
        db.execute("UPDATE sessions SET created_wall = ? WHERE id = ?", (-1.0e13, live.id))
    db.close()
    listed = cli("sessions", "list")
    assert listed.returncode == 0 and "Traceback" not in listed.stderr
    assert f"{live.id}\tunknown date\t" in listed.stdout
