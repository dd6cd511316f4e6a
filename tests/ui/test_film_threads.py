"""The decoder's threads never ask for Python's GIL (the cause of a real freeze on a film change).

QtMultimedia's FFmpeg backend decodes and plays in threads of its own. If one of them calls into
Python (a virtual method of an object made from Python, looked up by shiboken) while it holds a Qt
mutex, and the main thread holds the GIL while it waits for that mutex (stopping or loading a film),
the app freezes for good. Whether it does depends on timing; whether a Qt thread asks for the GIL at
all does not: this counts, with a small preloaded library, every request for the GIL from a thread
other than the main one while a hundred quick film changes run, and there must be none.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SPY = ROOT / "tests" / "helpers" / "gil_spy.c"
COMPILER = shutil.which("cc") or shutil.which("gcc")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux") or COMPILER is None, reason="LD_PRELOAD and cc")
def test_no_thread_of_the_film_decoder_ever_asks_for_the_gil(tmp_path: Path) -> None:
    spy = tmp_path / "gil_spy.so"
    subprocess.run([COMPILER, "-shared", "-fPIC", "-O1", "-o", str(spy), str(SPY), "-ldl"], check=True)
    count = tmp_path / "count"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "--no-qt-log",  # pytest-qt's Python log handler is called from Qt's threads: not the app
            "tests/ui/test_films.py::test_a_hundred_quick_film_changes_never_freeze_the_app",
        ],
        cwd=ROOT,
        env={**os.environ, "LD_PRELOAD": str(spy), "GIL_SPY_OUT": str(count), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert count.read_text().strip() == "0"
