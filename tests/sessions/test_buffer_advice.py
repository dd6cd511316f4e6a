"""The buffer is time in hand: a delay it absorbs needs no cut; only what goes beyond it does.
Time passes on the injected clock only."""

from __future__ import annotations

import pytest

from facilitator.sessions.clock import FakeClock
from facilitator.sessions.engine import Engine
from tests.helpers.plans import make_plan

MIN = 60.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_a_delay_within_the_buffer_needs_no_cut_and_says_what_is_left(clock: FakeClock) -> None:
    engine = Engine(make_plan([10, 20, 30], buffer=10), clock)
    engine.start()
    clock.advance(16 * MIN)  # 6 minutes over the first step
    state = engine.state()
    assert state.behind == pytest.approx(6 * MIN)
    assert state.buffer == 10 * MIN and state.buffer_left == pytest.approx(4 * MIN)
    assert state.over_buffer == 0
    advice = engine.advice()
    assert advice.behind_minutes == 6 and advice.buffer_left_minutes == 4
    assert advice.cuts == () and advice.shortfall_minutes == 0 and not advice.past_buffer


def test_past_the_buffer_only_the_minutes_beyond_it_are_cut(clock: FakeClock) -> None:
    engine = Engine(make_plan([10, 20, 30], buffer=10), clock)
    engine.start()
    clock.advance(24 * MIN)  # 14 minutes over: the 10-minute buffer is used up, 4 minutes to find
    advice = engine.advice()
    assert advice.behind_minutes == 14 and advice.past_buffer and advice.buffer_left_minutes == 0
    assert advice.recovered_minutes == 4 and advice.shortfall_minutes == 0
    assert {cut.index for cut in advice.cuts} <= {1, 2}
    engine.apply_advice(advice)
    state = engine.state()
    assert state.behind == pytest.approx(10 * MIN)  # the buffer is spent, the target is kept
    assert state.over_buffer == pytest.approx(0) and state.buffer_left == pytest.approx(0)
    assert engine.advice().cuts == ()


def test_without_a_buffer_every_minute_late_is_cut_as_before(clock: FakeClock) -> None:
    engine = Engine(make_plan([10, 20, 30]), clock)
    engine.start()
    clock.advance(16 * MIN)
    advice = engine.advice()
    assert advice.behind_minutes == 6 and advice.recovered_minutes == 6
    assert advice.buffer_minutes == 0 and advice.past_buffer


def test_the_buffer_is_not_a_step_on_the_agenda(clock: FakeClock) -> None:
    engine = Engine(make_plan([10, 20], buffer=10), clock)
    assert [row.step_id for row in engine.agenda()] == ["step-0", "step-1"]
    state = engine.state()
    assert state.planned_length == 30 * MIN and state.projected_length == 30 * MIN
    assert state.buffer_left == 10 * MIN
