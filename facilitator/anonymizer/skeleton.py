"""Compare names across scripts and spellings: "Ерлан", "Yerlan" and "Erlan" share a skeleton.

The skeleton is a rough Latin spelling with the usual alternatives folded together (ye/e, y/i,
zh/j, kh/h, Kazakh letters to their plain look-alikes). It is for matching, never for display.
"""

from __future__ import annotations

import re
from functools import lru_cache

_KAZAKH = str.maketrans(
    {
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "ё": "е",
        "ӣ": "и",  # Tajik
        "ӯ": "у",
        "ҳ": "х",
        "ҷ": "ж",
        "ў": "у",  # Uzbek Cyrillic
    }
)
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "c",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",
    "ъ": "",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}
_LATIN = (
    ("shch", "sh"),
    ("kh", "h"),
    ("zh", "j"),
    ("dj", "j"),
    ("ts", "c"),
    ("tch", "ch"),
    ("yu", "iu"),
    ("ya", "ia"),
    ("ye", "e"),
    ("yo", "o"),
    ("y", "i"),
    ("w", "v"),
    ("q", "k"),
    ("x", "h"),
    ("ä", "a"),
    ("ö", "o"),
    ("ü", "u"),
    ("ğ", "g"),
    ("ş", "sh"),
    ("ç", "ch"),
    ("ı", "i"),
    ("o‘", "o"),
    ("g‘", "g"),
    ("‘", ""),
    ("ʻ", ""),
    # Kazakh in the 2018 Latin alphabet
    ("á", "a"),
    ("ǵ", "g"),
    ("ń", "n"),
    ("ó", "o"),
    ("ú", "u"),
    ("ý", "u"),
    # and in the 2021 one (ä ğ ö ü ş ç ı above); "İ" in lower case is "i" and a combining dot
    ("ñ", "n"),
    ("ū", "u"),
    ("\u0307", ""),
)
_DOUBLE = re.compile(r"(.)\1+")
_START_I = re.compile(r"^i(?=[aeou])")
_TO_LATIN = str.maketrans(
    {
        **{chr(char): _CYRILLIC.get(plain, plain) for char, plain in _KAZAKH.items()},
        **_CYRILLIC,
        "ʼ": "",
        "’": "",
        "'": "",
    }
)
"""The Kazakh, Tajik and Uzbek letters as their plain look-alikes, then every Cyrillic letter in
Latin, and no apostrophes: one pass over the word."""


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    text = word.casefold().translate(_TO_LATIN)
    for old, new in _LATIN:
        text = text.replace(old, new)
    text = _START_I.sub("", text)  # Yerlan/Ерлан, Yusuf/Юсуф at the start
    text = text.replace("ia", "a").replace("iu", "u").replace("io", "o")
    return _DOUBLE.sub(r"\1", text)


# endings a name takes in Russian cases, Kazakh cases and English possessives, as skeletons
ENDINGS = frozenset(
    skeleton(ending)
    for ending in (
        "",
        "а",
        "я",
        "у",
        "ю",
        "ом",
        "ем",
        "е",
        "ы",
        "и",
        "ой",
        "ей",
        "ою",
        "ею",
        "ам",
        "ами",
        "ах",
        "ов",
        "ев",
        "ым",
        "им",
        "ын",
        "ин",
        "ина",
        "ға",
        "ге",
        "қа",
        "ке",
        "на",
        "не",
        "ны",
        "ні",
        "ды",
        "ді",
        "ты",
        "ті",
        "ның",
        "нің",
        "дың",
        "дің",
        "тың",
        "тің",
        "да",
        "де",
        "та",
        "те",
        "нда",
        "нде",
        "дан",
        "ден",
        "тан",
        "тен",
        "нан",
        "нен",
        "мен",
        "бен",
        "пен",
        "ның",
        "сы",
        "сі",
        "ы",
        "і",
        "жан",
        "ке",
        "ка",
        "s",
    )
)
