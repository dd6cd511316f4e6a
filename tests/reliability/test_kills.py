"""Kill a live session at random moments: nothing typed ≥ 1 s before is lost, the step and its time
come back right (±2 s). CI runs 20 kills; the full suite 200:

    FACILITATOR_RELIABILITY=full scripts/test.sh tests/reliability -s
"""

from __future__ import annotations

import os
import random
import time

from facilitator.paths import database_path
from facilitator.sessions.clock import SystemClock
from facilitator.sessions.events import EventKind
from facilitator.sessions.live import LiveSession
from facilitator.sessions.store import Store
from tests.helpers.processes import run_and_kill

FULL = os.environ.get("FACILITATOR_RELIABILITY") == "full"
KILLS = 200 if FULL else 20


def test_random_sigkills_lose_nothing_and_resume_on_time() -> None:
    rng = random.Random(11)
    worst_drift = 0.0
    lost = 0
    for kill in range(KILLS):
        lines = run_and_kill(["tests.helpers.timed_session", str(rng.randrange(10**6))], rng.randint(2, 61))
        session_id = lines[0].split()[1]
        records = [line.split() for line in lines if len(line.split()) == 4]
        killed_at = time.time()
        store = Store.open(database_path())
        try:
            assert store.integrity_check() == "ok"
            step, elapsed, wall, _notes = records[-1]
            kept = len(store.notes(session_id))
            typed_before = max((int(r[3]) for r in records if killed_at - float(r[2]) >= 1.0), default=0)
            lost += max(0, typed_before - kept)
            resumed = LiveSession.resume(store, session_id, SystemClock())
            state = resumed.engine.state()
            moves = [e for e in store.events(session_id) if e.kind is EventKind.GOTO and e.wall > float(wall)]
            unconfirmed_move = bool(moves)  # committed after the child's last report, before the kill
            expected_step = moves[-1].step if unconfirmed_move else int(step)
            assert state.index == expected_step, (kill, state.index, expected_step)
            if not unconfirmed_move:
                expected = float(elapsed) + (time.time() - float(wall))
                worst_drift = max(worst_drift, abs(state.step_elapsed - expected))
            resumed.engine.end()
        finally:
            store.close()
    print(
        f"\nreliability: {KILLS} kills, integrity ok {KILLS}/{KILLS}, notes lost {lost}, "
        f"worst resume drift {worst_drift:.3f} s"
    )
    assert lost == 0
    assert worst_drift <= 2.0
