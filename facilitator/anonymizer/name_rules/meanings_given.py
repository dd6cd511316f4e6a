"""A name-word with its meaning given beside it in quotation marks: the word used in that sense, no
person ("Умед сегодня в значении «надежда»", "Арзыў — бул сөз «мәпи, үмит» мәнисинде", "Nur in
the sense of 'light'"). The cue comes before the quotation in Russian and English ("в значении",
"в смысле", "in the sense of", "meaning"), after it in the Turkic languages and Tajik (the locative
of "meaning": "мағынасында", "мәнисинде", "маанисинде", "ma'nosida", "маъноси", "ба маънои" before);
a few words may lie between the word and the cue. Written from general knowledge of the languages."""

from __future__ import annotations

import re

from facilitator.anonymizer.name_rules.sentence_positions import OPENING_QUOTES

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


_QUOTED_GLOSS = r"[«\"“'‘„](?P<gloss>[a-zа-яёәғқңөұүһі][\w-]*(?:[ \t]+[\w-]+)?)[»\"”'’]"
_IN_A_LANGUAGE = re.compile(
    r"[»\"”'’][ \t]*(?:по-[а-яё]+|in[ \t]+[A-Z][a-z]+)[ \t,:]*[—–-]?[ \t]*" + _QUOTED_GLOSS
)
_DASHED = re.compile(r"[»\"”'’][ \t]*[—–=-][ \t]*" + _QUOTED_GLOSS)
"""A quoted word's gloss, one or two words quoted in lower case: after a language's word
("по-немецки", "in German"), or after a dash when the gloss is in the other script."""


def glossed_in_quotes(text: str, start: int, end: int) -> bool:
    """The word from ``start`` to ``end`` is quoted and glossed by its meaning: after a language's
    word ("«Vogel» по-немецки «птица»", "'Adler' in German 'eagle'"), or after a dash in the other
    script ("«Wolf» — «волк»"): a foreign word translated, no person. Not a nickname and a remark
    after a dash ("«Тигр» — «потому что сильный»"), nor "«Профессор» — так зовут"."""
    if start == 0 or text[start - 1] not in OPENING_QUOTES:
        return False
    if _IN_A_LANGUAGE.match(text, end):
        return True
    dashed = _DASHED.match(text, end)
    return dashed is not None and text[start:end].isascii() != dashed.group("gloss").isascii()
