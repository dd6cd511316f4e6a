"""Who heads or guards a plant, a mine or a depot: a description that singles one person out.

A town built around one plant has one chief engineer, one boss of each shift, one night guard at
the refinery: "начальник смены на цинковом заводе", "мыс зауытының бас инженері", "лампа заводунун
түнкү кароолчусу", "metall zavodida smena boshlig'i", "the night guard at the refinery". A head or
guard word (the profiles' ``plant_heads``) and a plant's word (``plants``, words or their stems) a
few words apart in one clause are one description; either alone is not ("работает на заводе", "the
guard was nice").
"""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer.profiles import cue_phrases

_WORD = re.compile(r"[^\W\d_][\w'’ʻ-]*")
_REACH = 4
"""Words at most between the head and the plant ("начальник | смены на цинковом | заводе")."""
_CLAUSE_MARKS = re.compile(r"[.;:!?()—–\n]")
_STEM = 4
"""A plant's word this long or longer is a stem ("нефтебаз" for нефтебазе, нефтебазы); a shorter
one is a word as written ("кон", "депо")."""


@cache
def _heads() -> frozenset[str]:
    return frozenset(cue_phrases("plant_heads"))


@cache
def _plants() -> tuple[frozenset[str], tuple[str, ...]]:
    words = cue_phrases("plants")
    return frozenset(words), tuple(w for w in words if len(w) >= _STEM)


def _a_plant(word: str) -> bool:
    whole, stems = _plants()
    return word in whole or word.startswith(stems)


def plant_roles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each head or guard of a plant in ``text[start:end]``, with the plant."""
    words = list(_WORD.finditer(text, start, end))
    lowered = [w.group().casefold() for w in words]
    heads = [i for i, word in enumerate(lowered) if word in _heads()]
    if not heads:
        return []
    plants = [i for i, word in enumerate(lowered) if _a_plant(word)]
    found = []
    for head in heads:
        for plant in plants:
            first, last = min(head, plant), max(head, plant)
            if 0 < last - first <= _REACH + 1 and not _CLAUSE_MARKS.search(
                text, words[first].end(), words[last].start()
            ):
                found.append((words[first].start(), words[last].end()))
    return found
