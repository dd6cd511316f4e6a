"""Save screenshots of the audience window and the console, for people to look at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

For each language (en, ru, kk) and projector size (1024×768, 1920×1080) it runs the built-in
workshop through every step and saves the projector and console at a few steps.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACILITATOR_DATA_DIR", tempfile.mkdtemp(prefix="facilitator-shots-"))

from PySide6.QtWidgets import QApplication

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui.audience_window import AudienceWindow
from facilitator.ui.console_window import ConsoleWindow
from facilitator.ui.launch import load_fonts
from facilitator.ui.session_bridge import SessionBridge

SIZES = ((1024, 768), (1920, 1080))
STEPS_TO_SHOOT = (0, 2, 4, 10)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    load_fonts(app)
    store = Store.open(database_path())
    for language in ("en", "ru", "kk"):
        loaded = load_plan(default_workshop(language))
        for width, height in SIZES:
            clock = FakeClock()
            bridge = SessionBridge(loaded, f"{language}.yaml", store, clock)
            audience = AudienceWindow(bridge)
            audience.resize(width, height)
            audience.show()
            console = ConsoleWindow(bridge, audience)
            console.resize(1280, 800)
            console.show()
            bridge.start()
            for index in range(len(loaded.plan.steps)):
                if index:
                    bridge.next()
                    if bridge.engine.index != index:  # a reveal step: next again for the step
                        bridge.next()
                clock.advance(loaded.plan.steps[index].duration * 0.7)
                bridge.timer_updated.emit()
                app.processEvents()
                if index in STEPS_TO_SHOOT:
                    audience.grab().save(
                        str(out / f"audience-{language}-{width}x{height}-step{index + 1}.png")
                    )
                    if width == 1920:
                        console.grab().save(str(out / f"console-{language}-step{index + 1}.png"))
            bridge.end()
            console.notes.commit_now()
            bridge.stop()
            audience.allow_close()
            for window in (console, audience):
                window.hide()
                window.deleteLater()
            app.processEvents()
    store.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
