"""``facilitator programme``: codes, export and what it says when something is missing."""

import json
import os
import stat
import sys
from pathlib import Path

import pytest

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


def _exported_summaries(tmp_path: Path) -> tuple[str, list[Path]]:
    """A finished session, the codes set, and its summary file (for a merge)."""
    run("programme", "codes", "--programme", "KZ-YM", "--facilitator", "F017", "--region", "KZ-15")
    store = Store.open(database_path())
    session_id = planted_session(store)
    store.close()
    folder = tmp_path / "summaries"
    assert run("programme", "export", session_id, "--format", "summary", "--out", str(folder)).returncode == 0
    return session_id, sorted(folder.glob("*.json"))


def test_export_and_merge_replace_a_file_only_with_force(tmp_path: Path) -> None:
    """``programme export`` and ``programme merge`` wrote over what was there (break, Dec 2026):
    a typo in --out replaced a file; now refused without --force, as ``export`` does."""
    session_id, summaries = _exported_summaries(tmp_path)
    zipped = tmp_path / "mine.zip"
    form = tmp_path / "mine.form.xlsx"
    merged = tmp_path / "merged"
    merged.mkdir()
    mine = {zipped: b"my archive", form: b"my form", merged / "programme-figures.pdf": b"my report"}
    for path, body in mine.items():
        path.write_bytes(body)
    again = run("programme", "export", session_id, "--format", "summary", "--out", str(summaries[0].parent))
    odk = run("programme", "export", session_id, "--format", "odk", "--out", str(zipped))
    merge = run("programme", "merge", *map(str, summaries), "--out", str(merged))
    for result, path in (
        (again, summaries[0]),
        (odk, zipped),
        (odk, form),
        (merge, merged / "programme-figures.pdf"),
    ):
        assert result.returncode == 1
        assert f"facilitator: {path} exists already; nothing was written" in result.stderr
        assert "--force" in result.stderr
    assert {path: path.read_bytes() for path in mine} == mine
    assert sorted(path.name for path in merged.iterdir()) == ["programme-figures.pdf"], "nothing written"
    for args in (
        ("export", session_id, "--format", "odk", "--out", str(zipped)),
        ("merge", *map(str, summaries), "--out", str(merged)),
    ):
        assert run("programme", *args, "--force").returncode == 0
    assert zipped.read_bytes().startswith(b"PK") and form.read_bytes().startswith(b"PK")
    assert (merged / "programme-figures.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs on Windows")
def test_export_and_merge_never_write_over_a_pipe_or_a_folder_even_with_force(tmp_path: Path) -> None:
    session_id, summaries = _exported_summaries(tmp_path)
    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    merged = tmp_path / "merged"
    merged.mkdir()
    (merged / "programme-figures.csv").mkdir()
    os.mkfifo(merged / "dhis2-values.json")
    odk = run("programme", "export", session_id, "--format", "odk", "--out", str(fifo), "--force")
    merge = run("programme", "merge", *map(str, summaries), "--out", str(merged), "--force")
    for result, path in (
        (odk, fifo),
        (merge, merged / "programme-figures.csv"),
        (merge, merged / "dhis2-values.json"),
    ):
        assert result.returncode == 1
        assert f"cannot write {path}: it is not a regular file" in result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode) and stat.S_ISFIFO((merged / "dhis2-values.json").stat().st_mode)
    assert sorted(path.name for path in merged.iterdir()) == ["dhis2-values.json", "programme-figures.csv"]
    assert not (tmp_path / "pipe.form.xlsx").exists()
