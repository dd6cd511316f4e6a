"""Whether a running Facilitator app holds this data folder, read from the lock file it writes.

The app takes the lock with Qt's ``QLockFile`` (facilitator/ui/single_instance.py); the core has no
Qt, so it reads the file. ``QLockFile`` writes one field a line: the process id, the program's file
name, the host name, the machine's unique id and the boot id (the last two since Qt 5.10). The lock
is held, as ``QLockFile`` itself judges it, unless it was written on this machine and that process
is gone: the machine rebooted since, the pid is free, or it now runs another program.
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from facilitator.paths import instance_lock_path


@dataclass(frozen=True)
class Holder:
    """The app that holds the data folder (pid 0: the lock file cannot be read)."""

    path: Path
    pid: int
    host: str

    def describe(self) -> str:
        """e.g. "process 4242 on laptop-7"."""
        if not self.pid:
            return f"see {self.path}"
        return f"process {self.pid} on {self.host}" if self.host else f"process {self.pid}"


def holder(path: Path | None = None) -> Holder | None:
    """The running app that holds the lock at ``path`` (the data folder's by default), or None."""
    path = path or instance_lock_path()
    try:
        lines = path.read_bytes().decode("utf-8", "replace").split("\n")
    except FileNotFoundError:
        return None
    except OSError:
        return Holder(path, 0, "")  # there but unreadable: Qt would not take it over either
    lines += [""] * (5 - len(lines))
    pid_text, program, host, host_id, boot_id = (line.strip() for line in lines[:5])
    pid = int(pid_text) if pid_text.isdigit() else 0
    if pid <= 0:
        return Holder(path, 0, "")  # unreadable data: Qt keeps such a lock (no age limit is set)
    if not _same_machine(host, host_id):
        return Holder(path, pid, host)  # another computer (a shared folder): nothing to check here
    ours = _boot_id()
    if boot_id and ours and boot_id != ours:
        return None  # written before this machine last started
    return Holder(path, pid, host) if _running(pid, program) else None


def _same_machine(host: str, host_id: str) -> bool:
    """Qt's rule: the machine's unique id when both are known, else the host name."""
    ours = _machine_id()
    if host_id and ours:
        return host_id == ours
    return not host or host == _host_name()


def _host_name() -> str:
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "")
    return socket.gethostname()


def _machine_id() -> str:
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):  # what Qt reads on Linux
        try:
            return Path(candidate).read_text().strip()
        except OSError:
            continue
    return ""


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""  # not Linux: the boot is not compared


def _running(pid: int, program: str) -> bool:
    """Whether ``pid`` runs, and (where it can be read) still runs ``program``."""
    if sys.platform == "win32":
        return _running_on_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: it exists
    try:
        running = os.path.basename(os.readlink(f"/proc/{pid}/exe"))
    except OSError:
        return True  # not Linux, or not ours to read: the pid alone decides
    return not program or running == program  # another program: the pid was reused


def _running_on_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel.GetLastError() == 5)  # ERROR_ACCESS_DENIED: someone else's, running
    try:
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel.CloseHandle(handle)
