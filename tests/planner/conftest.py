"""Fixtures of the planner's tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from facilitator.ui import i18n


@pytest.fixture
def set_ui_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the UI's language for one test (English again afterwards)."""

    def install(language: str) -> None:
        assert i18n.install(qapp, language) == language

    yield install
    i18n.install(qapp, "en")
