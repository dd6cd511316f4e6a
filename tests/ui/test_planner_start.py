"""Start the planned workshop from the checklist: the live console opens on that plan."""

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.planner.library import load_library
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui import dialogs
from facilitator.ui.pair_view import PairView
from facilitator.ui.planner.checklist_dialog import ChecklistDialog
from facilitator.ui.planner.planner_window import PlannerWindow
from facilitator.ui.planner.start import PlannerFlow


def test_start_from_the_checklist_opens_the_console_on_the_plan(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    store = Store.open(database_path())
    planner = PlannerWindow(library=load_library())
    qtbot.addWidget(planner)
    assert planner.open_plan(default_workshop("ru"))
    planner.agenda.setCurrentRow(0)
    planner.remove_current()  # the facilitator changed it: the start uses the draft, not the file
    flow = PlannerFlow(QApplication.instance(), store, FakeClock(), planner)  # type: ignore[arg-type]
    monkeypatch.setattr(ChecklistDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    planner.request_start()
    assert flow.launcher is None  # cancelled at the checklist
    monkeypatch.setattr(ChecklistDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    planner.request_start()
    try:
        assert flow.launcher is not None and flow.launcher.bridge is not None
        steps = len(load_plan(default_workshop("ru")).plan.steps) - 1  # one step removed above
        assert len(flow.launcher.bridge.plan.steps) == steps and flow.launcher.bridge.plan.language == "ru"
        assert "Choose a passphrase" in answers and not planner.isVisible()
    finally:
        if flow.launcher is not None:
            flow.launcher.close()
        store.close()


def test_start_offers_a_second_language_on_the_projector(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    store = Store.open(database_path())
    planner = PlannerWindow(library=load_library())
    qtbot.addWidget(planner)
    assert planner.open_plan(default_workshop("ru"))
    flow = PlannerFlow(QApplication.instance(), store, FakeClock(), planner)  # type: ignore[arg-type]
    monkeypatch.setattr(ChecklistDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    offered: list[list[str]] = []
    picks = iter([None, 2])  # cancel once, then "Русский + Қазақша"

    def choose(_parent: object, _title: str, _text: str, options: list[str]) -> int | None:
        offered.append(options)
        return next(picks)

    monkeypatch.setattr(dialogs, "choose", choose)
    planner.request_start()
    assert flow.launcher is None  # cancelled at the question: nothing opened
    planner.request_start()
    try:
        assert offered[-1][1:] == ["Русский + English", "Русский + Қазақша"]
        assert flow.launcher is not None and flow.launcher.bridge is not None
        bridge = flow.launcher.bridge
        assert bridge.audience_languages == ("ru", "kk") and bridge.plan.language == "ru"
        assert isinstance(flow.launcher.audience.view, PairView)  # type: ignore[union-attr]
    finally:
        if flow.launcher is not None:
            flow.launcher.close()
        store.close()
