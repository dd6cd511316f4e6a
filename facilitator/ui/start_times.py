"""When the first window painted, when the projector's holding screen painted, and when the console
took keys: the start-up benchmark's figures (``facilitator --quit-when-shown`` prints them;
benchmarks/run.py compares them with a bare window measured the same way).

The paints are seen by an event filter on the first frame's two windows (the first windows the app
shows), not on the whole application: an application-wide filter written in Python is handed
every event of every object, and the first object of a Qt-private class whose nearest class
PySide6 wraps is ``QObject`` (the first frame's ``QAnimationTimer``) makes PySide6 create every
wrapped class derived from ``QObject`` to look for a closer one, with their enums (177 enum types,
30–115 ms measured), before the first paint: a cost of the measuring, which the app does not pay
there without it (the bare window's filter meets no such object; see still_layout.py)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from facilitator.ui.first_frame import HOLDING_NAME


class StartTimes(QObject):
    """Notes the wall-clock time of the first paint event of the ``watched`` windows, and of the
    holding screen's first paint."""

    def __init__(self, *watched: QWidget) -> None:
        super().__init__()
        self.first_paint: float | None = None
        self.projector_paint: float | None = None
        self._watched = watched
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            now = time.time()
            if self.first_paint is None:
                self.first_paint = now
            if isinstance(watched, QWidget) and watched.objectName() == HOLDING_NAME:
                self.projector_paint = now
                self._stop()
        return False

    def _stop(self) -> None:
        for widget in self._watched:
            widget.removeEventFilter(self)
        self._watched = ()

    def report(self) -> dict[str, float | None]:
        """Wall-clock seconds since the epoch: the first paint, the holding screen's first paint,
        and now (the console takes keys)."""
        self._stop()
        times = {"first_paint": self.first_paint, "projector_paint": self.projector_paint}
        return {**times, "console_ready": time.time()}
