"""The console says where a session sits in its series ("Session 3 of 8"); the projector never does.
And a session of the built-in series runs end to end by keys in each language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.content import CONTENT_DIR
from facilitator.sessions.plan_loader import load_plan
from tests.helpers.processes import run_on_screens
from tests.ui.conftest import Rig, build_rig, close_rig


def series_plan(key: str, language: str = "en") -> Path:
    return CONTENT_DIR / "plans" / f"young-men-series-{key}.{language}.yaml"


def test_the_console_shows_session_3_of_8_and_the_series_title(qtbot: QtBot) -> None:
    rig = build_rig(qtbot, load_plan(series_plan("3")))
    try:
        label = rig.console.series_label
        assert label.isVisible()
        assert "Session 3 of 8" in label.text()
        assert "Young men and equality" in label.text()
        assert "Session 3 of 8" not in rig.audience.view.visible_text()
    finally:
        close_rig(rig)


def test_the_follow_up_is_named_as_such_and_a_one_off_workshop_shows_no_series(
    qtbot: QtBot, rig: Rig
) -> None:
    assert not rig.console.series_label.isVisible()  # the 2-hour workshop belongs to no series
    later = build_rig(qtbot, load_plan(series_plan("follow-up")))
    try:
        assert "Follow-up session" in later.console.series_label.text()
        assert "of 8" not in later.console.series_label.text()
    finally:
        close_rig(later)


@pytest.mark.parametrize(("key", "numbers"), [("3", (3, 8)), ("follow-up", (9, 8))])
def test_the_programme_summary_says_which_session_of_the_series_it_was(
    qtbot: QtBot, key: str, numbers: tuple[int, int]
) -> None:
    from facilitator.programme.identity import Sender

    rig = build_rig(qtbot, load_plan(series_plan(key)))
    try:
        assert rig.bridge.series_numbers() == numbers
        rig.bridge.start()
        rig.bridge.end()
        summary = rig.bridge.programme_summary(Sender("PRG1", "FAC01", "KZ-75"))
        assert summary is not None
        assert (summary.session_number, summary.series_length) == numbers
    finally:
        close_rig(rig)


def test_a_plan_of_no_series_is_session_1_of_1(rig: Rig) -> None:
    assert rig.bridge.series_numbers() == (1, 1)


@pytest.mark.parametrize(
    ("language", "key", "where"),
    [("en", "3", "Session 3 of 8"), ("ru", "8", "Встреча 8 из 8"), ("kk", "1", "1-кездесу, барлығы 8")],
)
def test_a_series_session_runs_by_keys_on_the_laptop(
    language: str, key: str, where: str, tmp_path: Path
) -> None:
    plan = series_plan(key, language)
    result = run_on_screens(
        ["tests.helpers.workshop_drive", language, f"--plan={plan}"],
        "laptop.json",
        timeout=240,
        data=tmp_path / "data",
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-3000:]
    report = json.loads(lines[-1])
    assert report["problems"] == []
    assert where in report["series"]
    assert {"start", "last-step", "end"} <= set(report["points"]), report["points"]
    steps = {p for p in report["points"] if p.startswith("step-")}
    assert len(steps) >= len(load_plan(plan).plan.steps) - 2  # every step after the second was shown
    assert result.returncode == 0, result.stderr[-3000:]


def test_a_facilitator_s_own_series_in_the_plans_folder_places_its_plan(qtbot: QtBot, rig: Rig) -> None:
    from facilitator.paths import data_dir
    from tests.helpers.plans import plan_yaml

    folder = data_dir() / "plans"
    assert rig.bridge.series_position() is None
    assert not folder.exists()  # looking for the facilitator's own series did not create the folder
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text(plan_yaml([10, 10]).replace("id: test-plan", "id: my-evening"))
    (folder / "my-series.yaml").write_text(
        "format: 1\ntype: series\nid: mine\ntitle: Our autumn evenings\nlanguage: en\naudience: A\n"
        "sessions:\n  - number: 1\n    plan: mine.yaml\n    purpose: P\n    prepare: [Cards]\n"
    )
    rig = build_rig(qtbot, load_plan(folder / "mine.yaml"))
    try:
        assert "Session 1 of 1" in rig.console.series_label.text()
        assert "Our autumn evenings" in rig.console.series_label.text()
    finally:
        close_rig(rig)
