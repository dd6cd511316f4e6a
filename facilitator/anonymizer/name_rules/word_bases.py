"""A word's script and the bases it can be a form of: a name with the region's case endings
(``base_of``), the endings and stems of the region, the Kazakh dictionary's readings of a stem."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from facilitator.anonymizer import kazakh_spellings, lexicon
from facilitator.anonymizer.profiles import endings_for
from facilitator.anonymizer.skeleton import skeleton

_PLURALS = ("lar", "ler", "dar", "der", "tar", "ter")
"""The Turkic plural after a stem, as skeletons."""


_RUSSIAN_CASE = re.compile("(?:ой|ою|ей|ею|е|у|ю|ы|и)$")


_LATIN_HEAD_CASE = re.compile(r"(?P<head>[A-Za-z][a-z]+)['’ʼ](?P<tail>[а-яёәғқңөұүһі]{1,5})$")
"""A Latin word, an apostrophe, a Cyrillic case ending: "Arman'у", "Max'а", "Dana'ға"."""
_RUSSIAN_SPELLING = re.compile(r"[а-яё'-]+")
"""A word written only in the letters of Russian: the only words the Russian dictionary can guess."""


def _is_latin(word: str) -> bool:
    return word[:1].isascii() or word[:1] in _LATIN_FIRST


_LATIN_FIRST = "Í" + kazakh_spellings.LETTERS
"""Letters a Latin word may start with beyond ASCII: Kazakh's (either alphabet) and "Í"."""


@lru_cache(maxsize=200_000)
def base_of(word: str, bases: frozenset[str], min_inflected: int = 4) -> str | None:
    """The name in ``bases`` that ``word`` is a form of (an inflection or a spelling), if any.

    Short names match only as written: "Ли" is a name, "Лиза" is not "Ли" with an ending.
    """
    for candidate in _base_candidates(word, min_inflected):
        if candidate in bases:
            return candidate
    return None


@lru_cache(maxsize=50_000)
def _base_candidates(word: str, min_inflected: int) -> tuple[str, ...]:
    """Every base ``word`` can be a form of, in the order ``base_of`` tries them: they depend on the
    word alone, so they are worked out once a word, not once for each set of bases asked about."""
    shape = skeleton(word)
    found = [shape]
    lower = word.casefold()
    if lower[-1:] in ("я", "ю") and lower[-2:-1] in ("а", "е", "о", "у") and len(lower) > min_inflected:
        # "Абылая", "Николаю", "Алексея": a name in -ай, -ей, -ой in the genitive or dative (the
        # skeleton writes "ая" as one "a", so only the word as written shows the -й)
        found.append(skeleton(lower[:-1] + "й"))
    endings = endings_for(_is_latin(word))
    for cut in range(len(shape) - 1, min_inflected - 1, -1):
        stem, ending = shape[:cut], shape[cut:]
        if ending in ("di", "ti") and stem[-1:] in ("a", "e", "o"):
            # after a vowel the Turkic accusative is "-ны"/"-ni" ("Айдананы"), so a vowel and "-di"
            # is a verb's ending ("boradi", "qoladi", "барады": goes, stays), not a name's (the Kazakh
            # у is a glide, "Нұрсұлуды", and so is the й the skeleton writes "i", "Абылайды")
            continue
        # "Ерланнан" is Ерлан + нан, whose doubled н the skeleton wrote once
        if ending in endings or stem[-1:] + ending in endings:
            found.append(stem)
            # Жақсылық -> Жақсылығы: қ and п are voiced before a vowel
            found.append(stem[:-1] + {"g": "k", "b": "p"}.get(stem[-1:], stem[-1:]))
            found.extend(stem + vowel for vowel in ("a", "e", "i"))  # Дильноза -> Дильнозы; Али -> Алиге
            if stem.endswith("nk"):  # Ткаченко -> Ткаченкам, Шевченкой
                found.append(stem + "o")
    return tuple(dict.fromkeys(found))


@cache
def _all_endings() -> frozenset[str]:
    return endings_for(False) | endings_for(True)


_CAPITALS_THEN_ENDING = re.compile(
    r"(?P<head>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮ]{2,5})-?(?P<tail>[a-zа-яёәғқңөұүһіўҳҷӣӯ]{1,5})"
)
"""Two to five capitals, then lower-case letters: "ЦОНго", "УВДга", "ЦОНе", "IDге"."""


@lru_cache(maxsize=10_000)
def abbreviation_with_ending(word: str, names: frozenset[str]) -> bool:
    """An abbreviation in capitals with a case ending in lower case ("ЦОНго барыш керек": to the
    public service centre; "в ЦОНе"): no name, unless its capitals spell one of ``names`` (a name
    typed in capitals, "АЙБЕКке")."""
    match = _CAPITALS_THEN_ENDING.fullmatch(word)
    if match is None or skeleton(match["tail"]) not in _all_endings():
        return False
    return base_of(match["head"], names) is None


@lru_cache(maxsize=50_000)
def _stems(shape: str) -> tuple[str, ...]:
    """The stems of a name's skeleton without an ending of the region ("jalgastin" -> "jalgas")."""
    endings = _all_endings()
    return tuple(shape[:cut] for cut in range(len(shape) - 1, 3, -1) if shape[cut:] in endings)


def _kazakh_reading(lower: str) -> bool:
    """The Kazakh dictionary holds ``lower``, or a stem of it before an ending (no name list asked)."""
    words = lexicon.kazakh_words()
    return lower in words or _held_with_ending(lower, words, endings_for(False))


def _kazakh_skeleton_reading(shape: str) -> bool:
    """The same for a skeleton (a word in the Latin alphabet)."""
    words = lexicon.kazakh_skeletons()
    endings = _all_endings()
    return shape in words or any(
        shape[:cut] in words and shape[cut:] in endings for cut in range(len(shape) - 1, 2, -1)
    )


def _kazakh_plural(lower: str) -> bool:
    """``lower`` is a word of the Kazakh dictionary (three letters at least) in the plural, maybe with
    an ending after it ("басқалар", "бастықтар", "басқаларға"): a pet name takes no plural. Not a
    name whose letters hold a word and "-тар" before more letters ("Тоқтархан": тоқ + тар + хан)."""
    words = lexicon.kazakh_words()
    return any(
        lower[:cut] in words and _plural_ending(skeleton(lower[cut:])) for cut in range(len(lower) - 3, 2, -1)
    )


def _plural_ending(rest: str) -> bool:
    """``rest`` (a skeleton) is the plural, alone or before an ending of the region."""
    return any(rest.startswith(p) and (rest == p or rest[len(p) :] in _all_endings()) for p in _PLURALS)


def _held_with_ending(lower: str, held: frozenset[str], endings: frozenset[str]) -> bool:
    """``lower`` is a word of ``held`` (a stem of three letters at least) and one of ``endings``."""
    return any(
        lower[:cut] in held and skeleton(lower[cut:]) in endings for cut in range(len(lower) - 1, 2, -1)
    )


def _strip_case(shape: str) -> str:
    for ending in ("om", "em", "oi", "ei", "ou", "u", "a", "e", "i"):
        if shape.endswith(ending) and len(shape) - len(ending) >= 3:
            return shape[: -len(ending)]
    return shape


_CASE_ENDINGS = frozenset(
    {
        *("ga", "ge", "ka", "ke", "go", "ko"),  # dative: ағаға, akaga, байкеге, эжеге
        *("nin", "din", "tin", "nun", "dun", "tun", "ning"),  # genitive: ағайдың, akaning
        *("ni", "di", "ti", "nu", "du", "tu"),  # accusative: ағайды, akani
        *("da", "de", "ta", "te", "do", "to"),  # locative
        *("dan", "den", "tan", "ten", "nan", "nen", "don", "ton"),  # ablative
        *("men", "ben", "pen", "menen", "benen", "penen"),  # comitative: апаймен
        "ro",  # Tajik object: акаро
    }
)
"""Skeletons of the case endings an honorific takes after a name (the person's case), not the plural
or a possessive ("аталар", "ағасы", "эжесин": other words)."""
