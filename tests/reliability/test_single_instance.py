"""One running app per data folder, with real processes: a second app refuses and writes nothing,
a killed app's lock is taken over, and ``data delete-all`` waits until no app holds the folder."""

from __future__ import annotations

import hashlib
import os
import pty
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator import instance_lock
from facilitator.paths import instance_lock_path
from tests.helpers.processes import ROOT, kill, read_line, start

MESSAGE = "Facilitator is already open on this data folder"


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file of the folder and its subfolders (the cache of checked plans): modification time
    and content."""
    return {
        str(path.relative_to(folder)): (path.stat().st_mtime_ns, _digest(path))
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def facilitator(*args: str, terminal: bool = False) -> subprocess.CompletedProcess[str]:
    """``facilitator ARGS`` to its end; ``terminal``: started from a terminal (stdin is a tty)."""
    primary, secondary = pty.openpty()
    try:
        return subprocess.run(
            [sys.executable, "-m", "facilitator", *args],
            cwd=ROOT,
            stdin=secondary if terminal else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            timeout=120,
        )
    finally:
        os.close(primary)
        os.close(secondary)


@pytest.fixture
def running_app() -> Iterator[subprocess.Popen[str]]:
    """The real app, open (console and projector) on the test's data folder."""
    child = start(["tests.helpers.open_app"])
    assert read_line(child) == f"open {child.pid}"
    yield child
    if child.poll() is None:
        kill(child)


def test_a_second_app_refuses_in_one_line_and_writes_nothing(
    data_dir: Path, running_app: subprocess.Popen[str]
) -> None:
    before = snapshot(data_dir)
    assert "facilitator.lock" in before and "key.json" in before
    for args in ((), ("--quit-when-shown",)):  # from a terminal; and scripted (no dialog either way)
        result = facilitator(*args, terminal=True)
        assert result.returncode == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
        assert MESSAGE in lines[0] and str(data_dir) in lines[0]
        assert f"process {running_app.pid}" in lines[0]
        assert "Switch to that window, or close it first." in lines[0]
        assert snapshot(data_dir) == before  # no database opened, no key made, no lock taken
    assert running_app.poll() is None  # the first one is untouched


def test_a_killed_apps_lock_is_taken_over(data_dir: Path, running_app: subprocess.Popen[str]) -> None:
    kill(running_app)
    lock = instance_lock_path()
    assert lock.read_text().split("\n")[0] == str(running_app.pid)  # left behind by the kill
    assert instance_lock.holder() is None  # the core sees it is stale
    second = start(["tests.helpers.open_app"])
    try:
        assert read_line(second) == f"open {second.pid}"
        assert lock.read_text().split("\n")[0] == str(second.pid)
        holder = instance_lock.holder()
        assert holder is not None and holder.pid == second.pid
    finally:
        kill(second)


def test_delete_all_refuses_while_an_app_runs_and_works_after(
    data_dir: Path, running_app: subprocess.Popen[str]
) -> None:
    before = snapshot(data_dir)
    refused = facilitator("data", "delete-all", "--yes")
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert "close it first; nothing was deleted" in refused.stderr
    assert f"process {running_app.pid}" in refused.stderr
    assert snapshot(data_dir) == before  # the key and the database are all there
    kill(running_app)  # it exits (the hard way: its lock file stays, naming a dead process)
    deleted = facilitator("data", "delete-all", "--yes")
    assert deleted.returncode == 0, deleted.stderr
    assert not (data_dir / "key.json").exists() and not (data_dir / "facilitator.sqlite3").exists()


def test_an_app_that_closes_gives_the_folder_back(data_dir: Path) -> None:
    shown = facilitator("--quit-when-shown")
    assert shown.returncode == 0, shown.stderr
    assert not instance_lock_path().exists() and instance_lock.holder() is None
    assert facilitator("data", "delete-all", "--yes").returncode == 0


def test_the_refusal_line_follows_the_apps_language(
    data_dir: Path, running_app: subprocess.Popen[str]
) -> None:
    """Blind drive: the line was English whatever the app's language. It is said before the
    QApplication exists, in the language chosen in the app, or the one asked for."""
    from facilitator.settings import change_settings

    change_settings(ui_language="kk")  # chosen in the app's Language menu
    kazakh = facilitator(terminal=True)
    russian = facilitator("--ui-language", "ru", terminal=True)  # asked for: wins over the setting
    for result, words in (
        (kazakh, ("Facilitator осы деректер қалтасында бұрыннан ашық тұр", f"{running_app.pid} процесі")),
        (russian, ("Facilitator уже открыт с этой папкой данных", f"процесс {running_app.pid}")),
    ):
        assert result.returncode == 1, result.stderr
        (line,) = result.stderr.strip().splitlines()
        assert all(word in line for word in words), line
        assert str(data_dir) in line and "already open" not in line and "process" not in line
