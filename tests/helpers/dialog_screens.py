"""Open each question the app asks at start-up (no window behind it) with the mouse pointer on the
projector, and print as JSON the screen each one opened on and its geometry.

``QT_QPA_PLATFORM=offscreen:configfile=tests/helpers/laptop.json python -m tests.helpers.dialog_screens``
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from facilitator.ui import dialogs, single_instance, start_errors


def main() -> None:
    app = QApplication([])
    projector = next(s for s in app.screens() if s.name() == "Projector")
    QCursor.setPos(projector.geometry().center())  # the pointer was left on the projector
    placed: dict[str, object] = {"pointer_on": QApplication.screenAt(QCursor.pos()).name()}

    def record(name: str) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            placed[name] = None
            return
        geometry = dialog.frameGeometry()
        placed[name] = {
            "screen": dialog.screen().name(),
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        }
        dialog.close()

    asked: dict[str, Callable[[], object]] = {
        "choose a passphrase": lambda: dialogs.ask_passphrase(None, "Choose", "Choose one.", confirm=True),
        "unlock": lambda: dialogs.ask_passphrase(None, "Unlock", "Type your passphrase."),
        "already open": lambda: single_instance.refuse(single_instance.AlreadyOpen(1), dialog=True),
        "resume": lambda: dialogs.ask_resume(None, "Resume the session?", "It did not end properly."),
        "other workshop": lambda: dialogs.choose(None, "Another workshop", "Which one?", ["Keep", "Resume"]),
        "cannot open the workshop": lambda: start_errors.tell(
            start_errors.StartError.PLAN, ["plan.yaml:3: x"]
        ),
        "delete all data": lambda: dialogs.confirm_typed(None, "Delete", "Deletes everything.", "DELETE"),
        "question": lambda: dialogs.ask(None, "Close?", "Close it?"),
        "not saved yet": lambda: dialogs.ask_unsaved(None, "Not saved yet", "Try again?"),
    }
    for name, ask in asked.items():
        QTimer.singleShot(200, lambda name=name: record(name))
        ask()
    print(json.dumps(placed))


if __name__ == "__main__":
    main()
