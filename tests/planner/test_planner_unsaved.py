"""Unsaved work in the planner is never lost without asking: closing the window (Alt+F4, its ×,
Ctrl+Q) asks Save / Discard / Cancel, and starting a session keeps the plan first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import user_plans_dir
from facilitator.planner.library import load_library
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui import dialogs
from facilitator.ui.actions import spec
from facilitator.ui.planner.planner_window import PlannerWindow


class Answers:
    """Stands in for ``dialogs.ask_save``: records each question, gives the answer set."""

    def __init__(self, answer: dialogs.SaveAnswer) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: object, _title: str, text: str) -> dialogs.SaveAnswer:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def planner(qtbot: QtBot) -> PlannerWindow:
    window = PlannerWindow(library=load_library(), language="en")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def with_a_step(planner: PlannerWindow) -> PlannerWindow:
    planner.add(next(s for s in planner.library._library if s.language == "en"), 0)
    assert planner.windowTitle().endswith(" *")
    return planner


def answering(monkeypatch: pytest.MonkeyPatch, answer: dialogs.SaveAnswer) -> Answers:
    answers = Answers(answer)
    monkeypatch.setattr(dialogs, "ask_save", answers)
    return answers


def test_closing_with_unsaved_changes_and_cancel_keeps_the_window_and_the_plan(
    planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_a_step(planner)
    answers = answering(monkeypatch, dialogs.SaveAnswer.CANCEL)
    assert not planner.close()
    assert planner.isVisible() and len(planner.draft.steps) == 1
    assert answers.asked == ["Save changes to “New workshop”?"]


def test_discard_closes_without_writing(
    planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    with_a_step(planner)
    answering(monkeypatch, dialogs.SaveAnswer.DISCARD)
    assert planner.close()
    assert list(data_dir.rglob("*.yaml")) == []


def test_save_writes_the_plan_then_closes(
    planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with_a_step(planner)
    answering(monkeypatch, dialogs.SaveAnswer.SAVE)
    out = tmp_path / "mine.yaml"
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(out))
    assert planner.close()
    assert len(load_plan(out).plan.steps) == 1


def test_save_cancelled_in_the_file_dialog_keeps_the_window_open(
    planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_a_step(planner)
    answering(monkeypatch, dialogs.SaveAnswer.SAVE)
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: None)
    assert not planner.close()
    assert planner.isVisible()


def test_nothing_is_asked_when_nothing_changed(
    planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answering(monkeypatch, dialogs.SaveAnswer.CANCEL)
    assert planner.close()
    assert answers.asked == []


def test_a_new_plan_without_steps_is_closed_without_asking(
    planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answering(monkeypatch, dialogs.SaveAnswer.CANCEL)
    planner.set_language("kk")  # a choice, but no step to lose
    assert planner.close()
    assert answers.asked == []


def test_ctrl_q_is_the_file_menus_quit_and_asks(
    qtbot: QtBot, planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_a_step(planner)
    answers = answering(monkeypatch, dialogs.SaveAnswer.CANCEL)
    quit_action = planner.actions_by_id["quit"]
    assert quit_action.shortcut() == QKeySequence(spec("planner-quit").shortcuts[0]) == QKeySequence("Ctrl+Q")
    file_menu = planner.menuBar().actions()[0].menu()
    assert quit_action in file_menu.actions()
    QTest.keyClick(planner, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert answers.asked and planner.isVisible()
    answers.answer = dialogs.SaveAnswer.DISCARD
    QTest.keyClick(planner, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not planner.isVisible())


def test_opening_another_plan_asks_first(planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    with_a_step(planner)
    answers = answering(monkeypatch, dialogs.SaveAnswer.CANCEL)
    assert not planner.open_plan(default_workshop("en"))
    assert len(planner.draft.steps) == 1 and answers.asked
    planner.new_plan()
    assert len(planner.draft.steps) == 1


def test_starting_a_never_saved_plan_keeps_it_in_the_data_folder(
    planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The planner hides while the session runs and closing the console ends the app: the plan
    is kept first, in the data folder's plans/ (where the app lists plans), under a free name."""
    assert planner.open_plan(default_workshop("en"))
    planner.agenda.setCurrentRow(0)
    planner.remove_current()
    (user_plans_dir() / "young-men-equality-2h-copy.yaml").write_text("taken", "utf-8")
    started: list[object] = []
    planner.start_requested.connect(started.append)
    answers = answering(monkeypatch, dialogs.SaveAnswer.CANCEL)
    planner.request_start()
    assert started == [planner.draft] and answers.asked == []
    kept = user_plans_dir() / "young-men-equality-2h-copy-2.yaml"
    assert planner.draft.path == kept and not planner.windowTitle().endswith(" *")
    assert len(load_plan(kept).plan.steps) == len(load_plan(default_workshop("en")).plan.steps) - 1
    assert (user_plans_dir() / "young-men-equality-2h-copy.yaml").read_text("utf-8") == "taken"


def test_starting_a_changed_plan_of_ones_own_asks_first(
    planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    own = tmp_path / "own.yaml"
    own.write_bytes(default_workshop("en").read_bytes())
    assert planner.open_plan(own)
    planner.agenda.setCurrentRow(0)
    planner.remove_current()
    started: list[object] = []
    planner.start_requested.connect(started.append)
    answers = answering(monkeypatch, dialogs.SaveAnswer.CANCEL)
    planner.request_start()
    assert started == [] and answers.asked == ["Save changes to “own.yaml” before the session starts?"]
    answers.answer = dialogs.SaveAnswer.SAVE
    planner.request_start()
    assert started == [planner.draft]
    assert len(load_plan(own).plan.steps) == len(planner.draft.steps)


@pytest.mark.parametrize(
    ("language", "keys"),
    [("en", {"S": "save", "D": "discard", "C": "cancel"}), ("ru", None), ("kk", None)],
)
def test_the_question_is_answered_by_keys(
    qtbot: QtBot, language: str, keys: dict[str, str] | None, set_ui_language: Callable[[str], None]
) -> None:
    """Save is the default (Enter), Esc cancels, and each answer has its own mnemonic letter."""
    set_ui_language(language)
    names = {}
    for answer in ("save", "discard", "cancel"):
        box = dialogs.save_question(None, "Unsaved changes", "Save changes?")
        qtbot.addWidget(box)
        button = box.findChild(QPushButton, f"answer-{answer}")
        text = button.text()
        assert text.count("&") == 1, text
        letter = text[text.index("&") + 1]
        names[letter.upper()] = answer
        if language != "en":
            assert not letter.isascii(), text  # the UI's own words
        assert box.defaultButton() is box.findChild(QPushButton, "answer-save")
        assert box.escapeButton() is box.findChild(QPushButton, "answer-cancel")
        box.show()
        qtbot.waitExposed(box)
        box.activateWindow()
        qtbot.waitUntil(box.isActiveWindow)
        assert box.clickedButton() is None
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            box,
            Qt.Key(QKeySequence.mnemonic(text)[0].key()),
            letter,
            Qt.KeyboardModifier.AltModifier,
        )
        qtbot.waitUntil(lambda box=box: box.clickedButton() is not None)  # a mnemonic animates the click
        assert dialogs.save_answer(box) is dialogs.SaveAnswer(answer)
    assert len(names) == 3  # three different letters
    if keys is not None:
        assert names == keys
    for key, answer in ((Qt.Key.Key_Return, "save"), (Qt.Key.Key_Escape, "cancel")):
        box = dialogs.save_question(None, "Unsaved changes", "Save changes?")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        QTest.keyClick(box, key)
        assert dialogs.save_answer(box) is dialogs.SaveAnswer(answer)
    assert isinstance(box, QMessageBox)


def test_after_save_as_the_plans_messages_name_the_file_it_was_saved_to(
    planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A newcomer saved a new plan and the line under it still said "new-plan.yaml: …"."""
    assert "new-plan.yaml" in planner.problems.text()  # an empty new plan: no step yet
    out = tmp_path / "akeler.yaml"
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(out))
    assert planner.save_as()
    assert "new-plan.yaml" not in planner.problems.text() + planner.problems.toolTip()
    assert "akeler.yaml" in planner.problems.text()


def test_open_and_save_as_start_in_the_data_folders_plans_not_where_the_app_was_started(
    planner: PlannerWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A drive: Ctrl+O opened in the code clone the app was started from."""
    opened: list[tuple[object, ...]] = []
    saved: list[str] = []
    monkeypatch.setattr(dialogs, "open_file", lambda *args: opened.append(args) or None)
    monkeypatch.setattr(dialogs, "save_file", lambda _p, _t, suggested, _f: saved.append(suggested) or None)
    planner.open_plan()
    assert Path(opened[-1][3]) == user_plans_dir()
    planner.save_as()
    assert Path(saved[-1]).parent == user_plans_dir()
    planner.open_plan(default_workshop("ru"))  # a built-in plan (read only): still plans/
    planner.open_plan()
    assert Path(opened[-1][3]) == user_plans_dir()
    planner.save_as()
    assert Path(saved[-1]).parent == user_plans_dir()
    mine = tmp_path / "elsewhere" / "mine.yaml"
    mine.parent.mkdir()
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(mine))
    assert planner.save_as()
    planner.open_plan()  # the facilitator's own plan in a folder of their own: that folder
    assert Path(opened[-1][3]) == mine.parent
