"""The report's planned time is the session's length: its steps and its buffer."""

from facilitator.export.report import build_report
from facilitator.sessions.store import Store
from tests.helpers.programme_sessions import planted_session


def test_the_reports_planned_time_is_the_sessions_length_with_its_buffer() -> None:
    store = Store.in_memory()
    report = build_report(store, planted_session(store, buffer=10))
    assert report.figures.time_planned == 50 * 60  # 40 minutes of steps and 10 in hand
