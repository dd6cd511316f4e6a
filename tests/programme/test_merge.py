"""Merging many facilitators' summaries: the totals are reproduced, small counts suppressed, a
bad or repeated file reported with its name and field, and nothing counted twice."""

import csv
import io
import json
import random
from pathlib import Path

import pytest

from facilitator.programme.merge import ALL, load_summaries, merged_rows, tables
from facilitator.programme.summary_file import checksum, write_summary
from facilitator.programme.suppression import MIN_CELL
from facilitator.programme.weeks import week_month
from tests.export.test_pdf_fonts import assert_all_embedded
from tests.helpers.processes import run_cli
from tests.helpers.programme_sessions import random_summary

REGIONS = ("KZ-15", "KZ-75", "KG-GB", "UZ-TK")
WEEKS = ("2026W45", "2026W47", "2026W49", "2026W50")


@pytest.fixture
def fifty(tmp_path: Path) -> list[Path]:
    rng = random.Random(50)
    folder = tmp_path / "summaries"
    folder.mkdir()
    paths = []
    for number in range(50):
        path = folder / f"facilitator-{number:02d}.json"
        write_summary(random_summary(rng, REGIONS, WEEKS), path)
        paths.append(path)
    return paths


def test_a_merge_of_fifty_summaries_reproduces_the_totals(fifty: list[Path]) -> None:
    loaded = load_summaries(fifty)
    assert len(loaded.summaries) == 50 and not loaded.problems and not loaded.duplicates
    given = loaded.summaries
    by_key = {table.key: table for table in tables(given)}
    delivery = by_key["delivery"].column_totals()
    assert delivery["sessions_delivered"] == 50
    assert delivery["minutes_actual"] == sum(s.minutes_actual for s in given)
    assert delivery["steps_skipped"] == sum(s.steps_skipped for s in given)
    for key, attribute in (
        ("resistance_by_driver", "resistance_by_driver"),
        ("resistance_by_form", "resistance_by_form"),
        ("referrals_by_kind", "referrals_by_kind"),
    ):
        table = by_key[key]
        for (region, month), row in zip(table.rows, table.cells, strict=True):
            here = [s for s in given if s.region == region and week_month(s.week) == month]
            for column, value in zip(table.columns, row, strict=True):
                assert value == sum(getattr(s, attribute).get(column, 0) for s in here)
        published = table.grid()
        for row in published:
            assert all(value is None or value == 0 or value >= MIN_CELL for value in row)
    participants = by_key["participants"].cells
    assert sum(row[0] for row in participants) == sum(s.participants for s in given)
    before = by_key["tally:enough-rights:1"]
    assert sum(map(sum, before.cells)) == sum(sum(s.tallies[0].counts.values()) for s in given)


def test_published_values_are_the_true_ones_where_shown(fifty: list[Path]) -> None:
    for table in tables(load_summaries(fifty).summaries):
        truth = (
            [[*row, sum(row)] for row in table.cells] if table.suppressed else [list(r) for r in table.cells]
        )
        truth.append([sum(column) for column in zip(*truth, strict=True)])
        for shown, true in zip(table.grid(), truth, strict=True):
            assert all(value is None or value == real for value, real in zip(shown, true, strict=True))


def test_a_duplicate_is_merged_once_with_a_message(fifty: list[Path], tmp_path: Path) -> None:
    copy = tmp_path / "copy.json"
    copy.write_bytes(fifty[3].read_bytes())
    loaded = load_summaries([*fifty, copy])
    assert len(loaded.summaries) == 50
    (message,) = loaded.duplicates
    assert message.startswith(f"{copy}: instance_id: uuid:") and f"merged already from {fifty[3]}" in message
    assert message.endswith("counted once")


def test_bad_files_are_left_out_by_name_and_field(fifty: list[Path], tmp_path: Path) -> None:
    data = json.loads(fifty[0].read_text(encoding="utf-8"))
    data["region"] = "KZ-AKTOBE"
    data["checksum"] = checksum(data)
    unknown_region = tmp_path / "region.json"
    unknown_region.write_text(json.dumps(data), encoding="utf-8")
    data = json.loads(fifty[1].read_text(encoding="utf-8"))
    data["schema_version"] = 9
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_summaries([unknown_region, newer, *fifty[2:]])
    assert len(loaded.summaries) == 48
    assert loaded.problems[0].startswith(f"{unknown_region}: region: unknown region code 'KZ-AKTOBE'")
    assert loaded.problems[1].startswith(f"{newer}: schema_version: this file has schema version 9")


def test_the_csv_publishes_no_small_count(fifty: list[Path]) -> None:
    rows = merged_rows(tables(load_summaries(fifty).summaries))
    for table, _region, _month, _category, value, suppressed in rows:
        if table != "delivery" and value:
            assert int(value) == 0 or int(value) >= MIN_CELL
        assert (value == "") == (suppressed == "yes")
    assert any(row[4] == "" for row in rows), "this sample has small counts to suppress"
    assert any(row[1] == ALL for row in rows)


def test_the_merge_command_writes_csv_and_pdf_with_embedded_fonts(fifty: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "merged"
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "facilitator-programme-summary", "schema_version": 1}', encoding="utf-8")
    result = run_cli("programme", "merge", *map(str, fifty), str(fifty[0]), str(broken), "--out", str(out))
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1, "a file was left out: the exit code says so"
    assert f"{broken}: instance_id: missing; left out" in result.stderr
    assert f"{fifty[0]}: instance_id: " in result.stderr and "counted once" in result.stderr
    assert "merged 50 summaries" in result.stderr
    rows = list(csv.reader(io.StringIO((out / "programme-figures.csv").read_text(encoding="utf-8"))))
    assert rows[0] == ["table", "region", "month", "category", "value", "suppressed"]
    delivered = [r for r in rows if r[0] == "delivery" and r[1] == ALL and r[3] == "sessions_delivered"]
    assert delivered == [["delivery", ALL, ALL, "sessions_delivered", "50", ""]]
    assert_all_embedded(out / "programme-figures.pdf")


def test_a_merge_of_nothing_valid_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    result = run_cli("programme", "merge", str(bad), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "nothing written" in result.stderr
    assert not (tmp_path / "out").exists()
