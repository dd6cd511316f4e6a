"""One reader of the tables facilitators type into notes (``tables.py``), where the header-row check
and the person-column check used to read tables apart and decide differently on the same input:
- a table whose cells tabs part, or bars with none at the line's ends, has columns of people too
  (a nickname column under "Кличка", "nick"), not only a Markdown table;
- a header row opening with any word for the column of people ("Кто", "who") names the columns, but
  a listed name in it is still a person (a table written sideways), and two names in two cells are
  two people;
- a header's word is no one, though a list holds it ("Nick"), and a numbered table's first row
  is a header too ("№<tab>Имя<tab>Ник");
- a cell after a tab opens a sentence: its capital says nothing (wt-r13c's idea);
- a header of two cells over rows opening with names is a header; a form's line of two cells
  ("Name<tab>Kwabena") is no header: the name after the label stays found;
- a column judged by its names (no header word) holds what a column of lines of names holds
  (``tables.names_someone``): no closing or heading word, public figure or relative ("Остальные",
  "Итого", "Путин").
Written for this test, not from any corpus."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import _no_one
from facilitator.anonymizer.spans import Kind
from facilitator.anonymizer.tables import header_rows, person_cells
from tests.anonymizer.test_table_people import printed


@cache
def _anonymizer() -> Anonymizer:
    return Anonymizer((), use_ner=False)


def _removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _anonymizer().detect(text) if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("roster", "language", "texts", "gone"),
    [
        (
            ("Ерлан Сапаров", "Асхат Нурланов"),
            "ru",
            ["Имя\tКличка\tПришёл\nЕрлан\tКувалда\t+\nАсхат\tСтрела\t−", "Кувалда опять спорил со Стрелой."],
            {"Кувалда", "Стрела"},
        ),
        (
            ("Timur Aliev", "Sanjar Bekov"),
            "en",
            ["name | nick | here\nTimur | Hawk | yes\nSanjar | Bear | no", "Hawk spoke first today."],
            {"Hawk", "Bear"},
        ),
    ],
)
def test_a_tab_or_bar_table_has_a_column_of_people(
    roster: tuple[str, ...], language: str, texts: list[str], gone: set[str]
) -> None:
    out = " ".join(printed(texts, roster, language))
    assert not any(word in out for word in gone), out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Кто\tЕрлан\tАсхат\nКласс\t9А\t9Б", ["Ерлан", "Асхат"]),
        ("who | Javlon | Bobur\nage | 15 | 16", ["Javlon", "Bobur"]),
    ],
)
def test_listed_names_in_a_header_row_are_two_people(text: str, names: list[str]) -> None:
    assert header_rows(text)
    assert all(name in _removed(text) for name in names), _removed(text)


def test_two_names_in_two_cells_are_two_people() -> None:
    text = "Ерлан\tАсхат\nКласс\t9А\t9Б"
    assert "Ерлан" in _removed(text) and "Асхат" in _removed(text), _removed(text)


def test_a_form_line_of_two_cells_is_no_header() -> None:
    text = "Name\tKwabena\nAge\t15"
    assert header_rows(text) == []
    assert "Kwabena" in _removed(text)


def test_a_header_row_of_three_cells_names_no_one() -> None:
    text = "Кто\tКласс\tПришёл\nЕрлан\t9А\t+\nАсхат\t9Б\t−"
    assert [(row.start, row.end) for row in header_rows(text)] == [(0, text.index("\n"))]
    assert not any(word in _removed(text) for word in ("Кто", "Класс", "Пришёл"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a header's word that is also a name stays, listed or not
        ("Name\tNick\tCame\nTimur\tHawk\tyes", "Nick"),
        # a numbered table: the header word in any cell of the first row
        ("№\tИмя\tНик\tКласс\n1\tЕрлан\tМолот\t9А", "Ник"),
    ],
)
def test_a_header_s_word_is_no_one(text: str, word: str) -> None:
    assert word not in _removed(text), _removed(text)


def test_a_header_of_two_cells_over_names_names_no_one() -> None:
    text = "Ism\tKayfiyat\nSardor\tYaxshi\nBobur\tCharchagan"
    starts = frozenset({text.index("Sardor"), text.index("Bobur")})
    assert [(row.start, row.end) for row in header_rows(text, starts)] == [(0, text.index("\n"))]
    assert header_rows(text) == []
    assert "Kayfiyat" not in " ".join(_removed(text)), _removed(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Аты\tКөңіл-күйі\nЕрлан\tЖақсы\nАсқар\tШаршаған", ["Жақсы", "Шаршаған"]),
        ("Ism\tKayfiyat\nSardor\tYaxshi\nBobur\tCharchagan", ["Charchagan"]),
    ],
)
def test_a_cell_after_a_tab_opens_a_sentence(text: str, words: list[str]) -> None:
    """Its capital is no name's, and the word is no surname of the name in the cell before."""
    assert not any(word in name for name in _removed(text) for word in words), _removed(text)


@pytest.mark.parametrize(
    ("last", "printed_too"),
    [("Остальные", True), ("Итого", True), ("Путин", True), ("мама", False)],
)
def test_a_column_judged_by_its_names_holds_what_a_list_of_names_holds(last: str, printed_too: bool) -> None:
    """As in a column of lines ("Ерлан +"), not a closing or heading word, a public figure, a
    relative or a lower-case word."""
    text = f"| Ерлан | + |\n| Асхат | + |\n| Даурен | + |\n| {last} | − |"
    names = [(text.index(n), text.index(n) + len(n)) for n in ("Асхат", "Даурен")]
    assert last not in {text[s:e] for s, e in person_cells(text, names, _no_one)}
    if printed_too:
        assert last in " ".join(printed([text], (), "ru"))
