import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from facilitator.aids.referral_csv import export_csv, read_csv
from facilitator.aids.referrals import Directory, Service, ServiceKind, check_for_town
from facilitator.export.handout import render_handout
from facilitator.paths import database_path
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.store import Store

TODAY = date(2026, 11, 23)
HEADER = "name,kind,phone,hours,languages,cost,region,notes,last_verified\n"


@pytest.fixture
def directory() -> Directory:
    store = Store.open(database_path())
    yield Directory(store)
    store.close()


def test_the_sheet_is_seeded_with_helpline_150_marked_to_verify(directory: Directory) -> None:
    (seeded,) = directory.services()
    assert (seeded.phone, seeded.kind, seeded.last_verified) == ("150", ServiceKind.CRISIS_HELPLINE, None)
    assert seeded.verification(TODAY) == "not verified: check before use"
    assert seeded.serves("Актобе")  # national services serve every town


def test_add_edit_delete_and_verification_age(directory: Directory) -> None:
    shelter = directory.save(
        Service(
            "Кризисный центр",
            ServiceKind.SHELTER,
            "+7 7132 55 11 22",
            region="Актобе",
            last_verified=date(2026, 11, 1),
        )
    )
    assert shelter.verification(TODAY) is None
    assert "more than 90 days" in (shelter.verification(date(2027, 3, 1)) or "")
    directory.save(Service(**{**shelter.__dict__, "hours": "24/7"}))
    assert next(s for s in directory.services() if s.id == shelter.id).hours == "24/7"
    assert {s.name for s in directory.for_region("актобе")} == {
        "Helpline 150 (Union of Crisis Centres of Kazakhstan)",
        "Кризисный центр",
    }
    assert [s.name for s in directory.for_region("Алматы")] == [
        "Helpline 150 (Union of Crisis Centres of Kazakhstan)"
    ]
    directory.delete(shelter.id)  # type: ignore[arg-type]
    assert len(directory.services()) == 1


def test_pre_session_check_for_the_town(directory: Directory) -> None:
    problems = [str(p) for p in check_for_town(directory.services(), "Актобе", TODAY)]
    assert any("No local service for Актобе" in p for p in problems)
    assert any("Helpline 150" in p and "not verified" in p for p in problems)
    directory.save(
        Service("Юридическая клиника", ServiceKind.LEGAL_AID, region="Актобе", last_verified=TODAY)
    )
    assert not any(
        "No local service" in str(p) for p in check_for_town(directory.services(), "Актобе", TODAY)
    )


def test_csv_round_trip_keeps_every_field(directory: Directory, tmp_path: Path) -> None:
    directory.save(
        Service(
            "Психолог «Сенім»",
            ServiceKind.PSYCHOLOGICAL,
            "8 (7132) 40-40-40",
            "Пн–Пт 9–18",
            "ru, kk",
            "free",
            "Актобе",
            "ask for Ms. A.",
            TODAY,
        )
    )
    out = tmp_path / "sheet.csv"
    export_csv(directory.services(), out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads Cyrillic with the BOM
    again = read_csv(out)
    assert [
        (s.name, s.kind, s.phone, s.hours, s.languages, s.cost, s.region, s.notes, s.last_verified)
        for s in again
    ] == [
        (s.name, s.kind, s.phone, s.hours, s.languages, s.cost, s.region, s.notes, s.last_verified)
        for s in directory.services()
    ]


def test_a_bad_csv_reports_every_bad_row_and_imports_nothing(directory: Directory, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "Good one,shelter,150,,,,Актобе,,2026-11-01\n"
        + ",legal-aid,112,,,,,,\n"
        + "Wrong kind,hotline,1414,,,,,,\n"
        + "Bad date,police,102,,,,,,31.02.2026\n"
        + "Short row,police\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidFile) as raised:
        read_csv(bad)
    messages = [str(e) for e in raised.value.errors]
    assert messages == [
        f"{bad}:3: name: required, empty",
        f"{bad}:4: kind: expected one of crisis-helpline, psychological-help, medical, legal-aid, "
        'police, shelter, programme-for-men, got "hotline"',
        f'{bad}:5: last_verified: expected a date like 23.11.2026 or 2026-11-23, got "31.02.2026"',
        f"{bad}:6: expected 9 columns, got 2",
    ]
    assert len(directory.services()) == 1


def test_csv_header_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,type,phone\nx,shelter,1\n", encoding="utf-8")
    with pytest.raises(InvalidFile) as raised:
        read_csv(bad)
    assert {str(e) for e in raised.value.errors} == {
        f"{bad}:1: type: unknown column",
        f"{bad}:1: kind: required column is missing",
    }


def test_import_titles_as_kinds(tmp_path: Path) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text("Name,Kind\nПолиция,Police\nЦентр,Crisis helpline\n", encoding="utf-8")
    assert [s.kind for s in read_csv(sheet)] == [ServiceKind.POLICE, ServiceKind.CRISIS_HELPLINE]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(
    ("language", "title"),
    [("en", "Where to find support"), ("ru", "Куда обратиться"), ("kk", "Қолдауды қайдан")],
)
@pytest.mark.parametrize("cards", [False, True])
def test_the_handout_lists_the_services_in_the_workshop_language(
    directory: Directory, tmp_path: Path, language: str, title: str, cards: bool
) -> None:
    directory.save(Service("Кризисный центр «Жан»", ServiceKind.SHELTER, "+7 7132 55 11 22", region="Актобе"))
    out = tmp_path / "handout.pdf"
    render_handout(directory.for_region("Актобе"), language, out, cards=cards)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert title in text
    assert text.count("150") >= (4 if cards else 1) and "+7 7132 55 11 22" in text
    assert "verify before use" not in text.lower()  # the facilitator's own notes are not printed
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert str(tmp_path) not in info and "Facilitator" in info
