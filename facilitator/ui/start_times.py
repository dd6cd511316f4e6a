"""When the first window painted, when the projector's holding screen painted, and when the console
took keys: the start-up benchmark's figures (``facilitator --quit-when-shown`` prints them;
benchmarks/run.py compares them with a bare window measured the same way)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.ui.first_frame import HOLDING_NAME


class StartTimes(QObject):
    """Notes the wall-clock time of the application's first paint event, and of the holding
    screen's first paint."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.first_paint: float | None = None
        self.projector_paint: float | None = None
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            now = time.time()
            if self.first_paint is None:
                self.first_paint = now
            if isinstance(watched, QWidget) and watched.objectName() == HOLDING_NAME:
                self.projector_paint = now
                self._app.removeEventFilter(self)
        return False

    def report(self) -> dict[str, float | None]:
        """Wall-clock seconds since the epoch: the first paint, the holding screen's first paint,
        and now (the console takes keys)."""
        self._app.removeEventFilter(self)
        times = {"first_paint": self.first_paint, "projector_paint": self.projector_paint}
        return {**times, "console_ready": time.time()}
