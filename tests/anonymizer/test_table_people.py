"""People in a table typed into a note: a column whose header names people ("nick", "who", "кличка",
"лақап аты") or whose other cells are names holds a person in each cell, though the word is an
ordinary one; the same nickname capitalised in the session's other notes is that person, a
lower-case word elsewhere stays. Read as the export reads a session (``Redaction``). Written for
this test, not from any corpus."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.tables import person_cells
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note


@cache
def _anonymizer(roster: tuple[str, ...], language: str) -> Anonymizer:
    return Anonymizer(list(roster), language=language, use_ner=False)


def printed(texts: list[str], roster: tuple[str, ...] = (), language: str = "en") -> list[str]:
    notes = [Note(i + 1, "s", 0, float(i), float(i), (), text) for i, text in enumerate(texts)]
    red = Redaction(notes, _anonymizer(roster, language))
    return [red.text(note) for note in red.notes]


def _words(text: str) -> list[str]:
    return text.replace("|", " ").replace(":", " ").replace(".", " ").split()


@pytest.mark.parametrize(
    ("roster", "language", "texts", "gone", "kept"),
    [
        (
            ("Timur Aliev", "Sanjar Bekov", "Daniyar Omarov"),
            "en",
            [
                "| name | nick | here |\n|---|---|---|\n| Timur Aliev | Hawk | yes |\n"
                "| Sanjar Bekov | Bear | no |\n| Daniyar Omarov | - | yes |",
                "Hawk said fathers should cook too. Bear was quiet all evening.",
                "On the walk we saw a bear cub in the zoo.",
            ],
            {"Hawk", "Bear"},
            {"bear", "yes", "no", "here", "nick"},
        ),
        (
            (),
            "en",
            [
                "| who | spoke | mood |\n|---|---|---|\n| Falcon | yes | :) |\n| Ruslan | no | :( |\n"
                "| Captain | yes | :) |",
                "Falcon: 'my dad never cooks'. Captain laughed.",
            ],
            {"Falcon", "Captain", "Ruslan"},
            {"spoke", "mood", "laughed"},
        ),
        (
            ("Ерлан Сапаров", "Нурсултан Абенов"),
            "ru",
            [
                "| кто | кличка | пришёл |\n|---|---|---|\n| Ерлан | Молот | да |\n"
                "| Нурсултан | Пуля | нет |",
                "Молот опять опоздал. Пуля рассказал про отца.",
                "В мастерской кузнец взял молот.",
            ],
            {"Молот", "Пуля"},
            {"молот", "кузнец", "да", "нет"},
        ),
        (
            ("Ерлан Сейітов", "Асқар Нұров"),
            "kk",
            ["| аты | лақап аты |\n|---|---|\n| Ерлан | Қасқыр |\n| Асқар | жоқ |", "Бүгін Қасқыр үндемеді."],
            {"Қасқыр"},
            {"жоқ", "үндемеді"},
        ),
        (
            ("Timur Aliev", "Sanjar Bekov"),
            "en",
            # no header a list knows: a column most of whose filled cells are names holds people
            ["| | score |\n|---|---|\n| Timur | 5 |\n| Sanjar | 3 |\n| Tank | 4 |"],
            {"Tank"},
            {"score"},
        ),
    ],
)
def test_a_table_column_of_people(
    roster: tuple[str, ...], language: str, texts: list[str], gone: set[str], kept: set[str]
) -> None:
    out = " ".join(printed(texts, roster, language))
    words = set(_words(out))
    assert not gone & words, out
    assert kept <= words, out


@pytest.mark.parametrize(
    "text",
    [
        # columns of things: no person
        "| city | boys |\n|---|---|\n| Osh | 12 |\n| Naryn | 7 |",
        "| topic | how it went |\n|---|---|\n| Money | Good talk |\n| Jealousy | Hard |",
        # a person column's blanks and marks
        "| nick | came |\n|---|---|\n| none | v |\n| - | x |\n| n/a | ✓ |",
        # a status column beside a person column
        "| name | status |\n|---|---|\n| Timur | sick |\n| Sanjar | here |",
        # a line with pipes is no table
        "Options: yes | no | maybe",
    ],
)
def test_no_person_in_a_table_of_things(text: str) -> None:
    cells = person_cells(text, [(m, m + 5) for m in (text.find("Timur"), text.find("Sanjar")) if m >= 0])
    found = {text[s:e] for s, e in cells}
    assert found <= {"Timur", "Sanjar"}, found


def test_the_cells_found_are_the_person_columns_only() -> None:
    text = "| name | nickname | came? |\n|---|---|---|\n| Timur Aliev | Big Boss | yes |\n| Sanjar | - | no |"
    assert {text[s:e] for s, e in person_cells(text)} == {"Timur Aliev", "Big Boss", "Sanjar"}
