"""A name-word with its meaning given beside it in quotation marks: the word used in that sense, no
person ("Умед сегодня в значении «надежда»", "Арзыў — бул сөз «мәпи, үмит» мәнисинде", "Nur in
the sense of 'light'"). The cue comes before the quotation in Russian and English ("в значении",
"в смысле", "in the sense of", "meaning"), after it in the Turkic languages and Tajik (the locative
of "meaning": "мағынасында", "мәнисинде", "маанисинде", "ma'nosida", "маъноси", "ба маънои" before);
a few words may lie between the word and the cue. Written from general knowledge of the languages."""

from __future__ import annotations

import re

_BEFORE_QUOTE = (
    r"в[ \t]+значении|в[ \t]+смысле|в[ \t]+переводе|in[ \t]+the[ \t]+(?:sense|meaning)[ \t]+of|meaning"
    r"|ба[ \t]+маънои"
)
_AFTER_QUOTE = (
    r"мағынасында|мағынада|мәнисинде|мәнинде|маанисинде|маанида|maǵynasynda|magynasynda"
    r"|ma['‘’ʻ]nosida|маъносида|маънода"
)
_QUOTED = r"[«\"“'‘][^«»\"“”'‘’\n]{1,60}[»\"”'’]"
_MEANING_GIVEN = re.compile(
    rf"(?:[ \t]*[—–-])?(?:[ \t]+[^\W\d_][\w'’]*){{0,4}}?[ \t,:]+"
    rf"(?:(?:{_BEFORE_QUOTE})[ \t]*:?[ \t]*{_QUOTED}|{_QUOTED}[ \t]*(?:{_AFTER_QUOTE}))",
    re.IGNORECASE,
)
"""Up to four words after the name-word, then its meaning in quotation marks with the cue."""


def meaning_given(text: str, end: int) -> bool:
    """The word ending at ``end`` has its meaning given in quotation marks within a few words after
    it ("Умед сегодня в значении «надежда»")."""
    return _MEANING_GIVEN.match(text, end) is not None
