"""Tables typed or pasted into a note: their rows, cells and header, and which columns hold people.

A row is a line whose cells a tab or a bar parts ("Имя<tab>Класс<tab>Пришёл", "| name | nick | here
|", "ФИО | Возраст | Статус"): the bars at a line's ends only close it. Lines of rows one under
another are one table; a Markdown rule ("|---|---|") only parts its header from its body.

A table's first row is its header when it has three cells or more, a rule under it, bars at its
ends or a row under it opening with a name found; two cells without them are a form's line
("Name<tab>Kwabena" over "Age<tab>15": the name asked, then the person).
A header cell of the profiles' ``table_person_headers`` ("name", "nick", "who", "ФИО", "кличка",
"лақап аты", "laqab") says its column holds people:

- a row of the header's shape opening with such a word names the columns, no one
  (``without_headers``): a name found in it by its shape or a capital alone goes, a listed name stays
  ("Кто<tab>Даурен<tab>Нурбол": a table written sideways);
- each cell of such a column is a person (``person_cells``), though the word is an ordinary one
  ("Hawk", "Bear", "Молот": a nickname the boys chose); so is each cell of a column of which most
  filled cells are names found already (two at least), if it holds what a list of names holds
  (``names_someone``, as ``placed_names.column_names`` asks: no closing word, relative, place or
  public figure: "Остальные", "Итого", "Путин"). A blank cell ("-", "none", "нет", "жоқ": the
  profiles' ``table_blanks``), a number or a mark ("v", "✓", "+") is nobody.

Read only on the lines that hold a tab or a bar: no step a word of the note.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.name_lists import places
from facilitator.anonymizer.name_rules.person_words import _a_relative
from facilitator.anonymizer.name_rules.word_bases import _is_latin, base_of
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_SEPARATOR = re.compile(r"[\t|]")
_RULE = re.compile(r"[\s:|\-–—=+]*")
_PERSON = re.compile(r"[^\W\d_][\w'’ʼ‘-]*(?: [^\W\d_][\w'’ʼ‘-]*){0,2}")
"""A cell a person may be: one to three words of letters (a name, a nickname, "Big Boss")."""
_HEADER_STRIP = " ?:.*_"
_LISTED = frozenset({"roster", "names-list"})
"""The sources of names a list holds: a person wherever they stand, a header's row too."""

_NOT_NICKNAMES = frozenset(
    {"NPRO", "PREP", "CONJ", "PRCL", "INTJ", "VERB", "INFN", "ADVB", "PRED", "GRND", "NUMR"}
)
"""Parts of speech no name or nickname is: a quoted answer or remark after a name ("Ержан «Нет»")."""

Cell = tuple[int, int]
_FAR = 1 << 62


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    cells: tuple[Cell, ...]
    """Each cell's stretch, spaces stripped (an empty cell is an empty stretch)."""
    barred: bool
    """The line opens or closes with a bar (a Markdown or pipe table)."""


@cache
def _headers() -> frozenset[str]:
    return frozenset(word.strip(_HEADER_STRIP) for word in union("table_person_headers"))


@cache
def _blanks() -> frozenset[str]:
    return union("table_blanks")


def _rows(text: str) -> Iterator[Row]:
    """The lines of ``text`` that hold a tab or a bar, as rows."""
    at = 0
    while (separator := _SEPARATOR.search(text, at)) is not None:
        start = text.rfind("\n", 0, separator.start()) + 1
        end = text.find("\n", separator.start())
        end = len(text) if end < 0 else end
        yield _row(text, start, end)
        at = end + 1


def _row(text: str, start: int, end: int) -> Row:
    inner_start, inner_end = start, end
    opening = len(text[start:end]) - len(text[start:end].lstrip(" \t"))
    if text.startswith("|", start + opening):
        inner_start = start + opening + 1  # "| name | nick |": the bars at its ends close the row
    closing = len(text[inner_start:end].rstrip(" \t\r"))
    if closing > 0 and text[inner_start + closing - 1] == "|":
        inner_end = inner_start + closing - 1
    barred = inner_start != start or inner_end != end
    cells = []
    cell_start = inner_start
    for separator in _SEPARATOR.finditer(text, inner_start, inner_end):
        cells.append(_stripped(text, cell_start, separator.start()))
        cell_start = separator.end()
    cells.append(_stripped(text, cell_start, inner_end))
    return Row(start, end, tuple(cells), barred)


def _stripped(text: str, start: int, end: int) -> Cell:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def first_cell(text: str, at: int) -> Cell:
    """The first filled cell of the row on the line that holds ``at``, read up to ``at``."""
    return _first_filled(_row(text, text.rfind("\n", 0, at) + 1, at))


def tables(text: str) -> list[list[Row]]:
    """Each table of ``text``: its rows, lines one under another."""
    found: list[list[Row]] = []
    for row in _rows(text):
        if not found or row.start != found[-1][-1].end + 1:
            found.append([])
        found[-1].append(row)
    return found


def _a_rule(text: str, row: Row) -> bool:
    return "-" in text[row.start : row.end] and _RULE.fullmatch(text, row.start, row.end) is not None


def _header_shaped(text: str, rows: Sequence[Row], at: int, starts: frozenset[int] = frozenset()) -> bool:
    """Row ``at`` may head its table: three cells or more, a rule under it, bars at its ends, or a
    row under it opening with a name (one of ``starts``); not a form's line of two ("Name<tab>Kwabena"
    over "Age<tab>15")."""
    row = rows[at]
    if len(row.cells) >= 3 or row.barred:
        return True
    if at + 1 < len(rows) and _a_rule(text, rows[at + 1]):
        return True
    return any(_first_filled(below)[0] in starts for below in rows[at + 1 : at + 4])


def header_word(text: str, cell: Cell) -> bool:
    """The cell is a word that heads a column of people ("Имя", "ФИО", "nick", "Кто?")."""
    return text[cell[0] : cell[1]].strip(_HEADER_STRIP).casefold() in _headers()


def header_rows(text: str, starts: frozenset[int] = frozenset()) -> list[Row]:
    """The rows of ``text`` of a header's shape that name the columns: opening with a word heading a
    column of people ("Имя<tab>Возраст<tab>Пришёл", "Ism | Sinf | +/-", "| name | nick |"), or
    holding one as a table's first row ("№<tab>Имя<tab>Ник")."""
    if "\t" not in text and "|" not in text:
        return []
    return [
        row
        for rows in tables(text)
        for at, row in enumerate(rows)
        if _header_shaped(text, rows, at, starts)
        and (
            header_word(text, _first_filled(row))
            or (at == 0 and any(header_word(text, cell) for cell in row.cells))
        )
    ]


def _first_filled(row: Row) -> Cell:
    """The row's first cell that holds something ("<tab>Имя<tab>Класс": "Имя")."""
    return next((cell for cell in row.cells if cell[0] < cell[1]), row.cells[0])


def without_headers(spans: Sequence[Span], text: str) -> list[Span]:
    """``spans`` less the names in a header row (``header_rows``): the row names the columns. A
    listed name in it is still a person ("Кто<tab>Даурен<tab>Нурбол": a table written sideways),
    unless it is a header's word ("Name<tab>Nick<tab>Came": no Nick)."""
    rows = header_rows(text, frozenset(s.start for s in spans if s.kind is Kind.NAME))
    if not rows:
        return list(spans)
    in_rows = Cover([(row.start, row.end) for row in rows])
    words = Cover([cell for row in rows for cell in row.cells if header_word(text, cell)])
    return [
        s
        for s in spans
        if s.kind is not Kind.NAME or s.start not in in_rows or (s.source in _LISTED and s.start not in words)
    ]


def _within(cell: Cell, spans: Sequence[Cell]) -> bool:
    """A span of ``spans`` (sorted) holds the cell: the last one opening at or before it."""
    at = bisect.bisect_right(spans, (cell[0], _FAR)) - 1
    return at >= 0 and spans[at][1] >= cell[1]


def names_someone(word: str, no_one: Callable[[str], bool] | None = None, lower_ok: bool = False) -> bool:
    """A word that may be what a group calls someone, in a column of people or beside a person:
    capitalised (or, with ``lower_ok``, in small letters), three letters or more, not a word of
    grammar, a place, a relative, a heading's word or a public figure, nor a word ``no_one`` reads (a
    role, a closing word: "Остальные"); not two capitalised words joined by a hyphen."""
    lower = word.casefold()
    if len(word) < 3 or not (word[:1].isupper() or (lower_ok and word[:1].islower())):
        return False
    if lower in union("label_words") or lower in union("pronouns"):
        return False
    if any(part[:1].isupper() for part in word.split("-")[1:]):
        return False  # "«Қалқаман-Мамыр» дастаны": two names joined are a title
    if (no_one is not None and no_one(word)) or _a_relative(word) or lower in lexicon.not_names():
        return False
    if base_of(word, places()) is not None:
        return False
    if base_of(word, lexicon.region_places()) is not None:
        return False
    if skeleton(word) in lexicon.public_people_for(word):
        return False
    if not _is_latin(word):
        readings = lexicon.russian_readings(lower)
        if readings and readings[0][0] in _NOT_NICKNAMES:
            return False
    return True


def person_cells(
    text: str, names: Sequence[Cell] = (), no_one: Callable[[str], bool] | None = None
) -> list[Cell]:
    """The cells of ``text``'s tables that hold a person: a cell of a column whose header names
    people, or of a column of which most filled cells (two at least) are covered by ``names``
    (spans found already) whose first word ``names_someone`` (with ``no_one``), that holds one to
    three words of letters and no blank word."""
    if "|" not in text and "\t" not in text:
        return []
    found: list[Cell] = []
    spans = sorted(names)
    starts = frozenset(start for start, _end in spans)
    for rows in tables(text):
        if len(rows) < 2:
            continue
        headed = _header_shaped(text, rows, 0, starts)
        header = rows[0].cells if headed else ()
        body = [row for row in rows[1 if headed else 0 :] if not _a_rule(text, row)]
        for column in range(max(len(row.cells) for row in rows)):
            cells = [
                row.cells[column]
                for row in body
                if column < len(row.cells) and row.cells[column][0] < row.cells[column][1]
            ]
            judged = False
            if column >= len(header) or not header_word(text, header[column]):
                named = sum(1 for cell in cells if _within(cell, spans))
                if named < 2 or 2 * named < len(cells):
                    continue
                judged = True
            for start, end in cells:
                written = text[start:end]
                if not _PERSON.fullmatch(written) or len(written) < 2 or written.casefold() in _blanks():
                    continue
                if judged and not names_someone(written.split()[0], no_one):
                    continue  # "Итого", "Путин", "Остальные" under names: no one
                found.append((start, end))
    return found
