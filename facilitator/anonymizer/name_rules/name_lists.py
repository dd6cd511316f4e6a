"""The name lists: first names, surnames, short forms and the region's given names in every spelling,
the names that are also words, and a lower-case word written as a listed name of its script."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from facilitator.anonymizer import kazakh_spellings, lexicon
from facilitator.anonymizer.name_rules.person_words import _GROUPS, _grammar_words, _kin_nouns, _person_nouns
from facilitator.anonymizer.name_rules.word_bases import (
    _RUSSIAN_CASE,
    _held_with_ending,
    _is_latin,
    _kazakh_reading,
    base_of,
)
from facilitator.anonymizer.profiles import endings_for, union
from facilitator.anonymizer.skeleton import skeleton

SURNAME = re.compile(
    r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮ][\w-]*(?:ов|ова|ев|ева|ёв|ёва|ин|ина|улы|ұлы|уулу|кызы|қызы|ович|овна|евич|евна"
    r"|ovich|ovna|evich|evna|ova|ov|eva|ev|uly|uulu|kyzy|qyzy|ulı|qızı|zoda|зода|заде|yev|yeva|iyev|iyeva"
    r"|bekov|bekova|беков|бекова|баев|баева|baev|baeva|bayev|bayeva)$"
)
MIN_LIST_NAME = 3


@cache
def list_names() -> frozenset[str]:
    """The skeletons of the listed first names, surnames and short forms of first names."""
    return _full_names() | _short_names()


@cache
def first_names() -> frozenset[str]:
    """The skeletons of the listed first names (both lists, every spelling) and their short forms."""
    return lexicon.word_list("first_names.txt") | _region_bases() | _short_names()


@cache
def _older_bases() -> frozenset[str]:
    """The skeletons of the older, reviewed name lists (first_names.txt, surnames.txt, the short
    forms): what the region's list adds is read more warily."""
    return lexicon.word_list("first_names.txt") | lexicon.word_list("surnames.txt") | _short_names()


@cache
def _region_bases() -> frozenset[str]:
    return frozenset(skeleton(form) for form in _region_forms())


@cache
def _region_forms() -> tuple[str, ...]:
    """Every spelling of the region's given names (data/names_region.tsv, with the variants
    ``spelling_variants`` adds), less those that are a word for a person or a relative, a word of
    the profiles' grammar, a place or a word that is never a name: "Бала", "Адам" and "Ата" stay
    what the profiles say they are. The hand-made places only: the countries' list is made to hold no
    listed name (scripts/make_country_names.py reads these names), so it cannot take one away."""
    taken = (
        _person_nouns()
        | frozenset(skeleton(w) for w in _kin_nouns() | _grammar_words() | union("honorifics"))
        | union("particles")
        | lexicon.word_list("places.txt")
    )
    found: dict[str, None] = {}
    for written, _group, _word in lexicon.region_names():
        for form in written:
            for variant in spelling_variants(form):
                if skeleton(variant) not in taken and variant.casefold() not in lexicon.not_names():
                    found[variant] = None
    return tuple(found)


_IYO = re.compile("(?<=[иИ])[ёя]")


def spelling_variants(form: str) -> tuple[str, ...]:
    """``form`` and the spellings of it that another alphabet's habit gives: Uzbek "иё" is Russian
    and Kazakh "ия" (Бахтиёр, Бахтияр; Зиёда, Зияда). Kazakh letters and Russian passport
    spelling (Нұрлан, Нурлан; Гүлшат, Гульшат) are one written form already (``_plain_cyrillic``),
    and Latin spellings one skeleton."""
    swapped = _IYO.sub(lambda m: "я" if m.group() == "ё" else "ё", form)
    return (form,) if swapped == form else (form, swapped)


def short_forms() -> frozenset[str]:
    """The skeletons of the short forms of first names that are listed names (``list_names``)."""
    return _short_names()


@cache
def _written_short_forms() -> frozenset[str]:
    """The short forms as written (lower case, Kazakh letters as their Russian look-alikes) that no
    list of first names or surnames writes so ("асик": the list has only "Asik")."""
    full = frozenset(_plain_cyrillic(w) for w in _list_lines(short=False))
    return (
        frozenset(_plain_cyrillic(w) for w in lexicon.short_form_words() if skeleton(w) in _short_names())
        - full
    )


def written_short_form(word: str, base: str) -> bool:
    """``word`` (a form of the listed ``base``) is a form of a short or pet form of a first name that
    no list has as a full name, or is written as a short form and as no listed full name ("асик": the
    list has "Asik")."""
    if base in _short_names() and base not in _full_names():
        return True  # "жекой", "zheka": a form of a short form that no list has as a full name
    return not _is_latin(word) and _plain_cyrillic(word) in _written_short_forms()


@cache
def _full_names() -> frozenset[str]:
    return lexicon.word_list("first_names.txt") | lexicon.word_list("surnames.txt") | _region_bases()


def _short_names() -> frozenset[str]:
    """The short forms of first names (data/diminutives.txt) that are listed names: not those spelt
    like a Kazakh or English word ("Толик" is written like "толық", full; "Азик" like "азық", food),
    which are names only on a roster or beside their full name in a session."""
    return frozenset(lexicon.short_forms())


@cache
def name_words(latin: bool) -> frozenset[str]:
    """Names that are also words, written in Latin (``latin``) or in Cyrillic script."""
    # a Kazakh, Kyrgyz, Uzbek or Tajik name-word is a word in either script ("жеңіс", "jeńis")
    return frozenset(
        word
        for word, section, in_latin in _name_word_lines()
        if in_latin == latin or not section.startswith(_SCRIPT_BOUND)
    )


_SCRIPT_BOUND = ("russian", "english", "inflected", "of russian", "european", "words of the region in their")
"""Sections of name-words that are words in their own script only ("роман" is no word in Latin)."""


@cache
def regional_name_words() -> frozenset[str]:
    """Name-words of Kazakh, Kyrgyz, Uzbek and Tajik: in Russian text these are names ("Жасур")."""
    regional = ("kazakh", "kyrgyz", "uzbek", "tajik", "tatar", "uyghur")
    russian = frozenset(word for word, section, _latin in _name_word_lines() if section.startswith("russian"))
    return (
        frozenset(word for word, section, _latin in _name_word_lines() if section.startswith(regional))
        - russian
    )  # "Роза" is a Russian word too


@cache
def _name_word_lines() -> list[tuple[str, str, bool]]:
    lines: list[tuple[str, str, bool]] = []
    section = ""
    for line in lexicon._data("name_words.txt").splitlines():
        if line.startswith("# ==="):
            section = line.strip("# =").strip().casefold()
            continue
        word = line.split("#", 1)[0].strip()
        if word:
            lines.append((skeleton(word), section, _is_latin(word)))
    # the region's names marked as everyday words, in every spelling ("бақыт", "baqyt", "bakyt")
    region = frozenset(_region_forms())
    older = lexicon.word_list("first_names.txt")
    for written, group, word_too in lexicon.region_names():
        # a name of the older, reviewed list keeps its word or name reading ("Серік", "Нодир")
        if word_too and skeleton(written[0]) not in older:
            section = _GROUPS.get(group, group)
            lines += [(skeleton(f), section, _is_latin(f)) for f in written if f in region]
    return lines


@cache
def _written_names() -> tuple[frozenset[str], frozenset[str]]:
    """The list names as written, lower case, in Cyrillic; and the skeletons of those written in Latin
    and of every name as ASCII spells it."""
    cyrillic: set[str] = set()
    latin: set[str] = set()
    for name in _list_lines():
        if _is_latin(name):
            latin.add(skeleton(name))
        else:
            cyrillic.add(_plain_cyrillic(name))
            # "zharas", "omirzak": a name listed in Cyrillic only, as it is typed in ASCII
            latin.add(skeleton(kazakh_spellings.to_ascii(name)))
    return frozenset(cyrillic), frozenset(latin)


_PLAIN = str.maketrans("әғқңөұүһіёўҳҷӣӯ", "агкноуухиеухжиу", "ьъ")


def _plain_cyrillic(word: str) -> str:
    """Lower case, the letters of Kazakh, Uzbek and Tajik as their Russian look-alikes ("нұрлан" is
    written like "Нурлан"), no soft or hard sign (Kazakh "Гүлшат" is Russian "Гульшат"); doubled
    letters and other spellings stay apart ("жанна" is not "жана")."""
    return word.casefold().translate(_PLAIN)


def _list_lines(short: bool = True) -> list[str]:
    lines = []
    for source in ("first_names.txt", "surnames.txt"):
        for line in lexicon._data(source).splitlines():
            word = line.split("#", 1)[0].strip()
            if word:
                lines.append(word)
    lines += _region_forms()
    return lines + [w for w in lexicon.short_form_words() if short and skeleton(w) in _short_names()]


@lru_cache(maxsize=50_000)
def written_like_a_name(word: str) -> bool:
    """A lower-case word is a listed name only as a name of its own script is spelt, maybe with an
    ending: "айгерімге", "ерболом", "ulugbekning" are; "жаңа" (Жанна), "тағйир" (Тагир), "және"
    (Jane), "қатын" (Katie), "suraıdy" (Сурайё) are words that only share a skeleton with one."""
    cyrillic, latin = _written_names()
    if _is_latin(word):
        if any(c in _KAZAKH_LATIN for c in word):
            if _kazakh_latin_name(word.casefold()):
                return True
            # "ánsar" (Әнсар, listed as "Ансар"): a name the lists write only in Russian letters, typed
            # with Kazakh letters, is one as in Cyrillic, where no Kazakh word is spelt so ("jańa")
            written = kazakh_spellings.to_cyrillic(word)
            return not _kazakh_reading(written) and _cyrillic_name(_plain_cyrillic(written), cyrillic)
        return base_of(word, latin) is not None
    return _cyrillic_name(_plain_cyrillic(word), cyrillic)


def _cyrillic_name(lower: str, cyrillic: frozenset[str]) -> bool:
    """``lower`` (plain Cyrillic, ``_plain_cyrillic``) is a list name as written, maybe with an ending."""
    if lower in cyrillic:
        return True
    if _held_with_ending(lower, cyrillic, endings_for(False)):
        return True
    # "дилнозе", "с мадиной": a name in -а or -я takes a Russian case ending in its stead (a stem
    # of four letters at least: "және" is no Жана)
    stem, ending = _RUSSIAN_CASE.sub("", lower), _RUSSIAN_CASE.search(lower)
    return ending is not None and len(stem) >= 4 and (stem + "а" in cyrillic or stem + "я" in cyrillic)


_KAZAKH_LATIN = frozenset(kazakh_spellings.LOWER_LETTERS)


@cache
def _kazakh_latin_names() -> frozenset[str]:
    """The list names written with the letters of Kazakh's Latin alphabets, lower case ("aıgerim"), and
    every Cyrillic list name as Kazakh's 2018 and 2021 Latin alphabets spell it ("Қайрат" is "qaırat"
    and "qairat", "Дәурен" "dáýren" and "däuren", "Айнұр" "aınur" and "ainūr"): the lists write such
    names in Russian-style Latin ("Kairat") only."""
    lines = _list_lines()
    written = {n.casefold() for n in lines if any(c in _KAZAKH_LATIN for c in n.casefold())}
    spelt = {s for n in lines if not _is_latin(n) for s in kazakh_spellings.latin_spellings(n)}
    return frozenset(written | spelt)


def kazakh_latin(name: str) -> str:
    """A Cyrillic word in lower case as Kazakh's 2018 Latin alphabet spells it ("Қайраттың" is
    "qaırattyń"; its other spellings: kazakh_spellings)."""
    return kazakh_spellings.to_2018(name)


def _kazakh_latin_name(lower: str) -> bool:
    """A lower-case word with a letter of Kazakh's Latin alphabet is a listed name only as one is
    written in it, maybe with an ending ("jańa" is "new", not Jana)."""
    names = _kazakh_latin_names()
    return lower in names or _held_with_ending(lower, names, endings_for(True))


def places() -> frozenset[str]:
    return lexicon.places()


def a_listed_place(word: str) -> bool:
    """A town, city or region of the lists (places.txt, region_places.txt), itself or with a case
    ending ("Hisor", "Ҳисорда", "Токмокто")."""
    return base_of(word, places()) is not None or base_of(word, lexicon.region_places()) is not None


@cache
def _short_places(region: bool = False) -> frozenset[str]:
    """The places of three letters or fewer ("Ош"; with ``region``, the small places of
    region_places.txt: "Түп", "Тон"): too short for ``base_of``'s inflected forms."""
    return frozenset(p for p in (lexicon.region_places() if region else places()) if len(p) <= 3)


@lru_cache(maxsize=50_000)
def place_base(word: str) -> str | None:
    """The listed place ``word`` is a form of (``base_of``), or a short one's (``short_place_base``);
    a listed given name, as written, is a place only by a place written in its own script ("Руся" is
    no Russia; "Франции" is France's, though Франц is listed: the word is no listed name as written)."""
    place = base_of(word, places()) or short_place_base(word)
    if (
        place is not None
        and place not in lexicon.places_written_in(_is_latin(word))
        and skeleton(word) in list_names()
    ):
        return None
    return place


@lru_cache(maxsize=50_000)
def region_place_base(word: str) -> str | None:
    """The small place of the region (region_places.txt) ``word`` is a form of, where no given name of
    the lists reads it too ("Qo'qonda", "Buvaydadan"; not "Rushan", a place only where a place
    stands, ``anonymizer.region_place``)."""
    if SURNAME.match(word):
        return None  # "Rishtonov": a surname made from a place
    place = base_of(word, lexicon.region_places()) or short_place_base(word, region=True)
    if place is None or place in list_names() or base_of(word, list_names()) is not None:
        return None
    return place


@lru_cache(maxsize=50_000)
def short_place_base(word: str, region: bool = False) -> str | None:
    """The listed place of three letters or fewer that ``word`` is, capitalised, with a case ending
    of two letters or more ("Ошто", "Оштон", "Ошко", "Oshda": in, from, to Osh; with ``region``, a
    small place of the region's: "Түптө", "Тюптөн"), unless it is a listed name's form ("Асан",
    "Асаны" are no forms of the river Аса); ``base_of`` inflects only longer names."""
    shape = skeleton(word)
    if not word[:1].isupper() or len(shape) > 6 or base_of(word, list_names()) is not None:
        return None
    endings = endings_for(_is_latin(word))
    for place in _short_places(region):
        rest = shape[len(place) :]
        if shape.startswith(place) and len(rest) >= 2 and rest in endings:
            return place
    return None


@lru_cache(maxsize=50_000)
def _name_word_base(word: str) -> str | None:
    """The name that ``word`` is a form of, of those that are also words ("алтынмен": алтын) or the
    parts of compound names that are nicknames too ("бек")."""
    return base_of(word, name_words(_is_latin(word))) or base_of(word, _name_parts())


@cache
def _name_parts() -> frozenset[str]:
    """The first parts of compound given names that are names alone too, as nicknames ("бек", "нұр",
    "жан"; not "ай", "ер", "ақ": two letters)."""
    return frozenset(p for p in union("name_parts") if len(p) >= 3)


@cache
def _name_in_russian(base: str) -> bool:
    """A listed name that Russian does not read as a word ("adilet", a Kazakh word, is a name in a
    Russian sentence; "roman", "vera" are words)."""
    russian_words = name_words(False) | name_words(True)
    return base not in russian_words or base in regional_name_words()
