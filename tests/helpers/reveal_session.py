"""A live session in its own process, driven through the bridge like the console drives it, to be
killed with SIGKILL by a test.

``python -m tests.helpers.reveal_session LANGUAGE`` starts the built-in workshop in LANGUAGE, goes
to its first guess-then-reveal step, reveals two answers (two presses of "next"), prints one line
``session ID step INDEX revealed N`` and then waits to be killed.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtWidgets import QApplication

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import SystemClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui.session_bridge import SessionBridge


def main(language: str) -> None:
    app = QApplication(sys.argv[:1])
    path = default_workshop(language)
    loaded = load_plan(path)
    store = Store.open(database_path())
    bridge = SessionBridge(loaded, str(path), store, SystemClock())
    bridge.start()
    index = next(i for i, s in enumerate(loaded.plan.steps) if any(f.reveal for f in s.audience.facts))
    bridge.jump(index)
    bridge.next()
    bridge.next()
    assert bridge.session_id is not None
    print(f"session {bridge.session_id} step {index} revealed {bridge.revealed()}", flush=True)
    threading.Event().wait()  # until SIGKILL
    del app


if __name__ == "__main__":
    main(sys.argv[1])
