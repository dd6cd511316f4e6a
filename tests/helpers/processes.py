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
