"""A name that is also the word for a clock's hour, right before a time of day ("Сағат 15:00-де
бастаймыз", "Сағат 9.30-да"), is that word: the hour, not a man called Сағат. Only a time written
with its minutes: "Сағат 17-де үйленді" may be Сағат, married at 17 (an age in the locative).

The words are the profiles' ``clock_words``; list_matching asks it of a listed name that is also a word.
"""

from __future__ import annotations

import re

from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton

_TIME_AFTER = re.compile(r"[ \t]+(?:[01]?\d|2[0-3])[:.][0-5]\d(?![.:,]?\d)")


def a_clock_hour(word: str, text: str, end: int) -> bool:
    """``word``, ending at ``end``, is one of the profiles' clock words and a time with its minutes
    follows it."""
    return skeleton(word) in union("clock_words") and _TIME_AFTER.match(text, end) is not None
