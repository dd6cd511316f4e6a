"""Series (programme) files: every problem named with file, line and field; a referenced plan's own
errors reported with the plan's file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.series_loader import load_series, series_files_in, series_position
from tests.helpers.plans import plan_yaml


def write_plan(folder: Path, name: str, plan_id: str, language: str = "en") -> None:
    text = plan_yaml([10, 10]).replace("id: test-plan", f"id: {plan_id}", 1)
    (folder / name).write_text(text.replace("language: en", f"language: {language}", 1), encoding="utf-8")


SERIES = """\
format: 1
type: series
id: my-series
title: My series
language: en
audience: Young men
sessions:
  - number: 1
    plan: one.yaml
    purpose: Start
    prepare: [Cards]
  - number: 2
    plan: two.yaml
    purpose: Go on
    prepare: [Flipchart]
follow_up:
  plan: later.yaml
  when: Two months later
  purpose: Look back
  prepare: [Invitations]
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_plan(tmp_path, "one.yaml", "plan-one")
    write_plan(tmp_path, "two.yaml", "plan-two")
    write_plan(tmp_path, "later.yaml", "plan-later")
    return tmp_path


def errors_of(path: Path) -> list[str]:
    with pytest.raises(InvalidFile) as caught:
        load_series(path)
    return [str(error) for error in caught.value.errors]


def test_a_series_loads_its_plans_in_order_with_the_follow_up(folder: Path) -> None:
    (folder / "series.yaml").write_text(SERIES, encoding="utf-8")
    loaded = load_series(folder / "series.yaml")
    assert [(e.number, e.loaded.plan.id) for e in loaded.sessions] == [(1, "plan-one"), (2, "plan-two")]
    assert loaded.follow_up is not None and loaded.follow_up.loaded.plan.id == "plan-later"
    assert loaded.total == 2


def test_a_missing_plan_names_the_series_line_that_refers_to_it(folder: Path) -> None:
    (folder / "two.yaml").unlink()
    (folder / "series.yaml").write_text(SERIES, encoding="utf-8")
    found = errors_of(folder / "series.yaml")
    assert found == [
        f'{folder / "series.yaml"}:13: sessions[1].plan: plan file "two.yaml" not found '
        f"(looked for {(folder / 'two.yaml').resolve()})"
    ]


def test_a_broken_plan_is_reported_with_its_own_file_and_line(folder: Path) -> None:
    text = (folder / "two.yaml").read_text(encoding="utf-8").replace("duration: 10m", "duration: ten", 1)
    (folder / "two.yaml").write_text(text, encoding="utf-8")
    (folder / "series.yaml").write_text(SERIES, encoding="utf-8")
    found = errors_of(folder / "series.yaml")
    assert found[0].startswith(f'{folder / "series.yaml"}:13: sessions[1].plan: plan "two.yaml" is not valid')
    assert found[1].startswith(f"{(folder / 'two.yaml').resolve()}:11: steps[0].duration: expected minutes")


def test_numbers_out_of_order_a_typo_a_plan_twice_and_a_plan_in_another_language(folder: Path) -> None:
    write_plan(folder, "russian.yaml", "plan-ru", language="ru")
    text = (
        SERIES.replace("number: 2", "number: 3")
        .replace("purpose: Start", "purpos: Start")
        .replace("plan: later.yaml", "plan: russian.yaml")
    ).replace(
        "follow_up:",
        "  - number: 3\n    plan: one.yaml\n    purpose: Again\n    prepare: [Cards]\nfollow_up:",
    )
    (folder / "series.yaml").write_text(text, encoding="utf-8")
    found = errors_of(folder / "series.yaml")
    assert any(':10: sessions[0].purpos: unknown key; did you mean "purpose"?' in e for e in found), found
    # the typo stops the file before meaning is checked: fix it and see the rest
    (folder / "series.yaml").write_text(text.replace("purpos:", "purpose:"), encoding="utf-8")
    found = errors_of(folder / "series.yaml")
    assert any(":12: sessions[1].number: expected 2 (sessions are numbered" in e for e in found), found
    assert any(
        'follow_up.plan: plan "russian.yaml" is in language "ru"; expected "en"' in e for e in found
    ), found
    assert any('plan "one.yaml" is already sessions[0]' in e for e in found), found


def test_a_series_file_of_a_newer_format_or_with_no_sessions_is_refused(folder: Path) -> None:
    (folder / "series.yaml").write_text(SERIES.replace("format: 1", "format: 2"), encoding="utf-8")
    assert "written by a newer version" in errors_of(folder / "series.yaml")[0]
    cut = SERIES.split("sessions:")[0] + "sessions: []\n"
    (folder / "series.yaml").write_text(cut, encoding="utf-8")
    assert errors_of(folder / "series.yaml") == [
        f"{folder / 'series.yaml'}:7: sessions: expected at least one item"
    ]


def test_the_position_of_a_plan_in_a_series(folder: Path) -> None:
    (folder / "series.yaml").write_text(SERIES, encoding="utf-8")
    files = [folder / "series.yaml"]
    position = series_position("plan-two", "en", files)
    assert position is not None and (position.number, position.total, position.series_title) == (
        2,
        2,
        "My series",
    )
    later = series_position("plan-later", "en", files)
    assert later is not None and later.number is None
    assert series_position("plan-two", "ru", files) is None
    assert series_position("elsewhere", "en", files) is None


def test_the_position_carries_the_session_s_purpose_what_to_prepare_and_the_series_guidance(
    folder: Path,
) -> None:
    guidance = "audience: Young men\nguidance: [Same group all along]\n"
    guided = SERIES.replace("audience: Young men\n", guidance)
    (folder / "series.yaml").write_text(guided, encoding="utf-8")
    (folder / "notes.yaml").write_text("format: 1\nid: not-a-series\n", encoding="utf-8")
    files = series_files_in(folder)
    assert files == [folder / "series.yaml"]  # the plans and the other YAML are not series
    second = series_position("plan-two", "en", files)
    assert second is not None
    assert (second.purpose, second.prepare, second.when) == ("Go on", ("Flipchart",), None)
    assert second.guidance == ("Same group all along",)
    later = series_position("plan-later", "en", files)
    assert later is not None
    assert (later.purpose, later.prepare, later.when) == ("Look back", ("Invitations",), "Two months later")
    assert series_files_in(folder / "missing") == []
    assert not (folder / "missing").exists()
