"""Run a helper module in its own process and kill it with SIGKILL while it is writing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(module_args: list[str], lines_before_kill: int) -> list[str]:
    """Start ``python -m MODULE ARGS``, read some of its lines, SIGKILL it mid-stride.

    Returns every complete line it printed (stripped), including those printed between our last
    read and the kill.
    """
    child = subprocess.Popen(
        [sys.executable, "-m", *module_args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert child.stdout is not None
    printed = []
    for _ in range(lines_before_kill):
        line = child.stdout.readline()
        if not line:
            break
        printed.append(line.strip())
    child.send_signal(signal.SIGKILL)  # the child is still writing: the kill lands anywhere
    child.wait()
    printed += child.stdout.read().split("\n")[:-1]  # complete lines only
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return printed


def cli_env(passphrase: str, data: Path | None = None, **more: str) -> dict[str, str]:
    """This process's environment with the store's and the files' passphrase set to ``passphrase``
    (and the data folder ``data``, if given), for ``run_cli``."""
    env = dict(os.environ, FACILITATOR_PASSPHRASE=passphrase, FACILITATOR_FILE_PASSPHRASE=passphrase, **more)
    if data is not None:
        env["FACILITATOR_DATA_DIR"] = str(data)
    return env


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60, input_text: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``facilitator ARGS`` in a process of its own (the test's data folder unless ``env``
    says otherwise) and return what it printed and its exit code."""
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=os.environ.copy() if env is None else env,
        timeout=timeout,
        input=input_text,
    )


def run_on_screens(
    module_args: list[str], layout: str, timeout: float, data: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m MODULE ARGS`` to its end on Qt's offscreen platform with the named screens
    of ``tests/helpers/LAYOUT`` (Qt fixes the platform when its application starts, hence a
    process of its own); ``data``: its data folder instead of the test's."""
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={ROOT / 'tests' / 'helpers' / layout}"}
    if data is not None:
        env["FACILITATOR_DATA_DIR"] = str(data)
    return subprocess.run(
        [sys.executable, "-m", *module_args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def start(module_args: list[str]) -> subprocess.Popen[str]:
    """Start ``python -m MODULE ARGS`` (offscreen Qt) in the test's data folder; lines on stdout."""
    return subprocess.Popen(
        [sys.executable, "-m", *module_args],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def read_line(child: subprocess.Popen[str], timeout: float = 60.0) -> str:
    """The child's next line on stdout; fails (and kills it) when none comes within ``timeout``."""
    import selectors

    assert child.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            child.kill()
            child.wait()
            raise AssertionError(f"no line from {child.args} within {timeout} s")
    return child.stdout.readline().strip()


def kill(child: subprocess.Popen[str]) -> None:
    """SIGKILL: no clean-up runs, whatever the child holds stays behind."""
    child.send_signal(signal.SIGKILL)
    child.wait()
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()
