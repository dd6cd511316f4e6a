"""Referrals per country: a national service only for its own country's towns, the built-in helpline
in the handout's language, a CSV as Excel in a Russian locale writes it, and bad input named."""

import shutil
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest

from facilitator.aids.referral_csv import export_csv, read_csv
from facilitator.aids.referrals import Directory, Service, ServiceKind
from facilitator.export.handout import render_handout
from facilitator.paths import database_path
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.store import Store
from tests.helpers.processes import run_cli

TODAY = date(2026, 11, 23)
# What Excel in a Russian locale saves as "CSV (разделители — точки с запятой)": cp1251, no BOM,
# ";" between cells, dates as dd.mm.yyyy, CRLF, a quoted cell holding ";" and quotes.
EXCEL_RU = (
    "name;kind;phone;hours;languages;cost;region;notes;last_verified\r\n"
    "Кризисный центр «Забота»;shelter;+7 7132 55 11 22;круглосуточно;рус., каз.;бесплатно;Актобе;"
    '"спросить ""дежурного""; вход со двора";23.11.2026\r\n'
    "Юридическая клиника;legal-aid;8 (7132) 40-40-40;Пн–Пт 9–18;;;Актобе;;1.2.2026\r\n"
    "Полиция;police;102;;;;Актобе;;\r\n"
)


@pytest.fixture
def directory() -> Directory:
    store = Store.open(database_path())
    yield Directory(store)
    store.close()


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def test_a_cp1251_semicolon_excel_csv_with_russian_dates_imports(
    directory: Directory, tmp_path: Path
) -> None:
    sheet = tmp_path / "Службы.csv"
    sheet.write_bytes(EXCEL_RU.encode("cp1251"))
    services = read_csv(sheet)
    assert [(s.name, s.kind, s.phone, s.last_verified) for s in services] == [
        ("Кризисный центр «Забота»", ServiceKind.SHELTER, "+7 7132 55 11 22", date(2026, 11, 23)),
        ("Юридическая клиника", ServiceKind.LEGAL_AID, "8 (7132) 40-40-40", date(2026, 2, 1)),
        ("Полиция", ServiceKind.POLICE, "102", None),
    ]
    assert services[0].notes == 'спросить "дежурного"; вход со двора'
    assert services[0].hours == "круглосуточно" and services[1].hours == "Пн–Пт 9–18"
    assert str(directory.merge(services)) == "3 added, 0 updated, 0 unchanged"
    # The same sheet saved as UTF-8 with a BOM (Excel's "CSV UTF-8") is the same sheet: nothing new.
    sheet.write_bytes(EXCEL_RU.encode("utf-8-sig"))
    assert str(directory.merge(read_csv(sheet))) == "0 added, 0 updated, 3 unchanged"


def test_a_kazakhstan_national_service_never_lands_on_a_handout_for_bishkek(directory: Directory) -> None:
    directory.save(
        Service("Кризисный центр «Сезим»", ServiceKind.SHELTER, "+996 312 00 00 00", region="Бишкек")
    )
    directory.save(Service("Shelter Aktobe", ServiceKind.SHELTER, "+7 7132 00 00 00", region="Aktobe"))
    for town in ("Бишкек", "Bishkek", "Душанбе", "Ташкент", "Тошкент", "Ош"):
        phones = [s.phone for s in directory.for_region(town)]
        assert "150" not in phones, town
    assert [s.phone for s in directory.for_region("Bishkek")] == ["+996 312 00 00 00"]
    # In Kazakhstan, in any spelling: the national helpline and the town's own services.
    for town in ("Актобе", "Ақтөбе", "Aqtobe", "г. Актобе"):
        assert {s.phone for s in directory.for_region(town)} == {"150", "+7 7132 00 00 00"}, town
    assert [s.phone for s in directory.for_region("Нур-Султан")] == ["150"]


def test_an_unknown_town_says_so_and_shows_only_its_own_countrys_national_services(
    directory: Directory,
) -> None:
    from facilitator.aids.referrals import Problem, check_for_town

    assert directory.for_region("Зайсанбек") == []  # country unknown: no national service at all
    assert [s.phone for s in directory.for_region("Зайсанбек", "KZ")] == ["150"]
    assert [s.phone for s in directory.for_region("Зайсанбек", "Казахстан")] == ["150"]
    assert directory.for_region("Зайсанбек", "KG") == []
    problems = check_for_town(directory.services(), "Зайсанбек", TODAY)
    assert [p.problem for p in problems] == [Problem.UNKNOWN_TOWN, Problem.NO_COUNTRY, Problem.NO_LOCAL]
    assert str(problems[0]).startswith('"Зайсанбек" is not in the town list')
    # A town the list knows wins over a country chosen by mistake.
    assert [s.phone for s in directory.for_region("Алматы", "KG")] == ["150"]


def test_the_town_list_is_a_data_file_with_no_name_in_two_places() -> None:
    from facilitator.aids.places import countries, country_name, find_town, name_collisions

    assert name_collisions() == {}
    assert countries() == ["KZ", "KG", "UZ", "TJ"]
    assert [country_name("KZ", lang) for lang in ("en", "ru", "kk")] == [
        "Kazakhstan",
        "Казахстан",
        "Қазақстан",
    ]
    for name, country in [
        ("Өскемен", "KZ"),
        ("Усть-Каменогорск", "KZ"),
        ("Karakol", "KG"),
        ("Самарқанд", "UZ"),
        ("Худжанд", "TJ"),
        ("Хуҷанд", "TJ"),
    ]:
        assert (find_town(name) or pytest.fail(name)).country == country
    assert find_town("Москва") is None


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(
    ("language", "name", "description", "where"),
    [
        (
            "ru",
            "Телефон доверия 150 (Союз кризисных центров Казахстана)",
            "Анонимная линия помощи для детей и женщин",
            "Где: Казахстан, по всей стране",
        ),
        (
            "kk",
            "150 сенім телефоны (Қазақстан дағдарыс орталықтары одағы)",
            "Балалар мен әйелдерге арналған анонимді көмек желісі",
            "Қайда: Қазақстан, бүкіл ел бойынша",
        ),
        (
            "en",
            "Helpline 150 (Union of Crisis Centres of Kazakhstan)",
            "Anonymous helpline for children and women",
            "Where: Kazakhstan, nationwide",
        ),
    ],
)
def test_the_seed_helpline_prints_in_the_handouts_language(
    directory: Directory, tmp_path: Path, language: str, name: str, description: str, where: str
) -> None:
    out = tmp_path / "handout.pdf"
    render_handout(directory.for_region("Актобе"), language, out)
    text = pdf_text(out)
    assert name in text and description in text and where in text
    if language != "en":
        assert "Helpline" not in text and "Crisis Centres" not in text and "Kazakhstan" not in text
    assert "Source" not in text and "Источник" not in text  # the facilitator's notes are not printed


def test_a_seed_field_the_facilitator_changed_is_shown_as_changed(directory: Directory) -> None:
    from dataclasses import replace

    from facilitator.aids.referral_seed import localized

    (seed,) = directory.services()
    directory.save(replace(seed, name="Телефон 150 — проверено нами"))
    (edited,) = directory.services()
    shown = localized(edited, "kk")
    assert shown.name == "Телефон 150 — проверено нами"  # the facilitator's words stay
    assert shown.description.startswith("Балалар мен әйелдерге")  # the untouched text is translated


def test_the_database_seed_is_the_english_of_the_seed_file(directory: Directory) -> None:
    from facilitator.aids.referral_seed import seed_texts

    (seed,) = directory.services()
    english = seed_texts()[seed.seed]["en"]
    assert (seed.name, seed.description, seed.notes) == (
        english["name"],
        english["description"],
        english["notes"],
    )
    assert (seed.country, seed.region, seed.last_verified) == ("KZ", "", None)


def test_an_old_database_gets_the_country_and_keeps_what_the_facilitator_wrote(tmp_path: Path) -> None:
    from facilitator.sessions.schema import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    for number in range(4):
        for statement in MIGRATIONS[number].split(";"):
            if statement.strip():
                db.execute(statement)
    db.execute(
        "INSERT INTO services (name, kind, region) VALUES ('Own line', 'police', 'Казахстан (national)')"
    )
    db.execute(
        "INSERT INTO services (name, kind, region, notes) VALUES ('Shelter', 'shelter', 'Oral', 'mine')"
    )
    db.execute("PRAGMA user_version=4")
    db.commit()
    db.close()
    store = Store.open(path)
    try:
        services = {s.name: s for s in Directory(store).services()}
    finally:
        store.close()
    seed = services["Helpline 150 (Union of Crisis Centres of Kazakhstan)"]
    assert (seed.seed, seed.country, seed.region) == ("kz-helpline-150", "KZ", "")
    assert seed.notes.startswith("Source: an undated article")
    assert (services["Own line"].country, services["Own line"].region) == ("KZ", "")
    assert (services["Shelter"].country, services["Shelter"].region, services["Shelter"].notes) == (
        "",
        "Oral",
        "mine",
    )
    assert services["Shelter"].serves("Уральск") and not services["Shelter"].serves("Бишкек")


def test_the_country_is_part_of_a_services_identity(directory: Directory, tmp_path: Path) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text(
        "name;kind;phone;country;region\n"
        "Телефон доверия;crisis-helpline;111;KZ;\n"
        "Телефон доверия;crisis-helpline;1234;KG;\n"
        "Кризисный центр;shelter;101;;Ош\n",
        encoding="utf-8",
    )
    assert str(directory.merge(read_csv(sheet))) == "3 added, 0 updated, 0 unchanged"
    assert [s.phone for s in directory.for_region("Бишкек")] == ["1234"]
    out = tmp_path / "back.csv"
    export_csv(directory.services(), out)
    assert str(directory.merge(read_csv(out))) == "0 added, 0 updated, 4 unchanged"
    # A sheet from before countries: a town's country comes from the town list, so it is the same entry.
    sheet.write_text("name,kind,phone,region\nКризисный центр,shelter,112,Ош\n", encoding="utf-8")
    assert str(directory.merge(read_csv(sheet))) == "0 added, 1 updated, 0 unchanged"
    # "Kazakhstan (national)" from an older sheet is a Kazakhstan-wide service.
    sheet.write_text(
        "name,kind,phone,region\nЛиния,crisis-helpline,150,Kazakhstan (national)\n", encoding="utf-8"
    )
    (line,) = read_csv(sheet)
    assert (line.country, line.region) == ("KZ", "")


def test_bad_countries_and_dates_are_named_by_file_line_and_field_and_nothing_is_imported(
    directory: Directory, tmp_path: Path
) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_bytes(
        (
            "name;kind;phone;country;region;last_verified\r\n"
            "Центр;shelter;101;KZ;Актобе;23.11.2026\r\n"
            "Центр 2;shelter;102;Казахстн;;\r\n"
            "Центр 3;shelter;103;KZ;Бишкек;\r\n"
            "Центр 4;shelter;104;KG;Бишкек;32.11.2026\r\n"
        ).encode("cp1251")
    )
    with pytest.raises(InvalidFile) as raised:
        read_csv(sheet)
    assert [str(e) for e in raised.value.errors] == [
        f'{sheet}:3: country: expected a two-letter code like KZ, KG, UZ or TJ, got "Казахстн"',
        f'{sheet}:4: region: "Бишкек" is a town in KG, not in KZ',
        f'{sheet}:5: last_verified: expected a date like 23.11.2026 or 2026-11-23, got "32.11.2026"',
    ]
    result = run_cli("referrals", "import", str(sheet))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{sheet}:4: region:" in result.stderr
    assert len(directory.services()) == 1  # only the seed: nothing half-imported


def test_the_cli_handout_for_bishkek_has_no_kazakhstan_number(tmp_path: Path) -> None:
    sheet = tmp_path / "kg.csv"
    sheet.write_text(
        "name,kind,phone,region\nЦентр «Сезим»,shelter,+996 312 00 00 00,Бишкек\n", encoding="utf-8"
    )

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli("referrals", *args)

    assert run("import", str(sheet)).returncode == 0
    listed = run("list", "--region", "Бишкек")
    assert "150" not in listed.stdout.split() and "+996 312 00 00 00" in listed.stdout
    unknown = run("list", "--region", "Каинды")
    assert "not in the town list" in unknown.stderr and "\t150\t" not in unknown.stdout
    if shutil.which("pdftotext"):
        out = tmp_path / "bishkek.pdf"
        assert run("handout", "--region", "Бишкек", "--lang", "ru", "--out", str(out)).returncode == 0
        text = pdf_text(out)
        assert "+996 312 00 00 00" in text and "150" not in text
