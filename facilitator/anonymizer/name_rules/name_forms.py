"""Forms made from a listed name: pet forms of the roster's names, short names with a Russian case,
a truncated name, a nickname inside a longer name, the accusative, genitive and possessive of a name."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.name_lists import first_names
from facilitator.anonymizer.name_rules.word_bases import _all_endings
from facilitator.anonymizer.profiles import endings_for, profile, union
from facilitator.anonymizer.skeleton import skeleton


def _short_name_with_case(word: str, names: dict[str, str]) -> str | None:
    """The key of the name of ``names`` (as written) that ``word`` is, with a case ending of two letters
    or more after it ("Aıannyń" beside "Aıan"), or None."""
    lower = word.casefold()
    for name, key in names.items():
        if (
            lower.startswith(name)
            and len(lower) - len(name) >= 2
            and skeleton(lower[len(name) :]) in _all_endings()
        ):
            return key
    return None


_PET_ENDINGS = ("eke", "ke", "ka", "ko", "ik", "chik", "jan", "sha", "ha", "a", "ja")
"""Skeletons of the region's pet endings after a name's first syllable: Kazakh -еке/-ке (Нұреке,
Ержеке, Бауке), Russian -ка/-ко/-ик/-чик/-ша/-ха/-я (Дико, Санька, Сашка, Нурик, Данчик, Миша,
Леха, Саня), -жан (Айжан, Санжан)."""
_SYLLABLE = re.compile(r"^[^aeiou]*[aeiou]")


def _pet_forms(keys: frozenset[str], taken: frozenset[str]) -> dict[str, str]:
    """The pet forms of the roster's first names (``keys``, skeletons), made by the region's
    morphology: the first syllable, open or closed by one or two consonants ("di", "did"; "er",
    "erj"), and a pet ending ("diko", "ereke", "erjeke", "nureke", "sanja"), to the key of the one
    person it may stand for; none of four letters or fewer than the syllable allows, none that is a
    roster word or short form itself (``taken``), none two people share."""
    found: dict[str, set[str]] = {}
    for key in keys:
        opening = _SYLLABLE.match(key)
        if opening is None:
            continue
        syllables = {opening.group()}
        rest = key[opening.end() :]
        for size in (1, 2):
            if len(rest) > size and not any(c in "aeiou" for c in rest[:size]):
                syllables.add(opening.group() + rest[:size])
        if len(rest) > 2 and rest[0] in "ui":
            syllables.add(opening.group() + rest[0])  # a glide closes it: "bau" (Бауыржан), "kai"
        for syllable in syllables:
            if len(syllable) < 2:
                continue
            for ending in _PET_ENDINGS:
                pet = syllable + ending
                if len(pet) >= 4 and pet != key and pet not in taken:
                    found.setdefault(pet, set()).add(key)
    return {pet: next(iter(owners)) for pet, owners in found.items() if len(owners) == 1}


@cache
def pet_form_shapes() -> frozenset[str]:
    """Every pet form ``_pet_forms`` makes of any listed first name, shared or not (skeletons)."""
    return frozenset(pet for name in first_names() for pet in _pet_forms(frozenset({name}), frozenset()))


_NICKNAME = re.compile(r"^([^aeiou]*[aeiou](?:[^aeiou]|[iu](?=k))?)(ke|ka|ek|ik|chik|ush|sh|tai)")


@lru_cache(maxsize=50_000)
def _nickname_of(shape: str, names: frozenset[str]) -> str:
    """``NameFinder._nickname``, kept for each skeleton (asked of a word in every look at it)."""
    found = _NICKNAME.match(shape)
    if not found or len(found.group(1)) < 2:
        return ""
    rest = shape[found.end() :]
    if rest and rest not in endings_for(False) and rest not in endings_for(True):
        return ""
    prefix = found.group(1)
    return prefix + found.group(2) if _a_longer_name_starts(prefix, names) else ""


@lru_cache(maxsize=20_000)
def _a_longer_name_starts(prefix: str, names: frozenset[str]) -> bool:
    """A name of ``names`` starts with ``prefix`` and is two letters longer at least (asked once a
    prefix: it reads every name)."""
    return any(name.startswith(prefix) and len(name) > len(prefix) + 1 for name in names)


_TRUNCATED_STEMS = (4, 5)
"""The lengths of a truncated name's stem ("Ербо", "Дани", "Айгу")."""


@lru_cache(maxsize=50_000)
def _truncated_name(shape: str, names: frozenset[str]) -> bool:
    endings = _all_endings()
    longest = _longest_with_prefix(names)
    for cut in range(len(shape), 3, -1):
        stem = shape[:cut]
        if cut > 5 or shape[cut:] not in endings or stem[-1] not in "aeiou" or stem in names:
            continue
        if longest.get(stem, 0) >= cut + 2:  # a name starts with the stem, two letters longer at least
            return True
    return False


@cache
def _longest_with_prefix(names: frozenset[str]) -> dict[str, int]:
    """For each beginning of ``names`` as long as a truncated name's stem, the longest name that
    starts with it (built once: asking every name for each word cost a tenth of a long note)."""
    longest: dict[str, int] = {}
    for name in names:
        for cut in _TRUNCATED_STEMS:
            if len(name) >= cut:
                longest[name[:cut]] = max(longest.get(name[:cut], 0), len(name))
    return longest


def _russian_genitive_of(shape: str, base: str) -> bool:
    """``shape`` is a Russian genitive of the name ``base`` (skeletons): "romana" of "roman", "slavi"
    of "slava", "kati" of "katia"."""
    stems = {base, base[:-1]} if base[-1:] in ("a", "e") else {base}
    if base.endswith("ia"):
        stems.add(base[:-2])
    return any(shape == stem + ending for stem in stems for ending in ("a", "i", "ia"))


def _possessive_of_a_name(lower: str) -> str:
    """The first name (a listed one or a short form) whose Russian possessive adjective ``lower`` is,
    as the dictionary reads it ("лёвин" of Лёва, "димина" of Дима), or "" ("машина" is a car too)."""
    owned = lexicon.russian_possessive(lower)
    if not owned.endswith("ин"):
        return ""
    for vowel in ("а", "я"):
        shape = skeleton(owned[:-2] + vowel)
        if shape in first_names():
            return shape
    return ""


_ACCUSATIVE = re.compile(r"(?:[ндт][ыіиуү]|[ndt][yiıu]|ро|ro)$")
"""The accusative as written (Kazakh, Kyrgyz, Uzbek "-ны", "-ді", "-ту", "-ni"; Tajik "-ро"): read
on the letters, not the skeleton, where "бақытты" (the accusative) and "бақыты" (his happiness)
are one."""


def accusative_of(word: str, base: str) -> bool:
    """``word`` is the accusative of the name ``base`` (a skeleton): "эркинди" of erkin, "бақытты"
    of bakit, "шодмонро" of shodmon; not "бақыты" (his happiness)."""
    ending = _ACCUSATIVE.search(word.casefold())
    return ending is not None and len(word) - 2 >= 3 and skeleton(word[: ending.start()]) == base


"""Skeletons of the Kazakh and Kyrgyz comitative ("алтынмен", "нурмен", "менен")."""


_SHORT_CASES = (
    ("oi", "a"),
    ("ou", "a"),
    ("ei", "a"),
    ("i", "a"),
    ("e", "a"),
    ("u", "a"),
    ("om", ""),
    ("em", ""),
    ("a", ""),
    ("u", ""),
    ("e", ""),
)
"""Russian case endings, as skeletons, of a name in -а/-я (Вика: вики, вике, вику, викой; Катя: кати,
катю, катей) and of one in a consonant (Диас: диаса, диасу, диасом, диасе), each with what the
name's own form ends with."""


def _short_name_base(shape: str, names: frozenset[str]) -> str | None:
    """The listed name of a three-letter stem that the skeleton is a Russian case form of."""
    for ending, vowel in _SHORT_CASES:
        stem = shape[: -len(ending)]
        if shape.endswith(ending) and len(stem) == 3 and stem + vowel in names:
            return stem + vowel
    return None


@cache
def _short_case_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The Russian words after which (a person's preposition, a relative, a thing a person owns) and
    before which (a verb of telling or contacting, what is done to a person) a name stands."""
    ru = profile("ru")
    before = ru.person_before | _PERSON_PREPOSITIONS | frozenset(ru.kin) | ru.owned_after | ru.person_nouns
    after = ru.person_after | ru.oblique_after | ru.speech | frozenset(ru.contacting)
    return frozenset(before), frozenset(after) - union("conjunctions")


_PERSON_PREPOSITIONS = frozenset({"с", "со", "у", "к", "ко", "от"})
"""Russian prepositions before a person in a case ("с даниром", "у азамата")."""
