"""From the planner to the room: the checklist, then the live console on the planned workshop."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog

from facilitator.aids.referrals import Directory
from facilitator.content import builtin_plan_files
from facilitator.languages import LANGUAGE_NAMES
from facilitator.planner.draft import Draft
from facilitator.planner.series_choice import runs_in
from facilitator.sessions.clock import Clock
from facilitator.sessions.plan_loader import LoadedPlan
from facilitator.sessions.plan_pair import companions
from facilitator.ui import dialogs, i18n
from facilitator.ui.i18n import translate
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
        planner.runs = lambda: runs_in(store)  # the series chooser offers the next session not yet run
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
        loaded = draft.loaded()
        pair = self._ask_languages(loaded, name, draft.path)
        if pair is None:
            return False
        guide, companion, companion_first = pair
        self.launcher = Launcher(self._app, guide, name, self._store, self._clock)
        self.launcher.companion, self.launcher.companion_first = companion, companion_first
        if not self.launcher.open():
            return False
        self.planner.hide()
        return True

    def _ask_languages(
        self, loaded: LoadedPlan, name: str, path: Path | None
    ) -> tuple[LoadedPlan, LoadedPlan | None, bool] | None:
        """One language on the projector or two side by side, when the workshop exists in another
        language with the same steps (its NAME.LANG.yaml sibling, or a built-in plan). Returns
        (the facilitator's plan, the other one or None, whether the other goes first); None:
        cancelled. The plan's own language is on the left; the console follows the UI language."""
        found = companions(loaded, name, path, builtin_plan_files())
        if not found:
            return loaded, None, False
        own = LANGUAGE_NAMES[loaded.plan.language]
        options = [translate("Planner", "{language} only").format(language=own)]
        options += [f"{own} + {LANGUAGE_NAMES[code]}" for code in found]
        picked = dialogs.choose(
            self.planner,
            translate("Planner", "Languages on the projector"),
            translate(
                "Planner",
                "This workshop also exists in another language with the same steps. Show one "
                "language on the projector, or two side by side (for a mixed room)?",
            ),
            options,
        )
        if picked is None:
            return None
        if picked == 0:
            return loaded, None, False
        other = list(found.values())[picked - 1]
        if i18n.current() == other.plan.language:  # the facilitator reads the other language
            return other, loaded, True
        return loaded, other, False
