"""Names typed with the keyboard on the other layout: "nbveh" is "тимур" typed while the laptop was
on its English layout, "fctkm" is "асель"; "ьфвш" is "madi" typed on the Russian one. Anyone who
reads the note can read the name back, so it is removed like the name it is.

A stretch is read back key by key (the Russian ЙЦУКЕН keys against the English QWERTY ones); it is a
name when what it reads back to is a listed first name of four letters or more, itself or before a
case ending of the profiles' languages in that script, and the stretch as typed is no word of our
lists or the Russian dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.name_lists import first_names
from facilitator.anonymizer.profiles import endings_for
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.token_model import listed

_LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~"
_CYRILLIC_KEYS = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"
_TO_CYRILLIC = str.maketrans(_LATIN_KEYS, _CYRILLIC_KEYS)
_TO_LATIN = str.maketrans(_CYRILLIC_KEYS, _LATIN_KEYS)

_LATIN_RUN = re.compile(r"(?<![\w@/#&=%+-])[A-Za-z;'\[\],.`]{3,}(?![\w@/#&=%+-])")
"""Letters of the English layout and the keys that are letters on the Russian one (ж э х ъ б ю ё)."""
_CYRILLIC_RUN = re.compile(r"(?<![\w@/#&=%+-])[а-яёА-ЯЁ]{3,}(?![\w@/#&=%+-])")
OTHER_LAYOUT = "other-layout"
_SHORTEST = 4
_LONGEST_ENDING = 4


@lru_cache(maxsize=65_536)
def _name_key(read_back: str, latin: bool) -> str:
    """The skeleton of the listed first name ``read_back`` is, itself or before a case ending of
    up to four letters of a language written in its script, or ""."""
    if not read_back.isalpha() or len(read_back) < _SHORTEST:
        return ""
    names = first_names()
    key = skeleton(read_back)
    if key in names:
        return key
    endings = endings_for(latin)
    for size in range(1, _LONGEST_ENDING + 1):
        if len(key) - size >= _SHORTEST and key[-size:] in endings and key[:-size] in names:
            return key[:-size]
    return ""


def _typed_as(stretch: str) -> bool:
    """Whether ``stretch`` itself is a word or a name as typed (then it was meant as it stands): a
    listed name, a word of our lists (the word model's, ``token_model.listed``), or a word the Russian
    dictionary knows."""
    as_name, held = listed(stretch.casefold())
    return (
        as_name == "exact" or held != "" or (not stretch.isascii() and lexicon.russian(stretch.casefold())[0])
    )


def _candidates(stretch: str) -> Iterator[tuple[int, int]]:
    """The (start, end) within ``stretch`` to try: without the full stop or comma it may have taken
    from the sentence around it (a name's "б" or "ю" on the other layout), then itself."""
    end = len(stretch.rstrip(".,"))
    if 0 < end < len(stretch):
        yield 0, end
    yield 0, len(stretch)


def other_layout_names(text: str) -> Iterator[tuple[int, int, str]]:
    """The (start, end, key) of each name in ``text`` typed on the other keyboard layout, where key
    is the skeleton of the name it reads back to ("nbveh" -> "timur")."""
    for run, table, latin in ((_LATIN_RUN, _TO_CYRILLIC, False), (_CYRILLIC_RUN, _TO_LATIN, True)):
        for match in run.finditer(text):
            stretch = match.group()
            if not any(char.isalpha() for char in stretch):
                continue
            for start, end in _candidates(stretch):
                typed = stretch[start:end]
                key = _name_key(typed.translate(table), latin)
                if key:  # the dictionaries asked last: most stretches read back to no name
                    if not _typed_as(typed):
                        yield match.start() + start, match.start() + end, key
                    break
