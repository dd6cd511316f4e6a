"""Words for a person, relatives and the profiles' grammar words: their forms ("анасына" of
анасы), the region's plurals of them, and a word that may be the subject for a person."""

from __future__ import annotations

from functools import cache, lru_cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.sentence_positions import Token
from facilitator.anonymizer.name_rules.word_bases import _CASE_ENDINGS, _strip_case, base_of
from facilitator.anonymizer.profiles import address_phrases, birth_phrases, cue_phrases, profile, union
from facilitator.anonymizer.skeleton import skeleton

_GROUPS = {"kk": "kazakh", "ky": "kyrgyz", "uz": "uzbek", "tg": "tajik", "tt": "tatar", "ug": "uyghur"}
_GROUPS |= {"ru": "russian", "ko": "korean"}
"""The region list's groups as the sections of name_words.txt (a Russian name-word is a word only in
Cyrillic; a Kazakh one in either alphabet)."""


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset(skeleton(w) for w in union("person_nouns") if len(skeleton(w)) >= 3)


@cache
def _kin_skeletons() -> frozenset[str]:
    return frozenset(skeleton(w) for w in _kin_nouns() if len(skeleton(w)) >= 3)


def _kin_with_case(word: str) -> bool:
    """A relative in the possessive with a case ending after it ("erini", "ерини": her husband, whom),
    not a name that starts like one ("бауыржан" is no бауыр + -жан: that is no case)."""
    kin = _kin_form(word)
    shape = skeleton(word)
    return bool(kin) and shape.startswith(kin) and shape[len(kin) :] in _CASE_ENDINGS


def _kin_form(word: str) -> str:
    """The relative or word for a person that ``word`` is a form of ("анасына" of анасы), or ""."""
    return base_of(word, _kin_skeletons(), min_inflected=3) or ""


@cache
def _kin_nouns() -> frozenset[str]:
    """Relatives and words for a person, as written: "сестра", "ағасы", "cousin", "jigit"."""
    return union("person_before", "person_nouns")


@cache
def _cue_words() -> frozenset[str]:
    """The words of the profiles' "only", "alone" and date-of-birth cues, in every spelling ("jalğyz",
    "yagona", "туулган"), and the labels before an address ("Mekenjaıy:", "Manzil:"): words, never
    a name no list holds."""
    phrases = [*cue_phrases("singling"), *cue_phrases("singling_weak"), *cue_phrases("alone")]
    phrases += [*birth_phrases("before"), *birth_phrases("after"), *address_phrases("labels")]
    return frozenset(w for phrase in phrases for w in phrase.split() if len(w) >= 4)


def _a_grammar_word(lower: str) -> bool:
    """The Russian dictionary's first reading of ``lower`` is a pronoun, preposition, conjunction,
    particle or interjection ("из", "под")."""
    readings = lexicon.russian_readings(lower)
    return bool(readings) and readings[0][0] in _GRAMMAR_PARTS


def _kin_after(after: Token | None) -> bool:
    """A relative of someone follows ("Жансұлудың әкесі", "Ерсейіттің ағасы"): the word is a person's
    name in the genitive."""
    return after is not None and after.text.casefold() in union("person_before") and not after.capitalised


_GRAMMAR_PARTS = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "INTJ"})
"""The Russian dictionary's parts of speech of grammar: pronouns, prepositions, conjunctions, particles."""


@lru_cache(maxsize=100_000)
def _a_relative(word: str) -> bool:
    """A relative of any profile in any case or possessive form ("апасын", "сестру", "әкесі").
    Kept for each word: every piece's second look asks about the words after each name again."""
    lower = word.casefold()
    if lower in cue_phrases("kin") or skeleton(lower) in _relatives():
        return True
    return any(skeleton(lower).startswith(r) and len(r) >= 3 for r in _relative_stems())


@cache
def _relative_stems() -> frozenset[str]:
    """The skeletons of the relatives of the profiles without a last vowel ("sestr", "brat", "apa",
    "ake"): a case or possessive ending goes on them."""
    stems = set()
    for shape in _relatives() | frozenset(skeleton(w) for w in cue_phrases("kin")):
        stems.add(shape[:-1] if shape[-1:] in "aeiouy" and len(shape) > 4 else shape)
    return frozenset(s for s in stems if len(s) >= 3)


def _a_function_word_of_person(word: str) -> bool:
    """A word for a person ("бала", "мұғалім", "парень"): the subject may be that one."""
    return base_of(word, _person_nouns(), min_inflected=3) is not None


@cache
def _relatives() -> frozenset[str]:
    """Relatives and words for a person of the region's languages (four letters at least: not the
    prepositions that ``person_before`` holds too)."""
    english = profile("en").person_before | profile("en").person_nouns
    words = (union("person_before", "person_nouns")) - english
    return frozenset(skeleton(w) for w in words if len(w) >= 4)


@cache
def _grammar_words() -> frozenset[str]:
    return union("subject_fillers", "conjunctions", "word_after", "person_after")


def _function_or_person_word(word: str, base: str) -> bool:
    """A word of the profiles' grammar ("әлі" still, "men" and) or a word for a person ("адам", "ер"):
    no name, whatever follows it."""
    lower = word.casefold()
    return (
        lower in _grammar_words()
        or base in _person_nouns()
        or lower in _kin_nouns()
        or base_of(word, _person_nouns(), min_inflected=3) is not None
    )


@cache
def _regional_person_nouns() -> frozenset[str]:
    """The words for a person of the region's languages, as skeletons ("адам", "adam", "бала"), less
    those that are given names of the region too ("азамат": Азамат is as often a boy as a word; Адам
    is a name of Russian and English lists only)."""
    english = profile("en").person_nouns | profile("ru").person_nouns
    own = frozenset(
        skeleton(f)
        for written, group, _word in lexicon.region_names()
        if group in _GROUPS and group not in ("ru", "ko")
        for f in written
    )
    return frozenset(skeleton(w) for w in union("person_nouns") - english) - own


@cache
def _persons_of_tajik_plurals() -> frozenset[str]:
    """The words for a person and a relative of the Tajik profile, as stems ("дӯст" of "дӯсти")."""
    words = profile("tg").person_nouns | profile("tg").person_before
    return frozenset(skeleton(w) for w in words) | frozenset(_strip_case(skeleton(w)) for w in words)


@cache
def _relative_stems_of_plurals() -> frozenset[str]:
    """Relatives, by their stems ("ұлы", "ука" of "укам"), besides the honorifics: "Ерлан ағалар",
    "Айгүл апалар" are that person and those with her."""
    words = frozenset(cue_phrases("kin")) | union("my_kin")
    return frozenset(_strip_case(skeleton(w)) for w in words) | frozenset(skeleton(w) for w in words)


def _a_close_relative(word: str) -> bool:
    """A parent, a sibling or a spouse in the possessive ("ákesi", "анасы", "inisi", "атасы"), which a
    thing named by a name-word has not ("Бақыттың сөзі" may be happiness's word; no happiness has a
    father). Not "ұлы" (a son, and "great": "Отанның ұлы")."""
    lower = word.casefold()
    return lower in union("person_before") and lower not in _GREAT


_GREAT = frozenset({"ұлы", "uly", "улы", "ulı"})
"""Kazakh "ұлы": "his son", and "great" ("Отанның ұлы", the Motherland's great son)."""


@cache
def _job_stems() -> tuple[str, ...]:
    """The profiles' jobs and roles of one word, four letters or more, as stems a word may start
    with ("бухгалтер", "преподавател", "завуч")."""
    return tuple(
        sorted(w for w in {*cue_phrases("jobs"), *cue_phrases("roles")} if " " not in w and len(w) >= 4)
    )
