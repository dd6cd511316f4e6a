"""The anonymized report: what it contains, what it never contains, and that it renders."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.aids.moments import (
    Outcome,
    ReferralOffered,
    ResistanceMoment,
    log_resistance,
    offer_referral,
)
from facilitator.aids.referrals import ServiceKind
from facilitator.anonymizer.spans import Kind
from facilitator.content import default_workshop
from facilitator.export.pdf import render_pdf
from facilitator.export.redaction import Redaction
from facilitator.export.report import build_report
from facilitator.export.review import Decision, ReviewDecision, save_decision
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
SECRETS = ("Айгерим", "Ерлан", "+7 701 234 56 78", "aidar.k@mail.kz", "990101350123", "Жанажол", "Сапарбек")


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def session(tmp_path: Path) -> tuple[Store, str]:
    store = Store.open(database_path())
    clock = FakeClock()
    live = LiveSession.new(store, load_plan(default_workshop("kk")), "workshop.kk.yaml", clock)
    store.set_roster(live.id, ["Айгерим", "Ерлан"])
    store.update_session(live.id, participants=14, town="Ақтөбе")
    live.engine.start()
    live.add_note("Ерлан: әкем ешқашан тамақ пісірмеген. Айгерімге рахмет.", ["quote"])
    clock.advance(11 * 60)
    live.engine.next()
    live.add_note("Ерланға кейін хабарласу: +7 701 234 56 78, aidar.k@mail.kz", ["follow-up"])
    live.add_note("Ағасы Сапарбек әйелін ұрады дейді. ЖСН 990101350123.", ["referral"])
    live.add_note("Парень 17 лет из села Жанажол работает на заправке.", [])
    log_resistance(
        store,
        live.id,
        ResistanceMoment(
            1, "western-idea", "change-from-outside", "open-argument", "ask", Outcome.DEFUSED, clock.wall()
        ),
    )
    log_resistance(
        store,
        live.id,
        ResistanceMoment(
            1,
            "ridicule-and-jokes",
            "group-approval",
            "ridicule",
            "moveable-middle",
            Outcome.CONTINUED,
            clock.wall(),
        ),
    )
    offer_referral(store, live.id, ReferralOffered(1, ServiceKind.CRISIS_HELPLINE, clock.wall()))
    clock.advance(600)
    live.engine.end()
    yield store, live.id
    store.close()


def test_the_pdf_has_every_section_and_no_identifier(session: tuple[Store, str], tmp_path: Path) -> None:
    store, session_id = session
    out = tmp_path / "report.pdf"
    render_pdf(build_report(store, session_id), out)
    text = pdf_text(out)
    for secret in SECRETS:
        assert secret not in text, secret
    # pseudonyms and tags in the report's language (Kazakh here)
    for placeholder in ("Қатысушы A", "[телефон]", "[эл. пошта]", "[ЖСН]"):
        assert placeholder in text, placeholder
    assert "[phone]" not in text and "Participant" not in text
    assert "[сипаттама алынды]" in text  # the small-group description, not reviewed: removed
    for heading in (
        "Анонимделген кездесу жазбалары",
        "Бағдарлама: жоспар және нақты",
        "Қарсылық сәттері",
        "Ұсынылған көмек",
        "Кейін не істеу керек",
        "Есеп беру",
        "Серіктес әйелдер құқығы ұйымының пікірі",
    ):
        assert heading in text, heading
    assert "Ақтөбе" in text and "14" in text
    assert "Сенім телефоны" in text  # the referral counted by kind
    assert "әкем ешқашан тамақ пісірмеген" in text  # the substance survives


def test_metadata_holds_no_personal_data_or_paths(session: tuple[Store, str], tmp_path: Path) -> None:
    store, session_id = session
    out = tmp_path / "report.pdf"
    render_pdf(build_report(store, session_id), out)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert str(tmp_path) not in info and "Айгерим" not in info
    assert "Pages:" in info and int(info.split("Pages:")[1].split()[0]) >= 3
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and "yes" in fonts.split("DejaVuSans")[1].splitlines()[0]  # embedded


def test_review_decisions_are_applied_to_the_export(session: tuple[Store, str], tmp_path: Path) -> None:
    store, session_id = session
    notes = store.notes(session_id)
    quote = notes[0]
    start = quote.text.index("тамақ")
    save_decision(
        store,
        session_id,
        ReviewDecision(quote.id, quote.updated_wall, start, start + 5, Kind.NAME, Decision.REMOVE),
    )
    quasi = notes[3]
    found = next(
        r.span for r in Redaction.for_session(store, session_id).removals(quasi) if r.span.kind is Kind.QUASI
    )
    save_decision(
        store,
        session_id,
        ReviewDecision(quasi.id, quasi.updated_wall, found.start, found.end, Kind.QUASI, Decision.KEEP),
    )
    out = tmp_path / "report.pdf"
    render_pdf(build_report(store, session_id), out)
    text = pdf_text(out)
    assert "тамақ" not in text  # marked by hand
    assert "Жанажол" in text  # the facilitator judged the description harmless and kept it


def test_export_of_an_export_json_file_from_the_command_line(
    session: tuple[Store, str], tmp_path: Path
) -> None:
    store, session_id = session
    import os
    import sys

    from tests.helpers.sealing import FILE_PASSPHRASE, export_sealed

    record = tmp_path / "session.json"
    export_sealed(store, session_id, record)
    out = tmp_path / "from-file.pdf"
    temp = tmp_path / "temp"
    temp.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "export", str(record), "--out", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(temp), "FACILITATOR_FILE_PASSPHRASE": FILE_PASSPHRASE},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Қатысушы A" in pdf_text(out)
    assert list(temp.iterdir()) == []  # the raw record was read in memory: no copy left in the temp folder
    bad = subprocess.run(
        [sys.executable, "-m", "facilitator", "export", session_id, "--out", "/proc/x/r.pdf"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )
    assert (
        bad.returncode == 1 and "cannot write /proc/x/r.pdf" in bad.stderr and "Traceback" not in bad.stderr
    )


def _ended_session(store: Store, language: str, *, marked: bool) -> str:
    """Two steps run, a disclosure and two referrals offered; the note marked for follow-up or not."""
    from facilitator.sessions.figures import SessionFigures, record_figures

    clock = FakeClock()
    live = LiveSession.new(store, load_plan(default_workshop(language)), "w.yaml", clock)
    live.engine.start()
    live.add_note("Хорошо обсудили, кто готовит дома.", ["quote", "insight"])
    clock.advance(11 * 60)
    live.engine.next()
    live.add_note("Ағасы әйелін ұрады дейді.", ["referral", "follow-up"] if marked else ["referral"])
    offer_referral(store, live.id, ReferralOffered(1, ServiceKind.CRISIS_HELPLINE, clock.wall()))
    offer_referral(store, live.id, ReferralOffered(1, ServiceKind.CRISIS_HELPLINE, clock.wall()))
    offer_referral(store, live.id, ReferralOffered(1, ServiceKind.LEGAL_AID, clock.wall()))
    log_resistance(
        store,
        live.id,
        ResistanceMoment(
            1, "western-idea", "change-from-outside", "open-argument", "ask", Outcome.DEFUSED, clock.wall()
        ),
    )
    clock.advance(10 * 60)
    live.engine.end()
    record_figures(store, live.id, SessionFigures(14, "18-24", "Ақтөбе"))
    return live.id


def _section(text: str, start: str, end: str) -> str:
    """From the last ``start`` (the heading; the first page names it too) to ``end``."""
    begin = text.rindex(start)
    return text[begin : text.index(end, begin)]


@pytest.mark.parametrize(
    ("language", "follow_ups", "accountability", "helpline", "legal"),
    [
        ("ru", "Что сделать после", "Подотчётность", "Телефон доверия", "Юридическая помощь"),
        ("kk", "Кейін не істеу керек", "Есеп беру", "Сенім телефоны", "Заң көмегі"),
        ("en", "Follow-ups", "Accountability", "Crisis helpline", "Legal aid"),
    ],
)
def test_follow_ups_include_the_referrals_offered_by_kind_and_the_marked_notes(
    tmp_path: Path, language: str, follow_ups: str, accountability: str, helpline: str, legal: str
) -> None:
    store = Store.in_memory()
    out = tmp_path / "unmarked.pdf"
    render_pdf(build_report(store, _ended_session(store, language, marked=False)), out)
    section = " ".join(_section(pdf_text(out), follow_ups, accountability).split())
    assert helpline in section and "2" in section.split(helpline)[1].split()[0]
    assert legal in section and section.split(legal)[1].split()[0] == "1"
    assert "ұрады" not in section  # not marked: not a follow-up note
    out = tmp_path / "marked.pdf"
    render_pdf(build_report(store, _ended_session(store, language, marked=True)), out)
    section = " ".join(_section(pdf_text(out), follow_ups, accountability).split())
    assert "Ағасы әйелін ұрады дейді" in section and helpline in section


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_units_tags_and_placeholders_are_in_the_reports_language(tmp_path: Path, language: str) -> None:
    import re

    store = Store.in_memory()
    session_id = _ended_session(store, language, marked=True)
    live = LiveSession.resume(store, session_id, FakeClock())
    store.set_roster(session_id, ["Айгерим"])
    live.add_note("Айгерим: +7 701 234 56 78", ["quote"], step=0)
    out = tmp_path / "report.pdf"
    render_pdf(build_report(store, session_id), out)
    text = pdf_text(out)
    assert not re.search(r"\d+\s?(m|h|s|min)\b", text), re.findall(r".{20}\d+\s?(?:m|h|s|min)\b", text)
    for english in ("[quote]", "[insight]", "[referral]", "[follow-up]", "[phone]", "Person", "Participant"):
        assert english not in text, english
    # the only Latin words left are the film campaign's own name, and the pseudonyms' letters
    latin = set(re.findall(r"[A-Za-z]{2,}", text)) - {"Don", "be", "man"}
    assert latin == set(), latin
    minutes = {"ru": "мин", "kk": "мин"}[language]
    assert re.search(rf"10\s{minutes}", text) and re.search(rf"\+1\s{minutes}", text)
    assert {"ru": "[цитата]", "kk": "[дәйексөз]"}[language] in text
    assert {"ru": "[телефон]", "kk": "[телефон]"}[language] in text
    assert {"ru": "Участник A", "kk": "Қатысушы A"}[language] in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "kk",
            (
                "Кездесу сандармен",
                "Қатысушылар 14",
                "Қатысушылардың жасы 18–24 жас",
                "Қала немесе өңір Ақтөбе",
                "Өткізілген қадамдар 2 (жоспарда 12)",
                "Жұмсалған уақыт 21 мин (жоспарда 2 сағ 00 мин)",
                "Қарсылық сәттері 1",
                "Ұсынылған көмек 3",
                "Кейін не істеу керек 4",
            ),
        ),
        (
            "ru",
            (
                "Встреча в цифрах",
                "Участников 14",
                "Возраст участников 18–24 года",
                "Город или регион Ақтөбе",
                "Проведено шагов 2 из 12",
                "Затрачено времени 21 мин из 2 ч 00 мин по плану",
                "Моменты сопротивления 1",
                "Предложено обращений к специалистам 3",
                "Что сделать после 4",
            ),
        ),
    ],
)
def test_the_first_page_holds_the_sessions_figures(
    tmp_path: Path, language: str, expected: tuple[str, ...]
) -> None:
    store = Store.in_memory()
    out = tmp_path / "report.pdf"
    render_pdf(build_report(store, _ended_session(store, language, marked=True)), out)
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(first.replace("\u00a0", " ").split())
    for figure in expected:
        assert figure in flat, (figure, flat)


def page_texts(path: Path) -> list[str]:
    """Each page's text (pdftotext's form feed ends a page)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return text.stdout.split("\f")[:-1]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_no_page_but_the_last_is_left_nearly_empty(tmp_path: Path, language: str) -> None:
    """Third blind drive: page 2 held only the plan-and-actual bar (it did not fit under the agenda
    and the notes began on a page of their own), the rest of it blank."""
    store = Store.in_memory()
    out = tmp_path / "report.pdf"
    render_pdf(build_report(store, _ended_session(store, language, marked=True)), out)
    pages = page_texts(out)
    assert len(pages) >= 2
    for number, page in enumerate(pages[:-1], 1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert len(lines) >= 25, (number, lines)  # a page's worth of text, not a bar and a page number


BLIND_NOTES = {  # the fourth blind drive's notes, as written in the console (names and a phone in them)
    "kk": (
        "Әлібек Нұрғалиев айтты: әкесі оны ұрады. Телефоны +7 705 987 65 43. Інісі Серік те келді.",
        "Топ белсенді болды: әңгіме қызу өтті, әр кім өз ойын айтты. Айгүл апайдың нөмірі 8 701 111 22 33",
    ),
    "ru": (
        "Алибек Нургалиев сказал: отец его бьёт. Телефон +7 705 987 65 43. Брат Серик тоже пришёл.",
        "Группа была активной: разговор шёл живо, каждый сказал своё. Номер тёти Айгуль 8 701 111 22 33",
    ),
    "en": (
        "Alibek Nurgaliev said his father hits him. Phone +7 705 987 65 43. His brother Serik came too.",
        "The group was lively: everyone said what they think. Aunt Aigul's number is 8 701 111 22 33",
    ),
}


def _blind_session(store: Store, language: str, notes: int) -> str:
    """The built-in workshop run through all its steps in two minutes (as the blind drive did),
    ``notes`` notes in the last step, no resistance, no referral, the figures given."""
    from facilitator.sessions.figures import SessionFigures, record_figures

    clock = FakeClock()
    live = LiveSession.new(store, load_plan(default_workshop(language)), "w.yaml", clock)
    live.engine.start()
    for _ in range(len(live.engine.plan.steps) - 1):
        clock.advance(10)
        live.engine.next()
    for index in range(notes):
        live.add_note(BLIND_NOTES[language][index % 2], ["quote"] if index % 2 else [])
    clock.advance(72)
    live.engine.end()
    record_figures(store, live.id, SessionFigures(12, "14-17", "Шымкент"))
    return live.id


@pytest.mark.parametrize("notes", [1, 2, 3, 5])
@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_no_page_holds_only_a_line_or_two(tmp_path: Path, language: str, notes: int) -> None:
    """Fourth blind drive: the Kazakh report's third page held one line of the partner's feedback
    and nothing else. A page carries at least three lines besides its number."""
    store = Store.in_memory()
    out = tmp_path / "report.pdf"
    render_pdf(build_report(store, _blind_session(store, language, notes)), out)
    pages = page_texts(out)
    counted = [
        len([line for line in page.splitlines() if line.strip()]) - 1 for page in pages
    ]  # less the number
    assert min(counted) >= 3, counted


@pytest.mark.parametrize(
    ("language", "heading", "agree", "hidden"),
    [
        ("kk", "Топ не ойлайды", "Келісемін", "3 адам жауап берді, 5 адамнан аз"),
        ("ru", "Что думает группа", "Согласен", "Ответили 3, меньше 5"),
    ],
)
def test_the_rooms_counts_are_in_the_report_only_from_the_threshold(
    tmp_path: Path, language: str, heading: str, agree: str, hidden: str
) -> None:
    """The counts typed for a card vote reach the report, as the projector showed them: a statement
    fewer than five answered says how many answered and no count."""
    from facilitator.content import builtin_plan_files

    path = next(p for p in builtin_plan_files() if p.name == f"young-men-series-1.{language}.yaml")
    plan = load_plan(path)
    step = next(i for i, s in enumerate(plan.plan.steps) if s.audience.tallies)
    first, second = (t.id for t in plan.plan.steps[step].audience.tallies[:2])
    store = Store.in_memory()
    clock = FakeClock()
    live = LiveSession.new(store, plan, path.name, clock)
    live.engine.start()
    for answer, count in (("agree", 7), ("not-sure", 4), ("disagree", 11)):
        store.set_tally(live.id, step, first, answer, count)
    for answer, count in (("agree", 2), ("disagree", 1)):
        store.set_tally(live.id, step, second, answer, count)
    live.engine.end()
    report = build_report(store, live.id)
    assert [(r.total, r.shown) for r in report.room_answers] == [(22, True), (3, False)]
    out = tmp_path / "report.pdf"
    render_pdf(report, out)
    text = " ".join(pdf_text(out).split())
    section = text.split(heading, 1)[1]
    statement = plan.plan.steps[step].audience.tallies[0].statement
    assert " ".join(statement.split()[:3]) in section
    assert re.search(rf"{agree}\s+7\b", section) and re.search(r"\b11\b", section)
    assert hidden in section
    hidden_part = section.split(hidden.split(",")[0], 1)[1][:200]
    assert not re.search(rf"{agree}\s+2\b", hidden_part)


def test_a_town_typed_with_a_name_and_a_phone_is_read_like_a_note(tmp_path: Path) -> None:
    """The town is free text typed after the session: a record from before its check (or one set
    by hand) holding "Timur Bekov +77015551234" printed it as the town of an "anonymized" report.
    The export's worker reads it with the notes."""
    store = Store.in_memory()
    live = LiveSession.new(store, load_plan(default_workshop("en")), "w.yaml", FakeClock())
    live.engine.start()
    live.add_note("We talked about chores at home.", [])
    live.engine.end()
    store.update_session(live.id, participants=12, town="Timur Bekov +77015551234")
    out = tmp_path / "report.pdf"
    report = build_report(store, live.id)
    render_pdf(report, out)
    text = pdf_text(out)
    for secret in ("Timur", "Bekov", "7015551234", "555 12 34"):
        assert secret not in text and secret not in report.town, secret
    assert report.town == "Person [phone]"


def _open_session(store: Store) -> str:
    clock = FakeClock()
    live = LiveSession.new(store, load_plan(default_workshop("en")), "w.yaml", clock)
    live.engine.start()
    clock.advance(150)
    live.add_note("We talked about chores at home.", [])  # typed 2.5 minutes in; never ended
    return live.id


def test_a_report_says_whether_the_notes_were_reviewed(tmp_path: Path) -> None:
    """Adversarial run: every PDF said "the facilitator reviewed the notes", the command line's too,
    where no review takes place."""
    from facilitator.anonymizer.anonymizer import Anonymizer
    from facilitator.export.review import SessionReview

    store = Store.in_memory()
    session_id = _open_session(store)
    unreviewed, reviewed = tmp_path / "cli.pdf", tmp_path / "gui.pdf"
    render_pdf(build_report(store, session_id), unreviewed)  # what `facilitator export` does
    redaction = Redaction.for_session(store, session_id, Anonymizer(use_ner=False))
    SessionReview(store, session_id).write_report(reviewed, redaction)  # the review window's export
    flat = [" ".join(pdf_text(path).split()) for path in (unreviewed, reviewed)]
    assert "Exported without a review of the notes" in flat[0] and "reviewed the notes before" not in flat[0]
    assert "The facilitator reviewed the notes before export." in flat[1]
    assert "without a review" not in flat[1]


def test_a_session_exported_before_it_ended_has_its_time_and_steps_not_run(tmp_path: Path) -> None:
    """Adversarial run: a running session's PDF said "0 s" used and "1s" for every step not run."""
    store = Store.in_memory()
    session_id = _open_session(store)
    report = build_report(store, session_id)
    assert report.figures.time_used == 150.0
    out = tmp_path / "open.pdf"
    render_pdf(report, out)
    text = pdf_text(out)
    assert text.count("not run") == len(report.agenda) - 1  # every step after the first
    assert "2 min" in text or "3 min" in text, text[:2000]
