"""A whole workshop driven by keys on a 1366×768 laptop with a projector, in each language: notes,
F2, F3, F12, lock and unlock, idle time, overtime, every step, end with confirmation. At each point
the projector holds audience content only, and no window or panel is larger than the laptop's screen.

Runs tests/helpers/workshop_drive.py in its own process (two named offscreen screens)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.processes import run_on_screens

POINTS = {"open", "start", "note", "f2", "f3", "f12", "f12-back", "lock", "unlock", "idle-locked", "overtime"}


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_a_whole_workshop_by_keys_on_the_laptop(language: str, tmp_path: Path) -> None:
    result = run_on_screens(
        ["tests.helpers.workshop_drive", language], "laptop.json", timeout=240, data=tmp_path / "data"
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-3000:]
    report = json.loads(lines[-1])
    assert report["problems"] == []
    assert set(report["points"]) >= POINTS and "end" in report["points"], report["points"]
    steps = {p for p in report["points"] if p.startswith("step-")}
    assert len(steps) >= 8  # every step after the second was shown and checked
    assert result.returncode == 0, result.stderr[-3000:]
