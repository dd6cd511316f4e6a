"""The planner's buffer: a field reached by the keyboard (Alt+B), counted in the total and the fit
against the target, kept in the file when saved and read back when opened, undone like any edit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from facilitator.planner.draft import Draft, document_of, new_document
from facilitator.planner.library import load_library
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui import dialogs
from facilitator.ui.planner.planner_window import PlannerWindow
from tests.helpers.plans import plan_yaml

LIBRARY = load_library()


def english(step_id: str) -> dict[str, object]:
    return next(item for item in LIBRARY if item.language == "en" and item.step.id == step_id).document()


def test_the_drafts_total_counts_the_buffer_and_the_key_takes_its_place_in_the_file() -> None:
    draft = Draft(new_document("Short", "en", 30))
    draft.insert(0, english("energizer-stand-if"))  # 5 minutes
    draft.insert(1, english("check-out-handout"))  # 5 minutes
    assert (draft.steps_minutes(), draft.buffer_minutes(), draft.total_minutes()) == (10, 0, 10)
    draft.set(("buffer_minutes",), 20)
    assert draft.total_minutes() == 30 and draft.warnings == ()
    keys = list(yaml.safe_load(draft.text()))
    assert keys.index("buffer_minutes") == keys.index("target_length") + 1 < keys.index("steps")
    draft.set(("buffer_minutes",), None)
    assert "buffer_minutes" not in draft.text()
    assert [str(w).split(": ", 1)[1] for w in draft.warnings] == [
        "target_length: steps add up to 10m, target is 30m"
    ]


def test_a_plan_with_a_buffer_keeps_it_through_the_draft() -> None:
    plan = Draft(yaml.safe_load(plan_yaml([10, 20], buffer=10))).plan
    assert plan is not None and plan.buffer_minutes == 10
    again = Draft(document_of(plan))
    assert again.buffer_minutes() == 10 and again.plan == plan and again.warnings == ()


def test_the_buffer_field_by_keys_counts_in_the_total_and_survives_save_and_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    planner = PlannerWindow(library=LIBRARY, language="en")
    qtbot.addWidget(planner)
    planner.show()
    planner.activateWindow()
    qtbot.waitUntil(planner.isActiveWindow)
    for index, step_id in enumerate(("series-check-in", "energizer-stand-if", "check-out-handout")):
        planner.add(next(i for i in LIBRARY if i.language == "en" and i.step.id == step_id), index)
    planner.target.setValue(35)  # 25 minutes of steps: 10 short without a buffer
    planner.start_time.setTime(QTime(10, 0))
    assert planner.total.text() == "Total 25 / 35 min (−10 min) · ends 10:25"
    QTest.keyClick(planner, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert planner.focusWidget() is planner.buffer
    planner.buffer.selectAll()
    QTest.keyClicks(planner.buffer, "10")
    assert planner.draft.document["buffer_minutes"] == 10
    assert planner.total.text() == "Total 25 + 10 buffer = 35 / 35 min (fits) · ends 10:25, buffer to 10:35"
    assert planner.problems.text() == "The plan is valid."

    out = tmp_path / "buffered.yaml"
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(out))
    assert planner.save()
    assert yaml.safe_load(out.read_text("utf-8"))["buffer_minutes"] == 10
    assert load_plan(out).plan.buffer_minutes == 10

    colleague = PlannerWindow(library=[])
    qtbot.addWidget(colleague)
    assert colleague.open_plan(out)
    assert colleague.buffer.value() == 10 and "+ 10 buffer = 35 / 35 min (fits)" in colleague.total.text()
    colleague.buffer.setValue(0)
    assert "buffer_minutes" not in colleague.draft.document
    colleague.undo.undo()
    assert colleague.draft.document["buffer_minutes"] == 10 and colleague.buffer.value() == 10


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ru",
            "шаги вместе занимают 10\u00a0мин, запас — 40\u00a0мин: всего 50\u00a0мин, а цель — 45\u00a0мин",
        ),
        (
            "kk",
            "қадамдар барлығы 10\u00a0мин алады, уақыт қоры — 40\u00a0мин: жиыны 50\u00a0мин, "
            "ал мақсат — 45\u00a0мин",
        ),
    ],
)
def test_the_buffers_length_check_is_said_in_the_ui_language(
    qtbot: QtBot, set_ui_language: Callable[[str], None], language: str, expected: str
) -> None:
    set_ui_language(language)
    planner = PlannerWindow(library=LIBRARY, language="en")
    qtbot.addWidget(planner)
    planner.add(next(i for i in LIBRARY if i.language == "en" and i.step.id == "break-10"), 0)
    planner.target.setValue(45)
    planner.buffer.setValue(40)
    assert expected in planner.problems.text()
