"""A scripted live session that reports, after each committed action, the step and its elapsed time.

``python -m tests.helpers.timed_session SEED`` prints ``<step> <elapsed> <wall>`` after every action
(a note or a step change), so a test that kills it can tell what the resumed session should show.
"""

from __future__ import annotations

import random
import sys
import time

from facilitator.paths import database_path
from facilitator.sessions.clock import SystemClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.store import Store
from tests.helpers.plans import loaded_plan
from tests.helpers.scripted_session import MINUTES, note_text


def main(seed: int) -> None:
    rng = random.Random(seed)
    clock = SystemClock()
    store = Store.open(database_path())
    live = LiveSession.new(store, loaded_plan(MINUTES), "timed.yaml", clock)
    live.engine.start()
    print(f"session {live.id}", flush=True)
    number = 0
    while True:
        if rng.random() < 0.2:
            live.engine.jump(rng.randrange(len(MINUTES)))
        else:
            live.add_note(note_text(number), [])
            number += 1
        state = live.engine.state()
        print(f"{state.index} {state.step_elapsed:.3f} {clock.wall():.3f} {number}", flush=True)
        time.sleep(rng.uniform(0.0, 0.01))  # a person typing: the child, not the test, waits


if __name__ == "__main__":
    main(int(sys.argv[1]))
