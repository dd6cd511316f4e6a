"""A street named after the building on it ("в магазине на Тарана", "молодёжный центр на
Букетова", "в ЦОНе на Тәуелсіздік"): Russian names where a shop, a centre or a school stands by its
street alone, the street's name in the genitive of the person it honours or a plain word. A
capitalised word right after the profiles' ``street_before`` ("на") right after a building's word
(``street_buildings``, a stem, any case ending; or an abbreviation in capitals, "ЦОН", "ЦОНе") is
that street: no person, unless a given name of the lists reads it ("в магазине на Ерлана
накричали": shouted at Yerlan). A house number after it makes it an address, which the address
pattern removes.

anonymizer.py asks it of a name span of one word (``Anonymizer._public_place``).
"""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer.profiles import union

_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t]+\Z")
_ABBREVIATION = re.compile(r"[А-ЯЁA-Z]{2,5}[а-яёa-z]{0,2}")


@cache
def _buildings() -> tuple[str, ...]:
    return tuple(sorted(union("street_buildings"), key=lambda w: (-len(w), w)))


def street_on(text: str, start: int, end: int) -> bool:
    """The capitalised word from ``start`` to ``end`` is a street named after the building before
    it: "<building> на <Word>"."""
    if not text[start : start + 1].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 60), start)
    if before is None or before.group(2).casefold() not in union("street_before"):
        return False
    building = before.group(1)
    if _ABBREVIATION.fullmatch(building):
        return True
    lower = building.casefold()
    return any(lower.startswith(stem) and len(lower) - len(stem) <= 3 for stem in _buildings())
