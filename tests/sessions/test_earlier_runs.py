"""Has this workshop been run already? (What holds F5 once before a second session of it.)"""

from facilitator.content import default_workshop
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.earlier_runs import earlier_run
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store


def test_earlier_run_prefers_a_session_kept_for_later_and_ignores_other_workshops() -> None:
    store = Store.in_memory()
    clock = FakeClock()
    en, ru = load_plan(default_workshop("en")), load_plan(default_workshop("ru"))
    assert en.plan.id != ru.plan.id
    kept = LiveSession.new(store, en, "a.yaml", clock)
    kept.engine.start()
    clock.advance(3 * 24 * 3600)
    today = LiveSession.new(store, en, "a.yaml", clock)
    today.engine.start()
    today.engine.end()
    run = earlier_run(store, en.plan.id, clock.wall())
    assert run is not None and run.unfinished and run.started_wall == store.session(kept.id).created_wall
    assert earlier_run(store, ru.plan.id, clock.wall()) is None
    store.close()
