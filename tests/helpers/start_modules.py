"""Start the app as ``facilitator --quit-when-shown`` and print, as JSON, the modules imported at
its first paint and when its console took keys, whether PySide6 had built its ``Qt`` namespace
at the first paint, and whether Python's garbage collector ran then, in the event loop's turns
after the console took keys, and once the app returned (tests/ui/test_start_imports.py)."""

from __future__ import annotations

import gc
import json
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

from facilitator import app as app_module
from facilitator.cli import main
from facilitator.ui import start_times

seen: dict[str, list[str]] = {}
first_paint_filter = start_times.StartTimes.eventFilter
report = start_times.StartTimes.report


def at_first_paint(self: start_times.StartTimes, watched: QObject, event: QEvent) -> bool:
    if event.type() == QEvent.Type.Paint and "first_paint" not in seen:
        seen["first_paint"] = sorted(sys.modules)
        # PySide6 builds Qt's namespace (≈ 110 enum types) the first time any of it is used
        seen["qt_namespace_at_first_paint"] = ["Qt"] if "Qt" in vars(sys.modules["PySide6.QtCore"]) else []
        seen["gc_at_first_paint"] = [gc.isenabled()]
    return first_paint_filter(self, watched, event)


UNUSED_QT_CLASSES = {
    "PySide6.QtCore": ("QProcess", "QSharedMemory", "QFileSystemWatcher", "QStateMachine"),
    "PySide6.QtGui": ("QOpenGLContext", "QPdfWriter", "QUndoStack"),
    "PySide6.QtWidgets": ("QMessageBox", "QFileDialog", "QInputDialog", "QWizard", "QCalendarWidget"),
}
"""Classes the console never uses before it takes keys: PySide6 creates a class (and builds its
enums) on its first use, or all of a module's at once when it must look for an object's class
among them (an object of a Qt-private class handed to a Python event filter)."""


def at_console_ready(self: start_times.StartTimes) -> dict[str, float | None]:
    if "console_ready" not in seen:
        seen["console_ready"] = sorted(sys.modules)
        seen["unused_qt_classes_at_console_ready"] = [
            name
            for module, names in UNUSED_QT_CLASSES.items()
            for name in names
            if name in vars(sys.modules[module])
        ]
        seen["gc_at_console_ready"] = [gc.isenabled()]
    return report(self)


report_and_quit = app_module._report_and_quit


def quit_two_turns_later(times: start_times.StartTimes, launcher: Any, app: Any) -> None:
    """What the console-ready turn sees is kept now; the app quits two event-loop turns later, so
    what the app does in the turn after the console takes keys is seen too."""
    at_console_ready(times)

    def then() -> None:
        seen["gc_two_turns_after_console_ready"] = [gc.isenabled()]
        report_and_quit(times, launcher, app)

    QTimer.singleShot(0, lambda: QTimer.singleShot(0, then))


start_times.StartTimes.eventFilter = at_first_paint  # type: ignore[method-assign]
start_times.StartTimes.report = at_console_ready  # type: ignore[method-assign]
app_module._report_and_quit = quit_two_turns_later  # type: ignore[assignment]
code = main(["--quit-when-shown", *sys.argv[1:]])
seen["gc_after_the_app"] = [gc.isenabled()]
print(json.dumps(seen))
sys.exit(code)
