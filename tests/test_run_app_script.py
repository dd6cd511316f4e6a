"""scripts/run-app.sh (the README's first command) without a screen says what it did and whether
the app works, in a line of its own, not only Qt's warnings (blind drive)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def copy_of_the_script(tmp_path: Path) -> Path:
    """The script in a tree of its own: setup done (a stub), the app this checkout's."""
    (tmp_path / "scripts").mkdir()
    script = tmp_path / "scripts" / "run-app.sh"
    shutil.copy2(ROOT / "scripts" / "run-app.sh", script)
    setup = tmp_path / "scripts" / "setup.sh"
    setup.write_text("#!/bin/sh\nexit 0\n")
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    app = tmp_path / ".venv" / "bin" / "facilitator"
    app.write_text(f'#!/bin/sh\ncd "{ROOT}" && exec "{sys.executable}" -m facilitator "$@"\n')
    for executable in (setup, app):
        executable.chmod(0o755)
    return script


def without_a_screen() -> dict[str, str]:
    gone = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return {key: value for key, value in os.environ.items() if key not in gone}


def test_without_a_screen_it_says_it_checked_offscreen_and_that_the_app_works(tmp_path: Path) -> None:
    result = subprocess.run(
        ["bash", str(copy_of_the_script(tmp_path))],
        capture_output=True,
        text=True,
        env=without_a_screen(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "No screen found" in result.stderr and "offscreen" in result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("It works") and "with a screen" in last, result.stdout
    assert "This plugin does not support" not in result.stderr


def test_a_failed_check_says_so_with_its_exit_code(tmp_path: Path) -> None:
    result = subprocess.run(
        ["bash", str(copy_of_the_script(tmp_path)), str(tmp_path / "no-such-plan.yaml")],
        capture_output=True,
        text=True,
        env=without_a_screen(),
        timeout=120,
    )
    assert result.returncode != 0
    assert "It works" not in result.stdout
    assert f"The offscreen check failed (exit {result.returncode})" in result.stderr
