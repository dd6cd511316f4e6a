"""Names listed and then counted: "серик асхат бекзат ушеуи келмеди" (the three of them did not
come), "Нурлан, Мирлан экөө урушту", "Jasur va Bobur ikkovi keldi", "Саша и Вера оба пришли". The
words before a collective numeral, as many as it counts, each a listed first name, are those people,
though one of them is also a word ("серик": a partner, "вера": faith). Written from general knowledge
of the languages: the collective numerals of Kazakh (also typed on a Russian keyboard and in Latin),
Kyrgyz, Uzbek and Russian."""

from __future__ import annotations

import re
from collections.abc import Sequence

from facilitator.anonymizer.name_rules.name_lists import first_names
from facilitator.anonymizer.name_rules.name_sources import PERSON_PLACE
from facilitator.anonymizer.name_rules.word_bases import base_of
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_COUNTS = {
    2: "екеуі|екеуи|екеуи|ekeýi|ekeui|ekeuı|экөө|экоо|ikkovi|ikkalasi|иккови|иккаласи|оба|обе|both",
    3: "үшеуі|ушеуи|ушеуі|úsheýi|usheui|üşeui|үчөө|учоо|uchovi|uchalasi|учови|учаласи|трое|втроём|втроем",
    4: "төртеуі|тортеуи|tórteýi|torteui|төртөө|тортоо|to'rtovi|to‘rtovi|тўртови|четверо|вчетвером",
}
_COUNTED = re.compile(
    r"(?<![\w'’‘])(?:" + "|".join(f"(?P<n{n}>{words})" for n, words in _COUNTS.items()) + r")(?![\w'’‘])",
    re.IGNORECASE,
)
"""Each count's words in a group of its own, so the count comes from the group matched: matching
without regard to case also lets "i" stand for a dotless "ı" ("ekeýı"), a spelling no table of
lower-cased words would hold."""
_JOINERS = frozenset(
    {"и", "мен", "бен", "пен", "менен", "және", "жана", "va", "ва", "and", "men", "ben", "pen"}
)
_WORD_BACK = re.compile(r"([^\W\d_][\w'’‘]*)[ \t,]*\Z")
_REACH = 120


def counted_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each listed first name among the words a collective numeral counts
    right before it, where every one of them is a listed first name."""
    found: list[tuple[int, int, str]] = []
    for count in _COUNTED.finditer(text):
        wanted = int(str(count.lastgroup)[1:])
        at = count.start()
        names: list[tuple[int, int, str]] = []
        while len(names) < wanted:
            word = _WORD_BACK.search(text, max(0, at - _REACH), at)
            if word is None:
                break
            at = word.start()
            if word.group(1).casefold() in _JOINERS:
                continue
            key = base_of(word.group(1), first_names()) or skeleton(word.group(1))
            if key not in first_names():
                break
            names.append((word.start(1), word.end(1), key))
        if len(names) == wanted:
            found += names
    return found


def counted_name_spans(text: str, found: list[Span], public: Sequence[tuple[int, int]]) -> list[Span]:
    """The spans of ``counted_names`` that no span of ``found`` or public name holds (unsure:
    removed, and reviewed first)."""
    taken = Cover([(s.start, s.end) for s in found] + list(public))
    return [
        Span(start, end, Kind.NAME, PERSON_PLACE, key)
        for start, end, key in counted_names(text)
        if not taken.overlaps(start, end)
    ]
