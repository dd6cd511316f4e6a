"""The agenda's "At" column: when each step started, and when the later ones will start."""

from datetime import datetime

from tests.ui.conftest import Rig


def at_column(rig: Rig) -> list[str]:
    table = rig.console.agenda.table
    return [table.item(row, 4).text() for row in range(table.rowCount())]


def hhmm(wall: float) -> str:
    return datetime.fromtimestamp(wall).strftime("%H:%M")


def test_skipped_steps_add_no_time_to_the_forecast(rig: Rig) -> None:
    steps = rig.bridge.plan.steps
    start = rig.clock.wall()
    rig.bridge.start()
    rig.clock.advance(60)
    rig.bridge.jump(3)  # steps 1 and 2 are skipped: they will not take their planned time
    rig.console.agenda.refresh()
    at = at_column(rig)
    assert at[1] == at[2] == ""  # a skipped step has no time
    assert at[3] == hhmm(start + 60)  # the step now running began a minute after the start
    assert at[4] == hhmm(start + 60 + steps[3].duration)  # the next starts when this one is due to end
