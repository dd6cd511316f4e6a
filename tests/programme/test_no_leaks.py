"""Nothing but counts and codes leaves: markers planted in notes, names, the town, the cue log,
the plan's own texts and the session's exact time appear in no summary, export or merge output,
in any format, zip contents included. Run through the command line, as a facilitator would."""

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from facilitator.paths import database_path
from facilitator.sessions.store import Store
from tests.helpers.processes import run_cli
from tests.helpers.programme_sessions import MARKERS, planted_session

FORBIDDEN = (
    *MARKERS.values(),
    "Zqxerlan",  # the second name on the roster
    "zqx-user-driver",  # a driver id from outside the closed list
    "Test plan",  # the plan's title: the facilitator's own words
    "Step 1",  # a step title
    "Audience text",
    "Women already have enough rights",  # the statement's text (its id leaves, not its words)
    "Zqxagree",  # the plan's answer labels (MARKERS["answer"] is the third)
    "Zqxdisagree",
    "Private purpose",
    "2026-11-19",
    "19.11.2026",
    "19 Nov",
    "Nov 19",
    "08:26",
    "1795000",  # the wall-clock timestamp, in any precision
    "plan.yaml",
)


def texts_of(path: Path) -> list[tuple[str, str]]:
    """(name, text) of a file, of every entry of a zip (an .xlsx too), of a PDF's text."""
    raw = path.read_bytes()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return [
                (f"{path.name}!{name}", archive.read(name).decode("utf-8", "replace"))
                for name in archive.namelist()
            ] + [(f"{path.name}!names", "\n".join(archive.namelist()))]
    if raw.startswith(b"%PDF"):
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        return [(path.name, text), (f"{path.name}:raw", raw.decode("latin-1"))]
    return [(path.name, raw.decode("utf-8"))]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_no_marker_leaves_in_any_output(tmp_path: Path) -> None:
    store = Store.open(database_path())
    session_ids = [planted_session(store), planted_session(store)]
    store.close()
    assert (
        run_cli(
            "programme", "codes", "--programme", "KZ-YM", "--facilitator", "F017", "--region", "KZ-15"
        ).returncode
        == 0
    )
    out = tmp_path / "out"
    out.mkdir()
    for fmt, target in (
        ("summary", out / "summaries"),
        ("odk", out / "instances.zip"),
    ):
        result = run_cli("programme", "export", *session_ids, "--format", fmt, "--out", str(target))
        assert result.returncode == 0, result.stderr
    summaries = sorted((out / "summaries").glob("*.json"))
    assert len(summaries) == 2
    merged = run_cli("programme", "merge", *map(str, summaries), "--out", str(out / "merged"))
    assert merged.returncode == 0, merged.stderr
    files = sorted(path for path in out.rglob("*") if path.is_file())
    names = {path.name for path in files}
    assert {"instances.zip", "instances.form.xlsx"} <= names
    assert {
        "programme-figures.csv",
        "programme-figures.pdf",
        "dhis2-values.json",
        "dhis2-values.csv",
        "dhis2-metadata.json",
    } <= names
    checked = 0
    for path in files:
        for name, text in texts_of(path):
            for marker in FORBIDDEN:
                assert marker.casefold() not in text.casefold(), f"{marker!r} leaked into {name}"
            checked += 1
    assert checked >= 10
    # the test has teeth: what must leave is there
    values = out / "merged" / "dhis2-values.csv"
    assert "enough-rights" in values.read_text(encoding="utf-8").casefold().replace("_", "-")
    assert "202611" in (out / "merged" / "dhis2-values.json").read_text(encoding="utf-8")
