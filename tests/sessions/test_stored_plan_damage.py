"""The workshop kept with a session in the database, damaged there (a disk fault), is said
against the database, never against the plan file it was copied from (which is intact)."""

import sqlite3
from pathlib import Path

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from tests.helpers.processes import run_cli


def test_a_damaged_stored_plan_names_the_database_not_the_plan_file(data_dir: Path, tmp_path: Path) -> None:
    plan_file = default_workshop("en")
    store = Store.open(database_path())
    live = LiveSession.new(store, load_plan(plan_file), str(plan_file), FakeClock())
    store.close()
    db = sqlite3.connect(database_path())
    (source,) = db.execute("SELECT plan_source FROM sessions").fetchone()
    middle = len(source) // 2
    db.execute("UPDATE sessions SET plan_source = ?", (source[:middle] + "\x1b" + source[middle + 1 :],))
    db.commit()
    db.close()
    result = run_cli("export", live.id, "--out", str(tmp_path / "r.pdf"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines and all(not line.startswith(str(plan_file)) for line in lines), result.stderr
    assert lines[0].startswith(f"{database_path()} (the copy of {plan_file} kept with session {live.id}):")
    assert f"the workshop kept with session {live.id} is damaged in the database" in result.stderr
