"""Open the app on two named offscreen screens and print where each window landed, as JSON.

Run in its own process (the platform is fixed when the QApplication is created):
``QT_QPA_PLATFORM=offscreen:configfile=tests/helpers/two_screens.json python -m tests.helpers.two_screens``
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication, QWidget

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import SystemClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui.launch import Launcher, load_fonts


def where(window: QWidget) -> dict[str, object]:
    geometry = window.geometry()
    screen = window.screen()
    return {
        "screen": screen.name() if screen else None,
        "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "full_screen": window.isFullScreen(),
        "visible": window.isVisible(),
    }


def main() -> None:
    app = QApplication([])
    load_fonts(app)
    store = Store.open(database_path())
    launcher = Launcher(
        app,
        load_plan(default_workshop("en")),
        "plan.yaml",
        store,
        SystemClock(),
        ask=False,
        passphrase="two screens test",
    )
    launcher.open()
    app.processEvents()
    assert launcher.console is not None and launcher.audience is not None
    print(
        json.dumps(
            {
                "console": where(launcher.console),
                "audience": where(launcher.audience),
                "screens": [s.name() for s in app.screens()],
            }
        )
    )
    launcher.close()
    store.close()


if __name__ == "__main__":
    main()
