"""``facilitator programme``: codes, export and what it says when something is missing."""

import json
from pathlib import Path

from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.store import Store
from facilitator.settings import load_settings
from tests.helpers.plans import loaded_plan
from tests.helpers.processes import run_cli
from tests.helpers.programme_sessions import planted_session


def run(*args: str):  # type: ignore[no-untyped-def]
    result = run_cli(*args)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_export_says_which_code_is_missing_and_how_to_set_it(tmp_path: Path) -> None:
    store = Store.open(database_path())
    session_id = planted_session(store)
    store.close()
    result = run("programme", "export", session_id, "--format", "odk", "--out", str(tmp_path / "v.zip"))
    assert result.returncode == 1
    assert "region: expected a region code from the list" in result.stderr
    assert "facilitator programme codes --programme CODE --facilitator CODE --region CODE" in result.stderr
    assert not (tmp_path / "v.zip").exists()


def test_codes_are_checked_before_they_are_saved() -> None:
    result = run("programme", "codes", "--programme", "KZ-YM", "--facilitator", "Ерлан", "--region", "KZ-15")
    assert result.returncode == 1
    assert "facilitator: expected a code (2 to 16 letters A-Z, digits or hyphens" in result.stderr
    assert "nothing was changed" in result.stderr
    assert load_settings().facilitator_code == ""
    result = run("programme", "codes", "--programme", "kz-ym", "--facilitator", "f017", "--region", "KG-GB")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "programme\tKZ-YM",
        "facilitator\tF017",
        "region\tKG-GB\tBishkek (city)",
    ]


def test_an_unfinished_or_unknown_session_is_refused_by_name(tmp_path: Path) -> None:
    run("programme", "codes", "--programme", "KZ-YM", "--facilitator", "F017", "--region", "KZ-15")
    store = Store.open(database_path())
    live = LiveSession.new(store, loaded_plan([10]), "plan.yaml", FakeClock())
    live.engine.start()
    store.close()
    result = run("programme", "export", live.id, "--format", "summary", "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert f'session "{live.id}" has not ended' in result.stderr
    result = run("programme", "export", "nosuchid", "--format", "summary", "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and 'no session "nosuchid"' in result.stderr


def test_export_writes_each_format(tmp_path: Path) -> None:
    run("programme", "codes", "--programme", "KZ-YM", "--facilitator", "F017", "--region", "KZ-15")
    store = Store.open(database_path())
    session_id = planted_session(store)
    store.close()
    result = run("programme", "export", session_id, "--format", "summary", "--out", str(tmp_path / "s"))
    assert result.returncode == 0, result.stderr
    (summary,) = (tmp_path / "s").glob("summary-2026W47-*.json")
    first = json.loads(summary.read_text(encoding="utf-8"))
    run("programme", "export", session_id, "--format", "summary", "--out", str(tmp_path / "again"))
    (again,) = (tmp_path / "again").glob("*.json")
    assert json.loads(again.read_text(encoding="utf-8")) == first, "the same session, the same summary"
    result = run("programme", "export", session_id, "--format", "odk", "--out", str(tmp_path / "o.zip"))
    assert result.returncode == 0
    assert (tmp_path / "o.zip").is_file() and (tmp_path / "o.form.xlsx").is_file()
    result = run(
        "programme", "export", session_id, "--format", "dhis2-json", "--out", str(tmp_path / "d.json")
    )
    assert result.returncode == 2, "DHIS2 values come from the merge of every facilitator's summaries"
    assert not (tmp_path / "d.json").exists()


def test_help_lists_the_programme_commands() -> None:
    result = run("--help")
    for command in ("programme codes", "programme export", "programme merge", "programme regions"):
        assert command in result.stdout
