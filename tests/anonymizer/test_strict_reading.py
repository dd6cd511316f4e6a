"""A note too long to be typed in a session (a paste, a chat's export) is read the strict way: every
number, every capitalised word inside a sentence, every listed name and every word no dictionary
knows goes; everyday words stay. It takes seconds for 10 MB, and what it leaves is never an
identifier the note's planted ones hold."""

from __future__ import annotations

import random
import re
from functools import cache

import pytest

from facilitator.anonymizer import long_notes
from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.long_notes import LONG, REMOVED, StrictReading, long_note_spans, read_strictly
from facilitator.anonymizer.spans import Kind
from facilitator.export.detection import detect_in_worker
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note

# everyday lines, in the note's languages: these words stay
FILLER = [
    "вчера ребята долго говорили про отцов и сыновей, и никто не ушёл раньше.",
    "we talked about respect at home and who does the dishes.",
    "бүгін жігіттер әкелері туралы айтты, бәрі тыңдады.",
    "Потом обсуждали, кто в семье решает, как тратить деньги.",
]
# (a line, the identifiers in it): none of them may be left in the printed note
PLANTED = [
    ("Вчера пришёл Ерлан Сапаров с младшим братом.", ["Ерлан", "Сапаров"]),
    ("ерланнан сұрадым, ол келмеді.", ["ерланнан"]),
    ("Qaırattyń inisi keldi, Aısulý kúlip jiberdi.", ["Qaırattyń", "Aısulý"]),
    ("позвони +7 701 234 56 78 или 87012345678 вечером", ["701", "234", "87012345678"]),
    ("его почта erlan.saparov@mail.ru, пиши туда", ["erlan", "saparov"]),
    ("ИИН 990101300123 записали в журнал", ["990101300123"]),
    ("Ер\u200bлан и A\u200bйгерім ушли пораньше", ["Ер\u200bлан", "A\u200bйгерім", "Ер", "лан", "йгерім"]),
    ("потом пришёл Eрлан с Latin E", ["Eрлан"]),
    ("роман сказал что устал, нурик смеялся", ["роман", "нурик"]),
    ("Mark said he would come back on Friday.", ["Mark", "Friday"]),
    ("инстаграм @dias_kz_05, tg t.me/bekzat_01", ["dias", "bekzat"]),
    ("Живёт на ул. Абая 12, кв. 5, в Талгаре.", ["Абая", "12", "Талгаре"]),
    ("Жандос Серікұлы 2008 жылы туған.", ["Жандос", "Серікұлы", "2008"]),
]


@cache
def _anonymizer() -> Anonymizer:
    return Anonymizer(["Ерлан Сапаров"], language="ru")


@pytest.fixture
def small_long_note(monkeypatch: pytest.MonkeyPatch) -> int:
    """A long note is one of 20,000 characters or more (the app's process reads the threshold; the
    workers only decide on words)."""
    monkeypatch.setattr(long_notes, "LONG_NOTE", 20_000)
    return 20_000


def _long_text(size: int, seed: int = 1) -> tuple[str, list[str]]:
    rng = random.Random(seed)
    lines, planted = [], []
    while sum(len(line) + 1 for line in lines) < size:
        if rng.random() < 0.2:
            line, found = rng.choice(PLANTED)
            planted += found
        else:
            line = rng.choice(FILLER)
        lines.append(line)
    return "\n".join(lines), planted


def _printed(text: str) -> tuple[str, Redaction, Note]:
    note = Note(1, "s", 0, 1.0, 1.0, (), text)
    red = Redaction([note], _anonymizer())
    return red.text(note), red, note


def test_a_long_note_keeps_everyday_words_and_leaves_no_planted_identifier(small_long_note: int) -> None:
    text, planted = _long_text(3 * small_long_note)
    assert read_strictly(text) and len(set(planted)) > 20
    printed, red, note = _printed(text)
    assert all(s.source == LONG and s.kind is Kind.QUASI for s in red.detected(note))
    words = set(re.findall(r"[^\W_]+", printed))
    for identifier in planted:
        for part in re.findall(r"[^\W_]+", identifier):
            assert part not in words or part.casefold() in {"e", "latin", "tg"}, identifier
    assert not re.search(r"\d", printed)  # every number goes
    assert "\u200b" not in printed  # a word with an invisible character in it goes whole
    for line in FILLER:  # the everyday lines print as typed
        assert line in printed
    assert REMOVED in printed and "Person" not in printed  # one short mark, no pseudonyms


def test_sentence_openers_and_english_words_stay_names_at_the_start_do_not() -> None:
    reading = StrictReading("Today we met. Роман сказал: «Вчера было трудно». I said to him: ok.\nMark came.")
    words = reading.words()
    assert "\nToday" in words and "\nВчера" in words and "\nI" in words
    kept = set(long_notes.kept_words(words))
    assert {"\nToday", "\nВчера", "\nI", "to", "him", "ok", "сказал", "было"} <= kept
    assert not {"\nРоман", "\nMark"} & kept
    # inside a sentence a capital always goes, a word or not
    assert not long_notes.may_stay("Вчера") and long_notes.may_stay("\nВчера")


def test_runs_of_removed_words_are_one_removal_within_a_line() -> None:
    text = "пришли Ерлан Сапаров, 8 701 234 56 78\nАйгерім пришла"
    spans = long_note_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Ерлан Сапаров, 8 701 234 56 78", "Айгерім"]


def test_an_honorific_after_a_removed_name_and_a_phone_said_in_words_go_too() -> None:
    text = (
        "сегодня Гүлнар апайдың сабағы болды, Dilnoza opa keldi, апай ушла\n"
        "номер восемь семьсот семь два ноль ноль сорок пять, звони\n"
        "he told me nine three eight double two four five six, and left; два три раза"
    )
    removed = [text[s.start : s.end] for s in long_note_spans(text)]
    assert any(r.startswith("Гүлнар апайдың") for r in removed) and "Dilnoza opa" in removed
    assert "апай" not in removed and "апай ушла" in text  # a word for a woman, after no name: it stays
    assert "восемь семьсот семь два ноль ноль сорок пять" in removed
    assert "nine three eight double two four five six" in removed
    assert "два три" not in " ".join(removed)  # two numbers in a row are no phone


def test_an_e_mail_a_handle_or_a_link_goes_whole() -> None:
    text = "почта erlan.saparov@mail.ru, пиши в t.me/bekzat_01 или @dias"
    assert [text[s.start : s.end] for s in long_note_spans(text)] == [
        "erlan.saparov@mail.ru,",
        "t.me/bekzat_01",
        "@dias",
    ]


def test_a_long_run_without_spaces_is_cut_in_linear_time() -> None:
    import time

    started = time.process_time()
    StrictReading("x" * 2_000_000 + " @a " + "y/" * 500_000)
    assert time.process_time() - started < 5  # a fraction of a second; quadratic: hours


def test_anonymize_prints_the_same_short_mark(small_long_note: int) -> None:
    text, _planted = _long_text(small_long_note + 500, seed=4)
    anonymizer = _anonymizer()
    assert anonymizer.anonymize(text) == _printed(text)[0]


def test_the_threshold_decides_how_a_note_is_read(small_long_note: int) -> None:
    text, _planted = _long_text(small_long_note + 500)
    below = text[: small_long_note - 1]
    assert all(s.source == LONG for s in _anonymizer().detect(text))
    assert not any(s.source == LONG for s in _anonymizer().detect(below))
    assert not read_strictly(below) and read_strictly(text[:small_long_note])


def test_workers_give_the_spans_this_process_gives_and_a_short_note_beside_is_read_as_usual(
    small_long_note: int,
) -> None:
    text, _planted = _long_text(2 * small_long_note, seed=2)
    short = "Айгерім Сейітова позвонила, её номер 8 701 111 22 33."
    found = detect_in_worker([text, short], ["Ерлан Сапаров"], "ru", notes=[text, short])
    assert found.spans[text] == long_note_spans(text)
    alone = detect_in_worker([short], ["Ерлан Сапаров"], "ru", notes=[short])
    assert found.spans[short] == alone.spans[short] and any(s.kind is Kind.NAME for s in alone.spans[short])


def test_a_worker_that_fails_stops_the_export_with_nothing_printed(
    small_long_note: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from facilitator.anonymizer import workers
    from facilitator.export.detection import DetectionFailed

    text, _planted = _long_text(2 * small_long_note, seed=6)
    monkeypatch.setattr(workers, "_load", sys.exit)  # each worker exits as it starts
    with pytest.raises(DetectionFailed) as failed:
        detect_in_worker([text], [], "ru", notes=[text])
    assert "Ерлан" not in str(failed.value) and "nothing was exported" in str(failed.value)


def test_a_long_note_has_nothing_to_decide_alone_and_the_rest_of_the_session_is_read_as_usual(
    small_long_note: int,
) -> None:
    text, _planted = _long_text(2 * small_long_note, seed=3)
    notes = [Note(1, "s", 0, 1.0, 1.0, (), text), Note(2, "s", 0, 2.0, 2.0, (), "Ерлан пришёл с Айгерім.")]
    red = Redaction(notes, _anonymizer())
    assert red.read_strictly(notes[0]) and not red.read_strictly(notes[1])
    assert red.removals(notes[0]) == [] and red.open_quasi() == 0 and red.strict_notes() == 1
    assert red.text(notes[1]).startswith("Участник A пришёл")  # the roster's pseudonym, as ever
    assert "Ерлан" not in red.text(notes[0])


def test_a_long_note_exports_in_seconds() -> None:
    """A 10 MB note is read the strict way in one process in a few seconds (benchmarks/run.py
    measures the export: workers, PDF and all)."""
    import time

    rng = random.Random(5)
    vocabulary = [w for line in FILLER for w in line.split()] + [f"слово{n}" for n in range(20_000)]
    text = " ".join(rng.choice(vocabulary) for _ in range(400_000))  # ≈ 4 MB, 20,000 distinct words
    _anonymizer()  # dictionaries loaded
    long_notes.kept_word("слово")
    started = time.process_time()
    spans = long_note_spans(text)
    assert spans and time.process_time() - started < 20  # about 2 s here; minutes word by word
