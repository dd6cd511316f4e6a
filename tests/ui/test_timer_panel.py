"""The console's timer line before and after the start (blind drive: before F5 it read
"Projected end — · on time", an end with no time)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import Rig


def test_before_the_start_the_console_says_the_planned_length_then_the_projected_end(rig: Rig) -> None:
    standing = rig.console.timer_panel.standing
    assert standing.text() == "Planned length 2h 00m", standing.text()
    assert "—" not in standing.text()
    QTest.keyClick(rig.console, Qt.Key.Key_F5)
    assert standing.text().startswith("Projected end ") and "on time" in standing.text()
