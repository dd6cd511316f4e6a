import pytest

from facilitator.sessions.clock import FakeClock
from facilitator.sessions.engine import Engine, SessionStateError
from facilitator.sessions.events import EventKind
from facilitator.sessions.state import RowStatus, Status
from tests.helpers.plans import make_plan

MIN = 60.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_remaining_time_comes_from_the_deadline_not_from_ticks(clock: FakeClock) -> None:
    engine = Engine(make_plan([10, 20]), clock)
    engine.start()
    for _ in range(599):  # a UI asking 599 times in 599 s changes nothing but the answer's time
        clock.advance(1)
        engine.state()
    clock.advance(0.5)
    assert engine.state().remaining == pytest.approx(0.5)
    clock.advance(0.5 + 30)
    state = engine.state()
    assert state.remaining == pytest.approx(-30) and state.overtime == pytest.approx(30)


def test_three_hour_session_with_pauses_extensions_skips_and_overtime_has_zero_drift(
    clock: FakeClock,
) -> None:
    plan = make_plan([20, 25, 15, 10, 30, 20, 25, 15, 10, 10], fixed=(3, 9))
    engine = Engine(plan, clock)
    engine.start()
    clock.advance(22 * MIN)  # step 0 runs 2 min over
    assert engine.state().overtime == pytest.approx(2 * MIN)
    engine.next()
    engine.add_time(5 * MIN)  # step 1 gets 30 min
    clock.advance(10 * MIN)
    engine.pause()
    clock.advance(7 * MIN)  # a pause does not eat the step's time...
    assert engine.state().remaining == pytest.approx(20 * MIN)
    engine.resume()
    clock.advance(20 * MIN)
    engine.jump(4)  # ...skip steps 2 and 3
    clock.advance(31 * MIN)
    engine.previous()  # back to step 3 for 4 minutes, then on again
    clock.advance(4 * MIN)
    engine.next()
    clock.advance(1 * MIN)
    for _ in range(5):
        engine.next()
        clock.advance(18 * MIN)
    engine.end()

    state = engine.state()
    assert state.status is Status.ENDED
    # 22 + 10 + 7 + 20 + 31 + 4 + 1 + 90 minutes of room time, pause included, to the second
    assert state.session_elapsed == pytest.approx(185 * MIN, abs=1e-6)
    actual = {row.index: row.actual for row in engine.agenda()}
    assert actual[0] == pytest.approx(22 * MIN)
    assert actual[1] == pytest.approx(30 * MIN)  # pause excluded
    assert actual[2] == 0 and actual[3] == pytest.approx(4 * MIN)
    assert actual[4] == pytest.approx(32 * MIN)  # 31 min, then 1 more after coming back
    assert sum(actual.values()) == pytest.approx(185 * MIN - 7 * MIN)
    statuses = [row.status for row in engine.agenda()]
    assert statuses[2] is RowStatus.SKIPPED and statuses[3] is RowStatus.DONE


def test_projected_end_and_behind_follow_overtime_and_pauses(clock: FakeClock) -> None:
    engine = Engine(make_plan([10, 20, 30]), clock)
    assert engine.state().projected_length == 60 * MIN and engine.state().behind == 0
    engine.start()
    clock.advance(4 * MIN)
    assert engine.state().behind == pytest.approx(0)
    clock.advance(9 * MIN)  # 3 minutes over
    assert engine.state().behind == pytest.approx(3 * MIN)
    engine.next()
    engine.pause()
    clock.advance(2 * MIN)  # the room's clock keeps running while paused
    assert engine.state().behind == pytest.approx(5 * MIN)
    assert engine.state().projected_end_wall == pytest.approx(clock.wall() - 15 * MIN + 65 * MIN)


def test_finishing_early_shows_ahead_of_plan(clock: FakeClock) -> None:
    engine = Engine(make_plan([10, 20]), clock)
    engine.start()
    clock.advance(4 * MIN)
    engine.next()
    assert engine.state().behind == pytest.approx(-6 * MIN)


def test_advice_shortens_upcoming_steps_but_never_fixed_ones(clock: FakeClock) -> None:
    engine = Engine(make_plan([10, 20, 10, 30, 10], fixed=(2, 4)), clock)
    engine.start()
    clock.advance(19 * MIN)  # 9 minutes late
    advice = engine.advice()
    assert advice.behind_minutes == 9 and advice.shortfall_minutes == 0
    cut = {c.index: c.minutes for c in advice.cuts}
    assert set(cut) <= {1, 3} and sum(cut.values()) == 9
    assert cut[3] > cut[1]  # the longer step gives more
    engine.apply_advice(advice)
    assert engine.state().behind == pytest.approx(0)
    assert engine.advice().cuts == ()


def test_advice_reports_what_cannot_be_recovered(clock: FakeClock) -> None:
    engine = Engine(make_plan([10, 6, 10], fixed=(2,)), clock)
    engine.start()
    clock.advance(30 * MIN)
    advice = engine.advice()
    assert advice.behind_minutes == 20
    assert [(c.index, c.minutes) for c in advice.cuts] == [(1, 3)]  # at most half of 6 min
    assert advice.shortfall_minutes == 17


def test_removing_time_never_leaves_less_than_a_minute(clock: FakeClock) -> None:
    engine = Engine(make_plan([5, 5]), clock)
    engine.start()
    engine.add_time(-30 * MIN)
    assert engine.state().step_allotted == MIN


def test_phases_run_in_order_and_can_be_advanced_by_hand(clock: FakeClock) -> None:
    engine = Engine(make_plan([20], phases={0: [4, 6, 10]}), clock)
    engine.start()
    clock.advance(3 * MIN)
    phase = engine.state().phase
    assert phase is not None and (phase.index, phase.remaining) == (0, pytest.approx(MIN))
    clock.advance(2 * MIN)
    phase = engine.state().phase
    assert phase is not None and (phase.index, phase.remaining) == (1, pytest.approx(5 * MIN))
    assert engine.next_phase()
    phase = engine.state().phase
    assert phase is not None and (phase.index, phase.remaining) == (2, pytest.approx(10 * MIN))
    assert engine.state().remaining == pytest.approx(15 * MIN)  # the step's own time is untouched
    assert not engine.next_phase()
    engine.add_time(5 * MIN)  # the last phase absorbs extra time
    phase = engine.state().phase
    assert phase is not None and phase.remaining == pytest.approx(15 * MIN)


def test_listeners_see_events_after_the_journal_committed_them(clock: FakeClock) -> None:
    order: list[str] = []
    engine = Engine(make_plan([10, 10]), clock, journal=lambda e: order.append(f"journal {e.kind}"))
    engine.subscribe(lambda e: order.append(f"ui {e.kind}"))
    engine.start()
    engine.next()
    assert order == ["journal start", "ui start", "journal goto", "ui goto"]


def test_a_failed_journal_write_changes_nothing(clock: FakeClock) -> None:
    def failing(_: object) -> None:
        raise OSError("disk full")

    engine = Engine(make_plan([10, 10]), clock, journal=failing)
    with pytest.raises(OSError):
        engine.start()
    assert engine.status is Status.NOT_STARTED


def test_replay_rebuilds_the_same_state_and_counts_the_time_the_laptop_was_off(
    clock: FakeClock,
) -> None:
    events = []
    plan = make_plan([10, 20, 30], phases={1: [5, 15]})
    engine = Engine(plan, clock, journal=events.append)
    engine.start()
    clock.advance(12 * MIN)
    engine.next()
    clock.advance(3 * MIN)
    engine.pause()
    clock.advance(MIN)
    engine.resume()
    engine.next_phase()
    engine.add_time(2 * MIN)
    clock.advance(MIN)
    before = engine.state()

    clock.advance(90)  # crash, reboot, reopen
    rebuilt = Engine.replay(plan, events, clock)
    after = rebuilt.state()
    assert (after.status, after.index) == (before.status, before.index)
    assert after.remaining == pytest.approx(before.remaining - 90)
    assert after.phase == before.phase.__class__(1, before.phase.label, before.phase.remaining - 90, 2)  # type: ignore[union-attr]
    assert rebuilt.agenda()[0].actual == pytest.approx(12 * MIN)


def test_commands_out_of_order_are_refused(clock: FakeClock) -> None:
    engine = Engine(make_plan([10]), clock)
    with pytest.raises(SessionStateError):
        engine.pause()
    assert engine.next()  # next before start starts
    assert engine.status is Status.RUNNING
    assert not engine.next() and not engine.previous()  # nowhere to go
    engine.end()
    with pytest.raises(SessionStateError):
        engine.jump(0)
    assert engine.state().remaining == pytest.approx(10 * MIN)


def test_every_event_kind_is_emitted(clock: FakeClock) -> None:
    seen = []
    engine = Engine(make_plan([10, 10], phases={0: [5, 5]}, reveals={1: 1}), clock)
    engine.subscribe(lambda e: seen.append(e.kind))
    engine.start()
    engine.next_phase()
    engine.add_time(60)
    engine.pause()
    engine.resume()
    engine.next()
    engine.reveal()
    engine.end()
    assert set(seen) == set(EventKind)


def test_each_reveal_shows_one_more_hidden_answer_and_stops_at_the_last(clock: FakeClock) -> None:
    engine = Engine(make_plan([10, 10], reveals={1: 3}), clock)
    engine.start()
    assert engine.hidden_answers(0) == 0 and not engine.reveal()  # nothing hidden on step 0
    engine.next()
    assert (engine.hidden_answers(1), engine.revealed()) == (3, 0)
    assert engine.reveal() and engine.revealed() == 1
    assert engine.reveal() and engine.revealed() == 2
    assert engine.reveal() and engine.revealed() == 3
    assert not engine.reveal() and engine.revealed() == 3
    engine.previous()
    assert engine.revealed() == 0 and engine.revealed(1) == 3  # kept with its step
    engine.next()
    assert engine.revealed() == 3


def test_reveals_are_journalled_and_replayed_on_resume(clock: FakeClock) -> None:
    events: list = []
    plan = make_plan([10, 10, 10], reveals={1: 4, 2: 2})
    engine = Engine(plan, clock, journal=events.append)
    engine.start()
    engine.next()
    engine.reveal()
    engine.reveal()
    engine.next()
    engine.reveal()
    engine.previous()
    assert [e.value for e in events if e.kind is EventKind.REVEAL] == [1, 2, 1]

    clock.advance(120)  # crash, reopen
    rebuilt = Engine.replay(plan, events, clock)
    assert (rebuilt.index, rebuilt.revealed(1), rebuilt.revealed(2)) == (1, 2, 1)
    assert rebuilt.reveal() and rebuilt.revealed() == 3  # goes on from where the room was


def test_back_hides_the_answers_again_last_first_and_the_replay_keeps_it(clock: FakeClock) -> None:
    """Blind drive: once shown, a guess step's answers could not be hidden again."""
    events: list = []
    plan = make_plan([10, 10], reveals={1: 3})
    engine = Engine(plan, clock, journal=events.append)
    engine.start()
    assert not engine.hide_answer()  # nothing shown, nothing to hide
    engine.next()
    engine.reveal()
    engine.reveal()
    assert engine.hide_answer() and engine.revealed() == 1
    assert engine.hide_answer() and engine.revealed() == 0
    assert not engine.hide_answer() and engine.index == 1
    engine.reveal()
    rebuilt = Engine.replay(plan, events, clock)
    assert (rebuilt.index, rebuilt.revealed()) == (1, 1)  # the last count, not the highest seen
