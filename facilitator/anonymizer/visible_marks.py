"""A mark everyone in a small place knows someone by: a description that singles one person out.

"хромой мальчик который продаёт фотки у мавзолея", "кесене алдында сурет сатып тұратын ақсақ
бала", "писари ланг", "the boy in the wheelchair": a limp, blindness, deafness or a wheelchair
beside a word for a person is one boy in a village or a school. The marks are the profiles' ``marks``
(words or phrases), the persons their ``person_nouns`` and ``nickname_persons`` in any case; a
mark with no person beside it ("глухой угол", "a blind spot") is no one.
"""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton

_WORD = re.compile(r"[^\W\d_][\w'’ʻ-]*")
_REACH = 2
"""Words at most between the mark and the person ("хромой | мальчик", "the boy | in the wheelchair")."""
_CLAUSE_MARKS = re.compile(r"[.;:!?()—–,\n]")


@cache
def _persons() -> tuple[str, ...]:
    """Words for a person as skeletons, three letters or more (a case ending may follow)."""
    words = union("person_nouns", "nickname_persons")
    return tuple(sorted({skeleton(w) for w in words if len(skeleton(w)) >= 3}, key=len, reverse=True))


def _a_person(word: str) -> bool:
    shape = skeleton(word)
    return any(shape.startswith(person) and len(shape) - len(person) <= 4 for person in _persons())


def marked_people(text: str, marks: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each of ``marks`` (where the profiles' marks stand in ``text[start:end]``,
    as ``quasi._cue_spans`` finds cues) with the word for a person beside it."""
    found = []
    words = list(_WORD.finditer(text, start, end))
    for first, last in marks:
        after = [w for w in words if w.start() >= last][:_REACH]
        before = [w for w in words if w.end() <= first][-_REACH:]
        person = next((w for w in after if _a_person(w.group())), None) or next(
            (w for w in reversed(before) if _a_person(w.group())), None
        )
        if person is not None:
            a, b = min(first, person.start()), max(last, person.end())
            if not _CLAUSE_MARKS.search(text, a, b):
                found.append((a, b))
    return found
