"""What the dictionaries read a word as: a common word of English, Russian or Kazakh, a word that
is never a name, a Russian verb, adjective or predicate, a word no dictionary knows."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.name_lists import _older_bases, list_names, name_words
from facilitator.anonymizer.name_rules.person_words import _person_nouns
from facilitator.anonymizer.name_rules.word_bases import (
    _all_endings,
    _is_latin,
    _kazakh_reading,
    _kazakh_skeleton_reading,
    base_of,
)
from facilitator.anonymizer.profiles import endings_for, union
from facilitator.anonymizer.skeleton import skeleton


def _an_abstract_or_heading(lower: str) -> bool:
    """A Russian word whose dictionary forms hold an abstract name-word or a heading's word ("вере",
    "надежде", "теме"): "Вере я не верю" is faith, not Вера."""
    forms = lexicon.normal_forms(lower)
    return bool(forms & (union("abstract_names", "label_words")))


@cache
def _english_cues() -> frozenset[str]:
    """English words after a word that say it is a word ("Hope is"): they say it only of English words."""
    from facilitator.anonymizer.profiles import profile

    return profile("en").word_after - profile("kk-latn").word_after - profile("uz").word_after


def _a_word(word: str) -> bool:
    """A dictionary (English, Russian), a name-word list or the never-a-name list reads ``word`` as a
    word, or it is a word for a person."""
    lower = word.casefold()
    if lower in lexicon.not_names() or base_of(word, _person_nouns(), min_inflected=3) is not None:
        return True
    if base_of(word, name_words(_is_latin(word))) is not None:
        return True
    if _is_latin(word):
        return lower in lexicon.english_words()
    name = lexicon.russian_word_name_share(lower)
    return name is not None and name < 0.3


@lru_cache(maxsize=50_000)
def _unknown_word(lower: str, as_written: bool = False) -> bool:
    """No dictionary reads ``lower`` as a word (Russian, Kazakh in either alphabet, English), and it is
    no listed name-word ("арман") nor a word that is never a name. ``as_written``: no stem and
    ending is read into it, the dictionaries asked for the word as it is."""
    if lower in lexicon.not_names() or base_of(lower, name_words(_is_latin(lower))) is not None:
        return False
    if _is_latin(lower):
        english = lexicon.english_words()
        shape = skeleton(lower)
        kazakh = shape in lexicon.kazakh_skeletons() if as_written else _kazakh_skeleton(shape)
        return lower not in english and lower.rstrip("s") not in english and not kazakh
    known, _name, _place = lexicon.russian(lower)
    if as_written:
        return not known and lower not in lexicon.kazakh_words()
    return not known and not _kazakh_word(lower) and not _russian_compound(lower)


def no_word_reads(lower: str) -> bool:
    """``_unknown_word``: no dictionary reads ``lower`` as a word, with or without an ending."""
    return _unknown_word(lower)


def no_word_as_written(lower: str) -> bool:
    """``_unknown_word`` of the word as it is written: a pet ending reads like a case ending, so no
    stem and ending is read into it ("баука" is no "бау" + "қа")."""
    return _unknown_word(lower, as_written=True)


_COMPOUND_HEADS = (
    "соц",
    "мед",
    "гос",
    "гор",
    "рай",
    "обл",
    "спорт",
    "проф",
    "пед",
    "юр",
    "тех",
    "зав",
    "орг",
    "пром",
    "спец",
    "студ",
    "полит",
    "культ",
    "вет",
    "фин",
    "хоз",
    "нарко",
    "энерго",
    "турист",
    "инфо",
    "психо",
)
"""Shortened first words that Russian glues to a noun ("соцслужба", "медсестра", "госорганы",
"райотдел", "профком", "спортзал"), written once each."""


@lru_cache(maxsize=10_000)
def _russian_compound(lower: str) -> bool:
    """A Russian compound of a shortened word and a noun the dictionary reads, in any case
    ("соцслужбой", "медсестрой", "райотдела"): a word, though the dictionary does not hold it whole."""
    for head in _COMPOUND_HEADS:
        if lower.startswith(head) and len(lower) - len(head) >= 4:
            known, name, place = lexicon.russian(lower[len(head) :])
            if known and name < 0.3 and place < 0.5:
                return True
    return False


def _any_kazakh_word(lower: str) -> bool:
    """The Kazakh dictionary reads ``lower`` (any alphabet), maybe with an ending."""
    return _kazakh_word(lower) or _kazakh_skeleton(skeleton(lower))


def _kazakh_skeleton(shape: str) -> bool:
    """A Kazakh word in any alphabet, maybe with an ending ("týraly", "sóılestik")."""
    if shape in lexicon.kazakh_skeletons():
        return True
    # a listed name is no guess of a stem and an ending: "шурик" is no "шұр" + "ық"
    return shape not in list_names() and _kazakh_skeleton_reading(shape)


_BASE_READING = 0.2
"""How much of the dictionary's readings of a lower-case word must be the name's form for
``_another_russian_word`` to leave it to the name."""


def _another_russian_word(lower: str, base: str) -> bool:
    """The Russian dictionary reads ``lower`` mostly as a word other than a noun ("жила": lived,
    "сама", "пятью"), or as a noun whose dictionary form is mostly not the name ``base`` ("жильём":
    жильё; "зале": зал far more often than зала); not "диасу" (read as a noun "диас"), "вики",
    "лену" (a name among the readings)."""
    readings = lexicon.russian_readings(lower)
    if not readings:
        return False
    if sum(score for pos, _form, score in readings if pos != "NOUN") > 0.3:
        return True
    as_base = sum(score for _pos, form, score in readings if skeleton(form) == base)
    return lexicon.russian(lower)[1] == 0 and as_base < _BASE_READING


@lru_cache(maxsize=10_000)
def _an_adjective(lower: str) -> bool:
    """The dictionary's first reading of the Russian ``lower`` is a full adjective ("настоящий",
    "каждый")."""
    readings = lexicon.russian_readings(lower)
    return bool(readings) and readings[0][0] == "ADJF"


def _not_a_name(word: str) -> bool:
    """On the list of words that are never a person, also in the English plural ("Saturdays"); or an
    English contraction ("Don't", "Didn't", "We're", "I'll"), whatever name its first part spells."""
    lower = word.casefold()
    never = lexicon.not_names()
    if _is_latin(word) and _CONTRACTION.search(lower):
        return True
    return lower in never or (_is_latin(word) and lower.endswith("s") and lower[:-1] in never)


_CONTRACTION = re.compile(r"(?:n['’]t|['’](?:re|ve|ll|m|d))$")


@lru_cache(maxsize=50_000)
def _kazakh_word(lower: str) -> bool:
    """The Kazakh dictionary knows ``lower`` or its stem before an ending ("мектепке", "шұғыл")."""
    if lower in lexicon.kazakh_words():
        return True
    # a listed name is a word only as the dictionary holds it: "жека" is no "жек" + "а"
    return skeleton(lower) not in list_names() and _kazakh_reading(lower)


@lru_cache(maxsize=50_000)
def russian_word_with_turkic_ending(lower: str) -> bool:
    """A word of the Russian dictionary, no name, place nor listed name, with a Kazakh, Kyrgyz or
    Uzbek case ending on it: a borrowed noun in a Turkic sentence ("координаторға", "психологго",
    "директорга")."""
    if _is_latin(lower):
        return False
    endings = endings_for(False)
    for cut in range(len(lower) - 1, 4, -1):
        stem = lower[:cut]
        if skeleton(lower[cut:]) not in endings or skeleton(stem) in list_names():
            continue
        known, name, place = lexicon.russian(stem)
        if known and name < 0.3 and place < 0.3:
            return True
    return False


def kazakh_paired_word(lower: str) -> bool:
    """``lower`` is a Kazakh paired word, each part of it a word the Kazakh dictionary reads, maybe
    with an ending ("ата-анасының": the parents', "аға-інісі", "бала-шағасы"): no name, though the
    Russian dictionary guesses one for the whole."""
    parts = lower.split("-")
    return len(parts) >= 2 and all(len(part) >= 2 and _kazakh_word(part) for part in parts)


@lru_cache(maxsize=50_000)
def _kazakh_dictionary_name(lower: str, base: str) -> bool:
    """The Kazakh dictionary holds the listed name ``base`` itself as a word, and ``lower`` is it or
    it with an ending ("алма", "алмаға": an apple). The Kazakh list was written without the older
    name lists' names, so this speaks of the names brought in since."""
    if base not in _older_bases() and (
        _kazakh_skeleton_reading(skeleton(lower))
        if _is_latin(lower)
        # Kazakh typed on a Russian keyboard ("сураганда" for "сұрағанда"): the skeleton reads it
        else _kazakh_reading(lower) or (skeleton(lower) != base and _kazakh_skeleton_reading(skeleton(lower)))
    ):
        return True  # a name the older list lacks, read as a word and an ending: "тұрсын", "көзімді"
    if _is_latin(lower):  # either alphabet: a skeleton
        shapes = lexicon.kazakh_skeletons()
        return base in shapes and (skeleton(lower) == base or skeleton(lower)[len(base) :] in _all_endings())
    words = lexicon.kazakh_words()
    if lower in words:
        return True
    endings = endings_for(False)
    return any(
        lower[:cut] in words and skeleton(lower[:cut]) == base and skeleton(lower[cut:]) in endings
        for cut in range(len(lower) - 1, 2, -1)
    )


def _common_word(word: str, text: str, start: int, end: int) -> bool:
    """The dictionary of the sentence's language reads a lower-case ``word`` as a common word."""
    lower = word.casefold()
    if _is_latin(word):
        return lower in lexicon.english_words()
    known, name_p, _place = lexicon.russian(lower)
    return known and name_p < 0.3


def _a_russian_verb(lower: str) -> bool:
    """The Russian dictionary reads ``lower`` as a verb or an infinitive ("позвонить", "спросить")."""
    return any(part in ("VERB", "INFN") for part, _form, _score in lexicon.russian_readings(lower))


_PREDICATES = frozenset({"ADJS", "PRTS", "VERB", "INFN", "GRND", "INTJ"})
"""Russian parts of speech that are no sentence's subject nor its opening adverb or pronoun."""


@lru_cache(maxsize=10_000)
def _no_subject_in_russian(lower: str) -> bool:
    """Every reading the Russian dictionary has of ``lower`` is a predicate's form (``_PREDICATES``:
    "нема", a short adjective), none a noun, a pronoun, an adverb or a particle."""
    readings = lexicon.russian_readings(lower)
    return bool(readings) and all(part in _PREDICATES for part, _form, _score in readings)


def a_russian_name_form(word: str) -> bool:
    """The Russian dictionary reads ``word`` as an oblique case of a given name, and not as a place
    ("Дарье", "Дарью", "Дарьи": Дарья, though "Дарьи" spells the language Dari of the region's
    places; the lists inflect no stem of three letters). Not a word in its own form ("Алай": the
    valley, though a name too)."""
    if _is_latin(word):
        return False
    lower = word.casefold()
    known, name_p, place_p = lexicon.russian(lower)
    return known and name_p >= 0.9 and place_p < 0.5 and lower not in lexicon.normal_forms(lower)
