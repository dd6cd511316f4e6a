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
