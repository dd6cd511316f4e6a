"""Notes typed into an encrypted store, in a process a test kills with SIGKILL mid-write.

``python -m tests.helpers.crash_writer`` sets the passphrase in ``$FACILITATOR_DATA_DIR``, opens
the store as the app does (``vault.open_store``), starts a session and commits notes one after
the other, printing ``saved N`` once note N is committed. It stops after ``MAX_NOTES`` (fewer
pages than SQLite's automatic checkpoint takes, so what they wrote stays in the -wal) and waits,
holding the database open, to be killed.
"""

from __future__ import annotations

import sys
import threading

from facilitator.security import vault
from facilitator.sessions.clock import SystemClock
from facilitator.sessions.live import LiveSession
from tests.helpers.plans import loaded_plan
from tests.helpers.sealing import FAST

PASSPHRASE = "a passphrase for the crash"
MAX_NOTES = 150


def text(number: int) -> str:
    return f"note {number}: Айгерим said her father decides everything at home"


def main() -> None:
    store = vault.open_store(vault.set_up(PASSPHRASE, n=FAST))
    live = LiveSession.new(store, loaded_plan([10, 10]), "crash.yaml", SystemClock())
    live.engine.start()
    print(f"session {live.id}", flush=True)
    for number in range(MAX_NOTES):
        live.add_note(text(number), ["quote"])
        print(f"saved {number}", flush=True)
    threading.Event().wait()  # killed here at the latest, the database still open


if __name__ == "__main__":
    sys.exit(main())
