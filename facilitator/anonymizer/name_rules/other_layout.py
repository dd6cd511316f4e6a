"""Names typed with the keyboard on the other layout: "nbveh" is "тимур" typed while the laptop was
on its English layout, "fctkm" is "асель"; "ьфвш" is "madi" typed on the Russian one. Anyone who
reads the note can read the name back, so it is removed like the name it is.

A stretch is read back key by key (the Russian ЙЦУКЕН keys against the English QWERTY ones); it is a
name when what it reads back to is a listed first name of four letters or more, itself or before a
case ending of up to three letters, and the stretch as typed is no word of our lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.name_lists import first_names
from facilitator.anonymizer.skeleton import skeleton

_LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~"
_CYRILLIC_KEYS = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"
_TO_CYRILLIC = str.maketrans(_LATIN_KEYS, _CYRILLIC_KEYS)
_TO_LATIN = str.maketrans(_CYRILLIC_KEYS, _LATIN_KEYS)

_LATIN_RUN = re.compile(r"(?<![\w@/#&=%+-])[A-Za-z;'\[\],.`]{3,}(?![\w@/#&=%+-])")
"""Letters of the English layout and the keys that are letters on the Russian one (ж э х ъ б ю ё)."""
_CYRILLIC_RUN = re.compile(r"(?<![\w@/#&=%+-])[а-яёА-ЯЁ]{3,}(?![\w@/#&=%+-])")
OTHER_LAYOUT = "other-layout"
_SHORTEST = 4
_ENDINGS = (
    # Russian, Kazakh and Kyrgyz case endings, read back in Cyrillic ("fctkb" -> "асели")
    "а",
    "у",
    "е",
    "ы",
    "и",
    "ю",
    "я",
    "ом",
    "ой",
    "ем",
    "ей",
    "ым",
    "им",
    "ке",
    "ге",
    "га",
    "ка",
    "ға",
    "қа",
    "ды",
    "ді",
    "ты",
    "ті",
    "ны",
    "ні",
    "ни",
    "ну",
    "да",
    "де",
    "та",
    "те",
    "мен",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "нын",
    "нин",
    "дын",
    "дин",
    "дан",
    "ден",
    "тан",
    "тен",
    "нан",
    "нен",
    # English and Uzbek ones, read back in Latin ("ьфвшпф" -> "madiga")
    "s",
    "ga",
    "ni",
    "ning",
    "dan",
    "da",
    "ka",
    "qa",
)


@cache
def _words() -> frozenset[str]:
    """Skeletons of the words of our lists that no one would type as a name on the wrong layout."""
    return frozenset(
        {skeleton(w) for w in lexicon.english_words()}
        | lexicon.kazakh_skeletons()
        | {skeleton(w) for w in lexicon.not_names()}
    )


def _name_key(read_back: str) -> str:
    """The skeleton of the listed first name ``read_back`` is, itself or before an ending, or ""."""
    if not read_back.isalpha() or len(read_back) < _SHORTEST:
        return ""
    names = first_names()
    low = read_back.casefold()
    if skeleton(low) in names:
        return skeleton(low)
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= _SHORTEST:
            key = skeleton(low[: -len(ending)])
            if key in names:
                return key
    return ""


def _typed_as(stretch: str) -> bool:
    """Whether ``stretch`` itself is a word or a name as typed (then it was meant as it stands)."""
    key = skeleton(stretch)
    low = stretch.casefold()
    return (
        key in _words()
        or key in first_names()
        or low in lexicon.english_words()
        or (not stretch.isascii() and lexicon.russian(low)[0])
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
    for run, table in ((_LATIN_RUN, _TO_CYRILLIC), (_CYRILLIC_RUN, _TO_LATIN)):
        for match in run.finditer(text):
            stretch = match.group()
            if not any(char.isalpha() for char in stretch):
                continue
            for start, end in _candidates(stretch):
                typed = stretch[start:end]
                if _typed_as(typed):
                    break
                key = _name_key(typed.translate(table))
                if key:
                    yield match.start() + start, match.start() + end, key
                    break
