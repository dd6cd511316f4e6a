"""Bad summary files: a clear message with file and field, never a traceback, nothing half-read."""

import json
from pathlib import Path

import pytest

from facilitator.programme.summary_file import (
    SummaryError,
    checksum,
    read_summary,
    summary_dict,
    write_summary,
)
from facilitator.sessions.store import Store
from tests.helpers.programme_sessions import SENDER, planted_session


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    from facilitator.programme.summary import build_summary

    store = Store.in_memory()
    path = tmp_path / "summary.json"
    write_summary(build_summary(store, planted_session(store), SENDER), path)
    return path


def rewrite(path: Path, change, recompute: bool = True) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    if recompute:
        data["checksum"] = checksum(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def error_of(path: Path) -> str:
    with pytest.raises(SummaryError) as raised:
        read_summary(path)
    return str(raised.value)


def test_a_saved_summary_reads_back(saved: Path) -> None:
    summary = read_summary(saved)
    assert summary_dict(summary) == json.loads(saved.read_text(encoding="utf-8"))


def test_another_schema_version_is_refused_by_name(saved: Path) -> None:
    rewrite(saved, lambda d: d.update(schema_version=3))
    assert error_of(saved).startswith(f"{saved}: schema_version: this file has schema version 3; ")


@pytest.mark.parametrize(
    ("change", "field", "expected"),
    [
        (lambda d: d["resistance_by_driver"].update({"personal-beliefs": -3}), "resistance_by_driver",
         "personal-beliefs: expected 0 to 10000, got -3"),
        (lambda d: d["referrals_by_kind"].update({"shelter": 2.5}), "referrals_by_kind",
         "shelter: expected a whole number, got 2.5"),
        (lambda d: d["tallies"][0]["counts"].update({"agree": "9"}), "tallies",
         "[0]: agree: expected a whole number, got '9'"),
        (lambda d: d.update(participants=True), "participants", "expected a whole number, got True"),
        (lambda d: d.update(region="KZ-AKT"), "region", "unknown region code 'KZ-AKT'"),
        (lambda d: d.update(week="2026-11-19"), "week", "expected an ISO week such as 2026W48"),
        (lambda d: d.update(facilitator="Aigerim N."), "facilitator", "expected a code"),
        (lambda d: d.update(town="Aktobe"), "town", "not a field of a programme summary"),
        (lambda d: d["resistance_by_form"].update({"said-aigerim": 1}), "resistance_by_form",
         "unknown key 'said-aigerim'"),
        (lambda d: d.pop("steps_skipped"), "steps_skipped", "missing"),
    ],
)  # fmt: skip
def test_a_tampered_field_is_named(saved: Path, change, field: str, expected: str) -> None:
    rewrite(saved, change)
    message = error_of(saved)
    assert message.startswith(f"{saved}: {field}: "), message
    assert expected in message


def test_a_count_changed_without_the_checksum_is_caught(saved: Path) -> None:
    rewrite(saved, lambda d: d["referrals_by_kind"].update({"crisis-helpline": 7}), recompute=False)
    assert error_of(saved) == (
        f"{saved}: checksum: does not match the content: the file was changed after it was saved"
    )


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", "é".encode("latin-1"), b'{"schema": "x"}'])
def test_what_is_not_a_summary_is_named(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.json"
    path.write_bytes(content)
    assert error_of(path).startswith(f"{path}: ")


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    assert (
        error_of(tmp_path / "gone.json")
        == f"{tmp_path / 'gone.json'}: cannot read: No such file or directory"
    )
