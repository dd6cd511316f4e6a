"""An unknown capitalised word in the English possessive right before a relative ("Syrga's brother",
"- Nazira's mum: no number yet") is a person, wherever it stands: a list's line or a sentence's
start, where an unknown word alone is unsure. Not an English word ("Teacher's son") nor a word the
lists say is never a person.
"""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.profiles import profile

_NO_PERSONS = frozenset({"with", "asked", "told", "called", "named"})
"""The words of the English profile's ``person_before`` that are no person one has ("my brother",
"my coach" are; "with" is not)."""


@cache
def _kin_after() -> re.Pattern[str]:
    """ "'s" and one of the English profile's relatives or kin words."""
    en = profile("en")
    nouns = {w for w in en.person_before if w.isalpha() and len(w) > 2} - _NO_PERSONS
    words = sorted({*en.kin, *nouns}, key=len, reverse=True)
    return re.compile(r"['’]s[ \t]+(?:" + "|".join(map(re.escape, words)) + r")(?![\w'’])", re.IGNORECASE)


def kin_of_a_person(word: str, text: str, end: int) -> bool:
    """The capitalised ``word`` ending at ``end`` is followed by "'s" and a relative, and is no
    English word nor one the lists say is never a name."""
    lower = word.casefold()
    return (
        _kin_after().match(text, end) is not None
        and lower not in lexicon.english_words()
        and lower not in lexicon.not_names()
    )
