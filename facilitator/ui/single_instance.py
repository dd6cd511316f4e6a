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
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate, translate_in

TITLE = QT_TRANSLATE_NOOP("SingleInstance", "Facilitator is already open")
ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "SingleInstance",
    "Facilitator is already open on this data folder ({folder}). Switch to that window, or close it first.",
)
HOLDER = QT_TRANSLATE_NOOP("SingleInstance", "process {pid} on {host}")
HOLDER_HERE = QT_TRANSLATE_NOOP("SingleInstance", "process {pid}")


class AlreadyOpen(Exception):
    """Another running app holds this data folder: which process (``pid``, 0 when unknown), where."""

    def __init__(self, pid: int = 0, host: str = "") -> None:
        self.pid = pid
        self.host = host
        super().__init__(self.line("en"))

    def line(self, language: str | None) -> str:
        """The one line for a terminal, in ``language`` (the UI's: the setting, ``--ui-language``
        or the system's when None): said before the QApplication exists, so translated here."""

        def said(text: str) -> str:
            return translate_in(language, "SingleInstance", text)

        folder = str(data_dir())
        if self.pid:
            holder = said(HOLDER if self.host else HOLDER_HERE).format(pid=self.pid, host=self.host)
            folder = f"{folder}; {holder}"
        return said(ALREADY_OPEN).format(folder=folder)


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
    raise AlreadyOpen(*_holder(lock))


def _holder(lock: QLockFile) -> tuple[int, str]:
    info = lock.getLockInfo()
    if not isinstance(info, tuple) or len(info) != 3 or not info[0]:
        return 0, ""
    pid, host, _program = info
    return int(pid), str(host or "")


def refuse(exc: AlreadyOpen, dialog: bool, language: str | None = None) -> int:
    """Say so (one line on stderr in the UI's ``language``; and a dialog when ``dialog``); exit
    code 1. The dialog needs the QApplication made, with its translations installed.
    """
    print(f"facilitator: {exc.line(language)}", file=sys.stderr)
    if dialog:
        from facilitator.ui import dialogs

        dialogs.tell(
            None,
            translate("SingleInstance", TITLE),
            translate("SingleInstance", ALREADY_OPEN).format(folder=data_dir()),
        )
    return 1
