"""A scripted live session run in its own process, to be killed with SIGKILL by a test.

``python -m tests.helpers.scripted_session SEED`` opens the store in ``$FACILITATOR_DATA_DIR``,
starts a session and then, forever, moves through steps and types notes in an order decided by
SEED. After each action has been committed it prints one line, so the parent knows what was
committed before the kill (the store may hold one more action: committed, not yet printed).
"""

from __future__ import annotations

import os
import random
import sys

from facilitator.paths import database_path
from facilitator.sessions.clock import SystemClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.store import Store
from tests.helpers.plans import loaded_plan

MINUTES = [10, 8, 20, 12, 10, 10, 12, 15, 8, 10, 5]


def actions(seed: int) -> list[tuple[str, int]]:
    """The deterministic script: ("goto", step) or ("note", number)."""
    rng = random.Random(seed)
    script: list[tuple[str, int]] = []
    step = 0
    for number in range(100_000):
        if rng.random() < 0.3:
            step = rng.choice([s for s in range(len(MINUTES)) if s != step])
            script.append(("goto", step))
        script.append(("note", number))
    return script


def note_text(number: int) -> str:
    return f"note {number}: сказал, что отец никогда не готовил; әке қамқорлығы {marker(number % 50)}"


def marker(number: int) -> str:
    """A string that must never appear in any file in the data folder (encrypted runs)."""
    return f"ZQX{number:02d}MARKER"


def main(seed: int, encrypted: bool = False) -> None:
    if encrypted:  # the key file is made by the test (small scrypt cost); unlock as the app does
        from facilitator.security import vault

        store = vault.open_store(vault.unlock(os.environ["FACILITATOR_PASSPHRASE"]))
    else:
        store = Store.open(database_path())
    live = LiveSession.new(store, loaded_plan(MINUTES), "scripted.yaml", SystemClock())
    live.engine.start()
    if encrypted:
        store.set_roster(live.id, [marker(n) for n in range(50)])
    print(f"session {live.id}", flush=True)
    for kind, value in actions(seed):
        if kind == "goto":
            live.engine.jump(value)
        else:
            live.add_note(note_text(value), ["quote"] if value % 3 == 0 else [])
        print(f"{kind} {value}", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]), encrypted="--encrypted" in sys.argv)
