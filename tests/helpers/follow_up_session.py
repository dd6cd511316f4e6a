"""A live session in the real console, in its own process, to be killed with SIGKILL by a test.

``python -m tests.helpers.follow_up_session`` opens the built-in English workshop as the app does
(its notes encrypted under the tests' passphrase), starts it and types four notes: two that read
like a disclosure and are left unanswered, one answered "not now", one marked for follow-up (and
an ordinary one). Then it types one more note key by key and never finishes it: no Ctrl+Enter,
no pause for a debounce; it waits only until the writer thread has committed what was handed over
(at most ``SAVE_TIMEOUT_S``, without letting Qt's event loop run). It prints
``session ID waiting N`` once all of it is on disk, then waits to be killed.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import SystemClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui.launch import Launcher
from facilitator.ui.notes_panel import NotesPanel

PASSPHRASE = "a passphrase for tests"  # the one tests/ui/conftest.py types when asked
UNANSWERED = ("Говорит, отец его бьёт", "Ағасы әйелін ұрады дейді")
DECLINED = "Сказал, что брат бьёт жену"
MARKED = "Says his father beats him"
TYPED_LAST = "Он сказал, что дома всё решает дядя"
"""Typed right before the kill: never finished, never saved by hand."""
SAVE_TIMEOUT_S = 10.0


def note(notes: NotesPanel, text: str) -> None:
    notes.editor.setPlainText(text)
    notes.finish_note()


def main() -> None:
    app = QApplication(sys.argv[:1])
    store = Store.open(database_path())
    loaded = load_plan(default_workshop("en"))
    launcher = Launcher(app, loaded, "plan.yaml", store, SystemClock(), ask=False, passphrase=PASSPHRASE)
    assert launcher.open() and launcher.bridge is not None and launcher.console is not None
    bridge, notes = launcher.bridge, launcher.console.notes
    bridge.start()
    note(notes, DECLINED)
    note(notes, MARKED)
    note(notes, UNANSWERED[0])
    note(notes, "Ordinary remark about the exercise")
    bridge.next()
    note(notes, UNANSWERED[1])
    notes.decline_follow_up()  # the offers are answered oldest first: DECLINED, then MARKED
    notes.mark_for_follow_up()
    notes.commit_now()
    notes.editor.setFocus()
    for character in TYPED_LAST:  # per character: keyClicks aborts on non-ASCII text
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, notes.editor, Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier
        )
    bridge.wait_for_saves(SAVE_TIMEOUT_S)  # the writer, not the event loop: no timer fires here
    print(f"session {bridge.session_id} waiting {notes.waiting_offers()}", flush=True)
    threading.Event().wait()  # until SIGKILL
    del app


if __name__ == "__main__":
    main()
