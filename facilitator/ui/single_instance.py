"""One running app per data folder: a ``QLockFile`` in the folder, held while the app runs.

A second app on the same folder could drive a session the first has ended, or save into a folder
another deleted. The lock never goes stale by age (the app holds it for hours); ``QLockFile``
takes it over only when the process that wrote it is gone (killed, or the machine restarted).
The core reads the same file to refuse ``data delete-all`` (facilitator/instance_lock.py).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLockFile

from facilitator.paths import data_dir, instance_lock_path
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate

TITLE = QT_TRANSLATE_NOOP("SingleInstance", "Facilitator is already open")
ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "SingleInstance",
    "Facilitator is already open on this data folder ({folder}). Switch to that window, or close it first.",
)


class AlreadyOpen(Exception):
    """Another running app holds this data folder; ``holder`` says which process, where."""

    def __init__(self, holder: str) -> None:
        self.holder = holder
        super().__init__(self.line())

    def line(self) -> str:
        """The one line for a terminal (English, like every command's messages)."""
        folder = f"{data_dir()}; {self.holder}" if self.holder else str(data_dir())
        return ALREADY_OPEN.format(folder=folder)


def hold_data_folder() -> QLockFile | None:
    """The data folder's lock, held until ``unlock()``; ``AlreadyOpen`` when another app holds it.

    None when no lock file can be made there (a read-only or full folder): the app goes on without
    it, and opening the database says what is wrong.
    """
    lock = QLockFile(str(instance_lock_path()))
    lock.setStaleLockTime(0)  # never stale by age: only a dead process (or a restart) frees it
    if lock.tryLock(0):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        return None
    raise AlreadyOpen(_holder(lock))


def _holder(lock: QLockFile) -> str:
    info = lock.getLockInfo()
    if not isinstance(info, tuple) or len(info) != 3 or not info[0]:
        return ""
    pid, host, _program = info
    return f"process {pid} on {host}" if host else f"process {pid}"


def refuse(exc: AlreadyOpen, dialog: bool) -> int:
    """Say so (one line on stderr; and a dialog in the UI's language when ``dialog``); exit code 1.

    The dialog needs the QApplication made, with its translations installed.
    """
    print(f"facilitator: {exc.line()}", file=sys.stderr)
    if dialog:
        from facilitator.ui import dialogs

        dialogs.tell(
            None,
            translate("SingleInstance", TITLE),
            translate("SingleInstance", ALREADY_OPEN).format(folder=data_dir()),
        )
    return 1
