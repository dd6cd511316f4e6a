"""Kill a real process running a live session with SIGKILL, then reopen the store it wrote."""

from __future__ import annotations

import os
import random

import pytest

from facilitator.paths import database_path
from facilitator.sessions.clock import SystemClock
from facilitator.sessions.events import EventKind
from facilitator.sessions.live import LiveSession
from facilitator.sessions.store import Store
from tests.helpers.processes import run_and_kill
from tests.helpers.scripted_session import actions, note_text

KILLS = int(os.environ.get("FACILITATOR_KILLS", "50"))


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_committed_note_and_resumes_at_the_same_step() -> None:
    rng = random.Random(2026)
    for kill in range(KILLS):
        seed = rng.randrange(10**6)
        printed = run_and_kill(["tests.helpers.scripted_session", str(seed)], rng.randint(2, 120))
        assert printed and printed[0].startswith("session "), printed
        session_id = printed[0].split()[1]
        confirmed = len(printed) - 1

        store = Store.open(database_path())
        try:
            assert store.integrity_check() == "ok"
            script = actions(seed)
            events = [e for e in store.events(session_id) if e.kind is EventKind.GOTO]
            notes = store.notes(session_id)
            # what the store holds is exactly the start of the script: nothing lost, nothing torn
            done = len(events) + len(notes)
            assert confirmed <= done <= confirmed + 1, (kill, confirmed, done)
            expected = script[:done]
            assert [e.step for e in events] == [v for k, v in expected if k == "goto"]
            assert [n.text for n in notes] == [note_text(v) for k, v in expected if k == "note"]
            expected_step = next((v for k, v in reversed(expected) if k == "goto"), 0)

            resumed = LiveSession.resume(store, session_id, SystemClock())
            assert resumed.engine.state().index == expected_step
            assert all(n.step in range(len(resumed.engine.plan.steps)) for n in notes)
            resumed.engine.end()  # so the next round's unfinished session is the only one
        finally:
            store.close()


@pytest.mark.slow
def test_sigkill_loses_no_note_the_writer_thread_confirmed_and_keeps_their_order() -> None:
    from tests.helpers.writer_session import text

    rng = random.Random(7)
    for kill in range(max(5, KILLS // 5)):
        printed = run_and_kill(["tests.helpers.writer_session"], rng.randint(2, 200))
        session_id = printed[0].split()[1]
        saved = {int(line.split()[1]) for line in printed if line.startswith("saved ")}
        edited = {int(line.split()[1]) for line in printed if line.startswith("edited ")}

        store = Store.open(database_path())
        try:
            assert store.integrity_check() == "ok"
            notes = store.notes(session_id)
            # in typing order, with no gap: the writer commits one save after the other
            assert [n.text.removesuffix(" (edited)") for n in notes] == [text(n) for n in range(len(notes))]
            assert saved <= set(range(len(notes))), (kill, "a confirmed note is missing")
            assert all(notes[n].text == text(n, edited=True) for n in edited), (kill, "an edit is lost")
            assert all(note.step == number % 3 for number, note in enumerate(notes))
            LiveSession.resume(store, session_id, SystemClock()).engine.end()
        finally:
            store.close()
