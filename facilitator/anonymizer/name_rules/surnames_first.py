"""A Russian-shaped family name written first, capitalised, right before a listed first name ("Калиев
Нурсултан", "Калиева Айгуль Ермековна"), as a register or a formal note writes a person: part of the
name, though the dictionary reads the word too ("калиев": of potassium). names.py's surname rule asks
the dictionary first and so leaves such a word; the listed first name after it says it is a person's.
"""

from __future__ import annotations

import bisect
import re

from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Kind, Span

_FAMILY_NAME = re.compile(r"[А-ЯЁ][а-яёәіңғүұқөһ]{2,}(?:ов|ев|ёв)а?")
"""A family name in -ов, -ев (-ова, -ева), at least three letters before the ending ("Калиев"; not
"Слов", "Снов")."""
_SURE = frozenset({"names-list", "roster"})


def family_names_before(
    text: str, words: list[tuple[int, int, str]], found: list[Span], public: list[tuple[int, int]]
) -> list[Span]:
    """The capitalised family names right before (one space) a listed or roster first name."""
    starts = [w[0] for w in words]
    taken = {s.start for s in found}
    added: list[Span] = []
    for span in found:
        if (
            span.kind is not Kind.NAME
            or span.source not in _SURE
            or not text[span.start : span.start + 1].isupper()
        ):
            continue
        at = bisect.bisect_left(starts, span.start) - 1
        if at < 0:
            continue
        start, end, word = words[at]
        if text[end : span.start] != " " or start in taken or not _FAMILY_NAME.fullmatch(word):
            continue
        if any(s <= start < e for s, e in public):
            continue
        added.append(Span(start, end, Kind.NAME, "surname-pattern", skeleton(word)))
        taken.add(start)
    return added
