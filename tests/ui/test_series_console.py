"""The console says where a session sits in its series ("Session 3 of 8"); the projector never does.
And a session of the built-in series runs end to end by keys in each language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from facilitator.content import CONTENT_DIR
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui.audience_view import Display
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


def series_texts(language: str, key: str) -> list[str]:
    """Everything the series tells the facilitator about this session, and the programme's guidance."""
    from facilitator.sessions.series_loader import load_series

    series = load_series(CONTENT_DIR / "series" / f"young-men-series.{language}.yaml").series
    told = series.follow_up if key == "follow-up" else series.sessions[int(key) - 1]
    assert told is not None
    when = [told.when] if key == "follow-up" else []  # type: ignore[union-attr]
    return [told.purpose, *told.prepare, *when, *series.guidance]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_console_shows_the_series_guidance_for_this_session_first_before_the_start(
    qtbot: QtBot,
) -> None:
    rig = build_rig(qtbot, load_plan(series_plan("3")))
    try:
        tabs, notes = rig.console.step_panel.tabs, rig.console.step_panel.series_guidance
        assert tabs is not None and notes is not None
        assert tabs.currentWidget() is notes and notes.isVisible()  # preparing: the series first
        shown = flat(notes.toPlainText())
        for text in series_texts("en", "3"):
            assert flat(text) in shown
        assert flat(series_texts("en", "4")[0]) not in shown  # this session's purpose, not the next's
        rig.bridge.start()
        assert tabs.currentWidget() is rig.console.step_panel.guidance  # F5: the step's guidance
        rig.console.set_mirrored(True)  # the room may see the laptop: the series' notes hide too
        assert not notes.isVisibleTo(rig.console)
        tabs.setCurrentIndex(1)
        assert not notes.isVisibleTo(rig.console)
        rig.console.confirm_private()
        assert notes.isVisible()
        rig.console.aids.toggle_privacy()  # F12: the console covered, the series' notes with it
        assert rig.console.aids.covered and not notes.isVisible()
        rig.console.aids.toggle_privacy()
        assert notes.isVisible()
    finally:
        close_rig(rig)


def test_a_workshop_of_no_series_has_no_series_tab(rig: Rig) -> None:
    assert rig.console.step_panel.tabs is None and rig.console.step_panel.series_guidance is None
    assert rig.console.step_panel.guidance.isVisible()


def handed(widget: QWidget) -> str:
    """Every text the widget's labels hold, shown or hidden, and its title: all it could ever show."""
    return "\n".join(label.text() for label in widget.findChildren(QLabel)) + "\n" + widget.windowTitle()


@pytest.mark.parametrize(("language", "key"), [("en", "3"), ("ru", "follow-up"), ("kk", "8")])
def test_the_series_guidance_never_reaches_the_projector_or_its_previews(
    qtbot: QtBot, language: str, key: str
) -> None:
    """Holding screen, every step and every hidden answer, the closing screen: the projector, the
    live preview and the next-step preview hold none of the series' notes, shown or hidden."""
    rig = build_rig(qtbot, load_plan(series_plan(key, language)))
    secrets = [flat(text) for text in series_texts(language, key)]
    assert flat(secrets[0]) in flat(rig.console.step_panel.series_guidance.toPlainText())  # type: ignore[union-attr]

    def check(where: str) -> None:
        for view in (rig.audience, rig.console.preview.view, rig.console.next_preview.view):
            text = flat(handed(view))
            leaks = [secret for secret in secrets if secret in text]
            assert leaks == [], (where, view.objectName(), leaks)

    try:
        check("holding")
        rig.bridge.start()
        while True:
            check(f"step {rig.bridge.index}")
            if (
                rig.console.next_preview.view.display is Display.CLOSING
                and rig.bridge.index == len(rig.bridge.plan.steps) - 1
            ):
                break
            rig.bridge.next()
        rig.bridge.next()  # past the last step: the closing screen
        check("closing")
    finally:
        close_rig(rig)
