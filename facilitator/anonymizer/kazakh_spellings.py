"""Kazakh in Latin letters, in the three spellings people type, and the tables between them.

- **2018**: the acute-accent alphabet of the decree of 19 February 2018 (á ǵ ı ń ó ú ý; sh, ch; ı is
  и and й, ý is у, u is ұ, ú is ү, i is і): "Қайраттың" is "qaırattyń".
- **2021**: the alphabet the government presented on 28 January 2021 (31 letters, "one sound, one
  letter": ä ğ ñ ö ū ü ş; İ i is и and й, I ı is і, y is ы, u is у). Ч and ц, found only in
  borrowed words, have no letter of their own ("ch", "ts"); "ç", the 2019 draft's letter, is typed
  too. People who type it mostly write "i" for і as well: "Qairattyñ", "Aisūlu", "Şyñğys",
  "Nūrlannyñ", "Aigerim".
- **ASCII**: how most young people type Kazakh in Latin, without diacritics: q or k, zh or j, sh,
  ch, y or i for й ("Qairat", "Kairat", "Zhandos", "Jandos", "nurlannyn", "shygys").

The tables below are the knowledge; the functions apply them. The kk-latn language profile is
written in the 2018 spelling and read in all three (``from_2018``); a name listed in Cyrillic is
written in each (``latin_spellings``).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

CYRILLIC_TO_2018: dict[str, str] = {
    **dict(zip("абвгдезклмнопрстфхһыіәғқңөұү", "abvgdezklmnoprstfhhyiáǵqńóuú", strict=True)),
    **{"ж": "j", "и": "ı", "й": "ı", "у": "ý", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ё": "ıo"},
    **{"ю": "ıý", "я": "ıa", "э": "e", "ъ": "", "ь": ""},
}
"""Cyrillic (lower case) -> the 2018 alphabet."""

CYRILLIC_TO_2021: dict[str, str] = {
    **dict(zip("абвгдезклмнопрстфхһыіәғқңөұү", "abvgdezklmnoprstfhhyıäğqñöūü", strict=True)),
    **{"ж": "j", "и": "i", "й": "i", "у": "u", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ё": "io"},
    **{"ю": "iu", "я": "ia", "э": "e", "ъ": "", "ь": ""},
}
"""Cyrillic (lower case) -> the 2021 alphabet, as it was presented (і is dotless ı)."""

CYRILLIC_TO_ASCII: dict[str, str] = {
    **dict(zip("абвгдезклмнопрстфхһыіәғқңөұү", "abvgdezklmnoprstfhhyiagqnouu", strict=True)),
    **{"ж": "zh", "и": "i", "й": "i", "у": "u", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ё": "yo"},
    **{"ю": "yu", "я": "ya", "э": "e", "ъ": "", "ь": ""},
}
"""Cyrillic (lower case) -> the usual ASCII spelling (its other common choices: ``FROM_2018_TO_ASCII``)."""

FROM_2018_TO_2021: dict[str, tuple[str, ...]] = {
    **{"á": ("ä",), "ǵ": ("ğ",), "ń": ("ñ",), "ó": ("ö",), "ú": ("ü",), "u": ("ū",), "ý": ("u",)},
    # і is "ı" in the table, and "i" as people type it; и and й are "i"
    **{"ı": ("i",), "i": ("ı", "i"), "sh": ("ş",), "ch": ("ch", "ç")},
}
"""A 2018 letter (or digraph) -> how the 2021 alphabet writes it; any other letter stays."""

FROM_2018_TO_ASCII: dict[str, tuple[str, ...]] = {
    **{"á": ("a",), "ǵ": ("g",), "ń": ("n",), "ó": ("o",), "ú": ("u",), "u": ("u",), "ý": ("u",)},
    **{"ı": ("i",), "i": ("i",), "sh": ("sh",), "ch": ("ch",)},
    # қ typed as q or k, ж as j or zh
    **{"q": ("q", "k"), "j": ("j", "zh")},
}
"""A 2018 letter (or digraph) -> its ASCII spellings; any other stays. "ı" after a vowel and before a
consonant or the word's end is й, typed "i" or "y" ("aıtty" is "aitty" or "aytty"; not "jıen", жиен,
nor "áıel", әйел: their "y" would read "ye")."""
_CODA_Y = ("i", "y")
_VOWELS = frozenset("aeiouyáóúıý")

LETTERS_2018 = "áǵıńóúýÁǴŃÓÚÝ"
LETTERS_2021 = "äğñöūüşçıÄĞÑÖŪÜŞÇİ"
LETTERS = LETTERS_2018 + LETTERS_2021
"""The letters that mark a word as Kazakh Latin (I and i, shared with every Latin alphabet, left out)."""
LOWER_LETTERS = "áǵıńóúýäğñöūüşç"
"""LETTERS in lower case ("İ" is "i" with a combining dot: no mark)."""

_2021_AS_2018 = str.maketrans(
    {"ä": "á", "ğ": "ǵ", "ñ": "ń", "ö": "ó", "ū": "u", "ü": "ú", "ş": "sh", "ç": "ch"}
)
_DIGRAPHS = ("sh", "ch")
_MAX_VARIANTS = 64


def to_2018(word: str) -> str:
    """A Cyrillic word in lower case in the 2018 alphabet ("Қайраттың" is "qaırattyń")."""
    return "".join(CYRILLIC_TO_2018.get(c, c) for c in word.casefold())


def to_2021(word: str) -> str:
    """A Cyrillic word in lower case in the 2021 alphabet ("Қайраттың" is "qairattyñ")."""
    return "".join(CYRILLIC_TO_2021.get(c, c) for c in word.casefold())


def to_ascii(word: str) -> str:
    """A Cyrillic word in lower case in the usual ASCII spelling ("Жандосқа" is "zhandosqa")."""
    return "".join(CYRILLIC_TO_ASCII.get(c, c) for c in word.casefold())


_RUSSIAN_KEYBOARD = str.maketrans("әғқңөұүһі", "агкноуухи")


def on_a_russian_keyboard(word: str) -> frozenset[str]:
    """A Cyrillic Kazakh word (lower case) as written in it and as typed on a Russian keyboard, its
    Kazakh letters as their Russian look-alikes ("келді" is also "келди", "ағасы" "агасы", "қайда"
    "кайда")."""
    lower = word.casefold()
    return frozenset({lower, lower.translate(_RUSSIAN_KEYBOARD)})


def marks_as_2018(lower: str) -> str:
    """A lower-case word with the 2021 alphabet's marked letters as the 2018 alphabet writes them
    ("bolğan" is "bolǵan", "sūrağy" "suraǵy", "şeşesi" "sheshesi"): what rules written for 2018
    endings read (і and и, "ı" and "i" in either, are left as they are)."""
    return lower.translate(_2021_AS_2018)


_2018_TO_CYRILLIC = {
    **dict(zip("aábvgǵdezkqlmnńoóprstuúfhyij", "аәбвгғдезкқлмнңоөпрстұүфхыіж", strict=True)),
    **{"ý": "у", "sh": "ш", "ch": "ч"},
}
"""The 2018 alphabet back to Cyrillic ("ı" is и, or й after a vowel: ``to_cyrillic``)."""


_ONLY_2021 = frozenset("äğñöūüşç")
_2021_I = str.maketrans({"i": "ı", "ı": "i"})


def to_cyrillic(word: str) -> str:
    """A word of the 2018 or 2021 alphabet (lower case) in Cyrillic, as the Kazakh dictionary and the
    name lists write it ("ánsar" is "әнсар", "jańa" "жаңа", "qaırat" "қайрат"); letters of no
    Kazakh word stay as they are."""
    lower = word.casefold()
    if any(c in _ONLY_2021 for c in lower):
        lower = lower.translate(_2021_I)  # 2021: "i" is и and й, "ı" is і (2018 the other way round)
    units = _units(marks_as_2018(lower))
    letters = []
    for index, unit in enumerate(units):
        if unit == "ı":
            after = units[index + 1] if index + 1 < len(units) else ""
            letters.append("й" if index and units[index - 1] in _VOWELS and after not in _VOWELS else "и")
        else:
            letters.append(_2018_TO_CYRILLIC.get(unit, unit))
    return "".join(letters)


def latin_spellings(word: str) -> frozenset[str]:
    """A Cyrillic word in lower case as each Latin spelling writes it: 2018, 2021 (і as "ı" and as
    "i"), ASCII ("Айгерім" is "aıgerim", "aigerım", "aigerim")."""
    lower = word.casefold()
    typed_2021 = "".join("i" if c == "і" else CYRILLIC_TO_2021.get(c, c) for c in lower)
    return frozenset({to_2018(lower), to_2021(lower), typed_2021, to_ascii(lower)})


@lru_cache(maxsize=4096)
def from_2018(word: str) -> frozenset[str]:
    """A word of the 2018 alphabet (lower case) in every spelling: itself, 2021 and ASCII, with the
    usual ASCII choices ("aıtty" -> "aitty", "aytty"; "qaryndasy" -> "karyndasy"; "jaýaby" ->
    "zhauaby"). A word in plain ASCII gives its ASCII variants too ("jylady" -> "zhylady")."""
    lower = word.casefold()
    found = {lower}
    units = _units(lower)
    for table in (FROM_2018_TO_2021, FROM_2018_TO_ASCII):
        choices = [table.get(unit, (unit,)) for unit in units]
        if table is FROM_2018_TO_ASCII:
            for index, unit in enumerate(units):
                after = units[index + 1] if index + 1 < len(units) else ""
                if unit == "ı" and index and units[index - 1] in _VOWELS and after not in _VOWELS:
                    choices[index] = _CODA_Y
        for count, parts in enumerate(product(*choices)):
            if count >= _MAX_VARIANTS:
                break
            found.add("".join(parts))
    return frozenset(found)


def spellings_of(*words: str) -> tuple[str, ...]:
    """Words of the 2018 alphabet (endings too) in every spelling, longest first, for an alternation
    ("nyń" gives "nyń", "nyñ", "nyn"; "naǵyz" gives "naǵyz", "nağyz", "nagyz")."""
    spellings = {spelling for word in words for spelling in from_2018(word)}
    return tuple(sorted(spellings, key=lambda spelling: (-len(spelling), spelling)))


def _units(word: str) -> list[str]:
    """The letters of a 2018 word, "sh" and "ch" as one."""
    units: list[str] = []
    index = 0
    while index < len(word):
        pair = word[index : index + 2]
        if pair in _DIGRAPHS:
            units.append(pair)
            index += 2
        else:
            units.append(word[index])
            index += 1
    return units
