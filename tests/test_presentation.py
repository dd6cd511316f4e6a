import pytest

from facilitator.presentation import TimerLevel, clock_text, signed_minutes, timer_level


@pytest.mark.parametrize(
    ("remaining", "allotted", "level"),
    [
        (600, 600, TimerLevel.NORMAL),
        (121, 600, TimerLevel.NORMAL),
        (120, 600, TimerLevel.AMBER),  # 20 % left
        (31, 600, TimerLevel.AMBER),
        (30, 600, TimerLevel.RED),  # 5 % left
        (0, 600, TimerLevel.RED),
        (-0.5, 600, TimerLevel.OVERTIME),
    ],
)
def test_timer_colours_follow_the_presenters_convention(
    remaining: float, allotted: float, level: TimerLevel
) -> None:
    assert timer_level(remaining, allotted) is level


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (600, "10:00"),
        (59.2, "1:00"),
        (0.4, "0:01"),
        (0, "0:00"),
        (-0.4, "+0:00"),
        (-90, "+1:30"),
        (3725, "1:02:05"),
    ],
)
def test_clock_text_counts_down_then_up_in_overtime(seconds: float, text: str) -> None:
    assert clock_text(seconds) == text


def test_signed_minutes() -> None:
    assert (signed_minutes(300), signed_minutes(-180), signed_minutes(20)) == ("+5 min", "−3 min", "on time")


def test_the_rooms_timer_stops_at_zero_and_never_shows_overtime() -> None:
    from facilitator.presentation import audience_timer
    from facilitator.sessions.clock import FakeClock
    from facilitator.sessions.engine import Engine
    from tests.helpers.plans import make_plan

    clock = FakeClock()
    engine = Engine(make_plan([10, 10]), clock)
    engine.start()
    clock.advance(9 * 60 + 30)
    assert audience_timer(engine.state()).text == "0:30"
    assert audience_timer(engine.state()).level is TimerLevel.RED  # the last minutes: wrap up
    clock.advance(95)  # 1:05 over
    timer = audience_timer(engine.state())
    assert clock_text(engine.state().remaining) == "+1:05"  # the console's reading
    assert (timer.text, timer.level) == ("0:00", TimerLevel.NORMAL)  # no overtime signal to the room
    assert audience_timer(engine.state(), shown=False).text == ""
    engine.end()
    assert audience_timer(engine.state()).text == ""  # the closing screen has no timer


def test_the_rooms_timer_names_the_current_phase_and_its_time_left() -> None:
    from facilitator.presentation import audience_timer
    from facilitator.sessions.clock import FakeClock
    from facilitator.sessions.engine import Engine
    from tests.helpers.plans import make_plan

    clock = FakeClock()
    engine = Engine(make_plan([10], phases={0: [4, 6]}), clock)
    assert audience_timer(engine.state()).phase == ""  # not started
    engine.start()
    clock.advance(60)
    assert audience_timer(engine.state()).phase == "Phase 0 · 3:00"
    clock.advance(4 * 60)
    assert audience_timer(engine.state()).phase == "Phase 1 · 5:00"
    assert audience_timer(engine.state(), shown=False).phase == "Phase 1"  # timer hidden: name only
    clock.advance(6 * 60)  # past the end: the phase too stops at zero
    assert audience_timer(engine.state()).phase == "Phase 1 · 0:00"


def test_answers_are_revealed_one_at_a_time_in_their_order() -> None:
    from facilitator.presentation import slide_for, slide_texts
    from tests.helpers.plans import make_plan

    plan = make_plan([10], reveals={0: 3})
    for shown in range(4):
        texts = slide_texts(slide_for(plan, 0, shown_reveals=shown), "ru")
        answers = [n for n in range(3) if f"Answer {n} of step 0" in texts["facts"]]
        assert answers == list(range(shown))
        assert [f"Source {n}" in texts["sources"] for n in range(3)] == [n < shown for n in range(3)]
        assert ("Ваша догадка?" in texts["facts"]) is (shown < 3)
    everything = slide_texts(slide_for(plan, 0, revealed=True), "en")["facts"]
    assert all(f"Answer {n} of step 0" in everything for n in range(3))  # printouts show them all
