"""Notes typed through the console's writer thread, in a process a test kills with SIGKILL.

``python -m tests.helpers.writer_session`` opens the store in ``$FACILITATOR_DATA_DIR``, starts
a session and queues notes on a ``NoteWriter`` without waiting, as the notes box does: note N
is saved, and every third one is edited once more. The writer's done callback prints
``saved N`` or ``edited N`` once that save is committed, so the parent knows what the app would
have shown as "Saved" before the kill.
"""

from __future__ import annotations

import sys
import threading
from concurrent.futures import Future

from facilitator.paths import database_path
from facilitator.sessions.clock import SystemClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.note_writer import NoteDraft, NoteWriter
from facilitator.sessions.store import Store
from tests.helpers.plans import loaded_plan

QUEUED_AHEAD = 20
"""At most this many saves wait in the queue (a fast typist, a slow disk)."""


def text(number: int, edited: bool = False) -> str:
    return f"note {number}: отец решает всё дома" + (" (edited)" if edited else "")


def main() -> None:
    store = Store.open(database_path())
    live = LiveSession.new(store, loaded_plan([10, 10, 10]), "writer.yaml", SystemClock())
    live.engine.start()
    writer = NoteWriter(live)
    room = threading.Semaphore(QUEUED_AHEAD)
    print(f"session {live.id}", flush=True)

    def report(word: str, number: int) -> object:
        def done(future: Future[NoteDraft | None]) -> None:
            if future.result() is not None:  # None: overtaken, not written; an error raises here
                print(f"{word} {number}", flush=True)
            room.release()

        return done

    for number in range(1_000_000):
        draft = NoteDraft(step=number % 3)
        room.acquire()
        writer.save(draft, text(number), []).add_done_callback(report("saved", number))  # type: ignore[arg-type]
        if number % 3 == 0:
            room.acquire()
            writer.save(draft, text(number, edited=True), []).add_done_callback(report("edited", number))  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
