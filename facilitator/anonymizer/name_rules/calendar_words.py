"""Words of the calendar that a name rule may take for a person: a month borrowed from Russian with
a Turkic ending ("Ноябрда — ата болуу темасы": in November), and a day of the week right before a
time or a date ("Жұма, 16:00", "Sun 27 Oct"), though a day's word is a name too (Жұма, Juma, Sun)."""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer.profiles import birth_phrases, union

_BORROWED_MONTH = re.compile(
    r"(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр"
    r"|yanvar|fevral|aprel|iyun|iyul|sentyabr|sentabr|oktyabr|oktabr|noyabr|dekabr)"
    r"[ьяе]?[^\W\d_]{0,6}",
    re.IGNORECASE,
)
"""A month's name from Russian, with its own ending or a Turkic one ("ноябрда", "oktyabrda",
"сентябрь", "декабрге"). Not "март", "май", "август": Август and Май are names too."""


@cache
def _time_or_date_after() -> re.Pattern[str]:
    """A time ("16:00", "9.30") or a date ("27.10", "27 Oct", "15 қазан") after a word; not a number
    and any word ("17 жаста": an age)."""
    months = "|".join(sorted({*birth_phrases("months"), *union("month_names")}, key=len, reverse=True))
    return re.compile(
        r"[ \t]*,?[ \t]*(?:[0-2]?\d[:.][0-5]\d(?!\d)|[0-3]?\d[ \t]*(?:[./][01]?\d(?!\d)"
        rf"|[ \t]*-?[ \t]*(?:{months})))",
        re.IGNORECASE,
    )


def a_calendar_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (one word) is a month borrowed from Russian in any ending, or a day of the
    week before a time or a date."""
    word = text[start:end]
    if _BORROWED_MONTH.fullmatch(word):
        return True
    return word.casefold() in union("day_names") and _time_or_date_after().match(text, end) is not None
