"""A message says a value as it was typed, or what it is in plain words: never Python's spelling of
it ("datetime.date(2024, 1, 1)", "b'hello'"), nor pydantic's or the csv module's own words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from facilitator.aids.referral_csv import read_csv
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import parse_plan
from facilitator.sessions.session_file import read_session_file, session_record
from facilitator.sessions.store import Store
from tests.helpers.plans import loaded_plan, plan_yaml
from tests.helpers.sealing import file_passphrase

HEADER = "name,kind,phone,hours,languages,cost,region,notes,last_verified"
PYTHON_WORDS = re.compile(r"datetime|b'|Input should|universal-newline|valid number|valid integer")


def _plan_errors(title: str) -> list[str]:
    text = re.sub(r"(?m)^title: .*$", f"title: {title}", plan_yaml([10, 10]), count=1)
    with pytest.raises(InvalidFile) as raised:
        parse_plan(text.encode(), "plan.yaml")
    return [str(error) for error in raised.value.errors]


@pytest.mark.parametrize(
    ("typed", "said"),
    [("2024-01-01", "got 2024-01-01"), ("!!binary aGVsbG8=", "got binary data"), ("12", "got 12")],
)
def test_a_value_of_the_wrong_kind_is_said_as_typed(typed: str, said: str) -> None:
    (error,) = _plan_errors(typed)
    assert f"title: expected text, {said}" in error and not PYTHON_WORDS.search(error), error


def test_a_date_written_where_a_time_goes_gets_one_message_in_the_app_s_words(tmp_path: Path) -> None:
    store = Store.in_memory()
    try:
        live = LiveSession.new(store, loaded_plan([10, 5]), "plan.yaml", FakeClock())
        live.add_note("x")
        record = json.loads(session_record(store, live.id))
    finally:
        store.close()
    record["session"]["created_wall"] = "2024-01-01T10:00:00"
    record["session"]["participants"] = 2.5
    path = tmp_path / "dates.json"
    path.write_text(json.dumps(record, indent=1), encoding="utf-8")
    with pytest.raises(InvalidFile) as raised:
        read_session_file(path, file_passphrase)
    said = [str(error) for error in raised.value.errors]
    assert [s.split(": ", 1)[1] for s in said] == [
        'session.created_wall: expected a number, got "2024-01-01T10:00:00"',
        "session.participants: expected a whole number, got 2.5",
    ], said


def test_a_sheet_with_old_mac_line_ends_is_read(tmp_path: Path) -> None:
    sheet = tmp_path / "cr.csv"
    rows = [
        "name,kind,phone,hours,languages,cost,region,notes,last_verified",
        "Centre,shelter,102,,,,Актобе,,",
    ]
    sheet.write_bytes("\r".join(rows).encode() + b"\r")
    assert [service.name for service in read_csv(sheet)] == ["Centre"]


def test_a_sheet_the_csv_reader_cannot_read_is_said_in_the_app_s_words(tmp_path: Path) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_bytes(
        b"name,kind,phone,hours,languages,cost,region,notes,last_verified\n" + b"a\rb,shelter\n"
    )
    with pytest.raises(InvalidFile) as raised:
        read_csv(sheet)
    said = str(raised.value)
    assert "not readable as CSV: a quote or a line break is out of place" in said
    assert "mode" not in said and "universal" not in said
