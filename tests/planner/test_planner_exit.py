"""``facilitator planner BAD.yaml``: the bad plan is said once, the planner stays open on a new plan,
and a normal Ctrl+Q exits 0 (fourth blind drive: exit code 1 after a normal quit)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from facilitator import app as app_module
from facilitator import cli
from facilitator.ui import dialogs, i18n
from facilitator.ui.planner.planner_window import PlannerWindow
from tests.helpers.plans import plan_yaml


class _QuitByKeys:
    """The planner's event loop: the facilitator looks at the planner, then presses Ctrl+Q."""

    def __init__(self, qtbot: QtBot, seen: list[PlannerWindow]) -> None:
        self._qtbot = qtbot
        self._seen = seen

    def __enter__(self) -> _QuitByKeys:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def run_until_complete(self, waiting: Coroutine[Any, Any, Any]) -> None:
        waiting.close()
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PlannerWindow) and isValid(w)]
        planner = next(w for w in shown if w.isVisible())  # still open after the bad plan was said
        self._qtbot.addWidget(planner)
        self._seen.append(planner)
        planner.activateWindow()
        self._qtbot.waitUntil(planner.isActiveWindow)
        QTest.keyClick(planner, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        self._qtbot.waitUntil(lambda: not planner.isVisible())


def test_a_planner_opened_on_a_bad_plan_says_so_and_a_normal_quit_exits_0(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(plan_yaml([10, 10]).replace("duration: 10m", "duration: twelve", 1), encoding="utf-8")
    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, _title, text: told.append(text))
    seen: list[PlannerWindow] = []
    monkeypatch.setattr(app_module, "_event_loop", lambda _app: (_QuitByKeys(qtbot, seen), asyncio.Event()))
    app = QApplication.instance()
    quits = app.quitOnLastWindowClosed()  # type: ignore[union-attr]
    try:
        code = cli.main(["planner", str(bad), "--ui-language", "en"])
    finally:
        app.setQuitOnLastWindowClosed(quits)  # type: ignore[union-attr]
        i18n.install(app, "en")  # type: ignore[arg-type]
    assert len(told) == 1 and f"{bad}:" in told[0] and "twelve" in told[0]  # said once, with its line
    assert len(seen) == 1 and seen[0].draft.path is None  # a new plan, nothing of the bad one
    assert code == 0
