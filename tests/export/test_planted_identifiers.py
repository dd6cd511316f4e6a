"""End to end: raw sessions with identifiers planted in their notes, exported to the anonymized PDF as
the app and the command line do, then the PDF's text and metadata searched for every one of them.

The identifiers are written here by hand (none comes from the anonymizer's corpora): names in
several case forms, nicknames, phones in the shapes of Kazakhstan, Kyrgyzstan, Uzbekistan and
Russia (some broken up by dashes or zero-width characters), IINs, e-mails, links and handles,
addresses, documents, car plates, dates of birth. A number counts as left when its digits appear in
the PDF in the same order with only separators between them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitator import cli
from facilitator.content import default_workshop
from facilitator.export.pdf import render_pdf
from facilitator.export.report import build_report
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from tests.helpers.sealing import FILE_PASSPHRASE, export_sealed

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None, reason="poppler-utils not installed"
)
ZW = "\u200b"  # a zero-width space, as pasted from a messenger
ZWJ = "\u200d"


@dataclass(frozen=True)
class Planted:
    workshop: str
    """The built-in workshop's language (the report's language)."""
    roster: tuple[str, ...]
    notes: tuple[str, ...]
    secrets: tuple[str, ...]
    """Every identifier planted in the notes, as it must not appear in the PDF."""


ENGLISH = Planted(
    "en",
    ("Aibek Nurlanov", "Dana"),
    (
        "Aibek's dad hits his mum, he said. I talked to Aibek after the break; Dana's brother Timur "
        "Sadykov (everyone calls him Timka) drives a taxi.",
        "Follow up with Aibek: +7 (701) 482-93-17 or 8 705 391 26 48, aibek.n2007@gmail.com, "
        "t.me/aibek_nurlan. Dana: instagram.com/dana.sultan07, @timka_drift.",
        f"Cousin in Bishkek: 0555 274 913. Uncle in Tashkent +998 90 417 26 83. Brother in Moscow "
        f"+7 916 538-27-41. Written on the board: 8{ZW}707{ZW}519{ZW}38{ZW}62 and 8-777-2-61-49-35.",
        "Aibek lives at 24 Abylai Khan Ave, apt 45. Born 14.03.2007. IIN 070314550381. "
        "Passport N12837465. His father's car is 123 ABC 02, the uncle's 777ABA05.",
        "Nurlanov said nothing more. Asked Dana and Aibek's friend Yerzhan Tulegenov to stay.",
    ),
    (
        "Aibek",
        "Nurlanov",
        "Dana",
        "Timur",
        "Sadykov",
        "Timka",
        "Yerzhan",
        "Tulegenov",
        "+7 (701) 482-93-17",
        "8 705 391 26 48",
        "aibek.n2007@gmail.com",
        "aibek_nurlan",
        "dana.sultan07",
        "timka_drift",
        "0555 274 913",
        "+998 90 417 26 83",
        "+7 916 538-27-41",
        "87075193862",
        "8-777-2-61-49-35",
        "24 Abylai Khan Ave",
        "14.03.2007",
        "070314550381",
        "N12837465",
        "123 ABC 02",
        "777ABA05",
    ),
)

RUSSIAN = Planted(
    "ru",
    ("Ерлан Касымов", "Айгерим"),
    (
        "Ерлану тяжело говорить про отца. После перерыва с Ерланом говорили отдельно, Айгерим сказала, "
        "что брат Касымова бьёт жену.",
        "Тимур Садыков (Тимурчик) предложил помощь. Тимуру 17 лет. Бауыржан, которого все зовут Бауке, "
        "молчал.",
        f"Телефон Ерлана: +7 701 482 93 17, мамы: 8 (705) 391-26-48. В Оше у тёти 0 555 27 49 13, "
        f"в Самарканде дядя: 90 417 26 83. Записал ещё 8{ZWJ}747{ZWJ}519-38-62.",
        "Почта erlan.kasymov@mail.ru, телега t.me/erlan_kz_07, инста instagram.com/aigerim.s.",
        "Живёт: ул. Сейфуллина, д. 148, кв. 22. Родился 12 марта 2007 г. ИИН 0703 1255 0381, "
        "удостоверение № 047812365, паспорт N 12837465. Машина отца 123 ABC 02.",
    ),
    (
        "Ерлан",
        "Касымов",
        "Айгерим",
        "Тимур",
        "Садыков",
        "Тимурчик",
        "Бауыржан",
        "Бауке",
        "+7 701 482 93 17",
        "8 (705) 391-26-48",
        "0 555 27 49 13",
        "90 417 26 83",
        "87475193862",
        "erlan.kasymov@mail.ru",
        "erlan_kz_07",
        "aigerim.s",
        "Сейфуллина",
        "12 марта 2007",
        "070312550381",
        "047812365",
        "12837465",
        "123 ABC 02",
    ),
)

KAZAKH = Planted(
    "kk",
    ("Нұрлан", "Әсел Серікқызы"),
    (
        "Нұрланның әкесі ішеді, Нұрланға қиын. Үзілістен кейін Нұрланмен сөйлестім. Әселге рахмет, "
        "Әселдің інісі Дәурен (Дәке) келмеді.",
        "Дәкемен кейін хабарласу: +7 777 261 49 35, 8 701 482 93 17, nurlan.07@mail.kz, "
        "t.me/nurik_07. Нұрик ертең келеді.",
        f"Мекенжайы: Абай даңғылы 52, 17 пәтер. Туған күні 2007 жылғы 12 наурызда. "
        f"ЖСН 0703{ZW}1255{ZW}0381. Жеке куәлік № 047812365. Көлігі 777 ABA 05.",
        "Серікқызы апай айтты: Ерболат Жұмабаев (Ербол) балаларын ұрады. Ерболға хабарласу керек.",
    ),
    (
        "Нұрлан",
        "Әсел",
        "Серікқызы",
        "Дәурен",
        "Дәке",
        "Нұрик",
        "Ерболат",
        "Жұмабаев",
        "Ербол",
        "+7 777 261 49 35",
        "8 701 482 93 17",
        "nurlan.07@mail.kz",
        "nurik_07",
        "Абай даңғылы 52",
        "2007 жылғы 12 наурызда",
        "070312550381",
        "047812365",
        "777 ABA 05",
    ),
)

MIXED = Planted(
    "ru",
    ("Бекзат Оспанов", "Madina"),
    (
        "Бекзат (Beka) сказал: әкем анамды ұрады, but he asked me not to tell anyone. Bekzat Ospanov "
        "тоже пришёл, Бекзатқа рахмет.",
        "Madina's brother Алишер работает в Ташкенте, его номер +998 (93) 512-47-86, "
        f"у Бекзата 0{ZW}700{ZW}48{ZW}29{ZW}31, email bekzat.o@inbox.ru.",
        "Мадина Серикова, 15.07.2006 г.р., ИИН 060715 650 384, мекенжайы: мкр. Самал-2, д. 33, кв. 7. "
        "Её инстаграм @madi_ser. Машина 01 A 123 BC.",
    ),
    (
        "Бекзат",
        "Beka",
        "Bekzat",
        "Ospanov",
        "Madina",
        "Алишер",
        "Мадина",
        "Серикова",
        "+998 (93) 512-47-86",
        "0700482931",
        "bekzat.o@inbox.ru",
        "15.07.2006",
        "060715650384",
        "madi_ser",
        "01 A 123 BC",
    ),
)
CASES = {"en": ENGLISH, "ru": RUSSIAN, "kk": KAZAKH, "mixed": MIXED}


def new_session(store: Store, planted: Planted) -> str:
    clock = FakeClock()
    live = LiveSession.new(store, load_plan(default_workshop(planted.workshop)), "workshop.yaml", clock)
    store.set_roster(live.id, list(planted.roster))
    store.update_session(live.id, participants=12, town="Алматы")
    live.engine.start()
    for note in planted.notes:
        live.add_note(note, ["follow-up"])
        clock.advance(300)
    live.engine.end()
    return live.id


def _digits_joined(text: str) -> str:
    """Digits separated only by spaces, dashes, dots, brackets or invisible characters, joined."""
    return re.sub(r"(?<=\d)[\s\-.()\u200b\u200c\u200d\u2060\ufeff]+(?=\d)", "", text)


def leftovers(planted: Planted, text: str) -> list[str]:
    """The planted identifiers ``text`` still holds (as words, as digit runs, across line breaks)."""
    flat = " ".join(text.split())
    joined = _digits_joined(flat)
    left = []
    for secret in planted.secrets:
        digits = re.sub(r"\D", "", secret)
        if len(digits) >= 6 and digits in joined:
            left.append(secret)
        elif digits and len(digits) >= 6:
            continue
        elif re.search(rf"(?<!\w){re.escape(' '.join(secret.split()))}", flat, re.IGNORECASE):
            left.append(secret)
    return left


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_metadata(path: Path) -> str:
    info = subprocess.run(
        ["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True, text=True, check=True
    ).stdout
    raw = path.read_bytes()
    # the document information dictionary as reportlab writes it (strings in the file itself)
    fields = re.findall(rb"/(?:Title|Author|Subject|Keywords|Creator|Producer) \((.*?)\)", raw)
    return info + "\n" + "\n".join(f.decode("latin-1") for f in fields)


def test_the_leftover_check_catches_what_it_must() -> None:
    """The search itself: a phone with other separators, a name across a line break, a split IIN."""
    text = "Call 8 705 391-26-48 or ask\nTimur. IIN 0703-1255-0381. Dana's mum."
    assert set(leftovers(ENGLISH, text)) == {"Dana", "Timur", "8 705 391 26 48"}
    assert leftovers(RUSSIAN, text) == ["8 (705) 391-26-48", "070312550381"]
    assert leftovers(MIXED, "номер 0 700 48\n29 31") == ["0700482931"]
    assert leftovers(ENGLISH, "Participant A and Person B, [phone].") == []


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder the export may use, empty, so a file left behind is seen."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("FACILITATOR_FILE_PASSPHRASE", FILE_PASSPHRASE)  # the sealed session file's
    return folder


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_planted_identifier_reaches_the_pdf(case: str, tmp_path: Path, private_temp: Path) -> None:
    planted = CASES[case]
    store = Store.open(database_path())
    try:
        session_id = new_session(store, planted)
        assert all(s in " ".join(n.text for n in store.notes(session_id)) for s in ("@", "+"))  # raw kept
        # the app's path: the session's own report, built and written
        app_pdf = tmp_path / f"{case}-app.pdf"
        render_pdf(build_report(store, session_id), app_pdf)
        record = tmp_path / f"{case}.json"
        export_sealed(store, session_id, record)
    finally:
        store.close()
    # the command line's path: a raw export-json file read in memory
    cli_pdf = tmp_path / f"{case}-cli.pdf"
    assert cli.main(["export", str(record), "--out", str(cli_pdf)]) == 0
    for pdf in (app_pdf, cli_pdf):
        text = pdf_text(pdf)
        assert "A" in text and len(text) > 500  # the notes are there, anonymized
        assert leftovers(planted, text) == [], (pdf.name, leftovers(planted, text))
        assert not re.search(r"\.(?:com|me)/", text), pdf.name  # no piece of a link is left either
        assert leftovers(planted, pdf_metadata(pdf)) == [], pdf.name
        for secret in planted.secrets:
            if secret.isascii():
                assert secret.encode() not in pdf.read_bytes(), secret
    assert list(private_temp.iterdir()) == []  # nothing raw (nor anything else) left in the temp folder


def test_a_direction_mark_inside_a_name_does_not_carry_it_into_the_pdf(tmp_path: Path) -> None:
    """A right-to-left override (or mark) pasted inside a roster name or a listed name: the name is
    removed whole, the mark with it."""
    planted = Planted(
        "en",
        ("Aidar",),
        ("Ai\u202edar came late. We met Yer\u200fzhan Tule\u2067genov in Aktobe.",),
        ("Aidar", "Yerzhan", "Tulegenov"),
    )
    store = Store.open(database_path())
    try:
        pdf = tmp_path / "marks.pdf"
        render_pdf(build_report(store, new_session(store, planted)), pdf)
    finally:
        store.close()
    text = pdf_text(pdf)
    assert "came late" in text
    flat = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    assert leftovers(planted, flat) == [] and not re.search("dar|zhan|genov", flat), text
    assert not re.search("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", text)
