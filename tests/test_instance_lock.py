"""The core reads the lock file Qt's QLockFile writes, and judges it as QLockFile does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile

from facilitator import instance_lock
from facilitator.paths import instance_lock_path


def qt_lines() -> list[str]:
    """What QLockFile wrote for this process (pid, program, host, machine id, boot id)."""
    return instance_lock_path().read_text().split("\n")[:5]


def test_a_lock_qt_holds_is_read_as_held_by_this_process(data_dir: Path) -> None:
    lock = QLockFile(str(instance_lock_path()))
    assert lock.tryLock(0)
    try:
        holder = instance_lock.holder()
        assert holder is not None and holder.pid == os.getpid()
        assert holder.path == data_dir / "facilitator.lock"
        assert holder.describe().startswith(f"process {os.getpid()} on ")
    finally:
        lock.unlock()
    assert instance_lock.holder() is None  # released: nothing there


def write(lines: list[str]) -> None:
    instance_lock_path().write_text("\n".join(lines) + "\n")


def test_what_makes_a_lock_stale(data_dir: Path) -> None:
    lock = QLockFile(str(instance_lock_path()))
    assert lock.tryLock(0)
    ours = qt_lines()
    lock.unlock()
    write(ours)
    assert instance_lock.holder() is not None  # this very process: alive, same program
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    write([dead.stdout.decode().strip(), *ours[1:]])
    assert instance_lock.holder() is None  # the process is gone
    write([ours[0], "another-program", *ours[2:]])
    assert instance_lock.holder() is None  # the pid now runs another program
    if ours[4]:
        write([*ours[:4], "00000000-0000-0000-0000-000000000000"])
        assert instance_lock.holder() is None  # written before the machine restarted
    write([dead.stdout.decode().strip(), ours[1], "another-laptop", "0" * 32, ""])
    far = instance_lock.holder()
    assert far is not None and far.host == "another-laptop"  # another machine: cannot tell, so held
    write(["garbage"])
    assert instance_lock.holder() is not None  # unreadable: Qt keeps it too (no age limit)
    instance_lock_path().unlink()
    assert instance_lock.holder() is None
