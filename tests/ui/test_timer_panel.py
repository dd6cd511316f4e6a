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


def test_after_the_end_the_console_says_when_it_ended_not_a_projected_end(rig: Rig) -> None:
    """A drive: "Ожидаемое окончание 13:12 · −115 мин" stayed under "Завершено"."""
    from datetime import datetime

    standing = rig.console.timer_panel.standing
    QTest.keyClick(rig.console, Qt.Key.Key_F5)
    rig.clock.advance(5 * 60)
    rig.bridge.end()
    state = rig.bridge.state()
    assert state.start_wall is not None
    ended = datetime.fromtimestamp(state.start_wall + 5 * 60).strftime("%H:%M")
    rig.clock.advance(30 * 60)  # later, the console still says the same
    rig.bridge.timer_updated.emit()
    assert standing.text() == f"Ended at {ended} · 5m in all", standing.text()
    assert "Projected" not in standing.text() and "−" not in standing.text()
