"""Build a workshop in the planner with the keyboard and the mouse, save it, reopen it, start it."""

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from facilitator.aids.referrals import Directory, Service, ServiceKind
from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui import dialogs
from facilitator.ui.planner.checklist_dialog import ChecklistDialog
from facilitator.ui.planner.planner_window import PlannerWindow

ROOT = Path(__file__).resolve().parents[2]


def add_from_library(planner: PlannerWindow, query: str) -> None:
    search = planner.library.search
    search.setFocus()
    search.selectAll()
    QTest.keyClicks(search, query)
    QTest.keyClick(search, Qt.Key.Key_Return)


def test_build_a_90_minute_workshop_without_touching_a_file(
    qtbot: QtBot, planner: PlannerWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    planner.plan_title.selectAll()
    QTest.keyClicks(planner.plan_title, "Fathers and sons")
    planner.library.language.setCurrentIndex(planner.library.language.findData("en"))
    for query in (
        "group agreement",
        "stand up",
        "fathers role model",
        "case family sharing",
        "break",
        "five planning",
        "check-out handout",
    ):
        add_from_library(planner, query)
    titles = [planner.agenda.item(i).text() for i in range(planner.agenda.count())]
    assert len(titles) == 7 and titles[0].startswith("10:00")
    planner.agenda.setCurrentRow(0)
    planner.editor.title.selectAll()
    QTest.keyClicks(planner.editor.title, "Welcome and our agreement")
    planner.editor.minutes.setValue(8)
    assert planner.draft.steps[0]["title"] == "Welcome and our agreement"
    total = planner.draft.total_minutes()
    planner.target.setValue(round(total))
    assert f"Total {total:g} / {round(total)} min (fits)" in planner.total.text()
    assert planner.problems.text() == "The plan is valid."
    planner.start_time.setTime(QTime(9, 30))
    assert planner.agenda.item(1).text().startswith("09:38")  # after 8 minutes of welcome

    out = tmp_path / "fathers.yaml"
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(out))
    QTest.keyClick(planner, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "plans", "validate", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    plan = load_plan(out).plan
    assert plan.title == "Fathers and sons" and plan.steps[0].title == "Welcome and our agreement"
    assert plan.steps[0].duration == 8 * 60 and len(plan.steps) == 7

    colleague = PlannerWindow(library=[])
    qtbot.addWidget(colleague)
    assert colleague.open_plan(out)
    assert colleague.agenda.count() == 7 and colleague.draft.errors == ()
    from facilitator.settings import load_settings

    assert load_settings().recent_plans[0] == str(out.resolve())


def test_undo_and_redo_every_kind_of_change(qtbot: QtBot, planner: PlannerWindow) -> None:
    add_from_library(planner, "group agreement")
    add_from_library(planner, "break")
    assert planner.agenda.count() == 2
    planner.agenda.setCurrentRow(1)
    QTest.keyClick(planner, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert planner.draft.steps[0]["kind"] == "break"
    QTest.keyClick(planner, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert planner.agenda.count() == 3
    QTest.keyClick(planner, Qt.Key.Key_Delete)
    assert planner.agenda.count() == 2
    for count, kinds in ((3, None), (2, None), (2, ["check-in", "break"]), (1, None), (0, None)):
        QTest.keyClick(planner, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert planner.agenda.count() == count
        if kinds:
            assert [s["kind"] for s in planner.draft.steps] == kinds
    for _ in range(5):
        QTest.keyClick(planner, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [s["kind"] for s in planner.draft.steps] == ["break", "check-in"]


def test_typing_a_title_is_one_undo_step(qtbot: QtBot, planner: PlannerWindow) -> None:
    add_from_library(planner, "group agreement")
    planner.agenda.setCurrentRow(0)
    before = planner.draft.steps[0]["title"]
    planner.editor.title.selectAll()
    QTest.keyClicks(planner.editor.title, "Hello")
    planner.undo.undo()
    assert planner.draft.steps[0]["title"] == before


def test_builtin_plans_are_read_only_and_saved_as_a_copy(
    qtbot: QtBot, planner: PlannerWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.content import default_workshop

    assert planner.open_plan(default_workshop("kk"))
    assert planner.draft.read_only and "built-in" in planner.windowTitle()
    out = tmp_path / "mine.yaml"
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(out))
    original = default_workshop("kk").read_bytes()
    assert planner.save()
    assert default_workshop("kk").read_bytes() == original
    assert load_plan(out).plan.id == "young-men-equality-2h-kk-copy"


def test_the_checklist_reacts_to_the_referral_sheet_and_remembers_ticks(qtbot: QtBot) -> None:
    from facilitator.content import default_workshop

    store = Store.open(database_path())
    directory = Directory(store)
    plan = load_plan(default_workshop("en")).plan
    dialog = ChecklistDialog(plan, directory, "Aktobe")
    qtbot.addWidget(dialog)
    assert set(dialog.missing()) == {
        "referrals",
        "films",
        "partner-informed",
        "projector-tested",
        "slides-printed",
    }
    directory.save(Service("Shelter", ServiceKind.SHELTER, "1", region="Aktobe", last_verified=date.today()))
    for service in directory.services():
        directory.save(replace(service, last_verified=date.today()))
    dialog.refresh()
    assert "referrals" not in dialog.missing()
    partner = dialog.findChild(QCheckBox, "check-partner-informed")
    partner.setChecked(True)
    again = ChecklistDialog(plan, directory, "Aktobe")
    qtbot.addWidget(again)
    assert set(again.missing()) == {
        "films",
        "projector-tested",
        "slides-printed",
    }  # its film step names no file
    store.close()


def test_phases_are_edited_as_lines_and_checked(qtbot: QtBot, planner: PlannerWindow) -> None:
    add_from_library(planner, "group agreement")
    planner.agenda.setCurrentRow(0)
    planner.editor.minutes.setValue(10)
    planner.editor.phases.setPlainText("Alone = 4\nTogether = 6")
    assert planner.draft.steps[0]["phases"] == [
        {"label": "Alone", "duration": 4},
        {"label": "Together", "duration": 6},
    ]
    assert planner.draft.plan is not None and len(planner.draft.plan.steps[0].phases) == 2
    planner.editor.phases.setPlainText("Alone = 4\nTogether = 5")
    assert "phases add up to 9m; expected the step's duration, 10m" in planner.problems.text()


def test_the_test_pattern_shows_and_closes_on_a_key(qtbot: QtBot) -> None:
    from facilitator.content import default_workshop
    from facilitator.ui.test_pattern import TestPattern

    store = Store.open(database_path())
    dialog = ChecklistDialog(load_plan(default_workshop("en")).plan, Directory(store), "Aktobe")
    qtbot.addWidget(dialog)
    dialog.show_test_pattern()
    pattern = dialog.pattern
    assert isinstance(pattern, TestPattern) and pattern.isVisible()
    image = pattern.grab().toImage()
    assert image.pixelColor(0, image.height() // 2).name() == "#c53030"  # the red edge is drawn
    QTest.keyClick(pattern, Qt.Key.Key_Escape)
    assert not pattern.isVisible()
    store.close()


def test_opening_the_kazakh_workshop_shows_the_library_in_kazakh(
    qtbot: QtBot, planner: PlannerWindow
) -> None:
    from facilitator.content import default_workshop

    assert planner.open_plan(default_workshop("kk"))
    rows = [
        planner.library.list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(planner.library.list.count())
    ]
    assert len(rows) >= 24 and all(item.language == "kk" for item in rows)
    shown = planner.library.list.item(0).text()  # the language by its name, never its code
    assert shown.endswith("  ·  Қазақша") and "· kk" not in shown, shown
    assert {"group-agreement", "film-1", "case-family-sharing-chores", "check-out-handout"} <= {
        item.step.id for item in rows
    }
    planner.library.list.setCurrentRow(next(i for i, item in enumerate(rows) if item.step.id == "film-2"))
    assert "Көйлек" in planner.library.guidance.toPlainText()


def test_the_planner_opens_a_series_and_the_chosen_session_ready_to_start(
    qtbot: QtBot, planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.content import CONTENT_DIR
    from facilitator.ui.planner import series_chooser

    offered: list[list[str]] = []

    def pick(_parent: object, loaded, _runs) -> int:  # type: ignore[no-untyped-def]
        entries = [*loaded.sessions, loaded.follow_up]
        offered.append([loaded.series.title, *(entry.loaded.plan.title for entry in entries)])
        return 3  # the fourth entry: session 4

    monkeypatch.setattr(series_chooser, "choose_session", pick)
    assert planner.open_plan(default_workshop("ru"))  # a Russian plan: the series opens in Russian
    assert planner.open_series()
    assert offered[0][0].startswith("Молодые мужчины и равенство")
    assert len(offered[0]) == 1 + 9 and offered[0][4].endswith("Здоровые отношения, контроль и согласие")
    assert planner.draft.document["id"] == "young-men-series-4-ru"
    assert planner.draft.read_only and planner.draft.errors == ()
    # a series file opened like a plan (Ctrl+O, recent files) asks for the session too
    assert planner.open_plan(CONTENT_DIR / "series" / "young-men-series.kk.yaml")
    assert planner.draft.document["id"] == "young-men-series-4-kk"
    monkeypatch.setattr(series_chooser, "choose_session", lambda *_a: None)
    assert not planner.open_series()  # cancelled: the open session stays
    assert planner.draft.document["id"] == "young-men-series-4-kk"


def test_a_broken_series_is_reported_with_the_plan_s_file_and_line(
    qtbot: QtBot, planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _p, title, text: told.append(f"{title}\n{text}"))
    series = tmp_path / "series.yaml"
    series.write_text(
        "format: 1\ntype: series\nid: s\ntitle: S\nlanguage: en\naudience: A\nsessions:\n"
        "  - number: 1\n    plan: missing.yaml\n    purpose: P\n    prepare: [Cards]\n"
    )
    assert not planner.open_plan(series)
    assert told and f'{series}:9: sessions[0].plan: plan file "missing.yaml" not found' in told[0]


def test_a_session_of_the_series_opens_with_its_purpose_what_to_prepare_and_the_series_guidance(
    qtbot: QtBot, planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.content import CONTENT_DIR
    from facilitator.sessions.series_loader import load_series

    notes = planner.series_guidance
    assert not notes.isVisible()  # a new workshop belongs to no series
    from facilitator.ui.planner import series_chooser

    monkeypatch.setattr(series_chooser, "choose_session", lambda *_a: 7)  # the eighth entry: session 8
    assert planner.open_plan(CONTENT_DIR / "series" / "young-men-series.kk.yaml")
    series = load_series(CONTENT_DIR / "series" / "young-men-series.kk.yaml").series
    shown = " ".join(notes.toPlainText().split())
    assert notes.isVisible()
    assert "Session 8 of 8" in shown and series.title in shown  # the app in English, the plan in Kazakh
    for text in (series.sessions[7].purpose, *series.sessions[7].prepare, *series.guidance):
        assert " ".join(text.split()) in shown
    assert series.sessions[6].purpose not in shown  # this session's, not another's
    planner.open_plan(CONTENT_DIR / "plans" / "young-men-series-follow-up.en.yaml")  # opened as a plan
    english = load_series(CONTENT_DIR / "series" / "young-men-series.en.yaml").series
    assert english.follow_up is not None
    shown = " ".join(notes.toPlainText().split())
    assert "Follow-up session" in shown and english.follow_up.when in shown
    assert english.follow_up.purpose in shown
    assert planner.open_plan(default_workshop("en"))
    assert not notes.isVisible()  # the one-off workshop: nothing of the series
