"""Nothing heavy is imported before the first paint, nor before the console takes keys.

The app is started for real in a subprocess (offscreen, ``--quit-when-shown``, a throwaway data
folder), twice: the first start checks the plan, the series and the cue library in full and keeps
the results; the second is the start a facilitator has every day, and must paint its first frame,
and take keys, without any of the modules below."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEVER_BEFORE_KEYS = (
    "pydantic",  # plans, series and cues checked in full: only for a file not seen before
    "yaml",
    "reportlab",  # PDFs
    "PIL",
    "natasha",  # the anonymizer's name model and dictionaries
    "pymorphy2",
    "numpy",
    "facilitator.anonymizer.anonymizer",
    "facilitator.anonymizer.ner",
    "facilitator.anonymizer.lexicon",
    "facilitator.export.pdf",
    "facilitator.export.report",
    "facilitator.export.review",  # the review and the session's figures: at the session's end
    "facilitator.ui.session_figures",
    "facilitator.planner",
    "facilitator.programme",
    "facilitator.sessions.series_loader",
    "facilitator.aids.cue_loader",
    "facilitator.aids.referrals",
    "PySide6.QtMultimedia",  # films: with the first film step
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "asyncio",  # the asyncio loop (qasync): put under Qt's loop in the turn after the console takes keys
    "qasync",
    "facilitator.sessions.unfinished",  # only when an unfinished session is looked for (asked)
    "unicodedata",  # names a hidden character in a file's error: no file is checked in full
)
NEVER_BEFORE_FIRST_PAINT = (
    *NEVER_BEFORE_KEYS,
    "cryptography",  # the notes key: unlocked behind the first frame
    "facilitator.ui.console_window",
    "facilitator.ui.session_bridge",
    "facilitator.sessions.plan",  # the plan is built behind the first frame (its title is peeked)
    "facilitator.presentation",
    "facilitator.ui.audience_view",  # the holding screen is painted without it
    "facilitator.sessions.store",  # the session store and SQLite: opened behind the first frame
    "sqlite3",
)


def start(data: Path, *arguments: str) -> dict[str, list[str]]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_DATA_DIR": str(data),
        "FACILITATOR_PASSPHRASE": "start imports",
        "PYTHONPATH": str(ROOT),  # this checkout's code, whatever the venv's editable install points at
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "helpers" / "start_modules.py"), *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    modules: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return modules


def heavy(modules: list[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == f or m.startswith(f + ".") for f in forbidden))


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_known_plan_paints_and_takes_keys_without_heavy_modules(tmp_path: Path, language: str) -> None:
    first = start(tmp_path, "--language", language)
    assert "pydantic" in first["console_ready"]  # the first start checked the files in full
    again = start(tmp_path, "--language", language)
    assert heavy(again["first_paint"], NEVER_BEFORE_FIRST_PAINT) == []
    assert again["qt_namespace_at_first_paint"] == []  # its ≈ 110 enum types: after the first paint
    assert heavy(again["console_ready"], NEVER_BEFORE_KEYS) == []
    # no class of Qt's built that the console does not use (PySide6 builds each one's enums)
    assert again["unused_qt_classes_at_console_ready"] == []
    assert "facilitator.ui.console_window" in again["console_ready"]  # it did start for real


def test_the_garbage_collector_waits_for_the_console_and_runs_after(tmp_path: Path) -> None:
    """Held from the start until the console takes keys (facilitator/start_gc.py), then on again
    from the event loop's next turn for the whole session, and after the app has returned."""
    start(tmp_path)
    again = start(tmp_path)
    assert again["gc_at_first_paint"] == [False]
    assert again["gc_at_console_ready"] == [False]
    assert again["gc_two_turns_after_console_ready"] == [True]
    assert again["gc_after_the_app"] == [True]
