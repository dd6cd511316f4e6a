"""Importing a referral CSV never changes a built-in service.

A row with the built-in helpline's name, kind and country was taken as the same service and
updated it in place: its phone, hours or notes became whatever the file said, and the sheet and
every handout after showed them as built in. Now such a row is refused as every other problem of
an import is (file, line and field named; all rows or none). A row the same as the built-in one (a
sheet exported from the app) changes nothing, and a later "verified" date is taken.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from facilitator.aids.referral_csv import export_csv, import_csv
from facilitator.aids.referrals import Directory, Service
from facilitator.paths import database_path
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.store import Store
from tests.helpers.processes import run_cli

HEADER = "name,kind,phone,hours,country,notes,last_verified\n"
BUILT_IN_NAME = "Helpline 150 (Union of Crisis Centres of Kazakhstan)"


@pytest.fixture
def directory(data_dir: Path) -> Iterator[Directory]:
    store = Store.open(database_path())
    yield Directory(store)
    store.close()


def built_in(directory: Directory) -> Service:
    (found,) = [service for service in directory.services() if service.seed]
    return found


def sheet(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "services.csv"
    path.write_text(HEADER + "".join(row + "\n" for row in rows), "utf-8")
    return path


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (f'"{BUILT_IN_NAME}",crisis-helpline,+7 701 000 00 00,,KZ,,', "phone"),
        (f'"{BUILT_IN_NAME}",crisis-helpline,150,9-18,KZ,,', "hours"),
        (f'"{BUILT_IN_NAME.upper()}",Crisis helpline,150,,Kazakhstan,call first,', "name"),
    ],
)
def test_a_row_that_would_change_a_built_in_service_is_refused(
    directory: Directory, tmp_path: Path, row: str, field: str
) -> None:
    before = directory.services()
    path = sheet(tmp_path, "Aktobe crisis centre,psychological-help,+7 7132 55 11 22,,KZ,,", row)
    with pytest.raises(InvalidFile) as raised:
        import_csv(path, directory)
    (error,) = raised.value.errors
    assert (error.file, error.line, error.path) == (str(path), 3, field)
    assert "built-in" in error.message and BUILT_IN_NAME in error.message
    assert directory.services() == before  # all or nothing: the good row is not added either


def test_the_sheet_exported_from_the_app_imports_without_a_change(
    directory: Directory, tmp_path: Path
) -> None:
    before = directory.services()
    out = tmp_path / "sheet.csv"
    export_csv(before, out)
    merged = import_csv(out, directory)
    assert (merged.added, merged.updated, merged.unchanged) == (0, 0, len(before))
    assert directory.services() == before


def test_a_later_verification_of_the_built_in_service_is_taken(directory: Directory, tmp_path: Path) -> None:
    shipped = built_in(directory)
    day = date.today().strftime("%d.%m.%Y")
    merged = import_csv(sheet(tmp_path, f'"{BUILT_IN_NAME}",crisis-helpline,150,,KZ,,{day}'), directory)
    assert (merged.added, merged.updated) == (0, 1)
    assert built_in(directory) == Service(**{**shipped.__dict__, "last_verified": date.today()})


def test_the_command_line_names_file_line_and_field(data_dir: Path, tmp_path: Path) -> None:
    path = sheet(tmp_path, f'"{BUILT_IN_NAME}",crisis-helpline,+7 701 000 00 00,,KZ,,')
    result = run_cli("referrals", "import", str(path))
    assert result.returncode != 0
    assert f"{path}:2: phone: " in result.stderr and "built-in" in result.stderr
    assert "Traceback" not in result.stderr
    listed = run_cli("referrals", "list")
    assert "+7 701 000 00 00" not in listed.stdout + listed.stderr
