"""A name-word that the words after it make a work's title, unquoted: a word of naming, then the
word of a titled thing (a film, a book, a song, a game: the profiles' ``titled_things``) with any
ending ("Жеңіс деген фильмнен": from the film called Жеңіс; "Baxt degan kitobni": the book called
Baxt). A person so called stays ("Жеңіс деген бала": the boy called Жеңіс). Read at a name's end
only, by a regular expression.

Also the word of a titled thing that is a name too, opening a sentence right before a quoted
title ("Роман «Абай жолы» жазған Әуезов": the novel), unless the quotation is what a person said
("Роман «жоқ» деді"); and a word opening a quoted title that the word of its thing follows
("«Бийлик дөңгөлөгү» машыгуусу", "«Hurmat chizig'i» mashqini": the exercise)."""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer.profiles import union

_TWO_WORDS_AFTER = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)")
_STEM = 4
"""The shortest word of a titled thing read as a stem with endings ("фильм" in "фильмнен")."""


@cache
def _things() -> tuple[str, ...]:
    return tuple(sorted(w for w in union("titled_things") if len(w) >= _STEM))


def called_a_work(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the title of a work the next two words call so."""
    after = _TWO_WORDS_AFTER.match(text, end)
    if after is None or after.group(1).casefold() not in union("naming"):
        return False
    return after.group(2).casefold().startswith(_things())


_QUOTED_TITLE = re.compile(r"[ \t]+[«\"“„]([^»\"”\n]{1,80})[»\"”][ \t]*([^\W\d_]*)")


def a_thing_before_its_title(word: str, text: str, end: int) -> bool:
    """``word``, ending at ``end``, is one of the profiles' titled things and a quoted title with a
    capital follows it, no verb of speech after the quotation."""
    if word.casefold() not in union("titled_things"):
        return False
    title = _QUOTED_TITLE.match(text, end)
    if title is None or not title.group(1)[:1].isupper():
        return False
    return title.group(2).casefold() not in union("speech", "person_after")


_TITLE_THEN_THING = re.compile(r"[^«»\"“”„\n]{0,80}?[»\"”][ \t]*([^\W\d_][\w'’ʻ‘-]*)")
_SINGLE_QUOTED_TITLE_THEN_THING = re.compile(r"[^'’‘«»\"“”„\n]{0,80}?['’][ \t]*([^\W\d_][\w'’ʻ‘-]*)")
"""A title in single quotes, then its thing ("'Ұшқан ұя' кітабынан", "'Masa' öleñin"): a title holding
an apostrophe of its own ("'Bahor keldi seni so'roqlab'") is not read so."""


def opens_a_title_before_its_thing(text: str, start: int) -> bool:
    """The word at ``start`` opens a quotation that the word of a titled thing follows, in any case
    ("«Haqiqiy erkak kim?» savoli bilan", "«Бийлик дөңгөлөгү» машыгуусу", "'Ұшқан ұя' кітабынан"):
    a title's first word. A single quote opens one only after a space, a bracket or the text's start
    (not the apostrophe inside "o'g'il")."""
    if start == 0:
        return False
    if text[start - 1] in '«"“„':
        title = _TITLE_THEN_THING.match(text, start)
    elif text[start - 1] in "'‘" and (start == 1 or text[start - 2] in " \t\n(—–-:"):
        title = _SINGLE_QUOTED_TITLE_THEN_THING.match(text, start)
    else:
        return False
    return title is not None and title.group(1).casefold().startswith(_things())
