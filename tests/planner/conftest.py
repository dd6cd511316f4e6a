"""Fixtures of the planner's tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.planner.library import load_library
from facilitator.ui import i18n
from facilitator.ui.planner.planner_window import PlannerWindow


@pytest.fixture
def set_ui_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the UI's language for one test (English again afterwards)."""

    def install(language: str) -> None:
        assert i18n.install(qapp, language) == language

    yield install
    i18n.install(qapp, "en")


@pytest.fixture
def planner(qtbot: QtBot) -> PlannerWindow:
    """A planner on the built-in library, shown and active (keys reach it)."""
    window = PlannerWindow(library=load_library())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
