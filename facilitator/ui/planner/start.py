"""From the planner to the room: the checklist, then the live console on the planned workshop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog

from facilitator.aids.referrals import Directory
from facilitator.planner.draft import Draft
from facilitator.sessions.clock import Clock
from facilitator.ui.launch import Launcher
from facilitator.ui.planner.checklist_dialog import ChecklistDialog
from facilitator.ui.planner.planner_window import PlannerWindow

if TYPE_CHECKING:  # type-only: the store is handed on to the checklist's directory and the launcher
    from facilitator.sessions.store import Store


class PlannerFlow:
    """Keeps the planner and, once started, the live session's windows."""

    def __init__(self, app: QApplication, store: Store, clock: Clock, planner: PlannerWindow) -> None:
        self._app = app
        self._store = store
        self._clock = clock
        self.planner = planner
        self.launcher: Launcher | None = None
        planner.start_requested.connect(self.start)

    def start(self, draft: Draft) -> bool:
        assert draft.plan is not None
        folder = draft.path.parent if draft.path else None
        checklist = ChecklistDialog(
            draft.plan, Directory(self._store), parent=self.planner, plan_folder=folder
        )
        if checklist.exec() != QDialog.DialogCode.Accepted:
            return False
        name = str(draft.path) if draft.path else f"{draft.plan.id}.yaml"
        self.launcher = Launcher(self._app, draft.loaded(), name, self._store, self._clock)
        if not self.launcher.open():
            return False
        self.planner.hide()
        return True
