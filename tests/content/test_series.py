"""The built-in series: eight meetings and a follow-up in en, ru and kk, each a complete, safe session."""

from __future__ import annotations

import pytest

from facilitator.content import CONTENT_DIR
from facilitator.sessions.plan import StepKind
from facilitator.sessions.series_loader import LoadedSeries, load_series

LANGUAGES = ("en", "ru", "kk")


def series(language: str) -> LoadedSeries:
    return load_series(CONTENT_DIR / "series" / f"young-men-series.{language}.yaml")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plan_of_the_series_validates_in_its_language_without_warnings(language: str) -> None:
    loaded = series(language)
    assert loaded.total == 8
    assert loaded.follow_up is not None
    for entry in (*loaded.sessions, loaded.follow_up):
        assert entry.loaded.plan.language == language
        assert entry.loaded.warnings == (), entry.path


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_meeting_has_a_check_in_an_energizer_a_break_and_a_check_out_with_the_handout(
    language: str,
) -> None:
    loaded = series(language)
    assert loaded.follow_up is not None
    for entry in (*loaded.sessions, loaded.follow_up):
        plan = entry.loaded.plan
        kinds = [step.kind for step in plan.steps]
        assert kinds[0] == StepKind.CHECK_IN and kinds[-1] == StepKind.CHECK_OUT, entry.path
        assert StepKind.ENERGIZER in kinds, entry.path
        breaks = [step for step in plan.steps if step.kind == StepKind.BREAK]
        assert breaks and all(step.duration >= 10 * 60 for step in breaks), entry.path
        assert plan.target_length is not None and 90 * 60 <= plan.target_length <= 120 * 60, entry.path
        agreement = " ".join(plan.steps[0].audience.items)
        closing = plan.steps[-1]
        assert closing.sensitive and closing.facilitator.materials, entry.path  # the sheet for everyone
        assert plan.steps[0].facilitator.safety, entry.path  # the limit of confidentiality, under-18s
        assert agreement, entry.path


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_session_keeps_a_buffer_of_at_least_10_minutes_within_its_length(language: str) -> None:
    """The buffer is time in hand, in no step: the steps end at least 10 minutes before the
    session's length, and steps and buffer add up to it exactly (the plan validates silently)."""
    loaded = series(language)
    assert loaded.follow_up is not None
    for entry in (*loaded.sessions, loaded.follow_up):
        plan = entry.loaded.plan
        assert plan.buffer_minutes >= 10, (entry.path, plan.buffer_minutes)
        assert plan.total_with_buffer == plan.target_length, entry.path
        assert plan.planned_total <= plan.target_length - 10 * 60, entry.path
        assert entry.loaded.warnings == (), entry.path


def test_the_three_languages_time_every_session_alike() -> None:
    """The same sessions, steps, time boxes, phases and buffers in en, ru and kk."""

    def timing(language: str) -> list[object]:
        loaded = series(language)
        assert loaded.follow_up is not None
        return [
            (
                entry.loaded.plan.target_length,
                entry.loaded.plan.buffer_minutes,
                [(s.id, s.duration, [p.duration for p in s.phases]) for s in entry.loaded.plan.steps],
            )
            for entry in (*loaded.sessions, loaded.follow_up)
        ]

    assert timing("ru") == timing("en") == timing("kk")


def test_the_english_agreement_names_phones_photos_and_the_one_limit_of_confidentiality() -> None:
    agreement = " ".join(series("en").sessions[0].loaded.plan.steps[0].audience.items).casefold()
    for word in ("phones", "photos", "danger"):
        assert word in agreement


def tallies(plan_steps: object) -> list[str]:
    return [tally.id for step in plan_steps for tally in step.audience.tallies]  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", LANGUAGES)
def test_meetings_one_and_eight_ask_the_same_statements_so_the_change_can_be_compared(language: str) -> None:
    loaded = series(language)
    first = loaded.sessions[0].loaded.plan
    last = loaded.sessions[-1].loaded.plan
    before = tallies(first.steps)
    assert len(before) >= 3
    assert set(before) <= set(tallies(last.steps))
    # before opens meeting 1 (right after the check-in); after closes meeting 8 (right before the check-out)
    assert first.steps[1].audience.tallies
    assert last.steps[-2].audience.tallies and tallies([last.steps[-2]]) == before


def test_the_series_plans_are_the_library_steps_as_composed() -> None:
    """The plans copy the library's steps: after a library change they must be composed again."""
    import subprocess
    import sys

    script = CONTENT_DIR.parents[1] / "scripts" / "compose_series.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_series_chooser_gives_each_session_its_whole_length_buffer_included(language: str) -> None:
    from facilitator.planner.series_choice import session_choices

    loaded = series(language)
    lengths = [choice.seconds for choice in session_choices(loaded, {})]
    assert lengths[0] == 90 * 60 and lengths[2] == 90 * 60  # not the 79 and 80 minutes of their steps
    entries = [*loaded.sessions, *([loaded.follow_up] if loaded.follow_up else [])]
    assert lengths == [entry.loaded.plan.target_length for entry in entries]
