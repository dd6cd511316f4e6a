"""An abbreviation in capitals with a case ending in lower case glued on ("для ЦОНа", "в РОВДе",
"ЦОН-ға", "ХҚКОға барамыз") is an office's name in a case, not a person: a person's name is
written with one capital, a shouted one in capitals through its ending.

list_matching asks it of a capitalised word no list holds.
"""

from __future__ import annotations

from facilitator.anonymizer.profiles import endings_for
from facilitator.anonymizer.skeleton import skeleton


def an_abbreviation_in_a_case(word: str) -> bool:
    """``word`` is two to five capitals and a lower-case ending of the Cyrillic profiles' cases,
    maybe after a hyphen."""
    if not word.isalpha() and not ("-" in word and word.replace("-", "", 1).isalpha()):
        return False
    capitals = len(word) - len(word.lstrip("".join(c for c in word if c.isupper())))
    ending = word[capitals:].lstrip("-")
    return (
        2 <= capitals <= 5
        and 1 <= len(ending) <= 4
        and ending.islower()
        and skeleton(ending) in endings_for(latin=False)
    )
