"""The referral CSV is safe to open in Excel, survives a round trip, reads huge cells with a message,
and importing the same sheet twice adds nothing."""

import csv
import io
from pathlib import Path

import pytest

from facilitator.aids.referral_csv import export_csv, read_csv
from facilitator.aids.referrals import Directory, Service, ServiceKind
from facilitator.paths import database_path
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.store import Store
from tests.helpers.processes import run_cli

HEADER = "name,kind,phone,hours,languages,cost,region,notes,last_verified\n"
HOSTILE = [
    Service('=HYPERLINK("http://x","click")', ServiceKind.SHELTER, "+7 7132 55 11 22", region="Актобе"),
    Service("@SUM(A1:A9)", ServiceKind.LEGAL_AID, "112", hours="-1+1", notes="\tcmd", region="Актобе"),
    Service("'=already quoted", ServiceKind.MEDICAL, "'+7 701 482 93 17", notes="\r=1+2", region="Актобе"),
    Service("Plain name", ServiceKind.POLICE, "102", notes="'just a quote", region="Актобе"),
]


@pytest.fixture
def directory() -> Directory:
    store = Store.open(database_path())
    yield Directory(store)
    store.close()


def cells(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def test_no_exported_cell_starts_like_a_formula(directory: Directory, tmp_path: Path) -> None:
    for service in HOSTILE:
        directory.save(service)
    out = tmp_path / "sheet.csv"
    export_csv(directory.services(), out)
    for row in cells(out)[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
    assert next(row for row in cells(out) if "HYPERLINK" in row[0])[:3] == [
        '\'=HYPERLINK("http://x","click")',
        "shelter",
        "'+7 7132 55 11 22",
    ]


def test_the_round_trip_is_lossless(directory: Directory, tmp_path: Path) -> None:
    for service in HOSTILE:
        directory.save(service)
    out = tmp_path / "sheet.csv"
    export_csv(directory.services(), out)
    fields = ("name", "kind", "phone", "notes", "region")
    back = {tuple(getattr(s, f) for f in fields) for s in read_csv(out)}
    assert back == {tuple(getattr(s, f) for f in fields) for s in directory.services()}
    assert ('=HYPERLINK("http://x","click")', ServiceKind.SHELTER, "+7 7132 55 11 22") in {
        b[:3] for b in back
    }
    assert any(
        b[0] == "'=already quoted" and b[2] == "'+7 701 482 93 17" for b in back
    )  # a quote of its own stays


def test_a_cell_over_128_kb_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    sheet = tmp_path / "big.csv"
    sheet.write_text(HEADER + 'Helpline,crisis-helpline,150,,,,,"' + "x" * 200_000 + '",\n', encoding="utf-8")
    with pytest.raises(InvalidFile) as raised:
        read_csv(sheet)
    assert [str(e) for e in raised.value.errors] == [
        f"{sheet}:2: notes: text too long: 200000 characters; expected at most 4000"
    ]
    result = run_cli("referrals", "import", str(sheet))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{sheet}:2: notes: text too long" in result.stderr


def test_importing_the_same_sheet_twice_adds_nothing(directory: Directory, tmp_path: Path) -> None:
    for service in HOSTILE:
        directory.save(service)
    out = tmp_path / "sheet.csv"
    export_csv(directory.services(), out)
    before = directory.services()
    merged = directory.merge(read_csv(out))
    assert (merged.added, merged.updated, merged.unchanged) == (0, 0, len(before))
    assert directory.services() == before
    changed = out.read_bytes().replace(b",102,", b",102 (24/7),")  # bytes: the \r in a cell stays
    out.write_bytes(changed + "New centre,shelter,555,,,,Актобе,,2026-11-01,KZ,\r\n".encode())
    merged = directory.merge(read_csv(out))
    assert str(merged) == f"1 added, 1 updated, {len(before) - 1} unchanged"
    assert len(directory.services()) == len(before) + 1
    police = [s for s in directory.services() if s.name == "Plain name"]
    assert [s.phone for s in police] == ["102 (24/7)"]


def test_the_cli_says_what_an_import_did(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(HEADER + "Crisis centre,shelter,555,,,,Актобе,,\n", encoding="utf-8")
    said = []
    for _ in range(2):
        result = run_cli("referrals", "import", str(sheet))
        assert result.returncode == 0, result.stderr
        said.append(result.stderr.strip())
    assert said == [f"{sheet}: 1 added, 0 updated, 0 unchanged", f"{sheet}: 0 added, 0 updated, 1 unchanged"]
    store = Store.open(database_path())
    assert [s.name for s in Directory(store).services()].count("Crisis centre") == 1
    store.close()


def test_an_invisible_character_in_a_name_and_a_phone_that_is_no_number_are_refused(tmp_path: Path) -> None:
    """ "Cri<U+200B>sis Centre" would be a second service that looks like the real one; "call me maybe"
    is no number to dial. Both are named by file, line and field, and nothing is imported."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER
        + "Crisis Centre Aktobe,shelter,+7 7132 55 11 22,,,,Актобе,,\n"
        + "Cri\u200bsis 😀 Centre Aktobe,shelter,+7 7132 55 11 22,,,,Актобе,,\n"
        + "Legal aid,legal-aid,call me maybe,,,,Актобе,,\n"
        + "Police,police,102 (24/7),,,,Актобе,family 👨\u200d👩\u200d👧 help,\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidFile) as raised:
        read_csv(sheet)
    assert [str(e) for e in raised.value.errors] == [
        f"{sheet}:3: name: an invisible character (U+200B ZERO WIDTH SPACE), which makes the text look "
        "like other text; remove it",
        f"{sheet}:4: phone: expected a phone number like +7 7132 55 11 22 or a short number like 150, got "
        '"call me maybe"',
    ]
