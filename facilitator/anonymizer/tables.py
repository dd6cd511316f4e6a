"""People in a table typed into a note ("| name | nick | came? |", "| who | spoke first | mood |").

Facilitators type the roll call as a Markdown or pipe table. A column whose header says it holds
people (the profiles' ``table_person_headers``: "name", "nick", "who", "кличка", "лақап аты",
"laqab") holds a person in each of its cells, though the word is an ordinary one ("Hawk", "Bear",
"Молот": a nickname the boys chose); so does a column of which most filled cells are names found
already (two at least): its other words are people too. A blank cell ("-", "none", "нет", "жоқ":
the profiles' ``table_blanks``), a number or a mark ("v", "✓", "+") is nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from facilitator.anonymizer.profiles import union

_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"[\s:|\-–—=+]*")
_CELL = re.compile(r"[^|]+")
_PERSON = re.compile(r"[^\W\d_][\w'’ʼ‘-]*(?: [^\W\d_][\w'’ʼ‘-]*){0,2}")
"""A cell a person may be: one to three words of letters (a name, a nickname, "Big Boss")."""

Cell = tuple[int, int]


@cache
def _headers() -> frozenset[str]:
    return union("table_person_headers")


@cache
def _blanks() -> frozenset[str]:
    return union("table_blanks")


def _tables(text: str) -> list[list[list[Cell]]]:
    """Each table of ``text``: its rows (consecutive lines that open and close with "|"), each a
    list of its cells' stripped stretches (an empty cell is an empty stretch)."""
    tables: list[list[list[Cell]]] = []
    line_end = -2
    for row in _ROW.finditer(text):
        cells = []
        for cell in _CELL.finditer(text, row.start(1), row.end(1)):
            raw = cell.group()
            start = cell.start() + len(raw) - len(raw.lstrip())
            cells.append((start, max(start, cell.start() + len(raw.rstrip()))))
        if not tables or row.start() != line_end + 1:
            tables.append([])
        tables[-1].append(cells)
        line_end = row.end()
    return tables


def _header_word(text: str, cell: Cell) -> str:
    return text[cell[0] : cell[1]].strip(" ?:.*_").casefold()


def person_cells(text: str, names: Sequence[Cell] = ()) -> list[Cell]:
    """The cells of ``text``'s tables that hold a person: a cell of a column whose header names
    people, or of a column of which most filled cells (two at least) are covered by ``names``
    (spans found already), that holds one to three words of letters and no blank word."""
    if "|" not in text:
        return []
    found: list[Cell] = []
    for rows in _tables(text):
        if len(rows) < 2:
            continue
        header = rows[0]
        body = rows[2:] if _RULE.fullmatch(text, rows[1][0][0], rows[1][-1][1]) else rows[1:]
        for column in range(len(header)):
            cells = [row[column] for row in body if column < len(row) and row[column][0] < row[column][1]]
            if _header_word(text, header[column]) not in _headers():
                named = sum(1 for s, e in cells if any(a <= s and e <= b for a, b in names))
                if named < 2 or 2 * named < len(cells):
                    continue
            for start, end in cells:
                written = text[start:end]
                if _PERSON.fullmatch(written) and len(written) > 1 and written.casefold() not in _blanks():
                    found.append((start, end))
    return found
