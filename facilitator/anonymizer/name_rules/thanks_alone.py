"""Thanks standing alone as a sentence ("… берерин айтты. Ыракмат.", "Rahmat!") is the writer's
thanks, though "Рахмат" is a given name too: a person alone in a sentence of one word is no habit
of a note, a closing thanks is. So are thanks in lower case before a Turkic verb of saying ("keyin
rahmat dedi", "мага рахмат айтты": said thanks; the profiles' ``thanks_said``); a Russian verb there
("рахмат сказал") has a person before it.

names.py asks it of every span but a roster name's.
"""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer.profiles import union

_BEFORE = re.compile(r"(?:^|[.!?…]\s+|\n[ \t]*)\Z")
_AFTER = re.compile(r"[ \t]*[.!]+(?:\s|$)")


@cache
def _thanks() -> frozenset[str]:
    """The profiles' greetings and thanks, in lower case."""
    return frozenset(w.casefold() for w in union("greetings"))


def thanks_alone(text: str, start: int, end: int) -> bool:
    """The word from ``start`` to ``end`` is a greeting or thanks of the profiles and a sentence of
    its own: after a sentence's end or a line's start, before a full stop or "!"."""
    return (
        text[start:end].casefold() in _thanks()
        and _BEFORE.search(text, max(0, start - 3), start) is not None
        and _AFTER.match(text, end) is not None
    )


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def thanks_said(text: str, start: int, end: int) -> bool:
    """The word from ``start`` to ``end`` is thanks in lower case before a Turkic verb of saying
    ("rahmat dedi", "рахмат айтты")."""
    word = text[start:end]
    if not word.islower() or word not in _thanks():
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).casefold() in union("thanks_said")
