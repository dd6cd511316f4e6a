"""The plan's buffer: minutes kept free within the target length, checked like every other field."""

from __future__ import annotations

import pytest
import yaml

from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.plan_loader import parse_plan
from tests.helpers.plans import plan_yaml


def line_of(text: str, start: str) -> int:
    return next(number for number, row in enumerate(text.splitlines(), 1) if row.startswith(start))


def with_buffer(value: object, target: str = "50m") -> str:
    """Four 10-minute steps, a target of ``target`` and ``buffer_minutes: value`` written as given."""
    text = plan_yaml([10, 10, 10, 10]).replace("target_length: 40m", f"target_length: {target}")
    return text.replace("steps:\n", f"buffer_minutes: {value}\nsteps:\n", 1)


def errors_of(text: str) -> list[str]:
    with pytest.raises(InvalidFile) as raised:
        parse_plan(text.encode(), "plan.yaml")
    return [str(error) for error in raised.value.errors]


def test_a_buffer_is_read_and_the_steps_and_buffer_add_up_to_the_target() -> None:
    loaded = parse_plan(with_buffer(10).encode(), "plan.yaml")
    plan = loaded.plan
    assert loaded.warnings == ()
    assert plan.buffer_minutes == 10 and plan.buffer == 600
    assert plan.planned_total == 40 * 60
    assert plan.total_with_buffer == plan.target_length == 50 * 60


def test_no_buffer_is_a_buffer_of_zero() -> None:
    plan = parse_plan(plan_yaml([10, 10]).encode(), "plan.yaml").plan
    assert plan.buffer_minutes == 0 and plan.total_with_buffer == plan.planned_total


def test_steps_and_buffer_that_miss_the_target_are_a_warning_counting_the_buffer() -> None:
    text = with_buffer(15)
    loaded = parse_plan(text.encode(), "plan.yaml")
    assert [str(w) for w in loaded.warnings] == [
        f"plan.yaml:{line_of(text, 'target_length')}: target_length: steps add up to 40m and the "
        "buffer is 15m: 55m, target is 50m"
    ]


def test_a_plan_that_fits_only_without_its_buffer_is_warned() -> None:
    text = with_buffer(10, target="40m")  # the steps alone fill the target: no time in hand
    (warning,) = parse_plan(text.encode(), "plan.yaml").warnings
    assert "steps add up to 40m and the buffer is 10m: 50m, target is 40m" in str(warning)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-5", "expected at least 0, got -5"),
        ('"ten"', 'expected a whole number, got "ten"'),
        ('"10m"', 'expected a whole number, got "10m"'),
        ("7.5", "expected a whole number, got 7.5"),
        ("true", "expected a whole number, got true"),  # as typed
        ("[10]", "expected a whole number, got a list"),
        ("721", "expected at most 720, got 721"),
    ],
)
def test_a_bad_buffer_names_file_line_and_field(value: str, message: str) -> None:
    text = with_buffer(value)
    assert errors_of(text) == [f"plan.yaml:{line_of(text, 'buffer_minutes')}: buffer_minutes: {message}"]


def test_a_buffer_as_long_as_the_workshop_is_refused() -> None:
    text = with_buffer(50)
    assert errors_of(text) == [
        f"plan.yaml:{line_of(text, 'buffer_minutes')}: buffer_minutes: a buffer of 50m leaves no time "
        "for the steps; expected less than the target length, 50m"
    ]


def test_a_library_has_no_buffer() -> None:
    document = yaml.safe_load(with_buffer(10))
    document["type"] = "library"
    document.pop("target_length")
    text = yaml.safe_dump(document, sort_keys=False)
    assert errors_of(text) == [
        f"plan.yaml:{line_of(text, 'buffer_minutes')}: buffer_minutes: only a workshop has a buffer; "
        "a library has no length"
    ]
